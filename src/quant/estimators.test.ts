import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ESTIMATORS, resolveParams } from './index';
import { ESTIMATOR_IDS, type EstimatorContext, type EstimatorId } from './index';
import { useCpuBackend } from './test-support';

beforeAll(useCpuBackend);

function derivative(id: EstimatorId, x: number[], ctx: Partial<EstimatorContext> = {}, params: Record<string, number> = {}): number[] {
  const full: EstimatorContext = {
    clip: 1,
    topLevel: 3,
    levelBelowTop: 2,
    ...ctx,
    params: resolveParams(ESTIMATORS[id].params, params),
  };
  return tf.tidy(() => Array.from(ESTIMATORS[id].derivative(tf.tensor1d(x), full).dataSync()));
}

function expectClose(actual: number[], expected: number[], tolerance = 1e-6): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - expected[i]), `index ${i}: ${a} vs ${expected[i]}`).toBeLessThanOrEqual(tolerance));
}

/** Known points for every estimator: [x, context, params, expected derivative]. */
const KNOWN: Record<EstimatorId, Array<[number[], Partial<EstimatorContext>, Record<string, number>, number[]]>> = {
  ste: [[[-5, -1, 0, 0.3, 7], {}, {}, [1, 1, 1, 1, 1]]],
  'clipped-ste': [
    [[-2, -1, -0.5, 0, 1, 1.0001], { clip: 1 }, {}, [0, 1, 1, 1, 1, 0]],
    [[-2.5, 2.5, 2.6], { clip: 2.5 }, {}, [1, 1, 0]],
  ],
  'approx-sign': [[[-2, -1, -0.5, 0, 0.25, 1, 2], {}, {}, [0, 0, 1, 2, 1.5, 0, 0]]],
  ede: [
    // progress 0: t = 0.1, k = 10, k·t = 1.
    [[0, 10, -10], {}, { progress: 0 }, [1, 1 - Math.tanh(1) ** 2, 1 - Math.tanh(1) ** 2]],
    // progress 0.5: t = 1, k = 1.
    [[0, 1], {}, { progress: 0.5 }, [1, 1 - Math.tanh(1) ** 2]],
    // progress 1: t = 10, k = 1.
    [[0, 0.1], {}, { progress: 1 }, [10, 10 * (1 - Math.tanh(1) ** 2)]],
  ],
  'swish-sign': [
    // At 0 the value is β·2/2 = β.
    [[0], {}, { beta: 5 }, [5]],
    [[0], {}, { beta: 2 }, [2]],
    [[1, -1], {}, { beta: 1 }, [(2 - Math.tanh(0.5)) / (1 + Math.cosh(1)), (2 - Math.tanh(0.5)) / (1 + Math.cosh(1))]],
    // Far out it is 0 (cosh overflows to ∞ in float32, the quotient is 0).
    [[100, -100], {}, { beta: 5 }, [0, 0]],
  ],
  relu: [[[-1, 0, 1e-6, 3], {}, {}, [0, 0, 1, 1]]],
  'clipped-relu': [[[-1, 0, 0.5, 2, 2.1], { topLevel: 2 }, {}, [0, 0, 1, 1, 0]]],
  'log-tailed-relu': [[[-1, 0, 1, 3, 4, 5], { topLevel: 3, levelBelowTop: 2 }, {}, [0, 0, 1, 1, 0.5, 1 / 3]]],
};

describe('estimator derivatives at known points', () => {
  it('covers every estimator', () => {
    expect(Object.keys(KNOWN).sort()).toEqual([...ESTIMATOR_IDS].sort());
  });

  it.each(ESTIMATOR_IDS.map((id) => [id] as const))('%s', (id) => {
    for (const [x, ctx, params, expected] of KNOWN[id]) expectClose(derivative(id, x, ctx, params), expected, 1e-5);
  });
});

/** The smooth primitives whose derivatives the estimators claim to be. */
const PRIMITIVES: Array<[EstimatorId, Record<string, number>, (x: number) => number]> = [
  ['approx-sign', {}, (x) => (x <= -1 ? -1 : x >= 1 ? 1 : 2 * x - x * Math.abs(x))],
  ['ede', { progress: 0.3 }, (x) => {
    const t = 0.1 * 10 ** 0.6;
    return Math.max(1 / t, 1) * Math.tanh(t * x);
  }],
  ['swish-sign', { beta: 3 }, (x) => {
    const s = 1 / (1 + Math.exp(-3 * x));
    return 2 * s * (1 + 3 * x * (1 - s)) - 1;
  }],
];

describe('estimators are the derivatives of their primitives', () => {
  it.each(PRIMITIVES)('%s matches a central difference', (id, params, primitive) => {
    const x = [-1.7, -0.9, -0.4, -0.05, 0.2, 0.6, 0.95, 1.3];
    const h = 1e-5;
    const numeric = x.map((v) => (primitive(v + h) - primitive(v - h)) / (2 * h));
    expectClose(derivative(id, x, {}, params), numeric, 1e-3);
  });
});
