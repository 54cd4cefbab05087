import * as tf from '@tensorflow/tfjs-core';
import type { DecisionScope, Histogram, LayerSnapshot } from './layer-snapshot';
import type { ForwardContext, QuantNetwork } from './network';
import { channelValues, LevelSlots, levelShares, regions, sampledChannels } from './thresholds';

/** Fine bins of a snapshot's histograms: the page sums them into the bins and x range it shows. */
export const HISTOGRAM_BINS = 1200;

/** The bin of a value among `bins` equal bins over [lo, hi], widened when lo = hi (the top edge is inclusive). */
function binner(lo: number, hi: number, bins: number): { lo: number; hi: number; bin(v: number): number } {
  if (!(hi > lo)) {
    const pad = Math.max(Math.abs(lo) * 1e-3, 1e-6);
    lo -= pad;
    hi += pad;
  }
  const scale = bins / (hi - lo);
  return {
    lo,
    hi,
    bin: (v) => {
      const bin = Math.floor((v - lo) * scale);
      return bin < 0 ? 0 : bin >= bins ? bins - 1 : bin;
    },
  };
}

/** Counts `values` into `bins` equal bins over [lo, hi] (the top edge is inclusive). */
export function histogram(values: Float32Array, lo: number, hi: number, bins = HISTOGRAM_BINS): Histogram {
  const b = binner(lo, hi, bins);
  const edges = new Float32Array(bins + 1);
  for (let i = 0; i <= bins; i++) edges[i] = b.lo + ((b.hi - b.lo) * i) / bins;
  const counts = new Uint32Array(bins);
  for (let i = 0; i < values.length; i++) counts[b.bin(values[i])]++;
  return { edges, counts };
}

/** Of the values with mask 1, how many fall in each bin of `histogram(values, lo, hi, bins)`. */
export function maskedCounts(values: Float32Array, mask: Uint8Array, lo: number, hi: number, bins = HISTOGRAM_BINS): Uint32Array {
  const b = binner(lo, hi, bins);
  const counts = new Uint32Array(bins);
  for (let i = 0; i < values.length; i++) if (mask[i]) counts[b.bin(values[i])]++;
  return counts;
}

function range(values: Float32Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (values[i] < lo) lo = values[i];
    if (values[i] > hi) hi = values[i];
  }
  return [lo, hi];
}

/**
 * Each quantized weight relative to the largest quantized magnitude of its output
 * channel (the last axis), in thousandths. A flip is a change of this code, so a
 * rescaled α (XNOR-Net, TWN, uniform steps) is not counted as every weight flipping.
 */
export function quantizationCodes(quantized: Float32Array, channels: number): Int16Array {
  const peak = new Float32Array(channels);
  for (let i = 0; i < quantized.length; i++) peak[i % channels] = Math.max(peak[i % channels], Math.abs(quantized[i]));
  const codes = new Int16Array(quantized.length);
  for (let i = 0; i < quantized.length; i++) {
    const m = peak[i % channels];
    codes[i] = m > 0 ? Math.round((1000 * quantized[i]) / m) : 0;
  }
  return codes;
}

/** Most distinct values a snapshot carries as per-channel levels. */
export const MAX_CHANNEL_LEVELS = 4096;
/** Weights scanned for them: the first rows, which hold every output channel (the last axis). */
export const CHANNEL_LEVEL_SCAN = 65536;

/**
 * The values the quantized weights take, sorted: with per-channel scales, each
 * channel's own levels in use, where `levels()` of the whole tensor is a summary.
 * Scans the first {@link CHANNEL_LEVEL_SCAN} weights (every channel, many times).
 */
export function channelLevelValues(quantized: Float32Array): Float32Array {
  const seen = new Set<number>();
  const end = Math.min(quantized.length, CHANNEL_LEVEL_SCAN);
  for (let i = 0; i < end && seen.size < MAX_CHANNEL_LEVELS; i++) seen.add(quantized[i]);
  return Float32Array.from(seen).sort();
}

/** Output channels whose decision regions a snapshot carries, with per-channel scales. */
export const SAMPLED_CHANNELS = 8;
/** Most distinct quantized values counted one by one (beyond: counted by code, relative to the channel). */
export const MAX_LEVEL_COUNTS = 256;

/** Each distinct value (−0 as +0) with its count, ascending, or undefined when there are more than `most`. */
export function valueCounts(values: Float32Array, most = MAX_LEVEL_COUNTS): { values: Float32Array; counts: Uint32Array } | undefined {
  const slots = new LevelSlots(values);
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let s = slots.slot(i);
    if (s === -1) {
      if (slots.count === most) return undefined;
      s = slots.add(i);
      distinct.push(values[i] + 0);
      counts.push(0);
    }
    counts[s]++;
  }
  const order = distinct.map((_, i) => i).sort((a, b) => distinct[a] - distinct[b]);
  return { values: Float32Array.from(order, (i) => distinct[i]), counts: Uint32Array.from(order, (i) => counts[i]) };
}

