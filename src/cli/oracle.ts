/**
 * Reference formulas for every quantizer, estimator and regularizer, in plain Float64
 * JavaScript with no tfjs: the tests compare the registry's results with these.
 *
 * Every decision (a rounding, a threshold, a nearest level) goes through `Decide`. With
 * bias 0 it is exact; with bias ±1 every decision leans one way by a relative margin,
 * so that for inputs lying within float32 error of a boundary the three evaluations
 * (−1, 0, +1) cover both outcomes.
 */

export type Bias = -1 | 0 | 1;

export class Decide {
  constructor(
    readonly bias: Bias = 0,
    readonly eps = 1e-5,
  ) {}

  private margin(a: number, b: number): number {
    return this.bias * this.eps * Math.max(Math.abs(a), Math.abs(b), 1e-30);
  }

  /** a > b; bias +1 leans towards true. */
  gt(a: number, b: number): boolean {
    return a + this.margin(a, b) > b;
  }

  /** a ≥ b; bias +1 leans towards true. */
  ge(a: number, b: number): boolean {
    return a + this.margin(a, b) >= b;
  }

  /** a < b; bias +1 leans towards true. */
  lt(a: number, b: number): boolean {
    return b + this.margin(a, b) > a;
  }

  /** a ≤ b; bias +1 leans towards true. */
  le(a: number, b: number): boolean {
    return b + this.margin(a, b) >= a;
  }

  /** Round half to even; bias ±1 pushes the argument up or down by a relative margin. */
  round(v: number): number {
    return roundHalfEven(v + this.bias * this.eps * Math.max(1, Math.abs(v)));
  }

  /** +1 for v ≥ 0, else −1 (sign(0) = +1). */
  sign(v: number): number {
    return this.ge(v, 0) ? 1 : -1;
  }

  /** sign(a − b) with sign(0) = +1, the margin taken relative to a and b. */
  signOfDifference(a: number, b: number): number {
    return this.ge(a, b) ? 1 : -1;
  }
}

export const EXACT = new Decide(0);

export function roundHalfEven(v: number): number {
  const floor = Math.floor(v);
  const fraction = v - floor;
  if (fraction < 0.5) return floor;
  if (fraction > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

const clip = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
const meanAbs = (xs: number[]) => mean(xs.map(Math.abs));
const maxAbs = (xs: number[]) => Math.max(...xs.map(Math.abs));

/** Population standard deviation. */
export function populationStd(xs: number[]): number {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((v) => (v - m) ** 2)));
}

/** Ascending, with values equal to within 1e-12 relative merged. */
export function sortedUnique(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (out.length === 0 || Math.abs(v - last) > 1e-12 * Math.max(Math.abs(v), Math.abs(last))) out.push(v);
  }
  return out;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting; null when A is singular. */
export function solveLinear(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  const scale = Math.max(1e-300, ...a.flat().map(Math.abs));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) <= 1e-12 * scale) return null;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** Least squares: the coefficients c minimising Σ_i (y_i − Σ_j c_j·cols[j][i])²; null if rank-deficient. */
export function leastSquares(columns: number[][], y: number[]): number[] | null {
  const gram = columns.map((ci) => columns.map((cj) => ci.reduce((s, v, i) => s + v * cj[i], 0)));
  const rhs = columns.map((ci) => ci.reduce((s, v, i) => s + v * y[i], 0));
  return solveLinear(gram, rhs);
}

/** Index of the level nearest to v (the lower one on an exact tie). */
function nearestIndex(v: number, levels: number[], d: Decide): number {
  let best = 0;
  for (let j = 1; j < levels.length; j++) {
    if (d.lt(Math.abs(v - levels[j]), Math.abs(v - levels[best]))) best = j;
  }
  return best;
}

