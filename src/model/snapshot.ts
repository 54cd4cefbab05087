import * as tf from '@tensorflow/tfjs-core';
import type { Histogram, LayerSnapshot } from '../train/events';
import type { ForwardContext, QuantNetwork } from './network';

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
 * Takes per-layer snapshots of a network's weights: histograms of the latent and the
 * quantized weights on shared bin edges, the quantizer's levels, the quantization MSE
 * and the share of quantized weights that changed since the previous snapshot.
 */
export class SnapshotTaker {
  private previous = new Map<number, Float32Array>();

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
      const before = q ? this.previous.get(layer.placed.index) : undefined;
      let flips = 0;
      if (before) for (let i = 0; i < quantized.length; i++) if (before[i] !== quantized[i]) flips++;
      if (q) this.previous.set(layer.placed.index, quantized);
      return {
        layer: layer.placed.spec.name,
        index: layer.placed.index,
        weightQuantizer: layer.quant.weight.quantizer,
        histogram: histogram(latent, lo, hi),
        quantizedHistogram: histogram(quantized, lo, hi),
        levels,
        mse: squared / latent.length,
        flipRatio: before ? flips / quantized.length : 0,
      };
    });
  }
}
