import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmbeddedMnistNode } from '../data/node-loaders';
import type { Dataset } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import { dawnDevice, restartWebGPUBackend, startDawnBackend } from './dawn.test-support';
import { watchGpuDevice } from './gpu-device';
import { runFailureMessage } from './memory-advice';
import { RunControl, train } from './trainer';

/**
 * Issue 9's runtime faults on a real WebGPU device: tfjs's WebGPU backend in Node on
 * Dawn with SwiftShader. Runs without snapshots, which read back synchronously (Dawn has
 * no synchronous read); the training loop itself reads asynchronously.
 */

let mnist: Dataset;
let unavailable: string | undefined;

beforeAll(async () => {
  unavailable = await startDawnBackend();
  if (unavailable) console.log(`webgpu.test: skipped, ${unavailable}`);
  else mnist = await loadEmbeddedMnistNode();
});

function smallConfig(edit: (c: ExperimentConfig) => void): ExperimentConfig {
  const config = defaultConfig();
  config.backend = 'webgpu';
  // Four batches of 8 and 16 test images; narrow hidden layers: SwiftShader runs each dispatch on the CPU.
  config.dataset.trainLimit = 32;
  config.dataset.testLimit = 16;
  config.batchSize = 8;
  config.units = [32, 32];
  edit(config);
  return config;
}

describe('training on WebGPU (Dawn)', () => {
  it('20 short epochs of the binary mlp: the tensor count is the same after each, and back to the start after the run and after a stop mid-epoch', async ({ skip }) => {
    if (unavailable) return skip(unavailable);
    expect(tf.getBackend()).toBe('webgpu');
    const config = smallConfig((c) => (c.epochs = 20));
    const before = tf.memory().numTensors;
    const counts: number[] = [];
    const result = await train({ config, dataset: mnist, snapshots: false, onEvent: (e) => e.type === 'epoch' && counts.push(tf.memory().numTensors) });
    expect(result.status).toBe('finished');
    expect(result.testAccuracy).toBeGreaterThan(0);
    expect(counts).toHaveLength(20);
    expect(new Set(counts).size).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
    const control = new RunControl();
    const stopped = await train({
      config, dataset: mnist, control, snapshots: false,
      onEvent: (e) => e.type === 'batch' && e.epoch === 3 && e.batch === 2 && control.cancel(),
    });
    expect(stopped.status).toBe('cancelled');
    expect(stopped.epochs).toHaveLength(2);
    expect(tf.memory().numTensors).toBe(before);
  }, 600_000);

  it('the device destroyed mid-run: the run stops with its finished epochs, the loss is reported once, and a new device trains again', async ({ skip }) => {
    if (unavailable) return skip(unavailable);
    const config = smallConfig((c) => (c.epochs = 40));
    const control = new RunControl();
    const lost: string[] = [];
    const device = dawnDevice();
    watchGpuDevice(device, { control: () => control, onLost: (message) => lost.push(message) });
    const epochs: number[] = [];
    const result = await train({
      config, dataset: mnist, control, snapshots: false,
      onEvent: (e) => {
        if (e.type !== 'epoch') return;
        epochs.push(e.epoch);
        if (e.epoch === 2) device.destroy();
      },
    });
    await device.lost;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lost).toHaveLength(1);
    expect(epochs).toEqual([1, 2]);
    expect(result.status).toBe('cancelled');
    expect(result.epochs.map((e) => e.epoch)).toEqual([1, 2]);
    // A new worker starts its backend again, on a new device.
    await restartWebGPUBackend();
    expect(dawnDevice()).not.toBe(device);
    const again = await train({ config: smallConfig((c) => (c.epochs = 1)), dataset: mnist, snapshots: false, onEvent: () => {} });
    expect(again.status).toBe('finished');
  }, 600_000);

  it('a batch over the device limits (batch 1024 of cnn-small with 64 conv1 filters: 200 MB of activations on a GPU with WebGPU\'s default 128 MiB per binding): the run stops with a message naming the batch size, leaves no tensor, and the next run trains', async ({ skip }) => {
    if (unavailable) return skip(unavailable);
    await restartWebGPUBackend('default');
    const device = dawnDevice();
    expect(device.limits.maxStorageBufferBindingSize).toBe(128 * 2 ** 20);
    const control = new RunControl();
    watchGpuDevice(device, { control: () => control, onLost: () => {} });
    const config = smallConfig((c) => {
      c.architecture = 'cnn-small';
      c.filters = [64, 4];
      c.units = [32];
      c.batchSize = 1024;
      c.dataset.trainLimit = 1024;
      c.epochs = 1;
    });
    const before = tf.memory().numTensors;
    const failure = await train({ config, dataset: mnist, control, snapshots: false, onEvent: () => {} }).then(
      (result) => `train() returned ${result.status}`,
      (error: unknown) => runFailureMessage(error, config, 'webgpu'),
    );
    expect(failure).toMatch(
      /^The WEBGPU backend ran out of memory \(the WebGPU device reported an error: Binding size \(\d+\) .* is larger than the maximum storage buffer binding size \(134217728\)\)\. Lower the batch size \(now 1024; try 512\), and train again\.$/,
    );
    expect(tf.memory().numTensors).toBe(before);
    // The device still trains: the binary mlp, one epoch.
    const next = await train({ config: smallConfig((c) => (c.epochs = 1)), dataset: mnist, snapshots: false, onEvent: () => {} });
    expect(next.status).toBe('finished');
  }, 600_000);
});
