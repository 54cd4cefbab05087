import * as tf from '@tensorflow/tfjs-core';
import { stopGradient } from './core';
import { sortedUnique } from './numeric';
import { REFERENCES } from './references';
import type { RegularizerContext, RegularizerDef, RegularizerId } from './types';

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
const l2: RegularizerDef = {
  id: 'l2',
  label: 'L2',
  summary: 'Penalises the squared magnitude of the latent weights.\nThe float baseline: it pulls weights towards 0, not towards levels.',
  formula: 'R(w) = λ·Σ w²,  ∂R/∂w = 2λw',
  reference: REFERENCES.weightDecay,
  params: {},
  penalty: (w, lambda) => tf.tidy(() => tf.mul(lambda, tf.sum(tf.square(w))) as tf.Scalar),
  gradient: (w, lambda) => tf.tidy(() => tf.mul(2 * lambda, w)),
};

/**
 * Bipolar regularizer: R = λ·Σ (1 − w²), ∂R/∂w = −2λw, pushing latent weights (clipped to
 * [−1, 1]) towards ±1 so that sign(w) loses less.
 * Tang, Hua & Wang, "How to Train a Compact Binary Neural Network with High Accuracy?", AAAI 2017.
 */
const binary: RegularizerDef = {
  id: 'binary',
  label: 'Binary (bipolar)',
  summary: 'Rewards latent weights for reaching ±1: λ·Σ(1 − w²) is smallest at the clip bounds.\nUse with latent weights clipped to [−1, 1].',
  formula: 'R(w) = λ·Σ (1 − w²),  ∂R/∂w = −2λw',
  reference: REFERENCES.binaryRegularizer,
  params: {},
  penalty: (w, lambda) => tf.tidy(() => tf.mul(lambda, tf.sum(tf.sub(1, tf.square(w)))) as tf.Scalar),
  gradient: (w, lambda) => tf.tidy(() => tf.mul(-2 * lambda, w)),
};

/**
 * Periodic (sinusoidal) regularizer for a uniform grid with spacing d through level o:
 * R = λ·Σ sin²(π(w − o)/d), ∂R/∂w = λ·(π/d)·sin(2π(w − o)/d); zero exactly on the grid.
 * Naumov et al., "On Periodic Functions as Regularizers for Quantization of Neural Networks", 2018.
 */
const periodic: RegularizerDef = {
  id: 'periodic',
  label: 'Periodic (sin²)',
  summary: 'A sin² penalty with zeros on a uniform grid of spacing d through o.\nPulls each weight to its nearest grid point; smooth everywhere.',
  formula: 'R(w) = λ·Σ sin²(π(w − o)/d),  ∂R/∂w = λ(π/d)·sin(2π(w − o)/d)',
  reference: REFERENCES.periodic,
  params: {
    step: { label: 'Step d', doc: 'Grid spacing (the period of the penalty).', default: 0.25, min: 1e-4, max: 10 },
    offset: { label: 'Offset o', doc: 'A grid point: the penalty is 0 at o + j·d.', default: 0, min: -10, max: 10 },
  },
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
const levelDistance: RegularizerDef = {
  id: 'level-distance',
  label: 'Level distance',
  summary: 'Squared distance of each weight to the nearest level of the chosen quantizer.\nWorks with any level set; needs the quantizer\'s current levels.',
  formula: 'R(w) = λ·Σ (w − Q(w))²,  ∂R/∂w = 2λ(w − Q(w)),  Q(w) = nearest level',
  reference: REFERENCES.proxQuant,
  params: {},
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
export const REGULARIZERS = {
  l2,
  binary,
  periodic,
  'level-distance': levelDistance,
} satisfies Record<RegularizerId, RegularizerDef>;
