import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from './backend';
import { installWasmKernels } from './wasm-kernels';

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

/** Runs `grads` on the CPU backend and on WASM, and compares each result. */
async function expectSameOnWasm(grads: () => tf.Tensor[]): Promise<void> {
  await initBackend('cpu');
  const cpu = tf.tidy(() => grads().map((g) => g.dataSync() as Float32Array));
  await initBackend('wasm');
  expect(tf.getBackend()).toBe('wasm');
  const wasm = tf.tidy(() => grads().map((g) => g.dataSync() as Float32Array));
  expect(wasm.map((w) => w.length)).toEqual(cpu.map((c) => c.length));
  // float32 sums of a few hundred terms in a different order: a few ulps apart.
  for (let i = 0; i < cpu.length; i++) expect(relativeError(cpu[i], wasm[i]), `gradient ${i}`).toBeLessThan(1e-5);
}

interface ConvCase {
  x: [number, number, number, number];
  filter: [number, number, number, number];
  stride: 1 | 2;
  pad: 'same' | 'valid';
}

function convGradients({ x, filter, stride, pad }: ConvCase) {
  return () => {
    const input = tf.randomNormal(x, 0, 1, 'float32', 1) as tf.Tensor4D;
    const w = tf.randomNormal(filter, 0, 1, 'float32', 2) as tf.Tensor4D;
    // A loss whose gradient differs at every output position.
    const weights = tf.randomNormal(tf.conv2d(input, w, stride, pad).shape, 0, 1, 'float32', 3);
    return tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(weights, tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, stride, pad))))([input, w]);
  };
}

const CONV_CASES: ConvCase[] = [];
for (const stride of [1, 2] as const) {
  for (const pad of ['same', 'valid'] as const) {
    CONV_CASES.push(
      { x: [3, 9, 9, 3], filter: [3, 3, 3, 5], stride, pad },
      // batch 1, odd and non-square sizes, a non-square filter, channels ≥ 8 (copied in runs)
      { x: [1, 7, 10, 9], filter: [2, 3, 9, 7], stride, pad },
      { x: [2, 11, 6, 1], filter: [5, 5, 1, 3], stride, pad },
    );
  }
}

describe('WASM training kernels equal the CPU backend', () => {
  for (const c of CONV_CASES) {
    it(`conv2d gradients, x ${c.x.join('×')}, filter ${c.filter.join('×')}, stride ${c.stride}, ${c.pad}`, async () => {
      await expectSameOnWasm(convGradients(c));
    });
  }

  for (const [shape, size, stride, pad] of [
    [[4, 8, 8, 5], 2, 2, 'valid'],
    [[1, 7, 9, 3], 2, 2, 'valid'],
    [[2, 7, 5, 4], 3, 3, 'same'],
    [[2, 9, 7, 3], 3, 2, 'same'],
    [[1, 6, 6, 2], 2, 1, 'valid'],
  ] as const) {
    it(`max-pool gradient, ${shape.join('×')}, ${size}×${size} window, stride ${stride}, ${pad}`, async () => {
      await expectSameOnWasm(() => {
        // Rounded values make ties, which go to the first maximum of a window.
        const x = tf.round(tf.mul(tf.randomNormal([...shape], 0, 1, 'float32', 4), 2));
        const weights = tf.randomNormal(tf.maxPool(x as tf.Tensor4D, size, stride, pad).shape, 0, 1, 'float32', 5);
        return [tf.grad((a: tf.Tensor) => tf.sum(tf.mul(weights, tf.maxPool(a as tf.Tensor4D, size, stride, pad))))(x)];
      });
    });
  }

  it('matrix products with transposed operands and their gradients', async () => {
    await expectSameOnWasm(() => {
      const a = tf.randomNormal([7, 13], 0, 1, 'float32', 6) as tf.Tensor2D;
      const b = tf.randomNormal([13, 5], 0, 1, 'float32', 7) as tf.Tensor2D;
      const products = [tf.matMul(a, b), tf.matMul(tf.transpose(a), a, false, false), tf.matMul(a, a, false, true), tf.matMul(a, a, true, false), tf.matMul(b, a, true, true)];
      return [...products, ...tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.square(tf.matMul(x as tf.Tensor2D, y as tf.Tensor2D))))([a, b])];
    });
  });

  it('the plain-loop kernels (the benchmark baseline) agree too', async () => {
    await initBackend('wasm');
    installWasmKernels('plain');
    try {
      for (const c of [CONV_CASES[0], CONV_CASES[6]]) await expectSameOnWasm(convGradients(c));
    } finally {
      installWasmKernels('fast');
    }
  });

  it('auto falls back to wasm in Node and says why', async () => {
    const choice = await initBackend('auto');
    expect(choice.name).toBe('wasm');
    expect(choice.fallbackReason).toMatch(/WebGPU/);
    expect(choice.threads).toBe(1);
  });
});
