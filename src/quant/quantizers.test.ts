import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUANTIZERS, quantizeOptions } from './index';
import { hwgqStep, solveLinear } from './numeric';
import { EXACT, oracleQuantize } from './oracle.test-support';
import { naiveKmeans, seededNormal, useCpuBackend } from './test-support';
import type { PartialQuantizeOptions } from './index';
import type { QuantizerId } from './types';

beforeAll(useCpuBackend);

/** Forward values of quantizer `id` on a 1-D input. */
function q(id: QuantizerId, x: number[], partial: PartialQuantizeOptions = {}): number[] {
  return tf.tidy(() => Array.from(QUANTIZERS[id].quantize(tf.tensor1d(x), quantizeOptions(id, partial)).dataSync()));
}

/** d(Σ q(x))/dx on a 1-D input. */
function grad(id: QuantizerId, x: number[], partial: PartialQuantizeOptions = {}): number[] {
  const opts = quantizeOptions(id, partial);
  return tf.tidy(() => Array.from(tf.grad((input: tf.Tensor) => tf.sum(QUANTIZERS[id].quantize(input, opts)))(tf.tensor1d(x)).dataSync()));
}

function levels(id: QuantizerId, x: number[], partial: PartialQuantizeOptions = {}): number[] {
  return tf.tidy(() => QUANTIZERS[id].levels(tf.tensor1d(x), quantizeOptions(id, partial)));
}

