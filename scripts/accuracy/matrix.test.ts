import { describe, expect, it } from 'vitest';
import { decodeConfig } from '../../src/experiment/url';
import { fullMatrix, quickMatrix, selectRows } from './matrix';
import { recompute, rowHash, type ResultRow, type SeedResult } from './results';
import { configOf } from './runner';

const matrices = { full: fullMatrix(), quick: quickMatrix() };

describe('accuracy matrix', () => {
  for (const [name, rows] of Object.entries(matrices)) {
    it(`${name}: every link decodes without a reset, ids are unique, baselines are float rows of the same setting`, () => {
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const row of rows) {
        const config = configOf(row);
        expect(row.id.startsWith(`${name === 'quick' ? 'quick/' : ''}${config.dataset.id}/${config.architecture}/`), row.id).toBe(true);
        if (row.tags.includes('float')) {
          expect(row.baseline).toBeUndefined();
          expect(config.quant.weight.quantizer).toBe('none');
          expect(config.quant.activation.quantizer).toBe('none');
          continue;
        }
        const baseline = byId.get(row.baseline!);
        expect(baseline?.tags, row.id).toContain('float');
        const floatConfig = configOf(baseline!);
        expect([floatConfig.dataset, floatConfig.architecture, floatConfig.epochs], row.id).toEqual([config.dataset, config.architecture, config.epochs]);
      }
    });
  }

  it('covers the methods, estimators, regularizers and comparisons issue 8 asks for on mnist/mlp', () => {
    const configs = selectRows(matrices.full, 'mnist/mlp').map(configOf);
    const weights = new Set(configs.map((c) => `${c.quant.weight.quantizer}:${c.quant.weight.quantizer === 'abc' ? c.quant.weight.params.bases : c.quant.weight.bits}`));
    for (const q of ['sign:1', 'xnor:1', 'stochastic-sign:1', 'twn:2', 'ttq:2', 'stochastic-ternary:2']) expect(weights).toContain(q);
    for (const q of ['uniform', 'dorefa', 'affine', 'log2', 'kmeans', 'lqnet', 'abc']) for (const bits of [2, 4]) expect(weights).toContain(`${q}:${bits}`);
    const activations = new Set(configs.map((c) => `${c.quant.activation.quantizer}:${c.quant.activation.bits}`));
    for (const q of ['pact', 'hwgq']) for (const bits of [2, 4]) expect(activations).toContain(`${q}:${bits}`);
    const bnn = configs.filter((c) => c.quant.weight.quantizer === 'xnor' && c.quant.activation.quantizer === 'sign' && c.quant.keepFirstLastFloat);
    expect(new Set(bnn.filter((c) => c.regularizer.id === 'none').map((c) => c.quant.estimator.id))).toEqual(new Set(['ste', 'clipped-ste', 'approx-sign', 'ede', 'swish-sign']));
    expect(new Set(bnn.map((c) => c.regularizer.id))).toEqual(new Set(['none', 'l2', 'binary', 'periodic', 'level-distance']));
    for (const bits of [8, 4, 2]) {
      const pair = configs.filter((c) => c.quant.weight.quantizer === 'uniform' && c.quant.weight.bits === bits && c.quant.activation.bits === bits && c.quant.keepFirstLastFloat);
      expect(new Set(pair.map((c) => c.mode)), `${bits} bits`).toEqual(new Set(['qat', 'ptq']));
    }
    expect(configs.some((c) => !c.quant.keepFirstLastFloat)).toBe(true);
  });

  it('selects rows by id prefix, glob and tag', () => {
    const rows = matrices.full;
    expect(selectRows(rows, 'mnist/mlp').every((r) => r.id.startsWith('mnist/mlp/'))).toBe(true);
    expect(selectRows(rows, 'mnist/mlp/bnn').map((r) => r.id)).toEqual(['mnist/mlp/bnn']);
    expect(selectRows(rows, 'mnist/mlp/bnn-est-*').length).toBe(4);
    expect(selectRows(rows, 'claim:qat-vs-ptq').every((r) => r.tags.includes('claim:qat-vs-ptq'))).toBe(true);
    expect(selectRows(rows, 'mnist/ml')).toEqual([]);
  });

  it('hashes equal configs equally whatever the link spells, and ignores the seed', () => {
    const a = decodeConfig('v=1&wq=dorefa&wb=2&epochs=5&seed=1').config;
    const b = decodeConfig('#v=1&epochs=5&seed=3&wb=2&wq=dorefa&bs=64').config;
    const c = decodeConfig('v=1&wq=dorefa&wb=4&epochs=5').config;
    expect(rowHash(a, 'mnist:x')).toBe(rowHash(b, 'mnist:x'));
    expect(rowHash(a, 'mnist:x')).not.toBe(rowHash(c, 'mnist:x'));
    expect(rowHash(a, 'mnist:x')).not.toBe(rowHash(a, 'mnist:y'));
  });

  it('recomputes mean, sample std, Δ to float and the share of PTQ loss QAT recovers', () => {
    const seed = (s: number, testAccuracy: number, floatAccuracy?: number): SeedResult => ({
      seed: s, status: 'finished', testAccuracy, ...(floatAccuracy === undefined ? {} : { floatAccuracy }), epochAccuracies: [testAccuracy], epochs: 1,
      trainCount: 10, testCount: 10, modelBytes: 1, float32Bytes: 1, compression: 1, bops: 1, backend: 'wasm', secondsPerEpoch: 1, wallSeconds: 1, loadAverage: [0, 0], commit: 'c', finishedAt: '',
    });
    const row = (id: string, mode: 'qat' | 'ptq', results: SeedResult[], baseline: string | null): ResultRow => ({
      id, title: id, tags: baseline ? ['claim:qat-vs-ptq'] : ['float'], baseline, hash: id, link: '#v=1', dataset: 'mnist', architecture: 'mlp',
      weight: { quantizer: 'uniform', bits: 4, params: {} }, activation: { quantizer: 'affine', bits: 4, params: {} }, estimator: 'ste',
      regularizer: { id: 'none', lambda: 0, params: {} }, mode, firstLastFloat: true, epochs: 1, results, stats: null,
    });
    const file = recompute({
      schema: 1, updatedAt: '', comparisons: { qatVsPtq: [] },
      rows: [
        row('s/float', 'qat', [seed(1, 0.98), seed(2, 0.96)], null),
        row('s/ptq', 'ptq', [seed(1, 0.9, 0.98)], 's/float'),
        row('s/qat', 'qat', [seed(1, 0.96)], 's/float'),
      ],
    });
    const float = file.rows[0].stats!;
    expect(float.mean).toBeCloseTo(0.97, 12);
    expect(float.std).toBeCloseTo(Math.SQRT2 * 0.01, 12);
    expect(file.rows[2].stats!.deltaToFloat).toBeCloseTo(-0.01, 12);
    expect(file.comparisons.qatVsPtq).toHaveLength(1);
    expect(file.comparisons.qatVsPtq[0].recoveredShare).toBeCloseTo(0.75, 12);
    expect(file.comparisons.qatVsPtq[0].ptqLossTwoSe).toBeNull();
    expect(file.comparisons.qatVsPtq[0].gainTwoSe).toBeNull();

    // Losses 0.02 and 0.00 over two seeds: mean 0.01, 2·s.e. 0.02, so no share is given.
    const noisy = recompute({
      schema: 1, updatedAt: '', comparisons: { qatVsPtq: [] },
      rows: [
        row('s/float', 'qat', [seed(1, 0.98)], null),
        row('s/ptq', 'ptq', [seed(1, 0.96, 0.98), seed(2, 0.97, 0.97)], 's/float'),
        row('s/qat', 'qat', [seed(1, 0.99)], 's/float'),
      ],
    }).comparisons.qatVsPtq[0];
    expect(noisy.ptqLossTwoSe).toBeCloseTo(0.02, 12);
    expect(noisy.recoveredShare).toBeNull();

    // PTQ loses 0.01 on both seeds (no spread), but QAT's seeds 0.95 and 0.99 make QAT − PTQ uncertain by far more.
    const noisyGain = recompute({
      schema: 1, updatedAt: '', comparisons: { qatVsPtq: [] },
      rows: [
        row('s/float', 'qat', [seed(1, 0.98)], null),
        row('s/ptq', 'ptq', [seed(1, 0.97, 0.98), seed(2, 0.971, 0.981)], 's/float'),
        row('s/qat', 'qat', [seed(1, 0.95), seed(2, 0.99)], 's/float'),
      ],
    }).comparisons.qatVsPtq[0];
    expect(noisyGain.ptqLossTwoSe).toBeCloseTo(0, 12);
    expect(noisyGain.gainTwoSe).toBeCloseTo(2 * Math.sqrt(0.0008 / 2 + 0.0000005 / 2), 12);
    expect(noisyGain.recoveredShare).toBeNull();
  });
});