// ---------------------------------------------------------------------------------
// HWGQ step: the Δ minimising E[(X − Q(X))² | X > 0], X ~ N(0, 1), Q(x) the nearest of
// {jΔ : 1 ≤ j ≤ 2^k − 1}.

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const phi = (x: number) => Math.exp(-0.5 * x * x) / SQRT_2PI;

/** ∫_a^b φ by composite Simpson's rule. */
function integratePhi(a: number, b: number, intervals = 256): number {
  const h = (b - a) / intervals;
  let sum = phi(a) + phi(b);
  for (let i = 1; i < intervals; i++) sum += (i % 2 === 1 ? 4 : 2) * phi(a + i * h);
  return (sum * h) / 3;
}

/** E[(X − Q(X))²; X > 0] for the HWGQ quantizer with step Δ and n positive levels. */
export function hwgqHalfGaussianError(step: number, n: number): number {
  let error = 0;
  let cumulative = 0; // ∫_0^a φ
  for (let j = 1; j <= n; j++) {
    const level = j * step;
    const a = j === 1 ? 0 : (j - 0.5) * step;
    const last = j === n;
    const b = (j + 0.5) * step;
    const m0 = last ? 0.5 - cumulative : integratePhi(a, b);
    const m1 = last ? phi(a) : phi(a) - phi(b);
    const m2 = last ? a * phi(a) + m0 : a * phi(a) - b * phi(b) + m0;
    error += m2 - 2 * level * m1 + level * level * m0;
    cumulative += m0;
  }
  return error;
}

const hwgqSteps = new Map<number, number>();

/** HWGQ's Δ_k: a log-spaced grid search, then golden-section refinement. */
export function hwgqStep(bits: number): number {
  const cached = hwgqSteps.get(bits);
  if (cached !== undefined) return cached;
  const n = 2 ** bits - 1;
  const f = (step: number) => hwgqHalfGaussianError(step, n);
  const lo = 1e-4;
  const hi = 4;
  const gridPoints = 400;
  const grid = Array.from({ length: gridPoints + 1 }, (_, i) => lo * (hi / lo) ** (i / gridPoints));
  let best = 0;
  const values = grid.map(f);
  for (let i = 1; i < grid.length; i++) if (values[i] < values[best]) best = i;
  let a = grid[Math.max(0, best - 1)];
  let b = grid[Math.min(grid.length - 1, best + 1)];
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(c);
  let fd = f(d);
  while (b - a > 1e-12 * b) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = f(d);
    }
  }
  const step = (a + b) / 2;
  hwgqSteps.set(bits, step);
  return step;
}

// ---------------------------------------------------------------------------------
// Estimators.

export interface EstimatorOracleContext {
  clip: number;
  topLevel: number;
  levelBelowTop: number;
  params: Record<string, number>;
}

/** The pseudo-derivative of estimator `id` at x. */
export function estimatorDerivative(id: string, x: number, ctx: EstimatorOracleContext, d: Decide = EXACT): number {
  const ax = Math.abs(x);
  switch (id) {
    case 'ste':
      return 1;
    case 'clipped-ste':
      return d.le(ax, ctx.clip) ? 1 : 0;
    case 'approx-sign':
      return d.lt(ax, 1) ? 2 - 2 * ax : 0;
    case 'ede': {
      const t = 0.1 * 10 ** (2 * ctx.params.progress);
      const k = Math.max(1 / t, 1);
      return k * t * (1 - Math.tanh(t * x) ** 2);
    }
    case 'swish-sign': {
      const beta = ctx.params.beta;
      return (beta * (2 - beta * x * Math.tanh((beta * x) / 2))) / (1 + Math.cosh(beta * x));
    }
    case 'relu':
      return d.gt(x, 0) ? 1 : 0;
    case 'clipped-relu':
      return d.gt(x, 0) && d.le(x, ctx.topLevel) ? 1 : 0;
    case 'log-tailed-relu':
      if (!d.gt(x, 0)) return 0;
      if (d.le(x, ctx.topLevel)) return 1;
      return 1 / (x - ctx.levelBelowTop);
    default:
      throw new Error(`oracle: no estimator "${id}"`);
  }
}

