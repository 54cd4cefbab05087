/**
 * Self-checks of the test oracle (oracle.test-support.ts) against published values and
 * properties of its own methods, and checks that it stays independent: it imports nothing
 * from src/quant, and nothing shipped imports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  distinctAscending,
  erf,
  erfc,
  hwgqError,
  hwgqErrorSlope,
  hwgqStep,
  oracleQuantize,
  populationStd,
  seededNormals,
  signLeastSquares,
  signVectors,
} from './oracle.test-support';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

/** Every .ts/.tsx file below `dir`, as paths relative to src. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(srcDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the oracle stays independent', () => {
  it('imports nothing but the seeded inputs', () => {
    const text = readFileSync(join(srcDir, 'quant', 'oracle.test-support.ts'), 'utf8');
    const sources = [...text.matchAll(/^(?:import|export)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(sources).toEqual(['../data/random']);
  });

  it('is imported by tests only', () => {
    // test files, test support and test setup all carry "test" in their names
    const shipped = sourceFiles('.').filter((path) => !path.split('/').pop()!.includes('test'));
    expect(shipped, 'the scan finds the shipped sources').toContain(join('quant', 'numeric.ts'));
    const importers = shipped.filter((path) => readFileSync(join(srcDir, path), 'utf8').includes('oracle.test-support'));
    expect(importers).toEqual([]);
  });
});

describe('erf', () => {
  // reference values from a libm (CPython's math.erf / math.erfc)
  const table: Array<[number, number, number]> = [
    [0.1, 0.1124629160182849, 0.8875370839817152],
    [0.5, 0.5204998778130465, 0.4795001221869535],
    [1, 0.8427007929497149, 0.15729920705028513],
    [1.9, 0.9927904292352575, 0.0072095707647425325],
    [2, 0.9953222650189527, 0.004677734981047265],
    [2.9, 0.9999589021219005, 4.109787809945886e-5],
    [3, 0.9999779095030014, 2.2090496998585438e-5],
    [3.5, 0.9999992569016276, 7.430983723414128e-7],
    [5, 0.9999999999984626, 1.5374597944280351e-12],
  ];
  it('matches tabulated values on both sides of the series / continued-fraction switch', () => {
    for (const [x, erfX, erfcX] of table) {
      expect(Math.abs(erf(x) - erfX), `erf(${x})`).toBeLessThan(4e-16);
      expect(Math.abs(erfc(x) - erfcX) / erfcX, `erfc(${x})`).toBeLessThan(5e-14);
      expect(erf(-x), `erf(−${x})`).toBe(-erf(x));
      expect(Math.abs(erfc(-x) - (2 - erfcX)), `erfc(−${x})`).toBeLessThan(1e-15);
    }
    expect(erf(0)).toBe(0);
  });
});

describe('HWGQ step', () => {
  it('Δ_1 is √(2/π): one level, whose optimum is E[X | X > 0]', () => {
    expect(Math.abs(hwgqStep(1) - Math.sqrt(2 / Math.PI))).toBeLessThan(1e-12);
  });

  it('matches the published Δ_2..Δ_4 (Cai et al. 2017) to four places', () => {
    expect(hwgqStep(2)).toBeCloseTo(0.5388, 4);
    expect(hwgqStep(3)).toBeCloseTo(0.3217, 4);
    expect(hwgqStep(4)).toBeCloseTo(0.1842, 4);
  });

  it('is a minimum of the closed-form error, which agrees with direct integration', () => {
    for (const bits of [1, 2, 3, 8]) {
      const n = 2 ** bits - 1;
      const step = hwgqStep(bits);
      expect(Math.abs(hwgqErrorSlope(step, n)), `slope at Δ_${bits}`).toBeLessThan(1e-9 * n * n);
      for (const factor of [0.99, 1.01]) expect(hwgqError(step * factor, n)).toBeGreaterThan(hwgqError(step, n));
    }
    // E[(X − Q(X))²; X > 0] by the midpoint rule over [0, 12] for 2 bits at Δ = 0.5
    const step = 0.5;
    const quantize = (x: number) => Math.min(Math.max(Math.round(x / step), 1), 3) * step;
    const h = 1e-4;
    let direct = 0;
    for (let x = h / 2; x < 12; x += h) direct += (x - quantize(x)) ** 2 * Math.exp(-0.5 * x * x) * h;
    direct /= Math.sqrt(2 * Math.PI);
    expect(Math.abs(hwgqError(step, 3) - direct)).toBeLessThan(1e-8);
  });
});

describe('least squares over ±1 columns', () => {
  /** ±1 columns from seeded normals. */
  const signColumns = (count: number, n: number, seed: number) =>
    Array.from({ length: count }, (_, j) => seededNormals(n, seed + j).map((v) => (v >= 0 ? 1 : -1)));

  it('leaves a residual orthogonal to every column', () => {
    for (const [count, seed] of [[1, 1], [3, 2], [5, 3], [8, 4]]) {
      const columns = signColumns(count, 40, 10 * seed);
      const y = seededNormals(40, seed).map(Math.fround);
      const c = signLeastSquares(columns, y)!;
      const residual = y.map((v, i) => v - columns.reduce((s, col, j) => s + c[j] * col[i], 0));
      for (const col of columns) expect(Math.abs(col.reduce((s, v, i) => s + v * residual[i], 0)), `${count} columns`).toBeLessThan(1e-12);
    }
  });

  it('is exact: the hand-solved fit of y = (1, 2, 4) on (1, 1, 1) and (1, −1, 1)', () => {
    // normal equations [[3, 1], [1, 3]]·c = (7, 3): c = (9/4, 1/4)
    expect(signLeastSquares([[1, 1, 1], [1, -1, 1]], [1, 2, 4])).toEqual([2.25, 0.25]);
    // one column: the mean, 0.1 + 0.2 + 0.3 rounded once, not three times
    expect(signLeastSquares([[1, 1, 1]], [0.1, 0.2, 0.3])).toEqual([0.2]);
  });

  it('returns null for dependent columns', () => {
    const [a, b] = signColumns(2, 12, 3);
    expect(signLeastSquares([a, b, a.map((v) => -v)], seededNormals(12, 4))).toBeNull();
    expect(signLeastSquares([a, b], seededNormals(12, 4))).not.toBeNull();
  });
});

describe('oracle helpers', () => {
  it('distinctAscending merges values equal to 1e-12 relative and keeps tiny levels apart', () => {
    expect(distinctAscending([3, 1, 1 + 1e-14, -2, 3])).toEqual([-2, 1, 3]);
    expect(distinctAscending([2 ** -100, 0, 2 ** -101, -0])).toEqual([0, 2 ** -101, 2 ** -100]);
  });

  it('populationStd from pairwise differences matches the two-pass formula', () => {
    const xs = seededNormals(30, 9, 2, 1);
    const m = xs.reduce((s, v) => s + v, 0) / xs.length;
    const twoPass = Math.sqrt(xs.reduce((s, v) => s + (v - m) ** 2, 0) / xs.length);
    expect(populationStd(xs)).toBeCloseTo(twoPass, 12);
  });

  it('signVectors lists {−1, 1}^k in code order (bit b of the index set means e_b = +1)', () => {
    expect(signVectors(2)).toEqual([
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ]);
  });

  it('rounds half to even', () => {
    const q = oracleQuantize('uniform', [0.5, 1.5, 2.5, -0.5, -2.5, 3], {
      bits: 3,
      params: { step: 0 },
      estimator: 'ste',
      estimatorParams: {},
      signLike: false,
    });
    expect(q.forward).toEqual([0, 2, 2, -0, -2, 3]);
  });
});
