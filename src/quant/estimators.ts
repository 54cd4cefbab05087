import * as tf from '@tensorflow/tfjs-core';
import type { EstimatorContext, EstimatorOps } from './ops-types';
import type { EstimatorId } from './types';

const indicator = (condition: tf.Tensor) => tf.cast(condition, 'float32');

/** IR-Net's EDE schedule: t = 0.1·10^(2·progress), k = max(1/t, 1). */
export function edeSchedule(progress: number): { t: number; k: number } {
  const t = 0.1 * 10 ** (2 * Math.min(1, Math.max(0, progress)));
  return { t, k: Math.max(1 / t, 1) };
}

/**
 * Straight-through estimator: ∂q/∂x := 1.
 * Bengio, Léonard & Courville, "Estimating or Propagating Gradients Through Stochastic
 * Neurons for Conditional Computation", arXiv 2013.
 */
const ste: EstimatorOps = {
  derivative: (x) => tf.onesLike(x),
};

/**
 * Clipped STE (hard tanh): ∂q/∂x := 1 if |x| ≤ c else 0, with c = 1 for sign-like
 * quantizers and the largest level magnitude for the others (`ctx.clip`).
 * Hubara et al., "Binarized Neural Networks", NeurIPS 2016.
 */
const clippedSte: EstimatorOps = {
  derivative: (x, ctx) => indicator(tf.lessEqual(tf.abs(x), ctx.clip)),
};

/**
 * ApproxSign: the derivative of the piecewise-quadratic approximation of sign,
 * ∂q/∂x := 2 − 2|x| for |x| < 1, else 0.
 * Liu et al., "Bi-Real Net", ECCV 2018.
 */
const approxSign: EstimatorOps = {
  derivative: (x) => {
    const ax = tf.abs(x);
    return tf.mul(indicator(tf.less(ax, 1)), tf.sub(2, tf.mul(2, ax)));
  },
};

/**
 * Error Decay Estimator: the derivative of k·tanh(t·x),
 * ∂q/∂x := k·t·(1 − tanh²(t·x)), t = 0.1·10^(2·progress), k = max(1/t, 1), so that it moves
 * from the identity-like STE (t = 0.1) at the start to a sharp sign (t = 10) at the end.
 * Qin et al., "Forward and Backward Information Retention for Accurate Binary Neural
 * Networks" (IR-Net), CVPR 2020.
 */
const ede: EstimatorOps = {
  derivative: (x, ctx) => {
    const { t, k } = edeSchedule(ctx.params.progress ?? 0);
    return tf.mul(k * t, tf.sub(1, tf.square(tf.tanh(tf.mul(t, x)))));
  },
};

/**
 * SwishSign: the derivative of 2σ(βx)(1 + βx(1 − σ(βx))) − 1,
 * ∂q/∂x := β·(2 − β·x·tanh(β·x/2)) / (1 + cosh(β·x)).
 * Darabi et al., "BNN+: Improved Binary Network Training", arXiv 2018.
 */
const swishSign: EstimatorOps = {
  derivative: (x, ctx) => {
    const beta = ctx.params.beta ?? 5;
    const bx = tf.mul(beta, x);
    // cosh overflows to +∞ for |βx| ≳ 89 in float32, where the quotient is correctly 0.
    return tf.div(tf.mul(beta, tf.sub(2, tf.mul(bx, tf.tanh(tf.div(bx, 2))))), tf.add(1, tf.cosh(bx)));
  },
};

/**
 * ReLU backward for a half-wave quantizer: ∂q/∂x := 1 if x > 0 else 0.
 * Cai et al., "Deep Learning with Low Precision by Half-wave Gaussian Quantization", CVPR 2017.
 */
const relu: EstimatorOps = {
  derivative: (x) => indicator(tf.greater(x, 0)),
};

/**
 * Clipped ReLU backward: ∂q/∂x := 1 if 0 < x ≤ q_m else 0, q_m the top level.
 * Cai et al., HWGQ, CVPR 2017.
 */
const clippedRelu: EstimatorOps = {
  derivative: (x: tf.Tensor, ctx: EstimatorContext) => indicator(tf.logicalAnd(tf.greater(x, 0), tf.lessEqual(x, ctx.topLevel))),
};

/**
 * Log-tailed ReLU backward: ∂q/∂x := 0 if x ≤ 0, 1 if 0 < x ≤ q_m, 1/(x − τ) above, with
 * τ the level below q_m (the derivative of q_m + log(x − τ) there).
 * Cai et al., HWGQ, CVPR 2017.
 */
const logTailedRelu: EstimatorOps = {
  derivative: (x, ctx) => {
    const top = ctx.topLevel;
    const tau = ctx.levelBelowTop;
    const above = tf.greater(x, top);
    // Elsewhere the denominator is replaced by 1 so the unused branch stays finite.
    const tail = tf.div(1, tf.where(above, tf.sub(x, tau), tf.onesLike(x)));
    return tf.where(tf.lessEqual(x, 0), tf.zerosLike(x), tf.where(above, tail, tf.onesLike(x)));
  },
};

/** Every gradient estimator, by id: the pseudo-derivative that replaces d(sign or round)/dx. */
export const ESTIMATOR_OPS = {
  ste,
  'clipped-ste': clippedSte,
  'approx-sign': approxSign,
  ede,
  'swish-sign': swishSign,
  relu,
  'clipped-relu': clippedRelu,
  'log-tailed-relu': logTailedRelu,
} satisfies Record<EstimatorId, EstimatorOps>;
