import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUANTIZERS, quantizeOptions } from '../quant';
import { seededNormal, useCpuBackend } from '../quant/test-support';
import { QUANTIZER_IDS, type QuantizerDef } from '../quant';
import { histogram } from './snapshot';
import { channelValues, levelShares, regions, sampledChannels, type Regions } from './thresholds';

beforeAll(useCpuBackend);

const CHANNELS = 4;
/** A [300, 4] weight tensor whose output channels have very different magnitudes. */
function weights(seed: number): tf.Tensor2D {
  const v = seededNormal(300 * CHANNELS, seed, 1);
  return tf.tensor2d(v.map((x, i) => x * [0.05, 0.3, 0.8, 1.5][i % CHANNELS]), [300, CHANNELS]);
}

const bitWidths = (def: QuantizerDef) => [...new Set([def.bits.min, def.bits.default, def.bits.max])];
// Thresholds on the weight axis describe only monotone maps of each weight alone.
const deterministic = QUANTIZER_IDS.filter((id) => !QUANTIZERS[id].stochastic && QUANTIZERS[id].monotone !== false);

/** The checks every scope's regions must pass against its own (latent, quantized) pairs. */
function expectExact(r: Regions, latent: Float32Array, quantized: Float32Array, requantize: (values: Float32Array) => Float32Array) {
  expect(r.described).toBe(latent.length);
  expect(r.levels.length).toBe(r.thresholds.length + 1);
  expect(r.counts.reduce((a, b) => a + b, 0)).toBe(latent.length);
  for (let i = 1; i < r.thresholds.length; i++) expect(r.thresholds[i]).toBeGreaterThan(r.thresholds[i - 1]);
  const again = requantize(latent);
  const sorted = Float32Array.from(latent).sort();
  r.thresholds.forEach((t, i) => {
    // Strictly between two weights that are neighbours in latent order …
    expect(r.below[i]).toBeLessThan(t);
    expect(t).toBeLessThan(r.above[i]);
    const k = sorted.indexOf(r.below[i]);
    expect(sorted[k + 1]).toBe(r.above[i]);
    // … that quantize differently: quantized afresh, the weight just below and the one just above differ.
    const below = again[latent.indexOf(r.below[i])];
    const above = again[latent.indexOf(r.above[i])];
    expect(below === above, `${below} and ${above} either side of ${t}`).toBe(false);
    expect(below === r.levels[i] && above === r.levels[i + 1]).toBe(true);
  });
  // Every weight maps to the level of the region it lies in.
  const wrong = Array.from(latent).filter((x, k) => {
    let region = 0;
    while (region < r.thresholds.length && x > r.thresholds[region]) region++;
    return quantized[k] !== r.levels[region];
  });
  expect(wrong).toEqual([]);
}

describe.each(deterministic.map((id) => [id] as const))('decision thresholds of %s', (id) => {
  const def = QUANTIZERS[id];
  it.each(bitWidths(def).map((b) => [b] as const))('at %i bits: each threshold lies between neighbouring weights that quantize differently', (bits) => {
    const x = weights(17 + bits);
    const reduceAxes = def.channelScales ? [0] : undefined;
    const opts = quantizeOptions(id, { bits, reduceAxes, seed: 1 });
    const quantize = (t: tf.Tensor) => tf.tidy(() => def.quantize(t, opts).dataSync() as Float32Array);
    const latent = x.dataSync() as Float32Array;
    const quantized = quantize(x);
    if (def.channelScales) {
      for (let c = 0; c < CHANNELS; c++) {
        const lat = channelValues(latent, c, CHANNELS);
        const r = regions(lat, channelValues(quantized, c, CHANNELS));
        // A channel quantized on its own: per-channel scales make it independent of the others.
        expectExact(r, lat, channelValues(quantized, c, CHANNELS), () => channelValues(quantize(x), c, CHANNELS));
      }
    } else {
      const r = regions(latent, quantized);
      expect(r.thresholds.length).toBeGreaterThan(0);
      expectExact(r, latent, quantized, () => quantize(x));
    }
    x.dispose();
  });
});

