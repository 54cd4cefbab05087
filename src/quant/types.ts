/**
 * The facts half of the method registries: ids, labels, formulas, references, bit ranges,
 * parameter specs and the flags callers need (storage, packing, estimator families).
 * Nothing here imports tfjs, so the page can read it without loading tfjs.
 */

/** Stable ids: they appear in shareable URLs, so an id is never renamed. */
export const QUANTIZER_IDS = [
  'sign',
  'xnor',
  'stochastic-sign',
  'twn',
  'ttq',
  'stochastic-ternary',
  'uniform',
  'dorefa',
  'dorefa-act',
  'log2',
  'kmeans',
  'lqnet',
  'abc',
  'affine',
  'pact',
  'hwgq',
  'pq',
  'lab',
  'bayes-binary',
] as const;
export type QuantizerId = (typeof QUANTIZER_IDS)[number];

export const ESTIMATOR_IDS = [
  'ste',
  'clipped-ste',
  'approx-sign',
  'ede',
  'swish-sign',
  'relu',
  'clipped-relu',
  'log-tailed-relu',
] as const;
export type EstimatorId = (typeof ESTIMATOR_IDS)[number];

export const REGULARIZER_IDS = ['l2', 'binary', 'periodic', 'level-distance'] as const;
export type RegularizerId = (typeof REGULARIZER_IDS)[number];

/** A bibliographic reference shown next to a method. */
export interface Reference {
  authors: string;
  title: string;
  venue: string;
  year: number;
  url?: string;
}

/** A typed numeric parameter with its default and valid range (inclusive). */
export interface ParamSpec {
  label: string;
  doc: string;
  default: number;
  min: number;
  max: number;
  integer?: boolean;
  /**
   * A learned parameter is a trainable variable in a layer (TTQ's wp/wn, PACT's α,
   * LQ-Nets' basis); the value given here, or by `initLearned`, is where it starts.
   */
  learned?: boolean;
  /** A learned vector with one value per bit (LQ-Nets' basis) instead of a scalar. */
  perBit?: boolean;
}

/** How the binary engine stores a tensor: bit planes of signs (binary), sign and mask (ternary), or not at all. */
export type PackedForm = 'binary' | 'ternary' | 'none';

/** What a stored (inference) copy of a quantized weight tensor holds. */
export interface StorageFacts {
  /** Bit planes per weight at width k (ABC-Net: one per binary base). */
  planes(k: number, params: Record<string, number>): number;
  /** Float32 values carried once per tensor: codebooks, bases, learned levels. */
  floatsPerTensor(k: number, params: Record<string, number>): number;
  /** Float32 values carried per output channel: scales (α, step), zero points. */
  floatsPerChannel(k: number, params: Record<string, number>): number;
  /**
   * Consecutive values along the output-channel axis that share one code (product
   * quantization's sub-vector length d; absent: 1, a code per value). A row of c values
   * then stores ⌈c/d⌉ codes of `planes` bits.
   */
  valuesPerCode?(params: Record<string, number>): number;
}

/**
 * How the ONNX exporter (`src/export/onnx.ts`) writes a layer's quantized weights at
 * width k: integer codes through `DequantizeLinear` with their scale and zero point per
 * output channel (the registry's `onnxCodes`), or the quantized values themselves as
 * float32 (±α, {−α, 0, α}, powers of two, centroids: exact for inference).
 */
export type OnnxWeightForm = 'dequantize-linear' | 'values';

/**
 * How the ONNX exporter writes a layer's input-activation quantizer:
 * - `sign`: Sign(Sign(x) + 0.5), ±1 with sign(0) = +1;
 * - `quantize-linear`: Clip to a fixed range, then QuantizeLinear/DequantizeLinear with a
 *   fixed scale (the registry's `onnxGrid`);
 * - `dynamic-affine`: scale and zero point computed in the graph from the min and max of
 *   the whole input batch (as the lab does), then QuantizeLinear/DequantizeLinear;
 * - `half-wave-grid`: 0 for x ≤ 0, else Δ·clip(round(x/Δ), 1, n) with Div, Round, Clip,
 *   Mul and Where (`onnxGrid` gives Δ and n);
 * - `none`: no faithful standard form; `reason` says why.
 */
