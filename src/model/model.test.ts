import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHITECTURE_IDS } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import { decodeConfig } from '../experiment/url';
import { initBackend } from '../train/backend';
import { placeLayers } from './architectures';
import { QuantNetwork } from './network';
import { HISTOGRAM_BINS, histogram, SnapshotTaker } from './snapshot';
import { formatSummary, summarizeModel } from './summary';

beforeAll(async () => {
  await initBackend('cpu');
});

const SHAPES = { mlp: [28, 28, 1], 'cnn-small': [28, 28, 1], 'cnn-cifar': [32, 32, 3] } as const;

describe('architectures', () => {
  it('cnn-small and cnn-cifar have the layer shapes of their definitions', () => {
    const small = placeLayers('cnn-small', [28, 28, 1]);
    expect(small.map((l) => l.weightShape)).toEqual([[3, 3, 1, 32], [3, 3, 32, 64], [7 * 7 * 64, 128], [128, 10]]);
    expect(small[2].flattenBefore).toBe(true);
    const cifar = placeLayers('cnn-cifar', [32, 32, 3]);
    expect(cifar.map((l) => l.outputShape)).toEqual([[32, 32, 32], [16, 16, 32], [16, 16, 64], [8, 8, 64], [256], [10]]);
    expect(cifar[1].macs).toBe(32 * 32 * 9 * 32 * 32);
  });
});

describe('summarizeModel', () => {
  it('counts bits, bytes, compression, MACs and BOPs of the default binary MLP', () => {
    const { layers, total } = summarizeModel(defaultConfig(), [28, 28, 1]);
    const [first, middle, last] = layers;
    // First layer float32 with batch norm's four vectors (γ, β, mean, variance) per channel.
    expect(first).toMatchObject({ weightBits: 32, activationBits: 32, macs: 784 * 256, bops: 784 * 256 * 32 * 32 });
    expect(first.bytes).toBe(4 * (784 * 256 + 4 * 256));
    expect(first.params).toBe(784 * 256 + 2 * 256);
    expect(first.compression).toBe(1);
    // XNOR weights: 1 bit each, one float α per output channel, sign activations.
    expect(middle).toMatchObject({ weightQuantizer: 'xnor', activationQuantizer: 'sign', weightBits: 1, activationBits: 1, bops: 256 * 256 });
    expect(middle.bytes).toBe((256 * 256) / 8 + 4 * 256 + 4 * 4 * 256);
    expect(middle.compression).toBeCloseTo((4 * (256 * 256 + 4 * 256)) / middle.bytes, 10);
    // Last layer float with a bias and no batch norm.
    expect(last.bytes).toBe(4 * (256 * 10 + 10));
    expect(total.macs).toBe(784 * 256 + 256 * 256 + 256 * 10);
    expect(total.bytes).toBe(first.bytes + middle.bytes + last.bytes);
    expect(formatSummary({ layers, total })).toMatch(/^layer\s+shape/);
  });

  it('a float network has compression 1 everywhere', () => {
    const config = defaultConfig();
    config.quant.weight = { quantizer: 'none', bits: 32, params: {} };
    config.quant.activation = { quantizer: 'none', bits: 32, params: {} };
    const { total } = summarizeModel(config, [28, 28, 1]);
    expect(total.compression).toBe(1);
    expect(total.bops).toBe(total.macs * 32 * 32);
  });
});

