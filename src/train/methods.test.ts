import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmbeddedMnistNode } from '../data/node-loaders';
import type { Dataset } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import { restoreConfig } from '../experiment/restore';
import type { LayerSnapshot } from '../model/layer-snapshot';
import type { QuantNetwork } from '../model/network';
import { quantizeOptions } from '../quant';
import { initBackend } from './backend';
import { train } from './trainer';

let mnist: Dataset;

beforeAll(async () => {
  await initBackend('cpu');
  mnist = await loadEmbeddedMnistNode();
});

function methodConfig(method: string, params: Record<string, number> = {}, edit: (c: ExperimentConfig) => void = () => {}): ExperimentConfig {
  const raw = defaultConfig();
  raw.dataset.trainLimit = 256;
  raw.dataset.testLimit = 128;
  raw.batchSize = 32;
  raw.epochs = 2;
  raw.quant.weight = { quantizer: 'uniform', bits: 3, params: {} };
  edit(raw);
  const { config, notices } = restoreConfig({ ...raw, training: { method, params } });
  expect(notices).toEqual([]);
  return config;
}

/** Trains and returns the snapshots, the result and each layer's final latent weights with its (per-tensor) levels. */
async function run(config: ExperimentConfig) {
  const snapshots: LayerSnapshot[][] = [];
  let finalWeights: { values: Float32Array; levels: number[] }[] = [];
  const result = await train({
    config, dataset: mnist, snapshotIntervalMs: 0,
    onEvent: (e) => e.type === 'snapshot' && snapshots.push(e.layers),
    onTrained: (network: QuantNetwork) => {
      finalWeights = network.layers.filter((l) => l.weightQuantizer).map((l) => ({
        values: Float32Array.from(l.kernel.dataSync()),
        levels: l.weightQuantizer!.def.levels(l.kernel, quantizeOptions(l.weightQuantizer!.def.id, { bits: l.weightQuantizer!.choice.bits })),
      }));
    },
  });
  return { result, snapshots, finalWeights };
}

const distinct = (values: Float32Array) => new Set(values).size;

