import * as tf from '@tensorflow/tfjs-core';
import { GRADIENT_QUANTIZATION } from './gradient-facts';

/**
 * DoReFa-Net's stochastic k-bit gradient quantizer:
 * dg = 2m·(q_k(dr/(2m) + ½ + N(k)) − ½), m = max|dr| over the tensor, N(k) uniform noise
 * of one step 1/n, n = 2^k − 1. With v = dr/(2m) + ½ ∈ [0, 1] it is computed as
 * j = floor(n·v + u), u ~ U[0, 1) seeded by `seed` (round(n·v + u − ½) without ties, so
 * j ∈ {0…n}), dg = 2m·(j/n − ½). E[j] = n·v exactly, hence E[dg] = dr: unbiased, with
 * variance at most (m/n)² per element. An all-zero gradient stays zero.
 * Zhou et al., "DoReFa-Net", 2016.
 *
 * @throws Error when `bits` is not an integer in the facts' range.
 */
export function quantizeGradient(dr: tf.Tensor, bits: number, seed: number): tf.Tensor {
  const { min, max } = GRADIENT_QUANTIZATION.bits;
  if (!Number.isInteger(bits) || bits < min || bits > max) throw new Error(`gradient quantization takes ${min}–${max} bits, not ${bits}`);
  const n = 2 ** bits - 1;
  return tf.tidy(() => {
    const m = tf.max(tf.abs(dr));
    const safe = tf.where(tf.greater(m, 0), m, tf.onesLike(m));
    const v = tf.add(tf.div(dr, tf.mul(2, safe)), 0.5);
    const u = tf.randomUniform(dr.shape, 0, 1, 'float32', seed);
    const j = tf.clipByValue(tf.floor(tf.add(tf.mul(n, v), u)), 0, n);
    return tf.mul(tf.mul(2, m), tf.sub(tf.div(j, n), 0.5));
  });
}
