import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmbeddedMnistNode } from '../data/node-loaders';
import type { Dataset } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import { initBackend } from './backend';
import type { TrainEvent } from './events';
import { learningRateAt, RunControl, train } from './trainer';

let mnist: Dataset;

beforeAll(async () => {
  await initBackend('cpu');
  mnist = await loadEmbeddedMnistNode();
});

function smallConfig(edit: (c: ExperimentConfig) => void = () => {}): ExperimentConfig {
  const config = defaultConfig();
  config.dataset.trainLimit = 256;
  config.dataset.testLimit = 128;
  config.batchSize = 32;
  config.epochs = 2;
  edit(config);
  return config;
}

async function run(config: ExperimentConfig, control?: RunControl, onEvent: (e: TrainEvent) => void = () => {}) {
  const events: TrainEvent[] = [];
  const result = await train({ config, dataset: mnist, control, snapshotIntervalMs: 0, onEvent: (e) => (events.push(e), onEvent(e)) });
  return { result, events };
}

describe('train', () => {
  it('leaks no tensor: the count is the same after every epoch and back to the start at the end', async () => {
    const before = tf.memory().numTensors;
    const counts: number[] = [];
    const { result } = await run(smallConfig((c) => (c.epochs = 3)), undefined, (e) => {
      if (e.type === 'epoch') counts.push(tf.memory().numTensors);
    });
    expect(result.status).toBe('finished');
    expect(counts).toHaveLength(3);
    expect(new Set(counts).size).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('the same config and seed give the same metrics twice on the CPU backend', async () => {
    const config = smallConfig((c) => (c.quant.weight = { quantizer: 'stochastic-sign', bits: 1, params: {} }));
    const metrics = (r: Awaited<ReturnType<typeof run>>) => r.result.epochs.map(({ seconds, ...rest }) => rest);
    const first = await run(config);
    const second = await run(config);
    expect(metrics(first)).toEqual(metrics(second));
    expect(first.result.confusion).toEqual(second.result.confusion);
    const other = await run({ ...config, seed: 2 });
    expect(metrics(other)).not.toEqual(metrics(first));
  });

  it('learns: a float MLP beats chance clearly on 256 images', async () => {
    const { result } = await run(
      smallConfig((c) => {
        c.quant.weight = { quantizer: 'none', bits: 32, params: {} };
        c.quant.activation = { quantizer: 'none', bits: 32, params: {} };
        c.epochs = 3;
      }),
    );
    expect(result.testAccuracy).toBeGreaterThan(0.5);
  });

  it('emits start, batches, snapshots with levels, epochs and done in order', async () => {
    const { events } = await run(smallConfig((c) => (c.epochs = 1)));
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('start');
    expect(types[types.length - 1]).toBe('done');
    expect(types.filter((t) => t === 'batch')).toHaveLength(8);
    const snapshot = events.find((e) => e.type === 'snapshot' && e.epoch === 1);
    expect(snapshot && snapshot.type === 'snapshot' && snapshot.layers[1].levels.length).toBe(2);
    const done = events[events.length - 1];
    expect(done.type === 'done' && done.confusion.flat().reduce((a, b) => a + b, 0)).toBe(128);
  });

  it('post-training quantization: float phase, calibration, evaluation, fine-tuning', async () => {
    const config = smallConfig((c) => {
      c.mode = 'ptq';
      c.epochs = 1;
      c.ptq.finetuneEpochs = 1;
      c.ptq.calibrationBatches = 2;
      c.quant.weight = { quantizer: 'uniform', bits: 4, params: {} };
      c.quant.activation = { quantizer: 'affine', bits: 4, params: {} };
      c.quant.estimator = { id: 'ste', params: {} };
    });
    const before = tf.memory().numTensors;
    const { result, events } = await run(config);
    const phases = events.flatMap((e) => (e.type === 'phase' ? [e.phase] : []));
    expect(phases).toEqual(['float', 'calibrate', 'finetune']);
    expect(Object.keys(result.evaluations).sort()).toEqual(['float', 'ptq']);
    expect(result.epochs.map((e) => e.phase)).toEqual(['float', 'finetune']);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops when cancelled and pauses until resumed, leaking nothing', async () => {
    const before = tf.memory().numTensors;
    const control = new RunControl();
    let batches = 0;
    const { result } = await run(smallConfig(), control, (e) => {
      if (e.type === 'batch' && ++batches === 2) control.cancel();
    });
    expect(result.status).toBe('cancelled');
    expect(batches).toBe(2);
    expect(tf.memory().numTensors).toBe(before);

    const paused = new RunControl();
    paused.pause();
    let seen = 0;
    const pending = run(smallConfig((c) => (c.epochs = 1)), paused, (e) => {
      if (e.type === 'batch') seen++;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toBe(0);
    paused.resume();
    expect((await pending).result.status).toBe('finished');
    expect(seen).toBe(8);
  });
});

describe('learningRateAt', () => {
  it('follows the constant, step and cosine schedules', () => {
    const config = defaultConfig();
    config.optimizer.learningRate = 0.1;
    config.schedule = { id: 'constant', stepEpochs: 2, gamma: 0.5 };
    expect(learningRateAt(config, 0.7, 10)).toBe(0.1);
    config.schedule.id = 'step';
    expect(learningRateAt(config, 0.1, 10)).toBeCloseTo(0.1);
    expect(learningRateAt(config, 0.25, 10)).toBeCloseTo(0.05);
    expect(learningRateAt(config, 0.45, 10)).toBeCloseTo(0.025);
    config.schedule.id = 'cosine';
    expect(learningRateAt(config, 0, 10)).toBeCloseTo(0.1);
    expect(learningRateAt(config, 0.5, 10)).toBeCloseTo(0.05);
    expect(learningRateAt(config, 1, 10)).toBeCloseTo(0);
  });
});
