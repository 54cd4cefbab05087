import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { floatForward, quantizedWeights } from './reference';
import type { DeployLayer, DeploySpec } from './spec';
import { planSpec, SpecError } from './spec';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const conv = (over: Partial<DeployLayer>): DeployLayer => ({
  kind: 'conv2d', name: 'c', shape: [3, 3, 1, 1], weights: new Float32Array(9).fill(0.3),
  weightMode: 'binary', alpha: new Float32Array([2]), inputMode: 'binary', activation: 'none', padding: 'same', stride: 1, ...over,
});

const run = (spec: DeploySpec, x: number[]) => tf.tidy(() => Array.from(floatForward(spec, tf.tensor(x)).dataSync()));

describe('floatForward', () => {
  it("pads a binary 'same' conv with zeros: out-of-bounds taps count for nothing", () => {
    // All inputs −0.5 → sign −1; weights +0.3 → alpha·(+1) = 2. Corner: 4 taps, edge: 6, centre: 9.
    const spec: DeploySpec = { inputShape: [3, 3, 1], classes: 9, layers: [conv({})] };
    expect(run(spec, new Array(9).fill(-0.5))).toEqual([-8, -12, -8, -12, -18, -12, -8, -12, -8]);
  });

  it('quantizes with sign(0) = +1 and ternary thresholds per channel', () => {
    const l = conv({ shape: [1, 1, 3, 2], weights: new Float32Array([0, -0.2, 0.5, 0.1, -0.9, -0.05]), alpha: new Float32Array([1, 3]) });
    expect(Array.from(quantizedWeights(l))).toEqual([1, -3, 1, 3, -1, -3]);
    const t = { ...l, weightMode: 'ternary' as const, delta: new Float32Array([0.4, 0.1]) };
    expect(Array.from(quantizedWeights(t))).toEqual([0, -3, 1, 0, -1, 0]);
    const spec: DeploySpec = { inputShape: [1, 1, 1], classes: 1, layers: [conv({ shape: [1, 1, 1, 1], weights: new Float32Array([1]), alpha: new Float32Array([1]) })] };
    expect(run(spec, [0])).toEqual([1]); // sign(0) = +1 on the input too
  });

  it('applies bias → max pool → batch norm → relu in that order', () => {
    // Negative gamma: pooling after batch norm would pick a different value.
    const l = conv({
      shape: [1, 1, 1, 1], weights: new Float32Array([1]), alpha: new Float32Array([1]), inputMode: 'float', weightMode: 'float',
      bias: new Float32Array([0.5]), pool: { size: 2, stride: 2 }, activation: 'relu',
      batchNorm: { gamma: new Float32Array([-1]), beta: new Float32Array([3]), mean: new Float32Array([0]), variance: new Float32Array([1]), epsilon: 0 },
    });
    const spec: DeploySpec = { inputShape: [2, 2, 1], classes: 1, layers: [l] };
    // max(x + 0.5) = 4.5 → −4.5 + 3 = −1.5 → relu 0; BN-then-pool would give 3 − (−1 + 0.5) = 3.5.
    expect(run(spec, [1, 4, -1, 2])).toEqual([0]);
    l.activation = 'none';
    expect(run(spec, [1, 4, -1, 2])).toEqual([-1.5]);
  });

  it('rejects inconsistent specs', () => {
    const spec: DeploySpec = { inputShape: [3, 3, 2], classes: 9, layers: [conv({})] };
    expect(() => planSpec(spec)).toThrow(SpecError);
    const noAlpha: DeploySpec = { inputShape: [3, 3, 1], classes: 9, layers: [conv({ alpha: undefined })] };
    expect(() => planSpec(noAlpha)).toThrow(/alpha/);
  });
});
