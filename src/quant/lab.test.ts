import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUANTIZERS, quantizeOptions } from './index';
import { LAB_EPSILON } from './quantizers';
import { seededNormal, useCpuBackend } from './test-support';

beforeAll(useCpuBackend);

const lab = QUANTIZERS.lab;

/** The second moment v that gives LAB the curvature D = √v + ε. */
const momentFor = (d: number[]) => d.map((x) => (x - LAB_EPSILON) ** 2);

describe('loss-aware binarization (LAB)', () => {
  it('on a fixed diagonal D: α = ‖D ⊙ w‖₁ / ‖D‖₁ and B = sign(w)', () => {
    const w = seededNormal(50, 3, 0.5);
    w[0] = 0;
    const d = seededNormal(50, 4, 1).map((x) => 0.05 + Math.abs(x));
    const alpha = w.reduce((s, x, i) => s + d[i] * Math.abs(x), 0) / d.reduce((s, x) => s + x, 0);
    const [y, levels] = tf.tidy(() => {
      const opts = quantizeOptions('lab', { secondMoment: tf.tensor1d(momentFor(d)) });
      return [Array.from(lab.quantize(tf.tensor1d(w), opts).dataSync()), lab.levels(tf.tensor1d(w), opts)];
    });
    y.forEach((v, i) => expect(v, `weight ${i}`).toBeCloseTo((w[i] >= 0 ? 1 : -1) * alpha, 5));
    expect(levels[1]).toBeCloseTo(alpha, 5);
    // Not XNOR-Net's α: the curvature weights the mean.
    const meanAbs = w.reduce((s, x) => s + Math.abs(x), 0) / w.length;
    expect(Math.abs(alpha - meanAbs)).toBeGreaterThan(1e-3);
  });

  it('weights the weights where the loss is curved: D large on one weight pulls α to its |w|', () => {
    const w = [0.1, -0.2, 0.9, 0.3];
    const y = tf.tidy(() => Array.from(lab.quantize(tf.tensor1d(w), quantizeOptions('lab', { secondMoment: tf.tensor1d(momentFor([1e-3, 1e-3, 1e3, 1e-3])) })).dataSync()));
    expect(y[2]).toBeCloseTo(0.9, 3);
    expect(y[1]).toBeCloseTo(-0.9, 3);
  });

  it('with D uniform (no second moment, or a constant one) is XNOR-Net: α = mean|w|', () => {
    const w = seededNormal(40, 8, 0.7);
    tf.tidy(() => {
      const x = tf.tensor1d(w);
      const xnor = Array.from(QUANTIZERS.xnor.quantize(x, quantizeOptions('xnor')).dataSync());
      const plain = Array.from(lab.quantize(x, quantizeOptions('lab')).dataSync());
      const constant = Array.from(lab.quantize(x, quantizeOptions('lab', { secondMoment: tf.fill([40], 0.25) })).dataSync());
      plain.forEach((v, i) => expect(v).toBeCloseTo(xnor[i], 6));
      constant.forEach((v, i) => expect(v).toBeCloseTo(xnor[i], 6));
    });
  });

  it('per output channel in layers: each column gets its own curvature-weighted α; packed and QONNX scales agree', () => {
    const w = seededNormal(12, 5, 1);
    const d = seededNormal(12, 6, 1).map((x) => 0.1 + x * x);
    tf.tidy(() => {
      const kernel = tf.tensor2d(w, [4, 3]);
      const opts = quantizeOptions('lab', { reduceAxes: [0], secondMoment: tf.tensor2d(momentFor(d), [4, 3]) });
      const y = lab.quantize(kernel, opts).dataSync();
      const packed = lab.packedParams!(kernel, opts).alpha;
      const qonnx = lab.qonnxWeights!(kernel, opts).scale;
      for (let c = 0; c < 3; c++) {
        let num = 0;
        let den = 0;
        for (let r = 0; r < 4; r++) {
          num += d[r * 3 + c] * Math.abs(w[r * 3 + c]);
          den += d[r * 3 + c];
        }
        for (let r = 0; r < 4; r++) expect(y[r * 3 + c]).toBeCloseTo((w[r * 3 + c] >= 0 ? 1 : -1) * (num / den), 5);
        expect(packed[c]).toBeCloseTo(num / den, 5);
        expect(qonnx[c]).toBeCloseTo(num / den, 5);
      }
    });
  });

  it('passes the estimator times α back to the weights', () => {
    const w = [0.5, -0.25, 2];
    const g = tf.tidy(() => {
      const opts = quantizeOptions('lab', { estimator: 'clipped-ste', secondMoment: tf.tensor1d(momentFor([1, 2, 1])) });
      return Array.from(tf.grad((x: tf.Tensor) => tf.sum(lab.quantize(x, opts)))(tf.tensor1d(w)).dataSync());
    });
    const alpha = (0.5 + 2 * 0.25 + 2) / 4;
    expect(g[0]).toBeCloseTo(alpha, 5);
    expect(g[1]).toBeCloseTo(alpha, 5);
    expect(g[2]).toBe(0);
  });
});