export type OnnxInputForm =
  | { form: 'sign' }
  | { form: 'quantize-linear' }
  | { form: 'dynamic-affine' }
  | { form: 'half-wave-grid' }
  | { form: 'none'; reason: string };

/**
 * How the QONNX exporter (`src/export/qonnx.ts`) writes a layer's weights at width k:
 * - `quant`: the quantized float32 values through a QONNX `Quant` node with the scale,
 *   zero point, width and signedness of the registry's `qonnxWeights` (per output channel);
 * - `bipolar`: the values through `BipolarQuant` with the per-channel scale of `qonnxWeights`;
 * - `values`: the float32 values with no quantizer node; `reason` says why no QONNX node
 *   fits (non-uniform levels, random draws), and the export reports it per layer.
 */
export type QonnxWeightForm = { form: 'quant' } | { form: 'bipolar' } | { form: 'values'; reason: string };

/**
 * How the QONNX exporter writes a layer's input-activation quantizer at width k:
 * - `bipolar`: `BipolarQuant` with scale 1 (+1 for x ≥ 0, else −1);
 * - `quant`: unsigned `Quant` on the fixed grid of `onnxGrid` (codes 0…2^k − 1);
 * - `half-wave-quant`: that `Quant`, then `Max` with Δ and `Where` (x > 0), since the
 *   grid starts at Δ for every x > 0;
 * - `dynamic-quant`: unsigned `Quant` whose scale and zero point the graph computes from
 *   the whole input batch's min and max, as the lab does;
 * - `none`: no faithful QONNX form; `reason` says why.
 */
export type QonnxInputForm =
  | { form: 'bipolar' }
  | { form: 'quant' }
  | { form: 'half-wave-quant' }
  | { form: 'dynamic-quant' }
  | { form: 'none'; reason: string };

/**
 * The PyTorch export's form of a method (`src/export/pytorch.ts`): the name of its class
 * in the script's Python library (`src/export/pytorch-library.ts`), which implements the
 * same forward and backward formulas.
 */
export interface PytorchForm {
  name: string;
}

/** A penalty on a learned parameter that the trainer adds to the loss (PACT's α decay). */
export interface AuxiliaryLoss {
  /** The learned parameter penalised. */
  param: string;
  /** The parameter holding the coefficient λ of λ·Σ param². */
  coefficient: string;
  formula: string;
}

/** Everything about a quantizer that is not computation. */
export interface QuantizerFacts {
  id: QuantizerId;
  label: string;
  /** Two lines for the Explain panel. */
  summary: string;
  /** The forward formula in plain Unicode. */
  formula: string;
  reference: Reference;
  /** What it is meant to quantize. */
  role: 'weight' | 'activation' | 'any';
  family: 'binary' | 'ternary' | 'multi-bit';
  /** Bit widths it accepts; fixed-width quantizers have min === max. */
  bits: { default: number; min: number; max: number };
  /** Sign-like quantizers have clipped-ste's c = 1. */
  signLike: boolean;
  /**
   * Where it sits when it quantizes a layer's input: in place of the previous layer's
   * ReLU (sign-like and clipping quantizers are the nonlinearity themselves), or on the
   * ReLU's output (affine int-k quantizes what the float network computes). Absent on
   * weight-only quantizers.
   */
  asActivation?: 'replaces-relu' | 'after-relu';
  /** Latent weights are clipped to [−1, 1] after each step (binary/ternary methods). */
  clipLatent: boolean;
  /**
   * In layers, each output channel gets its own scale (the forward reduces its
   * statistics over `reduceAxes`), so `levels()` of the whole tensor are a summary;
   * false: one set of levels serves the whole tensor.
   */
  channelScales: boolean;
  /** The forward draws random numbers: the same input maps to different levels from step to step. */
  stochastic: boolean;
  /**
   * false: a weight's level is not a non-decreasing function of the weight alone (PQ maps
   * whole sub-vectors to codewords), so no decision thresholds on the weight axis
   * describe it. Absent: monotone.
   */
  monotone?: false;
  storage: StorageFacts;
  /** The binary engine's form of these weights at width k, and whether these activations pack to bits. */
  packing: { weights(k: number): PackedForm; inputs: boolean };
  /** The ONNX export's form of these weights at width k, and of these activations. */
  onnx: { weights(k: number): OnnxWeightForm; inputs: OnnxInputForm };
  /** The QONNX export's form of these weights and of these activations at width k. */
  qonnx: { weights(k: number): QonnxWeightForm; inputs(k: number): QonnxInputForm };
  /** Its class in the PyTorch export. */
  pytorch: PytorchForm;
  auxiliaryLoss?: AuxiliaryLoss;
  /**
   * The forward reads a diagonal curvature estimate of the loss in the weights: the
   * network keeps Adam's running second moment v of each such kernel's gradients
   * (`QuantizeOptions.secondMoment`; LAB takes D = √v + ε). Without it D is uniform.
   */
  needsCurvature?: boolean;
  /**
   * A penalty on the latent weights that the trainer adds to the loss, λ·`penalty(w)`
   * (the quantizer's `penalty` operation; the Bayesian layer's KL term), with λ the
   * parameter `coefficient`.
   */
  weightPenalty?: WeightPenalty;
  /**
   * The latent weights are parameters of a distribution: the histogram can show them as
   * probabilities (the Bayesian layer's P(w = +1)).
   */
  probabilityView?: ProbabilityView;
  params: Record<string, ParamSpec>;
}

