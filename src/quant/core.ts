import * as tf from '@tensorflow/tfjs-core';
import { ESTIMATOR_FACTS } from './estimator-facts';
import { ESTIMATOR_OPS } from './estimators';
import type { EstimatorContext, QuantizeOptions } from './ops-types';
import { withDefaults } from './params';
import type { QuantizerFacts } from './types';

/** What a quantizer's forward computes: the output and the derivative around its sign/rounding step. */
export interface ForwardResult {
  value: tf.Tensor;
  /**
   * Derivative of the differentiable parts around the sign or rounding step (α for
   * XNOR, (1 − tanh²x)/max|tanh x| for DoReFa, …), broadcastable to x; 1 when absent.
   */
  chainScale?: tf.Tensor;
}

/**
 * The estimator's view of a quantizer, computed from the per-tensor levels only when an
 * estimator reads `clip`, `topLevel` or `levelBelowTop` (the levels may need a data read).
 * clip = 1 for sign-like quantizers, else max |level|; levelBelowTop = topLevel when there
 * is a single level.
 */
export function lazyEstimatorContext(levels: () => number[], signLike: boolean, params: Record<string, number>): EstimatorContext {
  let cached: number[] | undefined;
  const get = () => (cached ??= levels());
  return {
    get clip() {
      return signLike ? 1 : Math.max(...get().map(Math.abs));
    },
    get topLevel() {
      const l = get();
      return l[l.length - 1];
    },
    get levelBelowTop() {
      const l = get();
      return l.length > 1 ? l[l.length - 2] : l[0];
    },
    params,
  };
}

/** The estimator of `opts`, with its parameters' defaults filled in. */
export function estimatorOf(opts: QuantizeOptions) {
  const estimator = ESTIMATOR_OPS[opts.estimator];
  if (!estimator) throw new Error(`unknown estimator "${opts.estimator}"`);
  return { estimator, params: withDefaults(ESTIMATOR_FACTS[opts.estimator].params, opts.estimatorParams) };
}

/**
 * Runs `forward` under `tf.customGrad` so that the gradient to x is
 * dy · estimator.derivative(x, ctx) · chainScale, the estimator evaluated at the raw input.
 * The forward's statistics (α, Δ, max, …) are constants in the backward pass.
 */
export function withEstimator(
  x: tf.Tensor,
  opts: QuantizeOptions,
  levels: (x: tf.Tensor) => number[],
  signLike: boolean,
  forward: (x: tf.Tensor) => ForwardResult,
): tf.Tensor {
  const { estimator, params } = estimatorOf(opts);
  const op = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const input = args[0] as tf.Tensor;
    const save = args[1] as tf.GradSaveFunc;
    const { value, chainScale } = forward(input);
    save([input, chainScale ?? tf.scalar(1)]);
    return {
      value,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xs, scale] = saved;
        const ctx = lazyEstimatorContext(() => levels(xs), signLike, params);
        return tf.mul(tf.mul(dy, estimator.derivative(xs, ctx)), scale);
      },
    };
  });
  return op(x);
}

/** A tensor computed from x that passes no gradient back to x (zero gradient). */
export function stopGradient(x: tf.Tensor, compute: (x: tf.Tensor) => tf.Tensor): tf.Tensor {
  const op = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
    const input = args[0] as tf.Tensor;
    return { value: compute(input), gradFunc: () => tf.zeros(input.shape) };
  });
  return op(x);
}

/** Reduction over `axes` with kept dimensions, or over the whole tensor (a scalar) when undefined. */
export function reduce(kind: 'mean' | 'max' | 'min' | 'sum', x: tf.Tensor, axes: number[] | undefined): tf.Tensor {
  const f = kind === 'mean' ? tf.mean : kind === 'max' ? tf.max : kind === 'min' ? tf.min : tf.sum;
  return axes === undefined ? f(x) : f(x, axes, true);
}

/** +1 where x ≥ 0, −1 elsewhere (sign(0) = +1). */
export function signOf(x: tf.Tensor): tf.Tensor {
  return tf.sub(tf.mul(tf.cast(tf.greaterEqual(x, 0), 'float32'), 2), 1);
}

/** `value` where it is > 0, else `fallback` (replaces zero scales before dividing by them). */
export function positiveOr(value: tf.Tensor, fallback: number): tf.Tensor {
  return tf.where(tf.greater(value, 0), value, tf.fill(value.shape, fallback));
}

/** The one number in a scalar (or single-element) tensor. */
export function scalarValue(t: tf.Tensor): number {
  return t.dataSync()[0];
}

/**
 * The bit width the quantizer runs at: fixed-width quantizers ignore `opts.bits`; the
 * others require an integer within their range.
 */
export function bitsOf(def: Pick<QuantizerFacts, 'id' | 'bits'>, opts: QuantizeOptions): number {
  const { min, max } = def.bits;
  if (min === max) return min;
  const k = opts.bits;
  if (!Number.isInteger(k) || k < min || k > max) throw new Error(`quantizer "${def.id}" takes ${min}–${max} bits, not ${k}`);
  return k;
}

/** A learned parameter as a tensor: `opts.learned[name]` if given, else a scalar from `opts.params`. */
export function learnedOrParam(opts: QuantizeOptions, name: string, fallback: number): { tensor: tf.Tensor; given: boolean } {
  const t = opts.learned?.[name];
  if (t) return { tensor: t, given: true };
  return { tensor: tf.scalar(opts.params[name] ?? fallback), given: false };
}

/** The value of a learned parameter: read from `opts.learned[name]` if given, else `opts.params`. */
export function learnedValue(opts: QuantizeOptions, name: string, fallback: number): number {
  const t = opts.learned?.[name];
  return t ? scalarValue(t) : (opts.params[name] ?? fallback);
}