describe('training methods in the trainer', () => {
  it('SLQ: the snapshots count a growing frozen share, all of it at the end; every weight ends on one of few levels', async () => {
    const before = tf.memory().numTensors;
    const { result, snapshots, finalWeights } = await run(methodConfig('slq', { stages: 3 }));
    expect(result.status).toBe('finished');
    const quantized = (layers: LayerSnapshot[]) => layers.filter((l) => l.weightQuantizer !== 'none');
    const frozen = snapshots.map((layers) => quantized(layers).reduce((n, l) => n + (l.frozenCounts?.reduce((a, b) => a + b, 0) ?? 0), 0));
    const total = quantized(snapshots[0]).reduce((n, l) => n + l.histogram.counts.reduce((a, b) => a + b, 0), 0);
    for (let i = 1; i < frozen.length; i++) expect(frozen[i]).toBeGreaterThanOrEqual(frozen[i - 1]);
    expect(frozen.some((f) => f > 0 && f < total)).toBe(true);
    expect(frozen[frozen.length - 1]).toBe(total);
    // The levels were fixed at the first stage: at most 2^3 − 1 uniform levels per layer.
    for (const w of finalWeights) expect(distinct(w.values)).toBeLessThanOrEqual(7);
    expect(result.testAccuracy).toBeGreaterThan(0.3);
    // The epoch records carry the frozen share: all of it after the last epoch.
    expect(result.epochs[result.epochs.length - 1].method).toEqual({ frozenShare: 1 });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('ADMM: the trained weights are the projection G, on the levels of the final weights', async () => {
    const { result, finalWeights } = await run(methodConfig('admm', { rho: 0.05, every: 4 }));
    expect(result.status).toBe('finished');
    expect(result.epochs.every((e) => Number.isFinite(e.method?.primalResidual))).toBe(true);
    for (const w of finalWeights) {
      expect(distinct(w.values)).toBeLessThanOrEqual(7);
      for (const v of w.values) expect(w.levels.some((l) => Math.abs(l - v) < 1e-6)).toBe(true);
    }
  });

  it('BSQ: a large λ drops bits in a layer during training; the epochs report each layer\'s bits; the kernel ends on the planes\' grid', async () => {
    const before = tf.memory().numTensors;
    const config = methodConfig('bsq', { bits: 8, lambda: 0.5, every: 2 }, (c) => {
      c.quant.weight = { quantizer: 'uniform', bits: 8, params: {} };
      // 24 steps: a large step lets the penalty empty planes within them.
      c.optimizer.learningRate = 0.1;
      c.epochs = 3;
    });
    const { result, finalWeights } = await run(config);
    expect(result.status).toBe('finished');
    const layerBits = (e: (typeof result.epochs)[number]) => Object.entries(e.method ?? {}).filter(([k]) => /^bits\d+$/.test(k));
    expect(result.epochs.length).toBe(3);
    // One entry per quantized layer in every epoch.
    for (const e of result.epochs) expect(layerBits(e).length).toBe(finalWeights.length);
    const last = layerBits(result.epochs[result.epochs.length - 1]);
    expect(last.some(([, b]) => b < 8)).toBe(true);
    for (const [, b] of last) expect(b).toBeGreaterThanOrEqual(1);
    // Each layer's final weights: at most 2^(n+1) − 1 signed values of its n bits.
    last.forEach(([, b], i) => expect(distinct(finalWeights[i].values)).toBeLessThanOrEqual(2 ** (b + 1) - 1));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('BSQ: λ = 0 keeps every bit and trains as well as standard', async () => {
    const { result } = await run(methodConfig('bsq', { bits: 8, lambda: 0, every: 4 }, (c) => (c.quant.weight = { quantizer: 'uniform', bits: 8, params: {} })));
    expect(result.status).toBe('finished');
    expect(result.epochs[result.epochs.length - 1].method?.meanBits).toBe(8);
    expect(result.testAccuracy).toBeGreaterThan(0.5);
  });

  it('refuses combinations that cannot run, naming the setting', () => {
    const float = restoreConfig({ ...defaultConfig(), quant: { ...defaultConfig().quant, weight: { quantizer: 'none', bits: 32, params: {} } }, training: { method: 'slq', params: {} } });
    expect(float.config.training).toBeUndefined();
    expect(float.notices.join(' ')).toMatch(/SLQ.*weight quantizer/);
    const eslq = restoreConfig({ ...defaultConfig(), quant: { ...defaultConfig().quant, weight: { quantizer: 'uniform', bits: 3, params: {} } }, training: { method: 'eslq', params: {} } });
    expect(eslq.notices.join(' ')).toMatch(/Power of two/);
    const ptq = restoreConfig({ ...defaultConfig(), mode: 'ptq', quant: { ...defaultConfig().quant, weight: { quantizer: 'uniform', bits: 3, params: {} } }, training: { method: 'admm', params: {} } });
    expect(ptq.notices.join(' ')).toMatch(/QAT/);
    const badParam = restoreConfig({ ...defaultConfig(), quant: { ...defaultConfig().quant, weight: { quantizer: 'uniform', bits: 3, params: {} } }, training: { method: 'inq', params: { stages: 99 } } });
    expect(badParam.config.training).toEqual({ method: 'inq', params: {} });
    expect(badParam.notices.join(' ')).toMatch(/Stages \(stages\) 99/);
    const unknown = restoreConfig({ ...defaultConfig(), training: { method: 'nope' } });
    expect(unknown.config.training).toBeUndefined();
    expect(unknown.notices.join(' ')).toMatch(/not valid/);
    // Standard is the absent setting: the config is the plain default.
    expect(restoreConfig({ ...defaultConfig(), training: { method: 'standard', params: {} } })).toEqual({ config: defaultConfig(), notices: [] });
  });
});

describe('training method in a link', () => {
  it('tm= alone selects the method with its default parameters; tmp= sets them; standard writes nothing', async () => {
    const { decodeConfig, encodeConfig } = await import('../experiment/url');
    const plain = decodeConfig('v=1&wq=uniform&wb=3&tm=slq');
    expect(plain.notices).toEqual([]);
    expect(plain.config.training).toEqual({ method: 'slq', params: {} });
    const withParams = decodeConfig('v=1&wq=uniform&wb=3&tm=admm&tmp=rho:0.5,every:3');
    expect(withParams.config.training).toEqual({ method: 'admm', params: { rho: 0.5, every: 3 } });
    expect(encodeConfig(withParams.config)).toBe('v=1&wq=uniform&wb=3&tm=admm&tmp=rho:0.5,every:3');
    expect(encodeConfig(defaultConfig())).not.toMatch(/tm/);
    expect(decodeConfig('v=1&wq=none&tm=inq').notices.join(' ')).toMatch(/INQ.*weight quantizer/);
    expect(decodeConfig('v=1&wq=none&tm=bsq').notices.join(' ')).toMatch(/BSQ.*weight quantizer/);
    expect(decodeConfig('v=1&wq=uniform&wb=8&tm=bsq&tmp=bits:6,lambda:0.1,every:50').config.training).toEqual({ method: 'bsq', params: { bits: 6, lambda: 0.1, every: 50 } });
  });
});