/** A penalty on a layer's latent weights owned by its quantizer (see `QuantizerFacts.weightPenalty`). */
export interface WeightPenalty {
  /** The parameter holding the coefficient λ. */
  coefficient: string;
  formula: string;
}

/** How latent weights map to the probabilities the histogram shows. */
export interface ProbabilityView {
  /** What the probability is of, e.g. 'P(w = +1)'. */
  label: string;
  /** The probability for a latent value under the quantizer's parameters. */
  probability(latent: number, params: Record<string, number>): number;
}

/** Which quantizers an estimator is derived for. */
export type EstimatorFamily = 'any' | 'sign' | 'half-wave';

export interface EstimatorFacts {
  id: EstimatorId;
  label: string;
  summary: string;
  formula: string;
  reference: Reference;
  family: EstimatorFamily;
  /** Its `progress` parameter follows training (the trainer sets it every step). */
  followsProgress: boolean;
  /** Its class in the PyTorch export. */
  pytorch: PytorchForm;
  params: Record<string, ParamSpec>;
}

export interface RegularizerFacts {
  id: RegularizerId;
  label: string;
  summary: string;
  formula: string;
  reference: Reference;
  /** It pulls weights to the levels of the layer's weight quantizer. */
  needsLevels: boolean;
  /** Its class in the PyTorch export. */
  pytorch: PytorchForm;
  params: Record<string, ParamSpec>;
}

/**
 * Training methods: how training proceeds (the config's `training`, absent for
 * `standard`), as opposed to what a quantizer computes.
 */
export const TRAINING_METHOD_IDS = ['standard', 'slq', 'mlq', 'eslq', 'inq', 'admm', 'bsq'] as const;
export type TrainingMethodId = (typeof TRAINING_METHOD_IDS)[number];

export interface TrainingMethodFacts {
  id: TrainingMethodId;
  label: string;
  /** Two lines for the Explain panel. */
  summary: string;
  formula: string;
  reference: Reference;
  /**
   * The forward pass uses the latent weights as they are instead of the weight
   * quantizer's output: the method itself puts them on the quantizer's levels (frozen
   * groups, or the final projection).
   */
  latentForward: boolean;
  /** It takes its levels from the config's weight quantizer, which must then be set. */
  needsWeightLevels: boolean;
  /** The weight quantizer it requires (ESLQ's power-of-two centres), if any. */
  weightQuantizer?: QuantizerId;
  /**
   * Incremental schedules: how a stage picks the weights it quantizes and freezes
   * (`cluster-loss`: whole clusters of the nearest level, lowest mean quantization loss
   * first; `magnitude`: the largest |w| first), and whether layers go one at a time.
   */
  schedule?: { grouping: 'cluster-loss' | 'magnitude'; layerwise: boolean };
  /**
   * It trains the quantized layers' weights on its own grid instead of the weight
   * quantizer's levels (BSQ's bit planes); the weight quantizer only says which layers.
   */
  ownGrid?: boolean;
  /**
   * A per-layer number it reports in the epoch records' `method` metrics, under the key
   * `${prefix}${layer index}`, drawn per layer over the epochs (BSQ's bits).
   */
  layerMetric?: { prefix: string; label: string };
  params: Record<string, ParamSpec>;
}
