import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { architectureSpec, edgeCases, randomInput } from './fixtures.test-support';
import { modelBytes, PackedModelError, packModel, unpackModel } from './format';
import { floatForward, quantizedWeights } from './reference';
import type { DeploySpec } from './spec';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const logits = (spec: DeploySpec, x: Float32Array, n: number) =>
  tf.tidy(() => Array.from(floatForward(spec, tf.tensor(x, [n, ...spec.inputShape])).dataSync()));

describe('packed model format', () => {
  const specs = [architectureSpec('cnn-small', 5), architectureSpec('mlp', 6, 'ternary'), ...edgeCases().map((c) => c.spec)];

  it('round-trips: same quantized weights, parameters and float simulation', () => {
    for (const spec of specs) {
      const back = unpackModel(packModel(spec));
      expect(back.inputShape).toEqual(spec.inputShape);
      expect(back.layers.length).toBe(spec.layers.length);
      back.layers.forEach((l, i) => {
        const o = spec.layers[i];
        expect(Array.from(quantizedWeights(l))).toEqual(Array.from(quantizedWeights(o)));
        expect(l.bias && Array.from(l.bias)).toEqual(o.bias && Array.from(o.bias));
        expect(l.batchNorm?.epsilon).toBe(o.batchNorm?.epsilon);
        expect(l.batchNorm && Array.from(l.batchNorm.variance)).toEqual(o.batchNorm && Array.from(o.batchNorm.variance));
        expect([l.kind, l.stride, l.padding, l.pool?.size, l.activation, l.flattenBefore]).toEqual([o.kind, o.stride, o.padding, o.pool?.size, o.activation, o.flattenBefore]);
      });
      const x = randomInput(spec, 2);
      expect(logits(back, x, 2)).toEqual(logits(spec, x, 2));
    }
  });

  it('stores binary weights 32× smaller than float32', () => {
    const spec = architectureSpec('cnn-cifar', 1);
    const b = modelBytes(spec);
    expect(b.weightsFloat32 / b.weightsPacked).toBeGreaterThan(31.9);
    expect(b.packed).toBeLessThan(b.float32 / 4);
    const t = modelBytes(architectureSpec('cnn-cifar', 1, 'ternary'));
    expect(t.weightsFloat32 / t.weightsPacked).toBeGreaterThan(15.9);
  });

  it('rejects corrupt, truncated and foreign files with one clear error', () => {
    const bytes = packModel(specs[0]);
    const expectError = (b: Uint8Array, pattern: RegExp) => {
      let err: unknown;
      try {
        unpackModel(b);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PackedModelError);
      expect((err as Error).message).toMatch(pattern);
    };
    for (const cut of [0, 10, 100, bytes.length - 1]) expectError(bytes.slice(0, cut), /truncated/);
    for (const at of [20, 200, bytes.length - 100]) {
      const bad = bytes.slice();
      bad[at] ^= 0x10;
      expectError(bad, /checksum/);
    }
    const foreign = bytes.slice();
    foreign[0] = 0x50;
    expectError(foreign, /magic/);
    expectError(new Uint8Array([...bytes, 0]), /trailing/);
  });
});
