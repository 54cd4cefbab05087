import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUANTIZERS, quantizeOptions } from './index';
import {
  NearestCode,
  abcFit,
  hwgqHalfGaussianError,
  hwgqStep,
  kmeans1d,
  lqnetFit,
  nearestSortedIndex,
  solveLinear,
  sortedUnique,
} from './numeric';
import { naiveKmeans, seededNormal, useCpuBackend } from './test-support';

beforeAll(useCpuBackend);

describe('sortedUnique', () => {
  it('sorts and merges values equal to 1e-12 relative, keeping tiny distinct values', () => {
    expect(sortedUnique([3, 1, 2, 1, 1 + 1e-14, -0, 0])).toEqual([0, 1, 2, 3]);
    expect(sortedUnique([2 ** -100, 0, 2 ** -99])).toEqual([0, 2 ** -100, 2 ** -99]);
  });
});

describe('solveLinear', () => {
  it('solves a small system and reports a singular one', () => {
    const x = solveLinear([[2, 1], [1, 3]], [3, 5])!;
    expect(x[0]).toBeCloseTo(0.8, 12);
    expect(x[1]).toBeCloseTo(1.4, 12);
    expect(solveLinear([[1, 2], [2, 4]], [1, 2])).toBeNull();
  });
});

describe('kmeans1d', () => {
  it('matches naive Lloyd on random inputs', () => {
    for (const bits of [1, 2, 3, 4]) {
      for (const seed of [1, 2, 3]) {
        const x = seededNormal(300, seed * 10 + bits, 1);
        const fast = kmeans1d(x, 2 ** bits);
        const naive = naiveKmeans(x, 2 ** bits).centroids;
        fast.forEach((c, j) => expect(Math.abs(c - naive[j])).toBeLessThanOrEqual(1e-9));
      }
    }
  });

  it('keeps an empty cluster\'s centroid and handles a constant input', () => {
    // Linear initialisation over [0, 3] with 4 centroids: 0, 1, 2, 3; nothing is near 1 or 2.
    expect(kmeans1d([0, 0, 3, 3], 4)).toEqual([0, 1, 2, 3]);
    expect(kmeans1d([0.5, 0.5, 0.5], 4)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('matches naive Lloyd on coarse values with exact midpoint ties', () => {
    for (const seed of [4, 5, 6]) {
      // Multiples of 1/8 in [−2, 2]: exact in binary, so midpoints between centroids are hit exactly.
      const x = seededNormal(120, seed, 0.8).map((v) => Math.max(-2, Math.min(2, Math.round(v * 8) / 8)));
      for (const bits of [1, 2, 3]) {
        const fast = kmeans1d(x, 2 ** bits);
        naiveKmeans(x, 2 ** bits).centroids.forEach((c, j) => expect(Math.abs(fast[j] - c)).toBeLessThanOrEqual(1e-9));
      }
    }
  });

  it('nearestSortedIndex picks the lower level on a tie', () => {
    expect(nearestSortedIndex(0.5, [0, 1, 2])).toBe(0);
    expect(nearestSortedIndex(0.51, [0, 1, 2])).toBe(1);
    expect(nearestSortedIndex(7, [0, 1, 2])).toBe(2);
    expect(nearestSortedIndex(-7, [0, 1, 2])).toBe(0);
    expect(nearestSortedIndex(3, [5])).toBe(0);
  });

  it('quantizes 250k values well under a second', () => {
    const x = tf.tensor1d(seededNormal(250_000, 99, 0.1));
    const opts = quantizeOptions('kmeans', { bits: 8 });
    const start = performance.now();
    const y = QUANTIZERS.kmeans.quantize(x, opts);
    y.dataSync();
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(1000);
    tf.dispose([x, y]);
  });
});

describe('LQ-Nets fit', () => {
  it('NearestCode returns the nearest level, the lowest code on ties and equal levels', () => {
    const nearest = new NearestCode([-0.5, -0.3, 0.3, 0.5]);
    expect(nearest.code(-1)).toBe(0);
    expect(nearest.code(0)).toBe(1);
    expect(nearest.code(0.41)).toBe(3);
    expect(new NearestCode([1, 0, 0, 1]).code(0)).toBe(1);
    expect(new NearestCode([1, 0, 0, 1]).code(0.9)).toBe(0);
  });

  it('does not increase the quantization error over the uniform initial basis', () => {
    const x = seededNormal(500, 5, 1);
    for (const bits of [1, 2, 3]) {
      const error = (basis: number[]) => {
        const codes = Array.from({ length: 2 ** bits }, (_, c) => basis.reduce((s, v, b) => s + ((c >> b) & 1 ? v : -v), 0));
        return x.reduce((s, v) => s + Math.min(...codes.map((l) => (v - l) ** 2)), 0);
      };
      const s = (2 * x.reduce((acc, v) => acc + Math.abs(v), 0)) / x.length / (2 ** bits - 1);
      const initial = Array.from({ length: bits }, (_, b) => s * 2 ** b);
      expect(error(lqnetFit(x, bits))).toBeLessThanOrEqual(error(initial) * (1 + 1e-12));
    }
  });

  it('keeps the basis (zeros) on an all-zero input', () => {
    expect(lqnetFit([0, 0, 0], 3)).toEqual([0, 0, 0]);
  });
});

describe('ABC-Net fit', () => {
  it('drops dependent bases instead of failing on a constant input, and still reconstructs it', () => {
    const x = [0.4, 0.4, 0.4];
    const { thresholds, alpha } = abcFit(x, 3);
    expect(alpha.filter((a) => a !== 0)).toHaveLength(1);
    for (const v of x) expect(alpha.reduce((s, a, m) => s + (v >= thresholds[m] ? a : -a), 0)).toBeCloseTo(0.4, 12);
  });

  it('gives the least-squares α: the residual is orthogonal to every basis', () => {
    const x = seededNormal(200, 12, 1);
    const { thresholds, alpha } = abcFit(x, 4);
    const bases = thresholds.map((t) => x.map((v) => (v >= t ? 1 : -1)));
    const residual = x.map((v, i) => v - bases.reduce((s, b, m) => s + alpha[m] * b[i], 0));
    for (const b of bases) expect(Math.abs(b.reduce((s, bi, i) => s + bi * residual[i], 0))).toBeLessThan(1e-9);
  });
});

describe('HWGQ step', () => {
  it('Δ_1 = E[x | x > 0] = √(2/π) for the half-normal', () => {
    expect(hwgqStep(1)).toBeCloseTo(Math.sqrt(2 / Math.PI), 6);
  });

  it('reproduces the values quoted in the documentation', () => {
    const quoted = [0.7979, 0.5388, 0.3217, 0.1842, 0.103, 0.0566, 0.0307, 0.0165];
    quoted.forEach((value, i) => expect(hwgqStep(i + 1)).toBeCloseTo(value, 4));
  });

  it('is a minimum of the half-Gaussian error, which matches a Monte Carlo estimate', () => {
    for (let bits = 1; bits <= 8; bits++) {
      const step = hwgqStep(bits);
      const n = 2 ** bits - 1;
      const at = hwgqHalfGaussianError(step, n);
      expect(hwgqHalfGaussianError(step * 1.01, n)).toBeGreaterThan(at);
      expect(hwgqHalfGaussianError(step * 0.99, n)).toBeGreaterThan(at);
    }
    // E[(X − Q(X))²; X > 0] by sampling 200k normals: standard error ≈ 1e-3 relative here.
    const samples = seededNormal(200_000, 3, 1);
    const step = hwgqStep(2);
    const mc = samples.reduce((s, v) => (v > 0 ? s + (v - Math.min(Math.max(Math.round(v / step), 1), 3) * step) ** 2 : s), 0) / samples.length;
    expect(Math.abs(mc - hwgqHalfGaussianError(step, 3)) / mc).toBeLessThan(0.02);
  });
});

describe('kmeans properties', () => {
  it('centroids stay ascending and inside [min, max]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        (x, bits) => {
          const c = kmeans1d(x, 2 ** bits);
          const lo = Math.min(...x);
          const hi = Math.max(...x);
          return c.every((v, j) => v >= lo - 1e-12 && v <= hi + 1e-12 && (j === 0 || v >= c[j - 1] - 1e-12));
        },
      ),
      { numRuns: 100 },
    );
  });
});
