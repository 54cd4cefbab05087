import * as tf from '@tensorflow/tfjs-core';
import { stopGradient } from './core';
import { sortedUnique } from './numeric';
import type { RegularizerContext, RegularizerOps } from './ops-types';
import type { RegularizerId } from './types';

/**
 * The level nearest to each weight (the lower one when exactly halfway), as a constant:
 * index = #{midpoints m_j < w}, then a gather from the sorted levels. Loops over the
 * L − 1 midpoints, so its cost grows with the number of levels.
 */
export function nearestLevel(w: tf.Tensor, levels: number[]): tf.Tensor {
  const sorted = sortedUnique(levels);
  return stopGradient(w, (input) => {
    let index = tf.zeros(input.shape, 'int32');
    for (let j = 0; j + 1 < sorted.length; j++) {
      index = tf.add(index, tf.cast(tf.greater(input, (sorted[j] + sorted[j + 1]) / 2), 'int32'));
    }
    return tf.gather(tf.tensor1d(sorted, 'float32'), index);
  });
}

/** ctx.levels, or a clear error when a level-based regularizer has none. */
function requireLevels(ctx: RegularizerContext): number[] {
  if (!ctx.levels || ctx.levels.length === 0) {
    throw new Error('the level-distance regularizer needs the quantizer\'s levels (ctx.levels is missing or empty)');
  }
  return ctx.levels;
}

/**
 * L2 (weight decay): R = λ·Σ w², ∂R/∂w = 2λw.
 * Krogh & Hertz, "A Simple Weight Decay Can Improve Generalization", NeurIPS 1992.
 */
const l2: RegularizerOps = {
  penalty: (w, lambda) => tf.tidy(() => tf.mul(lambda, tf.sum(tf.square(w))) as tf.Scalar),
  gradient: (w, lambda) => tf.tidy(() => tf.mul(2 * lambda, w)),
};

/**
 * Bipolar regularizer: R = λ·Σ (1 − w²), ∂R/∂w = −2λw, pushing latent weights (clipped to
 * [−1, 1]) towards ±1 so that sign(w) loses less.
 * Tang, Hua & Wang, "How to Train a Compact Binary Neural Network with High Accuracy?", AAAI 2017.
 */
const binary: RegularizerOps = {
  penalty: (w, lambda) => tf.tidy(() => tf.mul(lambda, tf.sum(tf.sub(1, tf.square(w)))) as tf.Scalar),
  gradient: (w, lambda) => tf.tidy(() => tf.mul(-2 * lambda, w)),
};

/**
 * Periodic (sinusoidal) regularizer for a uniform grid with spacing d through level o:
 * R = λ·Σ sin²(π(w − o)/d), ∂R/∂w = λ·(π/d)·sin(2π(w − o)/d); zero exactly on the grid.
 * Naumov et al., "On Periodic Functions as Regularizers for Quantization of Neural Networks", 2018.
 */
const periodic: RegularizerOps = {
  penalty: (w, lambda, params) =>
    tf.tidy(() => {
      const d = params.step ?? 0.25;
      const o = params.offset ?? 0;
      return tf.mul(lambda, tf.sum(tf.square(tf.sin(tf.mul(Math.PI / d, tf.sub(w, o)))))) as tf.Scalar;
    }),
  gradient: (w, lambda, params) =>
    tf.tidy(() => {
      const d = params.step ?? 0.25;
      const o = params.offset ?? 0;
      return tf.mul(lambda * (Math.PI / d), tf.sin(tf.mul((2 * Math.PI) / d, tf.sub(w, o))));
    }),
};

/**
 * Distance to the nearest quantization level: R = λ·Σ (w − Q(w))², ∂R/∂w = 2λ(w − Q(w)),
 * Q(w) the nearest of `ctx.levels` (the lower one at a midpoint), treated as a constant:
 * the quadratic proximity penalty of ProxQuant for the levels of any quantizer.
 * Bai, Wang & Liberty, "ProxQuant: Quantized Neural Networks via Proximal Operators", ICLR 2019.
 */
const levelDistance: RegularizerOps = {
  penalty: (w, lambda, _params, ctx) => {
    const levels = requireLevels(ctx);
    return tf.tidy(() => tf.mul(lambda, tf.sum(tf.square(tf.sub(w, nearestLevel(w, levels))))) as tf.Scalar);
  },
  gradient: (w, lambda, _params, ctx) => {
    const levels = requireLevels(ctx);
    return tf.tidy(() => tf.mul(2 * lambda, tf.sub(w, nearestLevel(w, levels))));
  },
};

/** Every regularizer, by id: a penalty on latent weights and its closed-form gradient. */
export const REGULARIZER_OPS = {
  l2,
  binary,
  periodic,
  'level-distance': levelDistance,
} satisfies Record<RegularizerId, RegularizerOps>;
