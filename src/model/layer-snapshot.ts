import type { QuantizerId } from '../quant/types';

// What a weight snapshot carries from the trainer to the page (structured-cloned to the page).

/** A histogram over `edges.length − 1` bins; `counts[i]` counts values in [edges[i], edges[i+1]). */
export interface Histogram {
  edges: Float32Array;
  counts: Uint32Array;
}

/** The weights of one scope (a whole tensor or one output channel) split into the regions of its levels. */
export interface Regions {
  /** Decision thresholds, ascending: midway between `below[i]` and `above[i]` (float64, so strictly between). */
  thresholds: Float64Array;
  /** The largest weight left of each threshold. */
  below: Float32Array;
  /** The smallest weight right of each threshold. */
  above: Float32Array;
  /** The level of each region, left to right (`thresholds.length + 1` of them). */
  levels: Float32Array;
  /** Weights in each region. */
  counts: Uint32Array;
  /** Weights the regions describe (all of the scope unless a sort had to be capped). */
  described: number;
}

/**
 * The latent weights of one scope (the whole tensor, or one output channel when the
 * quantizer has per-channel scales) split at the quantizer's decision thresholds.
 */
export interface DecisionScope extends Regions {
  /** Output channel; null for the whole tensor. */
  channel: number | null;
  /** Latent histogram of the scope's weights, over their own range. */
  histogram: Histogram;
  /** Weights in the scope (`described` of them are in the regions). */
  total: number;
}

/** The state of one layer's weights at a moment of training. */
export interface LayerSnapshot {
  layer: string;
  index: number;
  weightQuantizer: QuantizerId | 'none';
  /** Latent full-precision weights, over their own range. */
  histogram: Histogram;
  /** Incremental schedules: per bin of `histogram`, how many of its weights are frozen on a level. */
  frozenCounts?: Uint32Array;
  /** The weights the forward pass uses, over their own range (the output domain). */
  quantizedHistogram: Histogram;
  /** Deterministic quantizers: decision regions of the whole tensor, or of sampled output channels (`channels` in all). */
  decision?: { channels: number; scopes: DecisionScope[] };
  /**
   * Stochastic quantizers: per bin of `histogram`, how many weights the forward pass's
   * draw sent to each of `levels` (`levels.length` counts per bin, bin-major).
   */
  levelShares?: { levels: Float32Array; counts: Uint32Array };
  /**
   * Quantizers whose latent weights parametrise a distribution (`probabilityView`): the
   * histogram of each weight's probability (`label`) over [0, 1].
   */
  probabilities?: { label: string; histogram: Histogram };
  /** The distinct quantized values with their counts; absent when there are more than a few hundred. */
  levelCounts?: { values: Float32Array; counts: Uint32Array };
  /**
   * The domain `mse` is measured in: the raw weights, or the quantizer's input after its
   * normalisation (`label`), and the range over output channels of max|u|/max|w|, the
   * factor from latent w to that domain's u.
   */
  errorDomain?: { label: string; normalized: boolean; scale: [number, number] };
  /** Current quantization levels, ascending (empty for float layers). */
  levels: number[];
  /**
   * With per-channel scales (`channelScales`): the values the quantized weights take
   * across channels, ascending; each channel's own levels, of which `levels` summarise.
   */
  channelLevels?: Float32Array;
  /** Mean squared difference between the quantizer's input in `errorDomain` and the quantized weights. */
  mse: number;
  /** Share of weights whose quantized code (value relative to its channel's scale) changed since the previous snapshot. */
  flipRatio: number;
}
