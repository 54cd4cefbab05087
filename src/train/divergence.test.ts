import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmbeddedMnistNode } from '../data/node-loaders';
import type { Dataset } from '../data/types';
import { PRESETS_BY_ID } from '../experiment/presets';
import { decodeConfig, encodeConfig } from '../experiment/url';
import { initBackend } from './backend';
import { defaultConfig } from '../experiment/defaults';
import { QuantNetwork } from '../model/network';
import { divergedLayer, LossWatch, weightProblem } from './divergence';
import type { TrainEvent } from './events';
import { train } from './trainer';

let mnist: Dataset;

beforeAll(async () => {
  await initBackend('cpu');
  mnist = await loadEmbeddedMnistNode();
});

describe('LossWatch', () => {
  it('flags a loss that is not finite at once', () => {
    const watch = new LossWatch(10);
    expect(watch.observe(2.3)).toBeUndefined();
    expect(watch.observe(Number.NaN)).toMatch(/NaN/);
    expect(new LossWatch(10).observe(Number.POSITIVE_INFINITY)).toMatch(/Infinity/);
  });

  it('flags a loss grown to ten times its start, and not a loss that falls or wobbles', () => {
    const falling = new LossWatch(10);
    for (let i = 0; i < 200; i++) expect(falling.observe(2.3 * Math.exp(-i / 50) + 0.1 * Math.sin(i))).toBeUndefined();
    const growing = new LossWatch(10);
    const reasons = Array.from({ length: 60 }, (_, i) => growing.observe(2.3 * 1.15 ** i));
    expect(reasons.slice(0, 10).every((r) => r === undefined)).toBe(true);
    expect(reasons.find(Boolean)).toMatch(/the loss grew from \d+\.\d+ to/);
  });

  it('flags a loss that starts far above an untrained network\'s and stays there', () => {
    const watch = new LossWatch(10);
    const reasons = Array.from({ length: 10 }, (_, i) => watch.observe(5e6 / (i + 1)));
    // Flagged once a window of batches is in, although the loss falls within it.
    expect(reasons.slice(0, 9).every((r) => r === undefined)).toBe(true);
    expect(reasons[9]).toMatch(/^the loss reached [\d.e+]+ \(an untrained network's is 2\.30\)$/);
  });
});

describe('a diverging run (the lesson "Too high a learning rate")', () => {
  // SGD at lr 10 with momentum 0.999 and no batch norm, on a float MLP.
  const lesson = PRESETS_BY_ID.get('too-high-lr')!;
  const link = encodeConfig(lesson.config);

  it('stops within the first epoch with a message naming the epoch, the step and the learning rate, and reports no NaN', async () => {
    const { config, notices } = decodeConfig(link);
    expect(notices).toEqual([]);
    // The lesson as it ships (all 60000 training images); it stops within a few dozen steps.
    config.dataset.testLimit = 200;
    const events: TrainEvent[] = [];
    const before = tf.memory().numTensors;
    let trained = false;
    const result = await train({ config, dataset: mnist, snapshotIntervalMs: 0, onEvent: (e) => events.push(e), onTrained: () => (trained = true) });
    expect(result.status).toBe('diverged');
    expect(result.message).toMatch(/^Training diverged in epoch 1 at step \d+: .+\. The learning rate 10 is likely too high for SGD with momentum 0\.999 without batch norm: lower it/);
    const done = events.find((e) => e.type === 'done');
    expect(done).toMatchObject({ type: 'done', status: 'diverged', message: result.message });
    // Nothing downstream gets non-finite numbers: every event's numbers are finite.
    const numbers: number[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'number') numbers.push(v);
      else if (v && typeof v === 'object') Object.values(v as object).forEach(collect);
    };
    events.forEach(collect);
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(result.epochs.every((e) => Number.isFinite(e.loss))).toBe(true);
    expect(trained).toBe(false);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('with the learning rate 0.01 and momentum 0.9 the lesson names, the same network trains', async () => {
    const { config } = decodeConfig(link.replace('lr=10', 'lr=0.01').replace('mom=0.999', 'mom=0.9'));
    config.dataset.trainLimit = 640;
    config.dataset.testLimit = 200;
    config.epochs = 1;
    const result = await train({ config, dataset: mnist, snapshotIntervalMs: 0, onEvent: () => {} });
    expect(result.status).toBe('finished');
    expect(result.testAccuracy).toBeGreaterThan(0.4);
  });
});

describe('naming the layer', () => {
  it('names the first layer whose weights are not finite, else the largest', async () => {
    const config = defaultConfig();
    const network = new QuantNetwork(config, [28, 28, 1], 10);
    try {
      expect(await weightProblem(network)).toBeUndefined();
      expect(await divergedLayer(network)).toMatch(/^the largest weights were \w+'s (weights|batch-norm scale) \(max \|w\| [\d.e+-]+\)$/);
      const [, second, third] = network.layers;
      // NaN in the second layer and Infinity in the third: the second is the first that went.
      second.kernel.assign(tf.fill(second.kernel.shape, Number.NaN));
      third.kernel.assign(tf.fill(third.kernel.shape, Number.POSITIVE_INFINITY));
      const name = second.placed.spec.name;
      expect(await weightProblem(network)).toBe(`${name}'s weights became NaN`);
      expect(await divergedLayer(network)).toBe(`${name}'s weights became NaN`);
    } finally {
      network.dispose();
    }
  });

  it('Adam at learning rate 10: stops in epoch 1 naming the epoch and a layer, keeps the finished epochs, and emits no NaN', async () => {
    // The lesson's float MLP without batch norm, with Adam at learning rate 10.
    const { config } = decodeConfig(encodeConfig(PRESETS_BY_ID.get('too-high-lr')!.config));
    config.optimizer = { ...config.optimizer, id: 'adam', learningRate: 10 };
    config.dataset.trainLimit = 960;
    config.dataset.testLimit = 100;
    config.batchSize = 32;
    config.epochs = 2;
    const events: TrainEvent[] = [];
    const before = tf.memory().numTensors;
    const result = await train({ config, dataset: mnist, snapshotIntervalMs: 0, onEvent: (e) => events.push(e) });
    expect(result.status).toBe('diverged');
    const layers = new QuantNetwork(config, [28, 28, 1], 10);
    const names = layers.layers.map((l) => l.placed.spec.name);
    layers.dispose();
    expect(result.message).toMatch(/^Training diverged in epoch \d+ at step \d+: /);
    expect(names.some((n) => result.message!.includes(`${n}'s`))).toBe(true);
    expect(result.message).toMatch(/The learning rate 10 is likely too high for Adam/);
    // History so far: every finished epoch is in the result, and every epoch event sent is one of them.
    const epochEvents = events.filter((e) => e.type === 'epoch');
    expect(epochEvents).toHaveLength(result.epochs.length);
    const numbers: number[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'number') numbers.push(v);
      else if (v && typeof v === 'object') Object.values(v as object).forEach(collect);
    };
    // Snapshots (the histograms), the start event's summary, batches and epochs: all finite.
    events.forEach(collect);
    expect(events.some((e) => e.type === 'snapshot')).toBe(true);
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });
});