/** The decision regions of some weights, with their own latent histogram. */
function decisionScope(channel: number | null, latent: Float32Array, quantized: Float32Array): DecisionScope {
  const [lo, hi] = range(latent);
  return { channel, histogram: histogram(latent, lo, hi), ...regions(latent, quantized), total: latent.length };
}

/**
 * Takes per-layer snapshots of a network's weights: histograms of the latent and the
 * quantized weights (each over its own range), the quantizer's levels, its decision
 * regions in the latent domain (deterministic quantizers; per sampled output channel
 * with per-channel scales) or each level's share per latent bin (stochastic ones), the
 * quantization MSE in the quantizer's error domain and the share of quantized weights
 * whose code (see `quantizationCodes`) changed since the previous snapshot.
 */
export class SnapshotTaker {
  private previous = new Map<number, Int16Array>();

  /** `frozen` gives each layer's frozen weights (1 = frozen) under an incremental schedule. */
  take(network: QuantNetwork, ctx: ForwardContext, frozen?: (index: number) => Uint8Array | undefined): LayerSnapshot[] {
    return network.layers.map((layer) => {
      const latent = layer.kernel.dataSync() as Float32Array;
      const [lo, hi] = range(latent);
      const latentHistogram = histogram(latent, lo, hi);
      const mask = frozen?.(layer.placed.index);
      const base = {
        layer: layer.placed.spec.name, index: layer.placed.index, weightQuantizer: layer.quant.weight.quantizer, histogram: latentHistogram,
        ...(mask ? { frozenCounts: maskedCounts(latent, mask, lo, hi) } : {}),
      };
      const q = layer.weightQuantizer;
      if (!q) return { ...base, quantizedHistogram: latentHistogram, levels: [], mse: 0, flipRatio: 0 };
      const opts = network.quantizeOptions(q, 'weight', layer, ctx);
      const quantizedTensor = tf.tidy(() => q.def.quantize(layer.kernel, opts));
      const quantized = quantizedTensor.dataSync() as Float32Array;
      const levels = q.def.levels(layer.kernel, opts);
      const channels = layer.placed.weightShape[layer.placed.weightShape.length - 1];
      // The error is measured where the quantizer rounds: its input after its normalisation
      // (on the backend: only the MSE and one factor per channel are read back).
      const domain = q.def.errorDomain?.(opts);
      let mse = 0;
      let scale: [number, number] = [1, 1];
      if (domain) {
        const axes = layer.placed.weightShape.slice(0, -1).map((_, i) => i);
        const [error, factors] = tf.tidy(() => {
          const u = domain.normalize(layer.kernel);
          const reduceOver = q.def.channelScales ? axes : undefined;
          const factor = tf.div(tf.max(tf.abs(u), reduceOver), tf.maximum(tf.max(tf.abs(layer.kernel), reduceOver), 1e-30));
          return [tf.mean(tf.square(tf.sub(u, quantizedTensor))), factor];
        });
        mse = error.dataSync()[0];
        const f = Array.from(factors.dataSync() as Float32Array);
        scale = [Math.min(...f), Math.max(...f)];
        error.dispose();
        factors.dispose();
      } else {
        for (let i = 0; i < latent.length; i++) mse += (latent[i] - quantized[i]) ** 2;
        mse /= latent.length;
      }
      quantizedTensor.dispose();
      const codes = quantizationCodes(quantized, channels);
      const before = this.previous.get(layer.placed.index);
      let flips = 0;
      if (before) for (let i = 0; i < codes.length; i++) if (before[i] !== codes[i]) flips++;
      this.previous.set(layer.placed.index, codes);
      const [qlo, qhi] = range(quantized);
      let decision: LayerSnapshot['decision'];
      if (!q.def.stochastic) {
        const scopes = q.def.channelScales
          ? sampledChannels(channels, SAMPLED_CHANNELS).map((c) => decisionScope(c, channelValues(latent, c, channels), channelValues(quantized, c, channels)))
          : [{ ...decisionScope(null, latent, quantized), histogram: latentHistogram }];
        decision = { channels, scopes };
      }
      const view = q.def.probabilityView;
      const probabilities = view && { label: view.label, histogram: histogram(latent.map((v) => view.probability(v, q.params)), 0, 1) };
      return {
        ...base,
        quantizedHistogram: histogram(quantized, qlo, qhi),
        ...(probabilities ? { probabilities } : {}),
        levels,
        channelLevels: q.def.channelScales ? channelLevelValues(quantized) : undefined,
        decision,
        levelShares: q.def.stochastic ? levelShares(latent, quantized, latentHistogram) : undefined,
        levelCounts: valueCounts(quantized),
        errorDomain: domain ? { label: domain.label, normalized: true, scale } : { label: 'w', normalized: false, scale },
        mse,
        flipRatio: before ? flips / quantized.length : 0,
      };
    });
  }
}