function expectClose(actual: number[], expected: number[], tolerance = 1e-6): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - expected[i]), `index ${i}: ${a} vs ${expected[i]}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected[i]))));
}

const f32 = Math.fround;
const meanOf = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
const maxAbsOf = (x: number[]) => Math.max(...x.map(Math.abs));
const sgn = (v: number) => (v >= 0 ? 1 : -1);
const roundHalfEven = (v: number) => {
  const floor = Math.floor(v);
  const fraction = v - floor;
  if (fraction !== 0.5) return Math.round(v);
  return floor % 2 === 0 ? floor : floor + 1;
};

describe('edge values and ties', () => {
  it('sign: sign(0) = +1, ±1 and beyond map to ±1', () => {
    expect(q('sign', [0, -0, 1, -1, 1e-30, -1e-30, 5, -5])).toEqual([1, 1, 1, -1, 1, -1, 1, -1]);
  });

  it('xnor: α = mean|x|, sign(0) = +1', () => {
    expect(q('xnor', [1, -2, 3, 0])).toEqual([1.5, -1.5, 1.5, 1.5]);
    expect(levels('xnor', [1, -2, 3, 0])).toEqual([-1.5, 1.5]);
  });

  it('twn: Δ = 0.7·mean|x|, α = mean of the kept magnitudes, |x| = Δ is zeroed', () => {
    // mean|x| = 1.3, Δ = 0.91: 1, −2 and 3 kept, α = 2.
    expect(q('twn', [1, -2, 3, 0, 0.5])).toEqual([2, -2, 2, 0, 0]);
    // Equal magnitudes are all above Δ = 0.7·mean|x|.
    expect(q('twn', [1, -1, 1, -1])).toEqual([1, -1, 1, -1]);
    expect(levels('twn', [1, -2, 3, 0, 0.5])).toEqual([-2, 0, 2]);
  });

  it('ttq: Δ = 0.05·max|x| with a strict inequality, levels {−wn, 0, wp}', () => {
    const x = [1, -0.5, 0.05, -0.05, 0.04, 0.051];
    expect(q('ttq', x, { params: { wp: 0.8, wn: 0.3 } })).toEqual([f32(0.8), -f32(0.3), 0, 0, 0, f32(0.8)]);
    expect(levels('ttq', x, { params: { wp: 0.8, wn: 0.3 } })).toEqual([-0.3, 0, 0.8]);
  });

  it('uniform: round half to even, clipped at h·d', () => {
    // step 1, 3 bits: h = 3.
    const x = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.7, -10, 0];
    expect(q('uniform', x, { bits: 3, params: { step: 1 } })).toEqual([0, 2, 2, -0, -2, -2, 3, -3, 0]);
    expect(levels('uniform', x, { bits: 3, params: { step: 1 } })).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it('uniform: d = max|x|/h, so the extreme value is a level', () => {
    // 2 bits: h = 1, d = max|x| = 2; |x| ≤ 1 rounds to 0 (1/2 → 0 by half-to-even).
    expect(q('uniform', [2, -1, 1.01, -0.99], { bits: 2 })).toEqual([2, -0, 2, -0]);
  });

  it('dorefa: k = 1 is mean|x|·sign(x); k = 2 has levels {−1, −1/3, 1/3, 1}', () => {
    expect(q('dorefa', [1, -2, 3, 0], { bits: 1 })).toEqual([1.5, -1.5, 1.5, 1.5]);
    expectClose(q('dorefa', [0, 20, -20], { bits: 2 }), [1 / 3, 1, -1]);
    expectClose(levels('dorefa', [0, 1], { bits: 2 }), [-1, -1 / 3, 1 / 3, 1]);
  });

  it('dorefa-act: clips to [0, 1], rounds half to even', () => {
    // k = 1: n = 1, 0.5 → round(0.5) = 0. k = 2: n = 3, 0.5 → round(1.5) = 2 → 2/3.
    expect(q('dorefa-act', [-1, 0, 0.5, 1, 2], { bits: 1 })).toEqual([0, 0, 0, 1, 1]);
    expectClose(q('dorefa-act', [-1, 0, 0.5, 1, 2], { bits: 2 }), [0, 0, 2 / 3, 1, 1]);
  });

  it('log2: rounds in the log domain, zero below 2^e_min, 0 stays 0', () => {
    // max|x| = 1: e_max = 0; 3 bits: 3 exponents {−2, −1, 0}.
    const x = [1, 0.3, 0.1, -0.7, 0, -0.125, 0.13];
    // 0.3: log2 = −1.74 → −2; 0.1: −3.32 → −3 < −2 → 0; 0.7: −0.51 → −1; 0.125: −3 → 0; 0.13: −2.94 → −3 → 0.
    expect(q('log2', x, { bits: 3 })).toEqual([1, 0.25, 0, -0.5, 0, 0, 0]);
    expect(levels('log2', x, { bits: 3 })).toEqual([-1, -0.5, -0.25, 0, 0.25, 0.5, 1]);
    // e_max = round(log2 1.4) = 0.
    expect(q('log2', [1.4, -0.36], { bits: 2 })).toEqual([1, 0]);
  });

  it('affine: scale, zero point, half-to-even rounding, clamping', () => {
    // min −1, max 2, 2 bits: s = 1, z = 1; 0.5 → round 0, 1.5 → 2, −0.5 → −0.
    expect(q('affine', [-1, 2, 0.5, 1.5, -0.5], { bits: 2 })).toEqual([-1, 2, 0, 2, 0]);
    expect(levels('affine', [-1, 2], { bits: 2 })).toEqual([-1, 0, 1, 2]);
  });

  it('affine: a constant tensor is returned unchanged', () => {
    expect(q('affine', [0.3, 0.3, 0.3], { bits: 4 })).toEqual([f32(0.3), f32(0.3), f32(0.3)]);
    expect(levels('affine', [0.3, 0.3], { bits: 4 })).toEqual([f32(0.3)]);
  });

  it('pact: clip at α, round half to even', () => {
    // α = 2, k = 1: y/2 → round; 1 → 0.5 → 0; 3 → clip 2 → 1.
    expect(q('pact', [-1, 0, 1, 1.5, 3], { bits: 1, params: { alpha: 2 } })).toEqual([0, 0, 0, 2, 2]);
    // α = 3, k = 2: n = 3, y·3/3 = y; 1.5 → 2, 0.5 → 0, 2.5 → 2.
    expect(q('pact', [1.5, 0.5, 2.5, 7], { bits: 2, params: { alpha: 3 } })).toEqual([2, 0, 2, 3]);
  });

  it('hwgq: 0 for x ≤ 0, at least Δ for x > 0, clipped at (2^k − 1)·Δ', () => {
    const d = f32(hwgqStep(2));
    const y = q('hwgq', [-1, 0, 1e-4, 0.49 * d, 1.49 * d, 1.51 * d, 100], { bits: 2 });
    expectClose(y, [0, 0, d, d, d, 2 * d, 3 * d]);
    expectClose(levels('hwgq', [1], { bits: 2 }), [0, d, 2 * d, 3 * d]);
  });

  it('kmeans: two well separated clusters at 1 bit', () => {
    expectClose(q('kmeans', [0, 0.1, 0.2, 10, 10.1, 10.2], { bits: 1 }), [0.1, 0.1, 0.1, 10.1, 10.1, 10.1], 1e-6);
  });

  it('lqnet: 1 bit fits v = mean|x|, and 0 takes the lower code (−v)', () => {
    expect(q('lqnet', [1, -2, 3, 0], { bits: 1 })).toEqual([1.5, -1.5, 1.5, -1.5]);
  });

  it('abc: one basis is α·sign(x − mean), α by least squares', () => {
    // mean 0.5: B = [1, −1, 1, −1], α = (1 + 2 + 3 − 0)/4 = 1.5.
    expect(q('abc', [1, -2, 3, 0], { params: { bases: 1 } })).toEqual([1.5, -1.5, 1.5, -1.5]);
  });
});

// ---------------------------------------------------------------------------------
// Random inputs against plain-JavaScript references of the formulas.

type Reference = (x: number[], bits: number, params: Record<string, number>) => number[];

/** Naive LQ-Nets: codes scanned in order (lowest index on a tie), least squares on the assigned codes. */
function naiveLqnet(x: number[], k: number): number[] {
  const codes = Array.from({ length: 2 ** k }, (_, c) => Array.from({ length: k }, (_, b) => ((c >> b) & 1 ? 1 : -1)));
  let v = Array.from({ length: k }, (_, b) => ((2 * meanOf(x.map(Math.abs))) / (2 ** k - 1)) * 2 ** b);
  const levelsOf = (basis: number[]) => codes.map((e) => e.reduce((s, eb, b) => s + eb * basis[b], 0));
  const nearest = (value: number, l: number[]) => l.reduce((best, lj, j) => (Math.abs(value - lj) < Math.abs(value - l[best]) ? j : best), 0);
  for (let round = 0; round < 10; round++) {
    const l = levelsOf(v);
    const e = x.map((value) => codes[nearest(value, l)]);
    const gram = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => e.reduce((s, ei) => s + ei[a] * ei[b], 0)));
    const rhs = Array.from({ length: k }, (_, a) => e.reduce((s, ei, i) => s + ei[a] * x[i], 0));
    v = solveLinear(gram, rhs) ?? v;
  }
  const l = levelsOf(v);
  return x.map((value) => l[nearest(value, l)]);
}

const REFERENCES: Partial<Record<QuantizerId, Reference>> = {
  sign: (x) => x.map(sgn),
  xnor: (x) => {
    const a = meanOf(x.map(Math.abs));
    return x.map((v) => a * sgn(v));
  },
  // No second moment: D uniform, α = mean|x| (lab.test.ts checks a given D).
  lab: (x) => {
    const a = meanOf(x.map(Math.abs));
    return x.map((v) => a * sgn(v));
  },
  twn: (x) => {
    const delta = 0.7 * meanOf(x.map(Math.abs));
    const kept = x.filter((v) => Math.abs(v) > delta).map(Math.abs);
    const a = meanOf(kept);
    return x.map((v) => (v > delta ? a : v < -delta ? -a : 0));
  },
  ttq: (x, _k, p) => {
    const delta = p.threshold * maxAbsOf(x);
    return x.map((v) => (v > delta ? p.wp : v < -delta ? -p.wn : 0));
  },
  uniform: (x, k) => {
    const h = 2 ** (k - 1) - 1;
    const d = maxAbsOf(x) / h;
    return x.map((v) => sgn(v) * d * Math.min(roundHalfEven(Math.abs(v) / d), h));
  },
  dorefa: (x, k) => {
    if (k === 1) return x.map((v) => meanOf(x.map(Math.abs)) * sgn(v));
    const n = 2 ** k - 1;
    const m = maxAbsOf(x.map(Math.tanh));
    return x.map((v) => (2 * roundHalfEven(n * (Math.tanh(v) / (2 * m) + 0.5))) / n - 1);
  },
  'dorefa-act': (x, k) => {
    const n = 2 ** k - 1;
    return x.map((v) => roundHalfEven(n * Math.min(Math.max(v, 0), 1)) / n);
  },
  log2: (x, k) => {
    const count = 2 ** (k - 1) - 1;
    const eMax = roundHalfEven(Math.log2(maxAbsOf(x)));
    return x.map((v) => {
      if (v === 0) return 0;
      const e = roundHalfEven(Math.log2(Math.abs(v)));
      return e < eMax - count + 1 ? 0 : sgn(v) * 2 ** Math.min(e, eMax);
    });
  },
  affine: (x, k) => {
    const n = 2 ** k - 1;
    const lo = Math.min(...x);
    const s = (Math.max(...x) - lo) / n;
    const z = roundHalfEven(-lo / s);
    return x.map((v) => (Math.min(Math.max(roundHalfEven(v / s) + z, 0), n) - z) * s);
  },
  pact: (x, k, p) => {
    const n = 2 ** k - 1;
    return x.map((v) => (roundHalfEven((Math.min(Math.max(v, 0), p.alpha) * n) / p.alpha) * p.alpha) / n);
  },
  hwgq: (x, k) => {
    const n = 2 ** k - 1;
    const d = hwgqStep(k);
    return x.map((v) => (v > 0 ? Math.min(Math.max(roundHalfEven(v / d), 1), n) * d : 0));
  },
  kmeans: (x, k) => {
    const { centroids, nearest } = naiveKmeans(x, 2 ** k);
    return x.map((v) => centroids[nearest(v)]);
  },
  lqnet: (x, k) => naiveLqnet(x, k),
  pq: (x, k, p) => oracleQuantize('pq', x, { bits: k, params: p, estimator: 'ste', estimatorParams: {}, signLike: false }, EXACT).forward,
  abc: (x, _k, p) => {
    const M = p.bases;
    const m = meanOf(x);
    const std = Math.sqrt(meanOf(x.map((v) => (v - m) ** 2)));
    const u = Array.from({ length: M }, (_, i) => (M === 1 ? 0 : -1 + (2 * i) / (M - 1)));
    const B = u.map((ui) => x.map((v) => sgn(v - m + ui * std)));
    const alpha = solveLinear(
      B.map((a) => B.map((b) => a.reduce((s, ai, i) => s + ai * b[i], 0))),
      B.map((a) => a.reduce((s, ai, i) => s + ai * x[i], 0)),
    );
    if (!alpha) throw new Error('dependent bases on a random input');
    return x.map((_, i) => B.reduce((s, b, j) => s + alpha[j] * b[i], 0));
  },
};

describe('random inputs against the formulas', () => {
  const deterministic = Object.keys(REFERENCES) as QuantizerId[];

  it('covers every deterministic quantizer', () => {
    expect(deterministic.sort()).toEqual(
      (Object.keys(QUANTIZERS) as QuantizerId[]).filter((id) => !QUANTIZERS[id].stochastic).sort(),
    );
  });

  it.each(deterministic.map((id) => [id] as const))('%s matches its reference at every bit width', (id) => {
    const def = QUANTIZERS[id];
    for (let bits = def.bits.min; bits <= def.bits.max; bits++) {
      for (const seed of [1, 2, 3]) {
        // Activations get a positive mean so that several levels are used.
        const x = seededNormal(150, seed * 100 + bits, 0.8, def.role === 'activation' ? 0.6 : 0);
        const opts = quantizeOptions(id, { bits, params: id === 'ttq' ? { wp: 0.7, wn: 0.4 } : id === 'pact' ? { alpha: 1.7 } : {} });
        const expected = REFERENCES[id]!(x, bits, opts.params);
        const actual = q(id, x, opts);
        const scale = Math.max(...expected.map(Math.abs), 1e-30);
        actual.forEach((a, i) => expect(Math.abs(a - expected[i]), `${id} bits ${bits} seed ${seed} x = ${x[i]}`).toBeLessThanOrEqual(2e-6 * scale));
      }
    }
  });
});

// ---------------------------------------------------------------------------------
// Backward pass: chain scales, estimator context and learned parameters.

describe('backward pass', () => {
  it('xnor and dorefa k = 1: the estimator times α', () => {
    const x = [1, -2, 3, 0, 0.5, -1.5];
    expectClose(grad('xnor', x), x.map(() => 1.3333333));
    // clipped-ste with c = 1 (sign-like): |x| > 1 gets 0.
    expectClose(grad('xnor', x, { estimator: 'clipped-ste' }), [1, 0, 0, 1, 1, 0].map((m) => m * 1.3333333));
    expectClose(grad('dorefa', x, { bits: 1, estimator: 'clipped-ste' }), [1, 0, 0, 1, 1, 0].map((m) => m * 1.3333333));
  });

  it('twn: the estimator times α', () => {
    expectClose(grad('twn', [1, -2, 3, 0, 0.5]), [2, 2, 2, 2, 2]);
  });

  it('dorefa k > 1: (1 − tanh²x)/max|tanh x|', () => {
    const x = [0.3, -1.2, 0.8, 0];
    const m = Math.tanh(1.2);
    expectClose(grad('dorefa', x, { bits: 3 }), x.map((v) => (1 - Math.tanh(v) ** 2) / m), 1e-5);
  });

  it('abc: the estimator times Σα', () => {
    const x = seededNormal(40, 9, 0.5);
    const y = q('abc', x, { params: { bases: 3 } });
    const levelsAbc = levels('abc', x, { params: { bases: 3 } });
    // The top level is Σ_m α_m when all α_m > 0, as on this input.
    const total = levelsAbc[levelsAbc.length - 1];
    expect(Math.max(...y)).toBeLessThanOrEqual(total * (1 + 1e-6));
    expectClose(grad('abc', x, { params: { bases: 3 } }), x.map(() => total), 1e-5);
  });

  it('ttq: wp above Δ, 1 inside, wn below', () => {
    expectClose(grad('ttq', [1, -0.5, 0.01, -0.01], { params: { wp: 0.8, wn: 0.3 } }), [0.8, 0.3, 1, 1]);
  });

  it('pact ignores the estimator: 1 on [0, α), 0 elsewhere', () => {
    for (const estimator of ['ste', 'approx-sign'] as const) {
      expect(grad('pact', [-1, 0, 1, 2.99, 3, 5], { params: { alpha: 3 }, estimator })).toEqual([0, 1, 1, 1, 0, 0]);
    }
  });

  it('clipped-ste uses the largest level magnitude for non-sign-like quantizers', () => {
    // step 0.25, 3 bits: levels ±0.75.
    expect(grad('uniform', [0.5, 0.75, 0.76, -1, 2], { bits: 3, params: { step: 0.25 }, estimator: 'clipped-ste' })).toEqual([1, 1, 0, 0, 0]);
  });

  it('clipped-relu and log-tailed-relu use the top level and the one below it', () => {
    const d = hwgqStep(2);
    const x = [-1, 0, 0.5, 3 * d, 3 * d + 1, 3 * d + 3];
    expectClose(grad('hwgq', x, { bits: 2, estimator: 'clipped-relu' }), [0, 0, 1, 1, 0, 0]);
    expectClose(grad('hwgq', x, { bits: 2, estimator: 'log-tailed-relu' }), [0, 0, 1, 1, 1 / (d + 1), 1 / (d + 3)], 1e-5);
  });

  it('ede follows training progress through the estimator parameters', () => {
    expectClose(grad('sign', [0, 1], { estimator: 'ede', estimatorParams: { progress: 1 } }), [10, 10 * (1 - Math.tanh(10) ** 2)], 1e-5);
    expectClose(grad('sign', [0, 10], { estimator: 'ede', estimatorParams: { progress: 0 } }), [1, 1 - Math.tanh(1) ** 2], 1e-5);
  });
});

describe('learned parameters given as variables receive gradients', () => {
  const x = [1, -0.5, 0.01, -0.02, 0.3, -0.9, 0.04];
  const r = [0.5, -1, 2, 0.25, 1.5, -0.75, 3];

  it('ttq: ∂L/∂wp = Σ_{x>Δ} ∂L/∂q, ∂L/∂wn = −Σ_{x<−Δ} ∂L/∂q', () => {
    const wp = tf.variable(tf.scalar(0.8), true, 'ttq-test/wp');
    const wn = tf.variable(tf.scalar(0.3), true, 'ttq-test/wn');
    const input = tf.tensor1d(x);
    const weights = tf.tensor1d(r);
    const opts = quantizeOptions('ttq', { learned: { wp, wn } });
    const { value, grads } = tf.variableGrads(() => tf.sum(tf.mul(QUANTIZERS.ttq.quantize(input, opts), weights)) as tf.Scalar, [wp, wn]);
    // Δ = 0.05: above are 1, 0.3 (r = 0.5, 1.5); below are −0.5, −0.9 (r = −1, −0.75).
    expect(value.dataSync()[0]).toBeCloseTo(0.8 * 2 - 0.3 * -1.75, 5);
    expect(grads[wp.name].dataSync()[0]).toBeCloseTo(2, 6);
    expect(grads[wn.name].dataSync()[0]).toBeCloseTo(1.75, 6);
    expect(QUANTIZERS.ttq.levels(input, opts)).toEqual([-f32(0.3), 0, f32(0.8)]);
    tf.dispose([wp, wn, input, weights, value, grads[wp.name], grads[wn.name]]);
  });

  it('pact: ∂L/∂α = Σ_{x≥α} ∂L/∂q', () => {
    const alpha = tf.variable(tf.scalar(0.3), true, 'pact-test/alpha');
    const input = tf.tensor1d(x);
    const weights = tf.tensor1d(r);
    const opts = quantizeOptions('pact', { bits: 2, learned: { alpha } });
    const { grads } = tf.variableGrads(() => tf.sum(tf.mul(QUANTIZERS.pact.quantize(input, opts), weights)) as tf.Scalar, [alpha]);
    // x ≥ 0.3: 1 and 0.3 (r = 0.5, 1.5).
    expect(grads[alpha.name].dataSync()[0]).toBeCloseTo(2, 6);
    tf.dispose([alpha, input, weights, grads[alpha.name]]);
  });

  it('lqnet: ∂L/∂v_i = Σ ∂L/∂q·e_i over the chosen codes, and initLearned returns the fitted basis', () => {
    const input = tf.tensor1d(x);
    const weights = tf.tensor1d(r);
    const fitted = QUANTIZERS.lqnet.initLearned!(input, quantizeOptions('lqnet', { bits: 2 })).basis;
    expect(fitted).toHaveLength(2);
    const basis = tf.variable(tf.tensor1d([0.1, 0.4]), true, 'lqnet-test/basis');
    const opts = quantizeOptions('lqnet', { bits: 2, learned: { basis } });
    const { grads } = tf.variableGrads(() => tf.sum(tf.mul(QUANTIZERS.lqnet.quantize(input, opts), weights)) as tf.Scalar, [basis]);
    // Levels in code order: e = (−,−), (+,−), (−,+), (+,+) → −0.5, −0.3, 0.3, 0.5.
    const codes = [[-1, -1], [1, -1], [-1, 1], [1, 1]];
    const lv = codes.map(([a, b]) => 0.1 * a + 0.4 * b);
    const chosen = x.map((v) => codes[lv.reduce((best, l, j) => (Math.abs(v - l) < Math.abs(v - lv[best]) ? j : best), 0)]);
    const expected = [0, 1].map((b) => chosen.reduce((s, e, i) => s + r[i] * e[b], 0));
    expectClose(Array.from(grads[basis.name].dataSync()), expected, 1e-6);
    expectClose(q('lqnet', x, { bits: 2, learned: { basis } }), chosen.map(([a, b]) => f32(0.1) * a + f32(0.4) * b), 1e-6);
    tf.dispose([basis, input, weights, grads[basis.name]]);
  });

  it('an optimizer step moves a learned PACT α', () => {
    const alpha = tf.variable(tf.scalar(0.3), true, 'pact-test/alpha-sgd');
    const input = tf.tensor1d(x);
    const opts = quantizeOptions('pact', { bits: 2, learned: { alpha } });
    const optimizer = tf.train.sgd(0.1);
    // L = Σ q(x): ∂L/∂α = #{x ≥ α} = 2, so α decreases by 0.2.
    optimizer.minimize(() => tf.sum(QUANTIZERS.pact.quantize(input, opts)) as tf.Scalar);
    expect(alpha.dataSync()[0]).toBeCloseTo(0.1, 6);
    optimizer.dispose();
    tf.dispose([alpha, input]);
  });
});

// ---------------------------------------------------------------------------------
// Per-channel scales.

describe('reduceAxes', () => {
  // Columns with very different scales, so per-column and per-tensor statistics differ.
  const columnScale = [0.1, 1, 3, 0.02];
  const matrix = Array.from({ length: 3 }, (_, i) => Array.from({ length: 4 }, (_, j) => f32(seededNormal(12, 21)[i * 4 + j] * columnScale[j])));
  const column = (j: number) => matrix.map((row) => row[j]);

  it('xnor on a [3, 4] matrix gives one α = mean|x| per column', () => {
    const y = tf.tidy(() => QUANTIZERS.xnor.quantize(tf.tensor2d(matrix), quantizeOptions('xnor', { reduceAxes: [0] })).arraySync() as number[][]);
    for (let j = 0; j < 4; j++) {
      const alpha = meanOf(column(j).map(Math.abs));
      for (let i = 0; i < 3; i++) expect(y[i][j]).toBeCloseTo(alpha * sgn(matrix[i][j]), 6);
    }
  });

  const perChannel: Array<[QuantizerId, PartialQuantizeOptions]> = [
    ['xnor', {}],
    ['twn', {}],
    ['ttq', {}],
    ['uniform', { bits: 3 }],
    ['dorefa', { bits: 1 }],
    ['dorefa', { bits: 3 }],
    ['log2', { bits: 3 }],
    ['affine', { bits: 2 }],
  ];

  it.each(perChannel)('%s per column equals %s applied to each column alone, and differs from per tensor', (id, partial) => {
    const perColumn = tf.tidy(() => QUANTIZERS[id].quantize(tf.tensor2d(matrix), quantizeOptions(id, { ...partial, reduceAxes: [0] })).arraySync() as number[][]);
    const perTensor = tf.tidy(() => QUANTIZERS[id].quantize(tf.tensor2d(matrix), quantizeOptions(id, partial)).arraySync() as number[][]);
    for (let j = 0; j < 4; j++) {
      expectClose(perColumn.map((row) => row[j]), q(id, column(j), partial), 1e-6);
    }
    expect(perColumn.flat()).not.toEqual(perTensor.flat());
  });

  it('per-column gradients carry the per-column α', () => {
    const g = tf.tidy(() => {
      const opts = quantizeOptions('xnor', { reduceAxes: [0] });
      return tf.grad((w: tf.Tensor) => tf.sum(QUANTIZERS.xnor.quantize(w, opts)))(tf.tensor2d(matrix)).arraySync() as number[][];
    });
    for (let j = 0; j < 4; j++) for (let i = 0; i < 3; i++) expect(g[i][j]).toBeCloseTo(meanOf(column(j).map(Math.abs)), 6);
  });

  const perTensorAlways: QuantizerId[] = ['sign', 'stochastic-sign', 'stochastic-ternary', 'dorefa-act', 'kmeans', 'lqnet', 'abc', 'pact', 'hwgq'];

  it.each(perTensorAlways.map((id) => [id] as const))('%s ignores reduceAxes', (id) => {
    const a = tf.tidy(() => Array.from(QUANTIZERS[id].quantize(tf.tensor2d(matrix), quantizeOptions(id, { reduceAxes: [0], seed: 4 })).dataSync()));
    const b = tf.tidy(() => Array.from(QUANTIZERS[id].quantize(tf.tensor2d(matrix), quantizeOptions(id, { seed: 4 })).dataSync()));
    expect(a).toEqual(b);
  });
});

// ---------------------------------------------------------------------------------
// Stochastic quantizers.

describe('stochastic quantizers', () => {
  const x = [-1.5, -1, -0.6, -0.2, 0, 0.3, 0.75, 1, 2];
  const draws = 20000;

  /**
   * Column means of `draws` independent draws per value (one [draws, 9] tensor). Each
   * mean has standard deviation σ = √(Var/draws); the tolerance is 5σ (a two-sided normal
   * tail of 6e-7 per value), and exactly 0 where the draw is deterministic (Var = 0).
   */
  function drawMeans(id: QuantizerId, seed: number): number[] {
    return tf.tidy(() => {
      const tiled = tf.tile(tf.tensor2d([x]), [draws, 1]);
      return Array.from(tf.mean(QUANTIZERS[id].quantize(tiled, quantizeOptions(id, { seed })), 0).dataSync());
    });
  }

  it('E[stochastic-sign(x)] = clip(x, −1, 1)', () => {
    const means = drawMeans('stochastic-sign', 17);
    x.forEach((v, i) => {
      const expected = Math.min(Math.max(v, -1), 1);
      const sigma = Math.sqrt((1 - expected ** 2) / draws);
      expect(Math.abs(means[i] - expected), `x = ${v}`).toBeLessThanOrEqual(5 * sigma);
    });
  });

  it('E[stochastic-ternary(x)] = clip(x, −1, 1)', () => {
    const means = drawMeans('stochastic-ternary', 23);
    x.forEach((v, i) => {
      const expected = Math.min(Math.max(v, -1), 1);
      const sigma = Math.sqrt((Math.abs(expected) - expected ** 2) / draws);
      expect(Math.abs(means[i] - expected), `x = ${v}`).toBeLessThanOrEqual(5 * sigma);
    });
  });

  it('stochastic-ternary: P(0) = 1 − |clip(x)|', () => {
    const zeros = tf.tidy(() => {
      const tiled = tf.tile(tf.tensor2d([x]), [draws, 1]);
      const y = QUANTIZERS['stochastic-ternary'].quantize(tiled, quantizeOptions('stochastic-ternary', { seed: 5 }));
      return Array.from(tf.mean(tf.cast(tf.equal(y, 0), 'float32'), 0).dataSync());
    });
    x.forEach((v, i) => {
      const p = 1 - Math.min(Math.abs(v), 1);
      expect(Math.abs(zeros[i] - p)).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / draws));
    });
  });

  it.each([['stochastic-sign'], ['stochastic-ternary']] as const)('%s: the same seed gives the same draws, another seed others', (id) => {
    const input = seededNormal(200, 3, 0.5);
    expect(q(id, input, { seed: 42 })).toEqual(q(id, input, { seed: 42 }));
    expect(q(id, input, { seed: 42 })).not.toEqual(q(id, input, { seed: 43 }));
  });

  it.each([['stochastic-sign'], ['stochastic-ternary']] as const)('%s: the mean over many seeds also matches', (id) => {
    // 400 seeds: σ ≤ 1/√400 = 0.05 per value, tolerance 5σ.
    const values = [-0.6, 0.3, 0.75];
    const sums = values.map(() => 0);
    for (let seed = 0; seed < 400; seed++) q(id, values, { seed }).forEach((v, i) => (sums[i] += v));
    values.forEach((v, i) => expect(Math.abs(sums[i] / 400 - v)).toBeLessThanOrEqual(0.25));
  });
});

// ---------------------------------------------------------------------------------
// Properties.

/** Arrays of float32 values in [min, max]; magnitudes below 1e-20 become 0 (no subnormal scales). */
const floatArray = (min: number, max: number, minLength = 1) =>
  fc
    .array(fc.float({ min: Math.fround(min), max: Math.fround(max), noNaN: true, noDefaultInfinity: true }), { minLength, maxLength: 40 })
    .map((values) => values.map((v) => (Math.abs(v) < 1e-20 ? 0 : v)));

describe('properties', () => {
  it('pq says it is not monotone, and is not: weight 0.6 maps to 0.2 while weight 0.4 maps to 0.8', () => {
    expect(QUANTIZERS.pq.monotone).toBe(false);
    // Sub-vectors (0.6, 5), (−0.2, 5), (0.4, −5), (1.2, −5): codewords (0.2, 5) and (0.8, −5).
    const y = q('pq', [0.6, 5, -0.2, 5, 0.4, -5, 1.2, -5], { bits: 1, params: { dim: 2 } });
    expectClose(y, [0.2, 5, 0.2, 5, 0.8, -5, 0.8, -5], 1e-6);
  });

  it('uniform: |x − q(x)| ≤ d/2 with d = max|x|/(2^(k−1) − 1)', () => {
    fc.assert(
      fc.property(floatArray(-10, 10), fc.integer({ min: 2, max: 8 }), (x, bits) => {
        const d = maxAbsOf(x) / (2 ** (bits - 1) - 1);
        const y = q('uniform', x, { bits });
        return y.every((v, i) => Math.abs(v - x[i]) <= (d / 2) * (1 + 1e-5) + 1e-30);
      }),
      { numRuns: 60 },
    );
  });

  it('affine: |x − q(x)| ≤ s/2 with s = (max − min)/(2^k − 1)', () => {
    fc.assert(
      fc.property(floatArray(-10, 10, 2), fc.integer({ min: 1, max: 8 }), (x, bits) => {
        const lo = Math.min(...x);
        const hi = Math.max(...x);
        const s = (hi - lo) / (2 ** bits - 1);
        const y = q('affine', x, { bits });
        return y.every((v, i) => Math.abs(v - x[i]) <= (s / 2) * (1 + 1e-4) + 1e-6 * Math.max(Math.abs(lo), Math.abs(hi)));
      }),
      { numRuns: 60 },
    );
  });

  const idempotent: QuantizerId[] = ['sign', 'xnor', 'twn', 'uniform', 'dorefa-act', 'log2', 'pact', 'hwgq'];
  it.each(idempotent.map((id) => [id] as const))('%s is idempotent: q(q(x)) = q(x)', (id) => {
    fc.assert(
      fc.property(floatArray(-4, 4), (x) => {
        const once = q(id, x);
        const twice = q(id, once);
        return twice.every((v, i) => Math.abs(v - once[i]) <= 1e-5 * Math.max(1, Math.abs(once[i])));
      }),
      { numRuns: 40 },
    );
  });

  const monotone = (Object.keys(QUANTIZERS) as QuantizerId[]).filter((id) => !QUANTIZERS[id].stochastic && id !== 'abc' && QUANTIZERS[id].monotone !== false);
  it.each(monotone.map((id) => [id] as const))('%s is non-decreasing in x on a fixed tensor', (id) => {
    const def = QUANTIZERS[id];
    fc.assert(
      fc.property(floatArray(-3, 3, 2), fc.integer({ min: def.bits.min, max: def.bits.max }), (x, bits) => {
        const sorted = [...x].sort((a, b) => a - b);
        const y = q(id, sorted, { bits });
        return y.every((v, i) => i === 0 || v >= y[i - 1] - 1e-6 * Math.abs(v));
      }),
      { numRuns: 25 },
    );
  });
});
