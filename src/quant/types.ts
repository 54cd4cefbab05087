import type * as tf from '@tensorflow/tfjs-core';

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
}

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

export interface QuantizerDef {
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
  /** Latent weights are clipped to [−1, 1] after each step (binary/ternary methods). */
  clipLatent: boolean;
  /**
   * In layers, each output channel gets its own scale (the forward reduces its
   * statistics over `reduceAxes`), so `levels()` of the whole tensor are a summary;
   * false: one set of levels serves the whole tensor.
   */
  channelScales: boolean;
  params: Record<string, ParamSpec>;
  /** The output is a random draw (seeded by `opts.seed`): no decision thresholds, a probability per level. */
  stochastic?: true;
  /**
   * Where the quantization error is measured when it is not the raw weights: the
   * quantizer's own input after its normalisation, the domain its levels live in
   * (`normalize` maps latent weights there, with the statistics of `opts`). Absent, or
   * undefined for these options: the raw weights.
   */
  errorDomain?(opts: QuantizeOptions): { label: string; normalize(x: tf.Tensor): tf.Tensor } | undefined;
  /** Initial values of learned parameters fitted to data (e.g. the LQ-Nets basis). */
  initLearned?(x: tf.Tensor, opts: QuantizeOptions): Record<string, number[]>;
  /**
   * Quantizes x. Differentiable: the gradient to x is the estimator's, times the scale
   * where the forward multiplies by one; learned parameters get their own gradients.
   */
  quantize(x: tf.Tensor, opts: QuantizeOptions): tf.Tensor;
  /** The current quantization levels, ascending and without duplicates. */
  levels(x: tf.Tensor, opts: QuantizeOptions): number[];
}

export interface EstimatorDef {
  id: EstimatorId;
  label: string;
  summary: string;
  formula: string;
  reference: Reference;
  params: Record<string, ParamSpec>;
  /** The pseudo-derivative at x that replaces the derivative of the sign or rounding step. */
  derivative(x: tf.Tensor, ctx: EstimatorContext): tf.Tensor;
}

export interface RegularizerContext {
  /** Levels of the quantizer applied to the same weights (level-distance). */
  levels?: number[];
}

export interface RegularizerDef {
  id: RegularizerId;
  label: string;
  summary: string;
  formula: string;
  reference: Reference;
  params: Record<string, ParamSpec>;
  /** Scalar penalty λ·R(w); differentiable so it can be added to the loss. */
  penalty(w: tf.Tensor, lambda: number, params: Record<string, number>, ctx: RegularizerContext): tf.Scalar;
  /** The closed-form gradient of the penalty with respect to w. */
  gradient(w: tf.Tensor, lambda: number, params: Record<string, number>, ctx: RegularizerContext): tf.Tensor;
}
