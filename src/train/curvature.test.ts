import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmbeddedMnistNode } from '../data/node-loaders';
import type { Dataset } from '../data/types';
import { defaultConfig } from '../experiment/defaults';
import type { QuantNetwork } from '../model/network';
import type { LayerSnapshot } from '../model/layer-snapshot';
import { QUANTIZERS } from '../quant';
import { weightsOf } from '../model/weights-file';
import { initBackend } from './backend';
import { train } from './trainer';

let mnist: Dataset;

beforeAll(async () => {
  await initBackend('wasm');
  mnist = await loadEmbeddedMnistNode();
});

/** A short mlp run with `quantizer` on the weights; returns the trained network's facts before disposal. */
async function shortRun(quantizer: 'lab' | 'bayes-binary', params: Record<string, number> = {}) {
  const config = defaultConfig();
  config.quant.weight = { quantizer, bits: 1, params };
  config.dataset.trainLimit = 512;
  config.dataset.testLimit = 500;
  config.epochs = 1;
  const snapshots: LayerSnapshot[][] = [];
  let seen: { alphaLab: number[]; alphaXnor: number[]; moment: number; names: string[] } | undefined;
  const result = await train({
    config,
    dataset: mnist,
    snapshotIntervalMs: Infinity,
    onEvent: (e) => {
      if (e.type === 'snapshot') snapshots.push(e.layers);
    },
    onTrained: (network: QuantNetwork) => {
      const layer = network.layers.find((l) => l.weightQuantizer)!;
      const q = layer.weightQuantizer!;
      const opts = network.quantizeOptions(q, 'weight', layer, { training: false, step: 0, progress: 1 });
      const alphaLab = q.def.packedParams ? Array.from(q.def.packedParams(layer.kernel, opts).alpha) : [];
      const alphaXnor = Array.from(QUANTIZERS.xnor.packedParams!(layer.kernel, opts).alpha);
      const moment = layer.secondMoment ? tf.tidy(() => tf.max(layer.secondMoment!).dataSync()[0]) : 0;
      const names = Object.keys(weightsOf(network, { testAccuracy: 0, testImages: 0, testSource: 'test' }).variables);
      seen = { alphaLab, alphaXnor, moment, names };
    },
  });
  return { result, snapshots, seen: seen! };
}

describe('LAB in training', () => {
  it('keeps a second moment of each LAB kernel’s gradients, which moves α away from mean|w| and is saved with the weights', async () => {
    const { result, seen } = await shortRun('lab');
    expect(result.status).toBe('finished');
    expect(seen.moment).toBeGreaterThan(0);
    expect(seen.names).toContain('dense2/w/second_moment');
    const differs = seen.alphaLab.some((a, c) => Math.abs(a - seen.alphaXnor[c]) > 1e-3 * seen.alphaXnor[c]);
    expect(differs, 'α weighted by the curvature differs from XNOR-Net’s somewhere').toBe(true);
    expect(result.testAccuracy).toBeGreaterThan(0.5);
  }, 300_000);
});

describe('Bayesian binary weights in training', () => {
  it('snapshots carry the histogram of P(w = +1) over [0, 1], and the KL term pulls probabilities towards ½', async () => {
    const plain = await shortRun('bayes-binary', { klWeight: 0 });
    const strong = await shortRun('bayes-binary', { klWeight: 0.01 });
    const last = (s: LayerSnapshot[][]) => s[s.length - 1].find((l) => l.weightQuantizer === 'bayes-binary')!;
    const p = last(plain.snapshots).probabilities!;
    expect(p.label).toMatch(/P\(w = \+1\)/);
    expect(p.histogram.edges[0]).toBe(0);
    expect(p.histogram.edges[p.histogram.edges.length - 1]).toBe(1);
    // Mean |p − ½| from the histograms: the KL term keeps more weights undecided.
    const spread = (h: { edges: Float32Array; counts: Uint32Array }) => {
      let s = 0;
      let n = 0;
      h.counts.forEach((c, i) => {
        s += c * Math.abs((h.edges[i] + h.edges[i + 1]) / 2 - 0.5);
        n += c;
      });
      return s / n;
    };
    expect(spread(last(strong.snapshots).probabilities!.histogram)).toBeLessThan(spread(p.histogram));
    expect(plain.result.testAccuracy).toBeGreaterThan(0.3);
  }, 300_000);
});
