import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GRADIENT_QUANTIZATION } from './gradient-facts';
import { quantizeGradient } from './gradients';
import { seededNormal, useCpuBackend } from './test-support';

beforeAll(useCpuBackend);

const values = (t: tf.Tensor) => Array.from(t.dataSync());

describe('DoReFa gradient quantization', () => {
  const dr = Array.from(seededNormal(200, 7), (v) => v * 1e-3);
  const m = Math.max(...dr.map(Math.abs));

  it('is unbiased in expectation on a fixed tensor', () => {
    // Each draw of an element takes one of two adjacent levels 2m/n apart, so by Hoeffding
    // P(|mean of N draws − E| ≥ 3·(2m/n)/√N) ≤ 2·e^(−18) ≈ 3e−8 per element; the union over
    // 200 elements is below 1e−5, and the seeds make the run deterministic.
    for (const bits of [1, 2, 4]) {
      const n = 2 ** bits - 1;
      const draws = 2000;
      const mean = tf.tidy(() => {
        const x = tf.tensor1d(dr);
        let sum = tf.zerosLike(x);
        for (let s = 0; s < draws; s++) sum = tf.add(sum, quantizeGradient(x, bits, 1000 * bits + s));
        return values(tf.div(sum, draws));
      });
      const bound = (3 * (2 * m)) / n / Math.sqrt(draws);
      const worst = Math.max(...mean.map((v, i) => Math.abs(v - dr[i])));
      expect(worst, `${bits} bits`).toBeLessThan(bound);
      // The bound is tight enough to catch a biased rounding: without the noise, q_k is off by up to a half step.
      const plain = dr.map((v) => 2 * m * (Math.round(n * (v / (2 * m) + 0.5)) / n - 0.5));
      expect(Math.max(...plain.map((v, i) => Math.abs(v - dr[i]))), `${bits} bits, no noise`).toBeGreaterThan(bound);
    }
  });

  it('gives values on the 2^k levels 2m·(j/n − ½), the two nearest the input', () => {
    const bits = 3;
    const n = 2 ** bits - 1;
    const out = tf.tidy(() => values(quantizeGradient(tf.tensor1d(dr), bits, 5)));
    out.forEach((v, i) => {
      const j = (v / (2 * m) + 0.5) * n;
      expect(Math.abs(j - Math.round(j)), `element ${i}`).toBeLessThan(1e-4);
      const exact = (dr[i] / (2 * m) + 0.5) * n;
      expect(Math.round(j) === Math.floor(exact) || Math.round(j) === Math.ceil(exact), `element ${i}`).toBe(true);
    });
  });

  it('is the same for the same seed, different for another, and keeps a zero gradient zero', () => {
    tf.tidy(() => {
      const x = tf.tensor1d(dr);
      expect(values(quantizeGradient(x, 2, 3))).toEqual(values(quantizeGradient(x, 2, 3)));
      expect(values(quantizeGradient(x, 2, 3))).not.toEqual(values(quantizeGradient(x, 2, 4)));
      expect(values(quantizeGradient(tf.zeros([5]), 2, 3)).map(Math.abs)).toEqual([0, 0, 0, 0, 0]);
    });
  });

  it('refuses widths outside its range with a message', () => {
    const { min, max } = GRADIENT_QUANTIZATION.bits;
    expect(() => quantizeGradient(tf.zeros([2]), max + 1, 0)).toThrow(`${min}–${max} bits`);
    expect(() => quantizeGradient(tf.zeros([2]), 2.5, 0)).toThrow(/bits/);
  });
});
