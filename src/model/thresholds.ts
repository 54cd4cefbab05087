/**
 * Decision thresholds in the latent domain, read off the weights themselves: every
 * latent weight is paired with the value the layer's quantizer gave it (with the layer's
 * own statistics: the quantized tensor of the forward pass), and a threshold goes between
 * neighbouring weights, in latent order, that map to different levels. Pure TypeScript
 * over Float32Arrays, for the worker's snapshots.
 */
import type { Histogram, Regions } from './layer-snapshot';

export type { Regions };


/** Most weights sorted when the levels' latent intervals interleave (a non-monotone quantizer). */
export const MAX_SORTED = 1 << 18;
/** Most regions kept in the sorted fallback. */
export const MAX_REGIONS = 1024;

/**
 * Splits paired latent and quantized values into level regions. First in one pass: each
 * distinct quantized value's [min, max] latent interval; when the intervals do not overlap
 * (any monotone quantizer), every weight inside one maps to its level, so the thresholds
 * between them are exact for all weights. Otherwise the pairs (at most {@link MAX_SORTED},
 * the first ones) are sorted by latent value and cut wherever the level changes.
 */
export function regions(latent: Float32Array, quantized: Float32Array): Regions {
  const slots = new LevelSlots(quantized);
  const lo: number[] = [];
  const hi: number[] = [];
  const count: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < latent.length; i++) {
    let s = slots.slot(i);
    if (s === -1) {
      s = slots.add(i);
      value.push(quantized[i] + 0); // −0 and +0 are one level
      lo.push(latent[i]);
      hi.push(latent[i]);
      count.push(0);
    }
    const x = latent[i];
    if (x < lo[s]) lo[s] = x;
    if (x > hi[s]) hi[s] = x;
    count[s]++;
  }
  const order = value.map((_, i) => i).sort((a, b) => lo[a] - lo[b] || hi[a] - hi[b]);
  let disjoint = true;
  for (let k = 1; k < order.length; k++) if (!(hi[order[k - 1]] < lo[order[k]])) disjoint = false;
  if (disjoint) {
    const n = Math.max(0, order.length - 1);
    const out = allocate(n);
    order.forEach((s, k) => {
      out.levels[k] = value[s];
      out.counts[k] = count[s];
      if (k > 0) setThreshold(out, k - 1, hi[order[k - 1]], lo[s]);
    });
    out.described = latent.length;
    return out;
  }
  return sortedRegions(latent, quantized);
}

/**
 * Slot numbers of distinct float32 values, by an open-addressing table over their bits
 * (−0 counted as +0): several times faster than a Map of numbers on a million weights.
 */
export class LevelSlots {
  private readonly bits: Int32Array;
  private keys = new Int32Array(1024);
  private slots = new Int32Array(1024).fill(-1);
  private size = 0;

  constructor(values: Float32Array) {
    this.bits = new Int32Array(values.buffer, values.byteOffset, values.length);
  }

  private key(i: number): number {
    const b = this.bits[i];
    return b === -2147483648 ? 0 : b;
  }

  private find(key: number): number {
    const mask = this.keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      h &= mask;
      if (this.slots[h] === -1 || this.keys[h] === key) return h;
      h++;
    }
  }

  /** The slot of value i, or −1 if it is new. */
  slot(i: number): number {
    return this.slots[this.find(this.key(i))];
  }

  /** Distinct values so far. */
  get count(): number {
    return this.size;
  }

  /** Gives value i the next slot. */
  add(i: number): number {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const h = this.find(this.key(i));
    this.keys[h] = this.key(i);
    this.slots[h] = this.size;
    return this.size++;
  }

  private grow() {
    const keys = this.keys;
    const slots = this.slots;
    this.keys = new Int32Array(keys.length * 2);
    this.slots = new Int32Array(keys.length * 2).fill(-1);
    for (let h = 0; h < keys.length; h++) {
      if (slots[h] === -1) continue;
      const at = this.find(keys[h]);
      this.keys[at] = keys[h];
      this.slots[at] = slots[h];
    }
  }
}

function allocate(n: number): Regions {
  return {
    thresholds: new Float64Array(n),
    below: new Float32Array(n),
    above: new Float32Array(n),
    levels: new Float32Array(n + 1),
    counts: new Uint32Array(n + 1),
    described: 0,
  };
}

/** A threshold midway between two neighbouring weights (two distinct float32 values have a float64 strictly between). */
function setThreshold(out: Regions, i: number, below: number, above: number) {
  out.below[i] = below;
  out.above[i] = above;
  out.thresholds[i] = below + (above - below) / 2;
}

function sortedRegions(latent: Float32Array, quantized: Float32Array): Regions {
  const n = Math.min(latent.length, MAX_SORTED);
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  index.sort((a, b) => latent[a] - latent[b]);
  const cuts: number[] = [];
  for (let k = 1; k < n && cuts.length < MAX_REGIONS - 1; k++) {
    if (quantized[index[k]] !== quantized[index[k - 1]] && latent[index[k]] > latent[index[k - 1]]) cuts.push(k);
  }
  const out = allocate(cuts.length);
  let start = 0;
  cuts.forEach((k, r) => {
    out.levels[r] = quantized[index[k - 1]] + 0;
    out.counts[r] = k - start;
    setThreshold(out, r, latent[index[k - 1]], latent[index[k]]);
    start = k;
  });
  out.levels[cuts.length] = (quantized[index[n - 1]] ?? 0) + 0;
  out.counts[cuts.length] = n - start;
  out.described = n;
  return out;
}

/** The values of output channel `channel` of a channel-last tensor with `channels` channels. */
export function channelValues(values: Float32Array, channel: number, channels: number): Float32Array {
  const out = new Float32Array(Math.ceil((values.length - channel) / channels));
  for (let i = channel, k = 0; i < values.length; i += channels, k++) out[k] = values[i];
  return out;
}

/** Up to `most` output channels, evenly spaced from channel 0. */
export function sampledChannels(channels: number, most: number): number[] {
  const n = Math.min(channels, most);
  return Array.from({ length: n }, (_, k) => Math.floor((k * channels) / n));
}

/**
 * Per latent histogram bin, how many weights went to each level (a row of `levels.length`
 * counts per bin): for a stochastic quantizer, the share of a bin's weights that one draw
 * sent to a level estimates that level's probability there.
 */
export function levelShares(latent: Float32Array, quantized: Float32Array, h: Histogram): { levels: Float32Array; counts: Uint32Array } {
  const distinct = Float32Array.from(new Set(quantized)).sort();
  const slot = new Map<number, number>();
  distinct.forEach((v, i) => slot.set(v, i));
  const bins = h.counts.length;
  const lo = h.edges[0];
  const scale = bins / (h.edges[bins] - lo);
  const counts = new Uint32Array(bins * distinct.length);
  for (let i = 0; i < latent.length; i++) {
    const b = Math.floor((latent[i] - lo) * scale);
    counts[(b < 0 ? 0 : b >= bins ? bins - 1 : b) * distinct.length + slot.get(quantized[i])!]++;
  }
  return { levels: distinct, counts };
}
