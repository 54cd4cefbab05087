import type * as tf from '@tensorflow/tfjs-core';
import type { EstimatorFacts, EstimatorId, QuantizerFacts, RegularizerFacts, TrainingMethodFacts } from './types';

/** Everything a quantizer needs besides its input tensor. */
export interface QuantizeOptions {
  /** Bit width k (ignored by fixed-width quantizers). */
  bits: number;
  /** Parameter values, defaults already filled in. */
  params: Record<string, number>;
  /**
   * Axes over which scale statistics (α, Δ, max|x|, …) are reduced. `undefined` means
   * the whole tensor (per-tensor scales); layers pass all axes but the last, giving
   * one scale per output channel.
   */
  reduceAxes?: number[];
  /** Seed of the stochastic quantizers' draws; the trainer changes it every step. */
  seed: number;
  estimator: EstimatorId;
  estimatorParams: Record<string, number>;
  /**
   * Learned parameters as tensors (variables in a layer). Missing entries are taken
   * from `params` (or from `initLearned` where the quantizer fits them to data).
   */
  learned?: Record<string, tf.Tensor>;
  /**
   * Quantizers with `needsCurvature`: the running second moment v of x's gradients, of
   * x's shape, from which LAB takes its diagonal curvature D = √v + ε. Absent: v = 0,
   * which makes D uniform.
   */
  secondMoment?: tf.Tensor;
  /**
   * False in evaluation: a quantizer that samples in training returns its mode instead
   * (the Bayesian layer). Absent counts as training, as it always did for the others.
   */
  training?: boolean;
}

/** What an estimator knows about the quantizer it stands in for. */
export interface EstimatorContext {
  /** Clip bound c of clipped-ste: 1 for sign-like quantizers, else the largest level magnitude. */
  clip: number;
  /** Top quantization level q_m (activation quantizers). */
  topLevel: number;
  /** The level just below q_m (HWGQ's log-tailed ReLU uses it as τ). */
  levelBelowTop: number;
  params: Record<string, number>;
}

/** Per output channel packed parameters of the binary engine: Wq = alpha[c]·t, t = sign(W), or for ternary t = sign(W)·[|W| > delta[c]]. */
export interface PackedParams {
  alpha: Float32Array;
  delta?: Float32Array;
}

/**
 * A quantized kernel as integer codes for ONNX `DequantizeLinear`: the quantized value of
 * element i is (codes[i] − zeroPoint[c])·scale[c] in float32, c = i mod channels (the
 * last axis, the output channel).
 */
export interface OnnxCodes {
  codes: Int32Array;
  scale: Float32Array;
  zeroPoint: Int32Array;
}

/**
 * A fixed activation grid for the ONNX export: `quantize-linear` inputs are
 * DequantizeLinear(QuantizeLinear(clip(x, 0, max), scale, 0), scale, 0), codes 0…topCode;
 * `half-wave-grid` inputs are 0 for x ≤ 0, else scale·clip(round(x/scale), 1, topCode).
 * `scale` and `max` are float32 values.
 */
export interface OnnxGrid {
  scale: number;
  max: number;
  topCode: number;
}

/**
 * A kernel's grid for a QONNX `Quant` or `BipolarQuant` node, per output channel (the
 * last axis): `Quant` maps a value v to (round(clamp(v/scale + zeroPoint, lo, hi)) −
 * zeroPoint)·scale with lo…hi the integers of `bits` (`signed`, `narrow`); `BipolarQuant`
 * to ±scale by the sign of v (`zeroPoint` 0, `bits` 1). Fed the quantized kernel, the
 * node gives it back value for value.
 */
export interface QonnxGrid {
  scale: Float32Array;
  zeroPoint: Float32Array;
  bits: number;
  signed: boolean;
  narrow: boolean;
}