describe('regions', () => {
  it('cuts a monotone map at the gaps between levels, exactly', () => {
    const latent = new Float32Array([0.3, -0.2, 0.1, -0.4, 0.25]);
    const quantized = latent.map((v) => (v >= 0 ? 1 : -1));
    const r = regions(latent, quantized);
    expect(Array.from(r.levels)).toEqual([-1, 1]);
    expect(Array.from(r.counts)).toEqual([2, 3]);
    expect(r.below[0]).toBeCloseTo(-0.2, 6);
    expect(r.above[0]).toBeCloseTo(0.1, 6);
    expect(r.thresholds[0]).toBeCloseTo(-0.05, 6);
  });

  it('sorts when levels interleave (a non-monotone map)', () => {
    const latent = new Float32Array([-3, -2, -1, 1, 2, 3]);
    const quantized = new Float32Array([0, 5, 0, 5, 0, 5]);
    const r = regions(latent, quantized);
    expect(Array.from(r.levels)).toEqual([0, 5, 0, 5, 0, 5]);
    expect(Array.from(r.thresholds)).toEqual([-2.5, -1.5, 0, 1.5, 2.5]);
    expect(r.described).toBe(6);
  });

  it('puts a threshold strictly between adjacent float32 values', () => {
    const a = Math.fround(0.1);
    const b = new Float32Array(new Uint32Array([new Uint32Array(new Float32Array([a]).buffer)[0] + 1]).buffer)[0];
    const r = regions(new Float32Array([a, b]), new Float32Array([0, 1]));
    expect(r.thresholds[0]).toBeGreaterThan(a);
    expect(r.thresholds[0]).toBeLessThan(b);
  });

  it('one level: no threshold', () => {
    const r = regions(new Float32Array([1, 2, 3]), new Float32Array([7, 7, 7]));
    expect(r.thresholds.length).toBe(0);
    expect(Array.from(r.levels)).toEqual([7]);
  });
});

describe('channels and shares', () => {
  it('reads one output channel of a channel-last tensor and samples channels evenly', () => {
    expect(Array.from(channelValues(new Float32Array([0, 1, 2, 10, 11, 12]), 1, 3))).toEqual([1, 11]);
    expect(sampledChannels(256, 8)).toEqual([0, 32, 64, 96, 128, 160, 192, 224]);
    expect(sampledChannels(3, 8)).toEqual([0, 1, 2]);
  });

  it('counts each latent bin’s weights per level (the probability estimate of stochastic quantizers)', () => {
    const latent = new Float32Array([-1, -0.9, 0.9, 1]);
    const quantized = new Float32Array([-1, 1, 1, 1]);
    const shares = levelShares(latent, quantized, histogram(latent, -1, 1, 2));
    expect(Array.from(shares.levels)).toEqual([-1, 1]);
    expect(Array.from(shares.counts)).toEqual([1, 1, 0, 2]);
  });
});

describe('stochastic quantizers', () => {
  it('are flagged, and the stochastic-sign shares follow its probability (x + 1)/2', () => {
    expect(QUANTIZER_IDS.filter((id) => QUANTIZERS[id].stochastic)).toEqual(['stochastic-sign', 'stochastic-ternary', 'bayes-binary']);
    tf.tidy(() => {
      const latent = Float32Array.from({ length: 40000 }, (_, i) => -1 + (2 * i) / 39999);
      const x = tf.tensor1d(latent);
      const quantized = QUANTIZERS['stochastic-sign'].quantize(x, quantizeOptions('stochastic-sign', { seed: 3 })).dataSync() as Float32Array;
      const h = histogram(latent, -1, 1, 8);
      const { levels, counts } = levelShares(latent, quantized, h);
      expect(Array.from(levels)).toEqual([-1, 1]);
      for (let b = 0; b < 8; b++) {
        const centre = (h.edges[b] + h.edges[b + 1]) / 2;
        expect(counts[b * 2 + 1] / (counts[b * 2] + counts[b * 2 + 1])).toBeCloseTo((centre + 1) / 2, 1);
      }
    });
  });
});

describe('error domain', () => {
  it('DoReFa k > 1 measures its error on tanh(w)/max|tanh w| per channel; k = 1 and others on the raw weights', () => {
    tf.tidy(() => {
      const x = weights(5);
      const opts = quantizeOptions('dorefa', { bits: 2, reduceAxes: [0] });
      const domain = QUANTIZERS.dorefa.errorDomain!(opts)!;
      expect(domain.label).toBe('tanh(w)/max|tanh w|');
      const u = domain.normalize(x);
      expect(Array.from(tf.max(tf.abs(u), 0).dataSync()).map((v) => +v.toFixed(5))).toEqual([1, 1, 1, 1]);
      const q = QUANTIZERS.dorefa.quantize(x, opts);
      // Like with like: the levels ±1/3, ±1 against u, so the error is at most the half step 1/3.
      expect(tf.max(tf.abs(tf.sub(u, q))).dataSync()[0]).toBeLessThanOrEqual(1 / 3 + 1e-6);
      expect(QUANTIZERS.dorefa.errorDomain!(quantizeOptions('dorefa', { bits: 1 }))).toBeUndefined();
      for (const id of QUANTIZER_IDS) if (id !== 'dorefa') expect(QUANTIZERS[id].errorDomain, id).toBeUndefined();
    });
  });
});
