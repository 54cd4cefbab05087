import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUANTIZERS, quantizeOptions } from './index';
import { useCpuBackend } from './test-support';

beforeAll(useCpuBackend);

const bayes = QUANTIZERS['bayes-binary'];
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('Bayesian binary layer (variational Bernoulli weights)', () => {
  const theta = [-1, -0.4, -0.1, 0, 0.05, 0.3, 0.8];

  it('at test time is the mode sign(θ), the same for every seed', () => {
    const run = (seed: number) =>
      tf.tidy(() => Array.from(bayes.quantize(tf.tensor1d(theta), quantizeOptions('bayes-binary', { seed, training: false })).dataSync()));
    expect(run(1)).toEqual([-1, -1, -1, 1, 1, 1, 1]);
    expect(run(2)).toEqual(run(1));
  });

  it('in training, +1 comes up with frequency p = σ(θ/τ) over many seeded draws (within 5 standard errors)', () => {
    const copies = 400;
    const seeds = 10;
    const values = theta.flatMap((t) => Array<number>(copies).fill(t));
    const plus = theta.map(() => 0);
    for (let seed = 0; seed < seeds; seed++) {
      const y = tf.tidy(() => bayes.quantize(tf.tensor1d(values), quantizeOptions('bayes-binary', { seed, training: true })).dataSync());
      y.forEach((v, i) => (plus[Math.floor(i / copies)] += v > 0 ? 1 : 0));
    }
    const n = copies * seeds;
    theta.forEach((t, i) => {
      const p = sigmoid(t / 0.25);
      expect(Math.abs(plus[i] / n - p), `θ = ${t}: ${plus[i] / n} vs ${p}`).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / n) + 1e-9);
    });
  });

  it('the temperature sets p: τ = 1 at θ = 0.5 gives σ(0.5)', () => {
    const y = tf.tidy(() => bayes.quantize(tf.fill([20000], 0.5), quantizeOptions('bayes-binary', { seed: 4, params: { temperature: 1 } })).dataSync());
    const share = Array.from(y).filter((v) => v > 0).length / y.length;
    expect(Math.abs(share - sigmoid(0.5))).toBeLessThan(0.015);
  });

  it('passes back the derivative of the mean 2p − 1: 2p(1 − p)/τ, in training and at test', () => {
    for (const training of [true, false]) {
      const g = tf.tidy(() => {
        const opts = quantizeOptions('bayes-binary', { seed: 3, training });
        return Array.from(tf.grad((x: tf.Tensor) => tf.sum(bayes.quantize(x, opts)))(tf.tensor1d(theta)).dataSync());
      });
      theta.forEach((t, i) => {
        const p = sigmoid(t / 0.25);
        expect(g[i]).toBeCloseTo((2 * p * (1 - p)) / 0.25, 5);
      });
    }
  });

  it('its KL term to Bernoulli(½) is log 2 − H(p): 0 at p = ½, log 2 as p → 1, and its gradient pushes θ to 0', () => {
    const opts = quantizeOptions('bayes-binary');
    const kl = (t: number[]) => tf.tidy(() => bayes.penalty!(tf.tensor1d(t), opts).dataSync()[0]);
    expect(kl([0])).toBeCloseTo(0, 7);
    const p = sigmoid(0.3 / 0.25);
    expect(kl([0.3])).toBeCloseTo(Math.LN2 + p * Math.log(p) + (1 - p) * Math.log(1 - p), 6);
    expect(kl([40])).toBeCloseTo(Math.LN2, 5);
    expect(kl([0.3, -0.3])).toBeCloseTo(2 * kl([0.3]), 6);
    const g = tf.tidy(() => Array.from(tf.grad((x: tf.Tensor) => bayes.penalty!(x, opts))(tf.tensor1d([0.3, -0.2])).dataSync()));
    expect(g[0]).toBeGreaterThan(0);
    expect(g[1]).toBeLessThan(0);
  });

  it('shows its latent weights as probabilities: the facts map θ to σ(θ/τ)', () => {
    const view = bayes.probabilityView!;
    expect(view.probability(0, { temperature: 0.25 })).toBe(0.5);
    expect(view.probability(0.25, { temperature: 0.25 })).toBeCloseTo(sigmoid(1), 12);
    expect(bayes.weightPenalty?.coefficient).toBe('klWeight');
  });
});
