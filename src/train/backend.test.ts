import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from './backend';

/** Largest |a − b| relative to the largest |a|. */
function relativeError(a: Float32Array, b: Float32Array): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(a[i]));
  }
  return diff / scale;
}

async function convAndPoolGradients(backend: 'cpu' | 'wasm', stride: 1 | 2, pad: 'same' | 'valid') {
  await initBackend(backend);
  return tf.tidy(() => {
    const x = tf.randomNormal([3, 9, 9, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    const w = tf.randomNormal([3, 3, 3, 5], 0, 1, 'float32', 2) as tf.Tensor4D;
    const [dx, dw] = tf.grads((a: tf.Tensor, b: tf.Tensor) =>
      tf.sum(tf.square(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, stride, pad))),
    )([x, w]);
    const pooled = tf.randomNormal([4, 8, 8, 5], 0, 1, 'float32', 3);
    const dPool = tf.grad((a: tf.Tensor) => tf.sum(tf.square(tf.maxPool(a as tf.Tensor4D, 2, 2, 'valid'))))(pooled);
    return [dx.dataSync(), dw.dataSync(), dPool.dataSync()] as Float32Array[];
  });
}

describe('WASM gradient kernels', () => {
  for (const [stride, pad] of [[1, 'same'], [2, 'same'], [1, 'valid'], [2, 'valid']] as const) {
    it(`conv2d (stride ${stride}, ${pad}) and max-pool gradients on wasm equal the CPU backend's`, async () => {
      const cpu = await convAndPoolGradients('cpu', stride, pad);
      const wasm = await convAndPoolGradients('wasm', stride, pad);
      expect(tf.getBackend()).toBe('wasm');
      // float32 sums of a few hundred terms in a different order: a few ulps apart.
      for (let i = 0; i < cpu.length; i++) expect(relativeError(cpu[i], wasm[i])).toBeLessThan(1e-5);
    });
  }

  it('auto falls back to wasm in Node and says why', async () => {
    const choice = await initBackend('auto');
    expect(choice.name).toBe('wasm');
    expect(choice.fallbackReason).toMatch(/WebGPU/);
  });
});