/** The operations half of a quantizer: everything that computes, on tfjs tensors. */
export interface QuantizerOps {
  /** Initial values of learned parameters fitted to data (e.g. the LQ-Nets basis). */
  initLearned?(x: tf.Tensor, opts: QuantizeOptions): Record<string, number[]>;
  /**
   * Quantizes x. Differentiable: the gradient to x is the estimator's, times the scale
   * where the forward multiplies by one; learned parameters get their own gradients.
   */
  quantize(x: tf.Tensor, opts: QuantizeOptions): tf.Tensor;
  /** The current quantization levels, ascending and without duplicates. */
  levels(x: tf.Tensor, opts: QuantizeOptions): number[];
  /**
   * Where the quantization error is measured when it is not the raw weights: the
   * quantizer's own input after its normalisation, the domain its levels live in
   * (`normalize` maps latent weights there, with the statistics of `opts`). Absent, or
   * undefined for these options: the raw weights.
   */
  errorDomain?(opts: QuantizeOptions): { label: string; normalize(x: tf.Tensor): tf.Tensor } | undefined;
  /**
   * The engine's per-channel parameters for a kernel whose last axis is the output
   * channel; present exactly when `packing.weights(k)` is not 'none' for some k.
   */
  packedParams?(kernel: tf.Tensor, opts: QuantizeOptions): PackedParams;
  /**
   * The kernel's integer codes, scales and zero points (statistics over `opts.reduceAxes`);
   * present exactly when `onnx.weights(k)` is 'dequantize-linear' for some k, and
   * bit-exact with `quantize` at those widths.
   */
  onnxCodes?(kernel: tf.Tensor, opts: QuantizeOptions): OnnxCodes;
  /** The fixed grid of `quantize-linear` and `half-wave-grid` inputs, bit-exact with `quantize`. */
  onnxGrid?(opts: QuantizeOptions): OnnxGrid;
  /**
   * The QONNX grid of a kernel (statistics over `opts.reduceAxes`); present exactly when
   * `qonnx.weights(k)` is `quant` or `bipolar` for some k.
   */
  qonnxWeights?(kernel: tf.Tensor, opts: QuantizeOptions): QonnxGrid;
  /**
   * The unscaled penalty R(x) of `weightPenalty` (present exactly when that fact is):
   * a differentiable scalar the trainer multiplies by the coefficient and adds to the loss.
   */
  penalty?(x: tf.Tensor, opts: QuantizeOptions): tf.Scalar;
}

export type QuantizerDef = QuantizerFacts & QuantizerOps;

export interface EstimatorOps {
  /** The pseudo-derivative at x that replaces the derivative of the sign or rounding step. */
  derivative(x: tf.Tensor, ctx: EstimatorContext): tf.Tensor;
}

export type EstimatorDef = EstimatorFacts & EstimatorOps;

export interface RegularizerContext {
  /** Levels of the quantizer applied to the same weights (for regularizers with `needsLevels`). */
  levels?: number[];
}

export interface RegularizerOps {
  /** Scalar penalty λ·R(w); differentiable so it can be added to the loss. */
  penalty(w: tf.Tensor, lambda: number, params: Record<string, number>, ctx: RegularizerContext): tf.Scalar;
  /** The closed-form gradient of the penalty with respect to w. */
  gradient(w: tf.Tensor, lambda: number, params: Record<string, number>, ctx: RegularizerContext): tf.Tensor;
}

export type RegularizerDef = RegularizerFacts & RegularizerOps;

/** A quantized layer as a training method sees it. */
export interface MethodLayer {
  /** The layer's index in the network (the snapshot's `index`). */
  index: number;
  kernel: tf.Variable;
  /** The levels of the layer's weight quantizer for weights `w`: one set for the whole tensor, ascending. */
  levels(w: tf.Tensor): number[];
}

export interface MethodStart {
  layers: MethodLayer[];
  /** Optimizer steps the phase is planned to take. */
  totalSteps: number;
  /** Parameter values, defaults filled in. */
  params: Record<string, number>;
}

/** A training method's state during one phase; the trainer calls these hooks. */
export interface MethodRun {
  /** An extra loss term, evaluated inside the gradient tape (ADMM's ρ/2‖W − G + λ‖²). */
  loss?(): tf.Scalar;
  /**
   * After each optimizer step and latent clipping; `step` counts the phase's steps done,
   * `last` marks its final step (the method then finishes: every weight on a level).
   */
  afterStep(step: number, last: boolean): void;
  /** 1 for each frozen weight of the layer with this index (incremental schedules). */
  frozen?(index: number): Uint8Array | undefined;
  /** Named numbers worth reporting (ADMM's primal residual ‖W − G‖). */
  metrics?(): Record<string, number>;
  /**
   * The weights the forward uses for the layer with this index, in place of its kernel
   * variable (BSQ rebuilds them from its bit planes); undefined: the kernel as usual.
   * Called inside the gradient tape, so gradients reach the method's variables.
   */
  kernel?(index: number): tf.Tensor | undefined;
  /** The method's own trainable variables, added to the optimizer's list (BSQ's planes). */
  variables?(): tf.Variable[];
  dispose(): void;
}

export interface TrainingMethodOps {
  start(ctx: MethodStart): MethodRun;
}

export type TrainingMethodDef = TrainingMethodFacts & TrainingMethodOps;
