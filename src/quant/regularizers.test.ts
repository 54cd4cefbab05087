import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUANTIZERS, REGULARIZERS, quantizeOptions, resolveParams } from './index';
import { nearestLevel } from './regularizers';
import { REGULARIZER_IDS, type RegularizerContext, type RegularizerId } from './index';
import { seededNormal, useCpuBackend } from './test-support';

beforeAll(useCpuBackend);

const LEVELS = [-0.5, 0, 0.5, 1];
const PARAMS: Record<RegularizerId, Record<string, number>> = {
  l2: {},
  binary: {},
  periodic: { step: 0.3, offset: 0.1 },
  'level-distance': {},
};

/** Plain-JavaScript penalties from the formulas. */
function referencePenalty(id: RegularizerId, w: number[], lambda: number, params: Record<string, number>): number {
  const sum = (f: (v: number) => number) => w.reduce((s, v) => s + f(v), 0);
  switch (id) {
    case 'l2':
      return lambda * sum((v) => v * v);
    case 'binary':
      return lambda * sum((v) => 1 - v * v);
    case 'periodic':
      return lambda * sum((v) => Math.sin((Math.PI * (v - params.offset)) / params.step) ** 2);
    case 'level-distance':
      return lambda * sum((v) => Math.min(...LEVELS.map((l) => Math.abs(v - l))) ** 2);
  }
}

describe.each(REGULARIZER_IDS.map((id) => [id] as const))('regularizer %s', (id) => {
  const def = REGULARIZERS[id];
  const params = resolveParams(def.params, PARAMS[id]);
  const ctx: RegularizerContext = { levels: LEVELS };

  it.each([1, 2, 3].map((seed) => [seed] as const))('closed-form gradient equals autodiff of the penalty (seed %i)', (seed) => {
    const lambda = 0.37;
    const w = tf.tensor2d(seededNormal(24, seed, 0.6), [4, 6]);
    const autodiff = tf.grad((input: tf.Tensor) => def.penalty(input, lambda, params, ctx))(w);
    const closed = def.gradient(w, lambda, params, ctx);
    expect(closed.shape).toEqual(w.shape);
    const a = autodiff.dataSync();
    const c = closed.dataSync();
    // Not all zero: the check must be able to fail.
    expect(Array.from(c).some((v) => Math.abs(v) > 1e-3)).toBe(true);
    c.forEach((v, i) => expect(Math.abs(v - a[i])).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(a[i]))));
    tf.dispose([w, autodiff, closed]);
  });

  it('penalty matches its formula and is a scalar', () => {
    const values = seededNormal(30, 8, 0.7);
    const before = tf.memory().numTensors;
    const penalty = def.penalty(tf.tensor1d(values), 0.5, params, ctx);
    expect(penalty.shape).toEqual([]);
    expect(penalty.dataSync()[0]).toBeCloseTo(referencePenalty(id, values, 0.5, params), 4);
    penalty.dispose();
    // One tensor (the input) was created by the test itself.
    expect(tf.memory().numTensors).toBe(before + 1);
  });
});

describe('regularizer edge cases', () => {
  it('periodic is zero on its grid o + j·d', () => {
    const w = tf.tensor1d([0.1, 0.4, -0.2, 1.3]);
    expect(REGULARIZERS.periodic.penalty(w, 1, { step: 0.3, offset: 0.1 }, {}).dataSync()[0]).toBeCloseTo(0, 6);
    w.dispose();
  });

  it('binary is λ·Σ(1 − w²): zero at ±1, λ per weight at 0', () => {
    expect(REGULARIZERS.binary.penalty(tf.tensor1d([1, -1]), 2, {}, {}).dataSync()[0]).toBe(0);
    expect(REGULARIZERS.binary.penalty(tf.tensor1d([0, 0, 0]), 2, {}, {}).dataSync()[0]).toBe(6);
  });

  it('level-distance throws a clear error without levels', () => {
    const w = tf.tensor1d([0.1]);
    expect(() => REGULARIZERS['level-distance'].penalty(w, 1, {}, {})).toThrow(/levels/);
    expect(() => REGULARIZERS['level-distance'].gradient(w, 1, {}, { levels: [] })).toThrow(/levels/);
    w.dispose();
  });

  it('level-distance is zero when the weights are a quantizer\'s own output', () => {
    const x = tf.tensor1d(seededNormal(50, 4, 0.4));
    const opts = quantizeOptions('twn');
    const quantized = QUANTIZERS.twn.quantize(x, opts);
    const levels = QUANTIZERS.twn.levels(x, opts);
    expect(REGULARIZERS['level-distance'].penalty(quantized, 1, {}, { levels }).dataSync()[0]).toBeLessThan(1e-12);
    tf.dispose([x, quantized]);
  });

  it('nearestLevel takes the lower level at an exact midpoint', () => {
    const y = tf.tidy(() => Array.from(nearestLevel(tf.tensor1d([0.25, 0.2500001, -0.25, 0.75, 5, -5]), LEVELS).dataSync()));
    expect(y).toEqual([0, 0.5, -0.5, 0.5, 1, -0.5]);
  });

  it('nearestLevel is the nearest of the levels (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -3, max: 3, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.uniqueArray(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 9 }),
        (w, grid) => {
          const levels = grid.map((g) => g / 16);
          const y = tf.tidy(() => Array.from(nearestLevel(tf.tensor1d(w), levels).dataSync()));
          return y.every((v, i) => levels.includes(v) && Math.abs(w[i] - v) <= Math.min(...levels.map((l) => Math.abs(w[i] - l))) + 1e-6);
        },
      ),
      { numRuns: 60 },
    );
  });
});
