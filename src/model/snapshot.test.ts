import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { useCpuBackend } from '../quant/test-support';
import { QuantNetwork } from './network';
import { SnapshotTaker, valueCounts } from './snapshot';

beforeAll(useCpuBackend);

describe('snapshot helpers', () => {
  it('counts distinct values (−0 as +0), or gives up beyond the limit', () => {
    expect(valueCounts(new Float32Array([1, -0, 0, 1, 3]))).toEqual({ values: new Float32Array([0, 1, 3]), counts: new Uint32Array([2, 2, 1]) });
    expect(valueCounts(new Float32Array([1, 2, 3]), 2)).toBeUndefined();
  });
});

describe('a DoReFa 2-bit layer', () => {
  it('measures its error on tanh(w)/max|tanh w| and has three thresholds per channel inside its weights', () => {
    const config = defaultConfig();
    config.quant.weight = { quantizer: 'dorefa', bits: 2, params: {} };
    const network = new QuantNetwork(config, [28, 28, 1], 10);
    const [, layer] = new SnapshotTaker().take(network, { training: false, step: 0, progress: 0 });
    expect(layer.weightQuantizer).toBe('dorefa');
    expect(layer.errorDomain?.label).toBe('tanh(w)/max|tanh w|');
    // u ≈ w/max|w| per channel: the factor is about 1/max|w|.
    const maxAbs = tf.tidy(() => Array.from(tf.max(tf.abs(network.layers[1].kernel), 0).dataSync()));
    expect(layer.errorDomain!.scale[0]).toBeCloseTo(1 / Math.max(...maxAbs), 0);
    // Like with like: at most the half step 1/3 per weight.
    expect(layer.mse).toBeLessThan(1 / 9);
    expect(Array.from(layer.levelCounts!.values).map((v) => +v.toFixed(4))).toEqual([-1, -0.3333, 0.3333, 1]);
    for (const scope of layer.decision!.scopes) {
      expect(scope.thresholds).toHaveLength(3);
      const edges = scope.histogram.edges;
      for (const t of scope.thresholds) {
        expect(t).toBeGreaterThan(edges[0]);
        expect(t).toBeLessThan(edges[edges.length - 1]);
      }
      expect(scope.thresholds[1]).toBeCloseTo(0, 2);
    }
    network.dispose();
  });
});

describe('frozen weights in a snapshot', () => {
  it('counts the frozen weights per bin of the latent histogram: never more than the bin holds, all of them in total', () => {
    const config = defaultConfig();
    const network = new QuantNetwork(config, [28, 28, 1], 10);
    const layer = network.layers[1];
    const values = layer.kernel.dataSync() as Float32Array;
    // Freeze the weights above the median magnitude: a known count, spread over many bins.
    const median = Float32Array.from(values).map(Math.abs).sort()[Math.floor(values.length / 2)];
    const mask = Uint8Array.from(values, (v) => (Math.abs(v) > median ? 1 : 0));
    const expected = mask.reduce((a, b) => a + b, 0);
    const snapshots = new SnapshotTaker().take(network, { training: false, step: 0, progress: 0 }, (index) => (index === layer.placed.index ? mask : undefined));
    const taken = snapshots[1];
    expect(snapshots[0].frozenCounts).toBeUndefined();
    const frozen = taken.frozenCounts!;
    expect(frozen).toHaveLength(taken.histogram.counts.length);
    expect(frozen.reduce((a, b) => a + b, 0)).toBe(expected);
    frozen.forEach((f, i) => expect(f).toBeLessThanOrEqual(taken.histogram.counts[i]));
    // The middle bins (small |w|) hold free weights only.
    const mid = frozen.length / 2;
    expect(frozen[mid]).toBe(0);
    expect(taken.histogram.counts[mid]).toBeGreaterThan(0);
    network.dispose();
  });
});
