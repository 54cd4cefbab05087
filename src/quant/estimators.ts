import * as tf from '@tensorflow/tfjs-core';
import { REFERENCES } from './references';
import type { EstimatorContext, EstimatorDef, EstimatorId } from './types';

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
const ste: EstimatorDef = {
  id: 'ste',
  label: 'Straight-through (STE)',
  summary: 'Treats the sign or rounding step as the identity in the backward pass.\nThe simplest estimator and the usual baseline.',
  formula: '∂q/∂x = 1',
  reference: {
    authors: 'Y. Bengio, N. Léonard, A. Courville',
    title: 'Estimating or Propagating Gradients Through Stochastic Neurons for Conditional Computation',
    venue: 'arXiv:1308.3432',
    year: 2013,
    url: 'https://arxiv.org/abs/1308.3432',
  },
  params: {},
  derivative: (x) => tf.onesLike(x),
};

/**
 * Clipped STE (hard tanh): ∂q/∂x := 1 if |x| ≤ c else 0, with c = 1 for sign-like
 * quantizers and the largest level magnitude for the others (`ctx.clip`).
 * Hubara et al., "Binarized Neural Networks", NeurIPS 2016.
 */
const clippedSte: EstimatorDef = {
  id: 'clipped-ste',
  label: 'Clipped STE',
  summary: 'Passes the gradient where |x| ≤ c and cancels it outside (the derivative of hard tanh).\nStops latent weights from drifting far past the levels.',
  formula: '∂q/∂x = 1 if |x| ≤ c, else 0',
  reference: REFERENCES.bnn,
  params: {},
  derivative: (x, ctx) => indicator(tf.lessEqual(tf.abs(x), ctx.clip)),
};

/**
 * ApproxSign: the derivative of the piecewise-quadratic approximation of sign,
 * ∂q/∂x := 2 − 2|x| for |x| < 1, else 0.
 * Liu et al., "Bi-Real Net", ECCV 2018.
 */
const approxSign: EstimatorDef = {
  id: 'approx-sign',
  label: 'ApproxSign (Bi-Real)',
  summary: 'Derivative of a piecewise quadratic that fits sign more closely than hard tanh.\nLargest at 0, falling linearly to 0 at |x| = 1.',
  formula: '∂q/∂x = 2 − 2|x| if |x| < 1, else 0',
  reference: {
    authors: 'Z. Liu, B. Wu, W. Luo, X. Yang, W. Liu, K.-T. Cheng',
    title: 'Bi-Real Net: Enhancing the Performance of 1-bit CNNs with Improved Representational Capability and Advanced Training Algorithm',
    venue: 'European Conference on Computer Vision (ECCV)',
    year: 2018,
    url: 'https://arxiv.org/abs/1808.00278',
  },
  params: {},
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
const ede: EstimatorDef = {
  id: 'ede',
  label: 'Error decay (IR-Net EDE)',
  summary: 'Derivative of k·tanh(t·x) with t growing from 0.1 to 10 over training.\nUpdates everything early, then concentrates on weights near 0.',
  formula: '∂q/∂x = k·t·(1 − tanh²(t·x)), t = 0.1·10^(2·progress), k = max(1/t, 1)',
  reference: {
    authors: 'H. Qin, R. Gong, X. Liu, M. Shen, Z. Wei, F. Yu, J. Song',
    title: 'Forward and Backward Information Retention for Accurate Binary Neural Networks',
    venue: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2020,
    url: 'https://arxiv.org/abs/1909.10788',
  },
  params: {
    progress: {
      label: 'Training progress',
      doc: 'Fraction of training done, in [0, 1]; the trainer sets it every step.',
      default: 0,
      min: 0,
      max: 1,
    },
  },
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
const swishSign: EstimatorDef = {
  id: 'swish-sign',
  label: 'SwishSign (BNN+)',
  summary: 'Derivative of a swish-shaped approximation of sign, peaking at 0 with value β.\nBeyond |x| ≈ 2.4/β it turns slightly negative, reversing the update there.',
  formula: '∂q/∂x = β·(2 − β·x·tanh(β·x/2)) / (1 + cosh(β·x))',
  reference: {
    authors: 'S. Darabi, M. Belbahri, M. Courbariaux, V. P. Nia',
    title: 'BNN+: Improved Binary Network Training',
    venue: 'arXiv:1812.11800',
    year: 2018,
    url: 'https://arxiv.org/abs/1812.11800',
  },
  params: {
    beta: {
      label: 'β',
      doc: 'Sharpness: larger β approaches sign more closely (the peak derivative, at 0, is β).',
      default: 5,
      min: 0.1,
      max: 50,
    },
  },
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
const relu: EstimatorDef = {
  id: 'relu',
  label: 'ReLU',
  summary: 'The derivative of ReLU: passes positive inputs, whatever their size.\nHWGQ\'s simplest backward approximation.',
  formula: '∂q/∂x = 1 if x > 0, else 0',
  reference: REFERENCES.hwgq,
  params: {},
  derivative: (x) => indicator(tf.greater(x, 0)),
};

/**
 * Clipped ReLU backward: ∂q/∂x := 1 if 0 < x ≤ q_m else 0, q_m the top level.
 * Cai et al., HWGQ, CVPR 2017.
 */
const clippedRelu: EstimatorDef = {
  id: 'clipped-relu',
  label: 'Clipped ReLU',
  summary: 'Passes the gradient only where 0 < x ≤ q_m, the top level.\nNo updates for outliers the quantizer clips anyway.',
  formula: '∂q/∂x = 1 if 0 < x ≤ q_m, else 0',
  reference: REFERENCES.hwgq,
  params: {},
  derivative: (x: tf.Tensor, ctx: EstimatorContext) => indicator(tf.logicalAnd(tf.greater(x, 0), tf.lessEqual(x, ctx.topLevel))),
};

/**
 * Log-tailed ReLU backward: ∂q/∂x := 0 if x ≤ 0, 1 if 0 < x ≤ q_m, 1/(x − τ) above, with
 * τ the level below q_m (the derivative of q_m + log(x − τ) there).
 * Cai et al., HWGQ, CVPR 2017.
 */
const logTailedRelu: EstimatorDef = {
  id: 'log-tailed-relu',
  label: 'Log-tailed ReLU',
  summary: 'Like clipped ReLU, but above q_m the gradient decays as 1/(x − τ) instead of vanishing.\nOutliers still learn, more slowly the further out they are.',
  formula: '∂q/∂x = 0 if x ≤ 0; 1 if x ≤ q_m; 1/(x − τ) if x > q_m (τ the level below q_m)',
  reference: REFERENCES.hwgq,
  params: {},
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
export const ESTIMATORS = {
  ste,
  'clipped-ste': clippedSte,
  'approx-sign': approxSign,
  ede,
  'swish-sign': swishSign,
  relu,
  'clipped-relu': clippedRelu,
  'log-tailed-relu': logTailedRelu,
} satisfies Record<EstimatorId, EstimatorDef>;
