import * as tf from '@tensorflow/tfjs-core';
import type { Histogram, LayerSnapshot } from '../src/train/events';
import type { ForwardContext, QuantNetwork } from '../src/model/network';

export const HISTOGRAM_BINS = 64;

/** Counts `values` into `bins` equal bins over [lo, hi] (the top edge is inclusive). */
export function histogram(values: Float32Array, lo: number, hi: number, bins = HISTOGRAM_BINS): Histogram {
  if (!(hi > lo)) {
    const pad = Math.max(Math.abs(lo) * 1e-3, 1e-6);
    lo -= pad;
    hi += pad;
  }
  const edges = new Float32Array(bins + 1);
  for (let i = 0; i <= bins; i++) edges[i] = lo + ((hi - lo) * i) / bins;
  const counts = new Uint32Array(bins);
  const scale = bins / (hi - lo);
  for (let i = 0; i < values.length; i++) {
    const bin = Math.floor((values[i] - lo) * scale);
    counts[bin < 0 ? 0 : bin >= bins ? bins - 1 : bin]++;
  }
  return { edges, counts };
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

/**
 * Takes per-layer snapshots of a network's weights: histograms of the latent and the
 * quantized weights on shared bin edges, the quantizer's levels, the quantization MSE
 * and the share of quantized weights whose code (see `quantizationCodes`) changed since
 * the previous snapshot.
 */
export class SnapshotTaker {
  private previous = new Map<number, Int16Array>();

  take(network: QuantNetwork, ctx: ForwardContext): LayerSnapshot[] {
    return network.layers.map((layer) => {
      const latent = layer.kernel.dataSync() as Float32Array;
      const q = layer.weightQuantizer;
      let quantized = latent;
      let levels: number[] = [];
      if (q) {
        const t = tf.tidy(() => network.quantizedKernel(layer, ctx));
        quantized = t.dataSync() as Float32Array;
        t.dispose();
        levels = q.def.levels(layer.kernel, network.quantizeOptions(q, 'weight', layer, ctx));
      }
      const [lo1, hi1] = range(latent);
      const [lo2, hi2] = range(quantized);
      const lo = Math.min(lo1, lo2);
      const hi = Math.max(hi1, hi2);
      let squared = 0;
      for (let i = 0; i < latent.length; i++) squared += (latent[i] - quantized[i]) ** 2;
      // Flips are a property of quantized weights; a float layer has none.
      const codes = q ? quantizationCodes(quantized, layer.placed.weightShape[layer.placed.weightShape.length - 1]) : undefined;
      const before = codes ? this.previous.get(layer.placed.index) : undefined;
      let flips = 0;
      if (before && codes) for (let i = 0; i < codes.length; i++) if (before[i] !== codes[i]) flips++;
      if (codes) this.previous.set(layer.placed.index, codes);
      return {
        layer: layer.placed.spec.name,
        index: layer.placed.index,
        weightQuantizer: layer.quant.weight.quantizer,
        histogram: histogram(latent, lo, hi),
        quantizedHistogram: histogram(quantized, lo, hi),
        levels,
        channelLevels: q?.def.channelScales ? channelLevelValues(quantized) : undefined,
        mse: squared / latent.length,
        flipRatio: before ? flips / quantized.length : 0,
      };
    });
  }
}
