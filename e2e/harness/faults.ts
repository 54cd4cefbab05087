/**
 * Harness for `e2e/faults-gpu.spec.ts`: the trainer on the tfjs WebGPU backend in the
 * page, with tensor counts read after every epoch and after a stop mid-epoch. Without
 * snapshots the loop reads back only asynchronously, so it runs on adapters whose
 * synchronous read returns zeros (SwiftShader in headless Chromium).
 */
import * as tf from '@tensorflow/tfjs-core';
// The kernels' gradients, as the worker gets them through src/train/backend.ts.
import '../../src/train/backend';
import '@tensorflow/tfjs-backend-webgpu';
import type { Dataset } from '../../src/data/types';
import { defaultConfig } from '../../src/experiment/defaults';
import { RunControl, train } from '../../src/train/trainer';

/** Random 28×28 images in ten classes: the counts, not the accuracy, matter here. */
function tinyDataset(train: number, test: number): Dataset {
  const split = (count: number, seed: number) => {
    let s = seed;
    const next = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    return { images: Uint8Array.from({ length: count * 784 }, next), labels: Uint8Array.from({ length: count }, () => next() % 10), count };
  };
  return { id: 'mnist', name: 'tiny', imageShape: [28, 28, 1], classNames: Array.from({ length: 10 }, (_, i) => String(i)), train: split(train, 1), test: split(test, 2), source: 'random' };
}

export interface MemoryReport {
  backend: string;
  baseline: number;
  afterEachEpoch: number[];
  afterRun: number;
  status: string;
  stoppedStatus: string;
  stoppedAtBatch: number;
  afterStop: number;
}

async function memoryRun(): Promise<MemoryReport> {
  if (!(await tf.setBackend('webgpu'))) throw new Error('tfjs WebGPU backend unavailable');
  await tf.ready();
  const dataset = tinyDataset(64, 32);
  const config = defaultConfig();
  config.dataset.trainLimit = 64;
  config.dataset.testLimit = 32;
  config.batchSize = 16;
  config.epochs = 20;
  const baseline = tf.memory().numTensors;
  const afterEachEpoch: number[] = [];
  const result = await train({ config, dataset, snapshots: false, onEvent: (e) => e.type === 'epoch' && afterEachEpoch.push(tf.memory().numTensors) });
  const afterRun = tf.memory().numTensors;
  // Stopped in the middle of its third epoch (batch 2 of 4).
  const control = new RunControl();
  let stoppedAtBatch = 0;
  const stopped = await train({
    config, dataset, control, snapshots: false,
    onEvent: (e) => {
      if (e.type === 'batch' && e.epoch === 3 && e.batch === 2) {
        stoppedAtBatch = e.step;
        control.cancel();
      }
    },
  });
  return { backend: tf.getBackend(), baseline, afterEachEpoch, afterRun, status: result.status, stoppedStatus: stopped.status, stoppedAtBatch, afterStop: tf.memory().numTensors };
}

(window as unknown as { faults: unknown }).faults = { memoryRun };
