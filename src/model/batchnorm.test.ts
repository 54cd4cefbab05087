import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../train/backend';
import { batchNormTraining, BN_EPSILON } from './network';

beforeAll(async () => {
  await initBackend('cpu');
});

describe('batch norm in training', () => {
  for (const shape of [[6, 4, 5, 3], [9, 7]]) {
    it(`value and gradients equal tfjs's batchNorm of the batch moments, ${shape.join('×')}`, () => {
      const axes = shape.slice(0, -1).map((_, i) => i);
      const channels = shape[shape.length - 1];
      const x = tf.randomNormal(shape, 1, 2, 'float32', 1);
      const gamma = tf.randomNormal([channels], 1, 0.3, 'float32', 2);
      const beta = tf.randomNormal([channels], 0, 1, 'float32', 3);
      const weights = tf.randomNormal(shape, 0, 1, 'float32', 4);
      const ours = (a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => {
        const { mean, variance } = tf.moments(a, axes);
        return batchNormTraining(a, mean, variance, g, b, axes);
      };
      const reference = (a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => {
        const { mean, variance } = tf.moments(a, axes);
        return tf.batchNorm(a, mean, variance, b, g, BN_EPSILON);
      };
      const loss = (f: typeof ours) => (a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(weights, f(a, g, b)));
      const close = (a: tf.Tensor, b: tf.Tensor) => expect(tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] / tf.max(tf.abs(b)).dataSync()[0]).toBeLessThan(1e-4);
      close(ours(x, gamma, beta), reference(x, gamma, beta));
      const got = tf.grads(loss(ours))([x, gamma, beta]);
      const want = tf.grads(loss(reference))([x, gamma, beta]);
      got.forEach((g, i) => close(g, want[i]));
    });
  }
});