// ---------------------------------------------------------------------------------
// Quantizers.

export interface QuantizerOracleInput {
  bits: number;
  params: Record<string, number>;
  estimator: string;
  estimatorParams: Record<string, number>;
  /** The registry's signLike flag (clipped-ste's c = 1); dorefa at k = 1 is sign-like regardless. */
  signLike: boolean;
}

export interface QuantizerOracleResult {
  /** The output; for stochastic quantizers its expectation. */
  forward: number[];
  stochastic: boolean;
  levels: number[];
  gradient: number[];
}

interface QuantizerCore {
  forward: number[];
  levels: number[];
  /** Derivative of the differentiable parts around the sign or rounding step. */
  chainScale: number[];
  stochastic?: boolean;
  signLike?: boolean;
  /** A gradient that ignores the estimator (PACT). */
  ownGradient?: number[];
}

function core(id: string, x: number[], bits: number, params: Record<string, number>, d: Decide): QuantizerCore {
  const ones = x.map(() => 1);
  switch (id) {
    case 'sign':
      return { forward: x.map((v) => d.sign(v)), levels: [-1, 1], chainScale: ones };
    case 'xnor': {
      const alpha = meanAbs(x);
      return { forward: x.map((v) => alpha * d.sign(v)), levels: sortedUnique([-alpha, alpha]), chainScale: x.map(() => alpha) };
    }
    case 'stochastic-sign':
      return { forward: x.map((v) => clip(v, -1, 1)), levels: [-1, 1], chainScale: ones, stochastic: true };
    case 'twn': {
      const delta = 0.7 * meanAbs(x);
      const ternary = x.map((v) => (d.gt(v, delta) ? 1 : d.lt(v, -delta) ? -1 : 0));
      const kept = x.filter((_, i) => ternary[i] !== 0).map(Math.abs);
      const alpha = kept.length ? mean(kept) : 0;
      return {
        forward: ternary.map((t) => alpha * t),
        levels: sortedUnique([-alpha, 0, alpha]),
        chainScale: x.map(() => alpha),
      };
    }
    case 'ttq': {
      const { wp, wn } = params;
      const threshold = params.threshold ?? 0.05;
      const delta = threshold * maxAbs(x);
      const side = x.map((v) => (d.gt(v, delta) ? 1 : d.lt(v, -delta) ? -1 : 0));
      return {
        forward: side.map((s) => (s > 0 ? wp : s < 0 ? -wn : 0)),
        levels: sortedUnique([-wn, 0, wp]),
        chainScale: side.map((s) => (s > 0 ? wp : s < 0 ? wn : 1)),
      };
    }
    case 'stochastic-ternary':
      return { forward: x.map((v) => clip(v, -1, 1)), levels: [-1, 0, 1], chainScale: ones, stochastic: true };
    case 'uniform': {
      const half = 2 ** (bits - 1) - 1;
      const step = params.step > 0 ? params.step : maxAbs(x) / half;
      const levels = Array.from({ length: 2 * half + 1 }, (_, i) => (i - half) * step);
      return {
        forward: x.map((v) => d.sign(v) * step * Math.min(d.round(Math.abs(v) / step), half)),
        levels,
        chainScale: ones,
      };
    }
    case 'dorefa': {
      if (bits === 1) {
        const e = meanAbs(x);
        return { forward: x.map((v) => e * d.sign(v)), levels: sortedUnique([-e, e]), chainScale: x.map(() => e), signLike: true };
      }
      const n = 2 ** bits - 1;
      const tanhMax = maxAbs(x.map(Math.tanh));
      const forward = x.map((v) => 2 * (d.round(n * (Math.tanh(v) / (2 * tanhMax) + 0.5)) / n) - 1);
      return {
        forward,
        levels: Array.from({ length: n + 1 }, (_, j) => (2 * j) / n - 1),
        chainScale: x.map((v) => (1 - Math.tanh(v) ** 2) / tanhMax),
      };
    }
    case 'dorefa-act': {
      const n = 2 ** bits - 1;
      return {
        forward: x.map((v) => d.round(n * clip(v, 0, 1)) / n),
        levels: Array.from({ length: n + 1 }, (_, j) => j / n),
        chainScale: ones,
      };
    }
    case 'log2': {
      const count = 2 ** (bits - 1) - 1;
      const eMax = d.round(Math.log2(maxAbs(x)));
      const eMin = eMax - count + 1;
      const forward = x.map((v) => {
        if (v === 0) return 0;
        const e = d.round(Math.log2(Math.abs(v)));
        return e < eMin ? 0 : d.sign(v) * 2 ** Math.min(e, eMax);
      });
      const levels = [0];
      for (let e = eMin; e <= eMax; e++) levels.push(2 ** e, -(2 ** e));
      return { forward, levels: sortedUnique(levels), chainScale: ones };
    }
    case 'kmeans': {
      const count = 2 ** bits;
      const lo = Math.min(...x);
      const hi = Math.max(...x);
      const centroids = Array.from({ length: count }, (_, i) => lo + (i * (hi - lo)) / (count - 1));
      let assignment: number[] | undefined;
      for (let round = 0; round < 100; round++) {
        const next = x.map((v) => nearestIndex(v, centroids, d));
        if (assignment && next.every((c, i) => c === assignment![i])) break;
        assignment = next;
        for (let c = 0; c < count; c++) {
          const members = x.filter((_, i) => next[i] === c);
          if (members.length) centroids[c] = mean(members);
        }
      }
      return { forward: x.map((v) => centroids[nearestIndex(v, centroids, d)]), levels: sortedUnique(centroids), chainScale: ones };
    }
    case 'lqnet': {
      const codes = Array.from({ length: 2 ** bits }, (_, c) => Array.from({ length: bits }, (_, b) => ((c >> b) & 1 ? 1 : -1)));
      const s = (2 * meanAbs(x)) / (2 ** bits - 1);
      let basis = Array.from({ length: bits }, (_, b) => s * 2 ** b);
      const levelsOf = (v: number[]) => codes.map((e) => e.reduce((sum, eb, b) => sum + eb * v[b], 0));
      for (let round = 0; round < 10; round++) {
        const levels = levelsOf(basis);
        const assigned = x.map((v) => codes[nearestIndex(v, levels, d)]);
        const columns = Array.from({ length: bits }, (_, b) => assigned.map((e) => e[b]));
        basis = leastSquares(columns, x) ?? basis;
      }
      const levels = levelsOf(basis);
      return { forward: x.map((v) => levels[nearestIndex(v, levels, d)]), levels: sortedUnique(levels), chainScale: ones };
    }
    case 'abc': {
      const bases = params.bases;
      const m = mean(x);
      const std = populationStd(x);
      const shifts = Array.from({ length: bases }, (_, i) => (bases === 1 ? 0 : -1 + (2 * i) / (bases - 1)));
      const columns = shifts.map((u) => x.map((v) => d.signOfDifference(v, m - u * std)));
      const alpha = leastSquares(columns, x);
      if (!alpha) throw new Error('oracle: abc bases are linearly dependent on this input');
      const forward = x.map((_, i) => columns.reduce((sum, col, j) => sum + alpha[j] * col[i], 0));
      const sums: number[] = [];
      for (let code = 0; code < 2 ** bases; code++) {
        sums.push(alpha.reduce((sum, a, j) => sum + ((code >> j) & 1 ? a : -a), 0));
      }
      const total = alpha.reduce((sum, a) => sum + a, 0);
      return { forward, levels: sortedUnique(sums), chainScale: x.map(() => total), signLike: true };
    }
    case 'affine': {
      const n = 2 ** bits - 1;
      const lo = Math.min(...x);
      const hi = Math.max(...x);
      const scale = (hi - lo) / n;
      const zero = d.round(-lo / scale);
      return {
        forward: x.map((v) => (clip(d.round(v / scale) + zero, 0, n) - zero) * scale),
        levels: Array.from({ length: n + 1 }, (_, q) => (q - zero) * scale),
        chainScale: ones,
      };
    }
    case 'pact': {
      const n = 2 ** bits - 1;
      const alpha = params.alpha;
      return {
        forward: x.map((v) => (d.round((clip(v, 0, alpha) * n) / alpha) * alpha) / n),
        levels: Array.from({ length: n + 1 }, (_, j) => (j * alpha) / n),
        chainScale: ones,
        ownGradient: x.map((v) => (d.ge(v, 0) && d.lt(v, alpha) ? 1 : 0)),
      };
    }
    case 'hwgq': {
      const n = 2 ** bits - 1;
      const step = hwgqStep(bits);
      return {
        forward: x.map((v) => (d.gt(v, 0) ? clip(d.round(v / step), 1, n) * step : 0)),
        levels: Array.from({ length: n + 1 }, (_, j) => j * step),
        chainScale: ones,
      };
    }
    default:
      throw new Error(`oracle: no quantizer "${id}"`);
  }
}

