import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { initBackend } from '../train/backend';
import { registerThreadedWasmNode } from './wasm-threads';

describe('threaded WASM in Node', () => {
  it('starts on the threads asked for and computes what the CPU backend does', async () => {
    const threads = Math.min(2, availableParallelism());
    const run = () =>
      tf.tidy(() => {
        const x = tf.randomNormal([2, 9, 9, 4], 0, 1, 'float32', 1) as tf.Tensor4D;
        const w = tf.randomNormal([3, 3, 4, 6], 0, 1, 'float32', 2) as tf.Tensor4D;
        return tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.square(tf.conv2d(a as tf.Tensor4D, b as tf.Tensor4D, 1, 'same'))))([x, w]).map((g) => g.dataSync() as Float32Array);
      });
    await initBackend('cpu');
    const cpu = run();
    await registerThreadedWasmNode(threads);
    const choice = await initBackend('wasm');
    expect(choice.name).toBe('wasm');
    expect(choice.threads).toBe(threads);
    const wasm = run();
    for (let i = 0; i < cpu.length; i++) {
      const scale = Math.max(...cpu[i].map(Math.abs));
      expect(Math.max(...cpu[i].map((v, j) => Math.abs(v - wasm[i][j]))) / scale).toBeLessThan(1e-5);
    }
  });
});