describe('QuantNetwork', () => {
  for (const architecture of ARCHITECTURE_IDS) {
    it(`${architecture}: forward gives [batch, 10] logits, gradients reach every trainable variable, nothing leaks`, () => {
      const config = defaultConfig();
      config.architecture = architecture;
      const network = new QuantNetwork(config, [...SHAPES[architecture]], 10);
      const before = tf.memory().numTensors;
      const x = tf.randomUniform([2, ...SHAPES[architecture]], 0, 1, 'float32', 3) as tf.Tensor4D;
      const { value, grads } = tf.variableGrads(() => tf.mean(tf.square(network.forward(x, { training: true, step: 0, progress: 0 }))) as tf.Scalar, network.trainableVariables());
      network.commitBatchNormStats();
      expect(value.shape).toEqual([]);
      for (const v of network.trainableVariables()) {
        const g = grads[v.name];
        expect(g, v.name).toBeDefined();
        expect(Array.from(g.dataSync()).every(Number.isFinite), v.name).toBe(true);
      }
      const logits = network.forward(x, { training: false, step: 0, progress: 1 });
      expect(logits.shape).toEqual([2, 10]);
      tf.dispose([value, logits, x, ...Object.values(grads)]);
      expect(tf.memory().numTensors).toBe(before - 0);
      network.dispose();
    });
  }

  it('batch statistics in evaluation mode measure the Bayesian layer\'s mode, not its draws', () => {
    const { config } = decodeConfig('#v=1&wq=bayes-binary&aq=none&ab=32&est=ste');
    const network = new QuantNetwork(config, [28, 28, 1], 10);
    const images = tf.randomUniform([64, 28, 28, 1], 0, 1, 'float32', 7) as tf.Tensor4D;
    // Momentum 0: the moving statistics become the batch's own.
    const hiddenMean = (ctx: { training: boolean; batchStatistics?: boolean; step: number }) => {
      tf.dispose(network.forward(images, { progress: 1, ...ctx }));
      network.commitBatchNormStats(0);
      return Array.from(network.layers[1].batchNorm!.movingMean.dataSync());
    };
    const initial = Array.from(network.layers[1].batchNorm!.movingMean.dataSync());
    const modeA = hiddenMean({ training: false, batchStatistics: true, step: 1 });
    expect(modeA).not.toEqual(initial);
    const modeB = hiddenMean({ training: false, batchStatistics: true, step: 2 });
    const drawA = hiddenMean({ training: true, step: 1 });
    const drawB = hiddenMean({ training: true, step: 2 });
    expect(modeA).toEqual(modeB);
    expect(drawA).not.toEqual(drawB);
    expect(drawA).not.toEqual(modeA);
    // Evaluation without batch statistics records nothing.
    tf.dispose(network.forward(images, { training: false, step: 3, progress: 1 }));
    network.commitBatchNormStats(0);
    expect(Array.from(network.layers[1].batchNorm!.movingMean.dataSync())).toEqual(drawB);
    images.dispose();
    network.dispose();
  });

  it('clips the latent weights of binary layers to [−1, 1] and leaves float layers alone', () => {
    const network = new QuantNetwork(defaultConfig(), [28, 28, 1], 10);
    network.layers.forEach((l) => l.kernel.assign(tf.mul(l.kernel, 100)));
    network.clipLatentWeights();
    const maxAbs = network.layers.map((l) => tf.max(tf.abs(l.kernel)).dataSync()[0]);
    expect(maxAbs[1]).toBeLessThanOrEqual(1);
    expect(maxAbs[0]).toBeGreaterThan(1);
    network.dispose();
  });

  it('snapshots: histograms over their own ranges, levels, decision regions, MSE and flip ratio', () => {
    const network = new QuantNetwork(defaultConfig(), [28, 28, 1], 10);
    const taker = new SnapshotTaker();
    const ctx = { training: false, step: 0, progress: 0 };
    const first = taker.take(network, ctx);
    expect(first).toHaveLength(3);
    const binary = first[1];
    expect(binary.levels).toHaveLength(2);
    expect(binary.levels[0]).toBeCloseTo(-binary.levels[1], 6);
    // Latent weights over their own range, quantized ones over theirs (±α_c).
    const latent = network.layers[1].kernel.dataSync();
    expect(binary.histogram.edges[0]).toBe(Math.min(...latent));
    expect(binary.quantizedHistogram.edges[0]).toBe(binary.channelLevels![0]);
    // XNOR thresholds at 0, for 8 sampled channels, between each channel's weights.
    expect(binary.decision!.channels).toBe(256);
    expect(binary.decision!.scopes.map((s) => s.channel)).toEqual([0, 32, 64, 96, 128, 160, 192, 224]);
    for (const scope of binary.decision!.scopes) {
      expect(scope.thresholds).toHaveLength(1);
      expect(scope.below[0]).toBeLessThan(0);
      expect(scope.above[0]).toBeGreaterThanOrEqual(0);
      expect(scope.counts[0] + scope.counts[1]).toBe(256);
      expect(scope.histogram.counts.reduce((a, b) => a + b, 0)).toBe(256);
    }
    expect(binary.errorDomain).toEqual({ label: 'w', normalized: false, scale: [1, 1] });
    expect(binary.levelCounts).toBeUndefined(); // 512 distinct ±α_c
    expect(first[0].decision).toBeUndefined();
    expect(binary.histogram.counts.reduce((a, b) => a + b, 0)).toBe(256 * 256);
    expect(binary.mse).toBeGreaterThan(0);
    expect(binary.flipRatio).toBe(0);
    expect(first[0].levels).toEqual([]);
    // XNOR's α is per output channel: ±α_c of every one of the 256 channels, around the tensor's ±α.
    const alphas = tf.tidy(() => Array.from(tf.mean(tf.abs(network.layers[1].kernel), 0).dataSync()));
    const expected = [...alphas.map((a) => -a), ...alphas].map(Math.fround).sort((a, b) => a - b);
    expect(Array.from(binary.channelLevels!)).toEqual([...new Set(expected)]);
    expect(binary.channelLevels![0]).toBeLessThan(binary.levels[0]);
    expect(binary.channelLevels![binary.channelLevels!.length - 1]).toBeGreaterThan(binary.levels[1]);
    expect(first[0].channelLevels).toBeUndefined();
    // Flip the signs of a known share of the middle layer's weights.
    const w = network.layers[1].kernel;
    const flip = tf.tidy(() => tf.where(tf.less(tf.randomUniform(w.shape, 0, 1, 'float32', 5), 0.25), tf.neg(w), w));
    w.assign(flip);
    const second = taker.take(network, ctx);
    expect(second[1].flipRatio).toBeGreaterThan(0.2);
    expect(second[1].flipRatio).toBeLessThan(0.3);
    flip.dispose();
    // Scaling every weight rescales α but flips nothing.
    const scaled = tf.tidy(() => tf.mul(w, 1.5));
    w.assign(scaled);
    scaled.dispose();
    expect(taker.take(network, ctx)[1].flipRatio).toBe(0);
    network.dispose();
  });

  it('histogram counts every value once, the extremes in the end bins', () => {
    const h = histogram(new Float32Array([-1, -0.5, 0, 0.5, 1]), -1, 1, 4);
    expect(Array.from(h.counts)).toEqual([1, 1, 1, 2]);
    expect(h.edges).toHaveLength(5);
    expect(histogram(new Float32Array(10).fill(2), 2, 2).counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(histogram(new Float32Array([0]), 0, 1).counts).toHaveLength(HISTOGRAM_BINS);
  });
});