/** Forward, levels and expected gradient of d(Σ forward)/dx for quantizer `id` under an estimator. */
export function oracleQuantize(id: string, x: number[], input: QuantizerOracleInput, d: Decide = EXACT): QuantizerOracleResult {
  const result = core(id, x, input.bits, input.params, d);
  const levels = result.levels;
  const signLike = result.signLike ?? input.signLike;
  const ctx: EstimatorOracleContext = {
    clip: signLike ? 1 : Math.max(...levels.map(Math.abs)),
    topLevel: levels[levels.length - 1],
    levelBelowTop: levels.length > 1 ? levels[levels.length - 2] : levels[0],
    params: input.estimatorParams,
  };
  const gradient =
    result.ownGradient ?? x.map((v, i) => estimatorDerivative(input.estimator, v, ctx, d) * result.chainScale[i]);
  return { forward: result.forward, stochastic: result.stochastic ?? false, levels, gradient };
}

// ---------------------------------------------------------------------------------
// Regularizers.

export interface RegularizerOracleResult {
  penalty: number;
  gradient: number[];
}

/** Penalty λ·R(w) and its gradient; `levels` for level-distance. */
export function oracleRegularize(
  id: string,
  w: number[],
  lambda: number,
  params: Record<string, number>,
  levels: number[] = [],
  d: Decide = EXACT,
): RegularizerOracleResult {
  const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
  switch (id) {
    case 'l2':
      return { penalty: lambda * sum(w.map((v) => v * v)), gradient: w.map((v) => 2 * lambda * v) };
    case 'binary':
      return { penalty: lambda * sum(w.map((v) => 1 - v * v)), gradient: w.map((v) => -2 * lambda * v) };
    case 'periodic': {
      const { step, offset } = params;
      return {
        penalty: lambda * sum(w.map((v) => Math.sin((Math.PI * (v - offset)) / step) ** 2)),
        gradient: w.map((v) => lambda * (Math.PI / step) * Math.sin((2 * Math.PI * (v - offset)) / step)),
      };
    }
    case 'level-distance': {
      const residual = w.map((v) => v - levels[nearestIndex(v, levels, d)]);
      return { penalty: lambda * sum(residual.map((r) => r * r)), gradient: residual.map((r) => 2 * lambda * r) };
    }
    default:
      throw new Error(`oracle: no regularizer "${id}"`);
  }
}

// ---------------------------------------------------------------------------------
// Seeded test inputs.

export { seededNormals } from '../data/random';
