import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmbeddedMnistNode } from '../data/node-loaders';
import type { Dataset } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import { initBackend } from './backend';
import type { TrainEvent } from './events';
import { learningRateAt, quantizedGradients, RunControl, train } from './trainer';

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

  it('with gradient bits, the optimizer takes k-bit gradients: a float MLP still learns at 8 bits, reproducibly, and 8 bits differ from float', async () => {
    const float = (c: ExperimentConfig) => {
      c.quant.weight = { quantizer: 'none', bits: 32, params: {} };
      c.quant.activation = { quantizer: 'none', bits: 32, params: {} };
      c.epochs = 3;
    };
    const eight = smallConfig((c) => (float(c), (c.quant.gradientBits = 8)));
    const first = await run(eight);
    const second = await run(eight);
    expect(first.result.testAccuracy).toBeGreaterThan(0.5);
    expect(second.result.testAccuracy).toBe(first.result.testAccuracy);
    const plain = await run(smallConfig(float));
    expect(plain.result.epochs.map((e) => e.loss)).not.toEqual(first.result.epochs.map((e) => e.loss));
  });

  it('quantizedGradients leaves gradients alone without bits and puts each on its own 2^k-level grid with them', () => {
    tf.tidy(() => {
      const grads = { a: tf.tensor1d([0.3, -0.1, 0.05, -0.3]), b: tf.tensor1d([2, 1, -0.5]) };
      expect(quantizedGradients(grads, undefined, 1, 0)).toBe(grads);
      const out = quantizedGradients(grads, 2, 1, 0);
      const onGrid = (values: Float32Array | Int32Array | Uint8Array, m: number) => Array.from(values).every((v) => [-1, -1 / 3, 1 / 3, 1].some((l) => Math.abs(v - l * m) < 1e-6));
      expect(onGrid(out.a.dataSync(), 0.3)).toBe(true);
      expect(onGrid(out.b.dataSync(), 2)).toBe(true);
    });
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
    expect(result.resultPhase).toBe('finetune');
    // The quantized evaluation sits after the float phase: its last step and epoch.
    const ptq = events.find((e) => e.type === 'evaluation' && e.label === 'ptq');
    expect(ptq).toMatchObject({ phase: 'calibrate', step: 8, epoch: 1, testAccuracy: result.evaluations.ptq });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('post-training quantization without fine-tuning: the result is the quantized evaluation, not the float phase', async () => {
    const config = smallConfig((c) => {
      c.mode = 'ptq';
      c.epochs = 1;
      c.ptq.finetuneEpochs = 0;
      c.quant.weight = { quantizer: 'uniform', bits: 2, params: {} };
    });
    const { result, events } = await run(config);
    const done = events[events.length - 1];
    expect(done.type === 'done' && done.resultPhase).toBe('calibrate');
    expect(result.testAccuracy).toBe(result.evaluations.ptq);
    expect(done.type === 'done' && done.testAccuracy).toBe(result.evaluations.ptq);
    // 2-bit weights are not the float network: the two evaluations differ.
    expect(result.evaluations.ptq).not.toBe(result.evaluations.float);
    expect(result.epochs.at(-1)?.testAccuracy).toBe(result.evaluations.float);
  });

  it('a PTQ run stopped in its float phase says its accuracy is the float network\'s', async () => {
    const control = new RunControl();
    const { result } = await run(smallConfig((c) => (c.mode = 'ptq')), control, (e) => {
      if (e.type === 'batch' && e.step === 3) control.cancel();
    });
    expect(result.status).toBe('cancelled');
    expect(result.resultPhase).toBe('float');
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

/** The first weight histogram of every snapshot, as plain numbers to compare. */
const weightsOf = (e: TrainEvent) => (e.type === 'snapshot' ? e.layers.map((l) => [...l.histogram.edges, ...l.histogram.counts]) : undefined);

describe('single steps and live settings', () => {
  it('a step of a paused run takes exactly one batch: its weights are those of a free run after one batch', async () => {
    const config = smallConfig((c) => {
      c.epochs = 1;
      c.dataset.trainLimit = 128;
    });
    // A free run, a snapshot after every batch.
    const free = await run(config);
    const freeAt = (step: number) => weightsOf(free.events.find((e) => e.type === 'snapshot' && e.step === step && e.epoch === 1)!);

    const control = new RunControl();
    control.pause();
    const events: TrainEvent[] = [];
    const waitFor = async (ok: () => boolean) => {
      for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
    };
    const pending = train({ config, dataset: mnist, control, snapshotIntervalMs: 1e9, batchEventIntervalMs: 1e9, onEvent: (e) => events.push(e) });
    const batches = () => events.filter((e) => e.type === 'batch') as Extract<TrainEvent, { type: 'batch' }>[];
    const snapshots = () => events.filter((e) => e.type === 'snapshot');
    await waitFor(() => snapshots().length === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(batches()).toHaveLength(0);

    control.step();
    await waitFor(() => batches().length === 1);
    await new Promise((r) => setTimeout(r, 100));
    // One batch, one forced snapshot, and nothing more while paused.
    expect(batches().map((b) => b.step)).toEqual([1]);
    expect(snapshots().map((s) => s.type === 'snapshot' && s.step)).toEqual([0, 1]);
    const afterOne = weightsOf(snapshots()[1]);
    expect(afterOne).toEqual(freeAt(1));
    expect(afterOne).not.toEqual(weightsOf(snapshots()[0]));

    control.step();
    await waitFor(() => batches().length === 2);
    expect(batches().map((b) => b.step)).toEqual([1, 2]);
    expect(weightsOf(snapshots()[2])).toEqual(freeAt(2));

    control.resume();
    expect((await pending).status).toBe('finished');
    expect(batches().at(-1)?.step).toBe(4);
  });

  it('step does nothing while the run is not paused', () => {
    const control = new RunControl();
    control.step();
    control.pause();
    let resolved = false;
    void control.nextBatch().then(() => (resolved = true));
    return new Promise<void>((done) =>
      setTimeout(() => {
        expect(resolved).toBe(false);
        control.cancel();
        done();
      }, 50),
    );
  });

  it('a live learning rate and λ apply from the next batch and are reported with their step', async () => {
    const config = smallConfig((c) => {
      c.epochs = 1;
      c.regularizer = { id: 'level-distance', lambda: 0, params: {} };
      c.schedule.id = 'constant';
    });
    const control = new RunControl();
    const { result, events } = await run(config, control, (e) => {
      if (e.type === 'batch' && e.step === 3) {
        control.set('learningRate', 0.01);
        control.set('lambda', 0.5);
      }
    });
    expect(result.status).toBe('finished');
    const changes = events.filter((e) => e.type === 'setting');
    expect(changes).toEqual([
      { type: 'setting', setting: 'learningRate', previous: config.optimizer.learningRate, value: 0.01, fromStep: 4 },
      { type: 'setting', setting: 'lambda', previous: 0, value: 0.5, fromStep: 4 },
    ]);
    const rates = events.flatMap((e) => (e.type === 'batch' ? [[e.step, e.learningRate]] : []));
    expect(rates.filter(([s]) => s <= 3).every(([, lr]) => lr === config.optimizer.learningRate)).toBe(true);
    expect(rates.filter(([s]) => s >= 4).every(([, lr]) => lr === 0.01)).toBe(true);
    expect(result.epochs[0].learningRate).toBe(0.01);
    // λ > 0 adds the penalty to the loss from step 4: the same run without the changes has the same losses before, not from there.
    const plain = await run(config);
    const losses = (evts: TrainEvent[]) => new Map(evts.flatMap((e) => (e.type === 'batch' ? [[e.step, e.loss] as const] : [])));
    const [changed, unchanged] = [losses(events), losses(plain.events)];
    for (const s of [1, 2, 3]) expect(changed.get(s)).toBe(unchanged.get(s));
    expect(changed.get(4)).not.toBe(unchanged.get(4));
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

describe('a run failed from outside (a GPU error)', () => {
  it('train() throws the failure at its next step, after disposing everything it made', async () => {
    const config = smallConfig((c) => (c.epochs = 3));
    const before = tf.memory().numTensors;
    const control = new RunControl();
    const epochs: number[] = [];
    const outcome = await train({
      config, dataset: mnist, control, snapshotIntervalMs: 1e9,
      onEvent: (e) => {
        if (e.type === 'epoch') epochs.push(e.epoch);
        if (e.type === 'batch' && e.epoch === 2 && e.batch === 3) control.fail(new Error('the WebGPU device reported out of memory: test'));
      },
    }).then(
      (result) => result.status,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(outcome).toBe('the WebGPU device reported out of memory: test');
    expect(epochs).toEqual([1]);
    expect(control.cancelled).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('memory', () => {
  it('20 short epochs: the tensor count is the same after each, and back to the start after the run and after a stop mid-epoch', async () => {
    const config = smallConfig((c) => {
      c.dataset.trainLimit = 64;
      c.dataset.testLimit = 32;
      c.batchSize = 16;
      c.epochs = 20;
    });
    const before = tf.memory().numTensors;
    const counts: number[] = [];
    // Snapshots at epoch ends only: per-batch histograms would make 80 batches slow on a busy machine.
    const result = await train({ config, dataset: mnist, snapshotIntervalMs: 1e9, onEvent: (e) => e.type === 'epoch' && counts.push(tf.memory().numTensors) });
    expect(result.status).toBe('finished');
    expect(counts).toHaveLength(20);
    expect(new Set(counts).size).toBe(1);
    expect(tf.memory().numTensors).toBe(before);
    // Stopped at the second of the four batches of epoch 3.
    const control = new RunControl();
    const stopped = await train({
      config, dataset: mnist, control, snapshotIntervalMs: 1e9,
      onEvent: (e) => e.type === 'batch' && e.epoch === 3 && e.batch === 2 && control.cancel(),
    });
    expect(stopped.status).toBe('cancelled');
    expect(stopped.epochs).toHaveLength(2);
    expect(tf.memory().numTensors).toBe(before);
  }, 300_000);
});
