/**
 * Reference formulas for every quantizer, estimator and regularizer, in plain Float64
 * JavaScript with no tfjs: the tests compare the registry's results with these. Test
 * support only: nothing shipped imports it.
 *
 * Independent of the code it checks: it imports nothing from src/quant, and where the
 * registry runs an algorithm it gets the same quantity another way: least squares exactly
 * (Cramer's rule in rational arithmetic) instead of Gauss–Jordan in floating point,
 * distinct levels by an all-pairs check instead of a sorted merge, k-means and LQ-Nets'
 * nearest code by scanning every centroid or code, the standard deviation from pairwise
 * differences, and HWGQ's step as the root of the error's slope in closed form (erf)
 * instead of golden-section search over a Simpson-integrated error.
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
const sum = (xs: number[]) => xs.reduce((s, v) => s + v, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;
const meanAbs = (xs: number[]) => mean(xs.map(Math.abs));
const maxAbs = (xs: number[]) => Math.max(...xs.map(Math.abs));
const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

/** Population standard deviation from the pairwise differences: Var = Σ_{i<j} (x_i − x_j)² / n². */
export function populationStd(xs: number[]): number {
  let squares = 0;
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) squares += (xs[i] - xs[j]) ** 2;
  return Math.sqrt(squares) / xs.length;
}

/** The distinct values, ascending: a value within 1e-12 relative of one already kept is dropped. */
export function distinctAscending(values: number[]): number[] {
  const kept: number[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  for (const v of values) if (!kept.some((k) => near(k, v))) kept.push(v);
  return kept.sort((a, b) => a - b);
}

/** Index of the level nearest to v, by scanning all of them (the lowest index on a tie). */
function nearestIndex(v: number, levels: number[], d: Decide): number {
  let best = 0;
  for (let j = 1; j < levels.length; j++) {
    if (d.lt(Math.abs(v - levels[j]), Math.abs(v - levels[best]))) best = j;
  }
  return best;
}

/** All 2^k sign vectors e ∈ {−1, 1}^k by doubling, in code order: code c has e_b = +1 where bit b of c is set. */
export function signVectors(k: number): number[][] {
  let vectors: number[][] = [[]];
  for (let b = 0; b < k; b++) vectors = [...vectors.map((e) => [...e, -1]), ...vectors.map((e) => [...e, 1])];
  return vectors;
}

// ---------------------------------------------------------------------------------
// Least squares over ±1 columns, in exact rational arithmetic.

const popcount = (mask: number) => {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
};

/**
 * The determinant as Leibniz's signed sum over permutations, built row by row:
 * partial[S] sums over the ways rows 0..|S|−1 can take the columns in S; putting the next
 * row in column c adds one inversion per used column right of c.
 */
function exactDeterminant(m: bigint[][]): bigint {
  const n = m.length;
  const partial = new Array<bigint>(2 ** n).fill(0n);
  partial[0] = 1n;
  for (let used = 0; used < 2 ** n - 1; used++) {
    if (partial[used] === 0n) continue;
    const row = popcount(used);
    for (let col = 0; col < n; col++) {
      const bit = 1 << col;
      if (used & bit) continue;
      const term = partial[used] * m[row][col];
      partial[used | bit] += popcount(used >> (col + 1)) % 2 ? -term : term;
    }
  }
  return partial[2 ** n - 1];
}

const bitLength = (v: bigint) => (v < 0n ? -v : v).toString(2).length;

/** The double nearest to numerator/denominator (denominator > 0). */
function nearestDouble(numerator: bigint, denominator: bigint): number {
  if (numerator === 0n) return 0;
  // a quotient of ≥ 128 significant bits, so truncating it cannot move the rounding
  const shift = Math.max(0, 128 - (bitLength(numerator) - bitLength(denominator)));
  return Number((numerator << BigInt(shift)) / denominator) / 2 ** shift;
}

/** How many binary places below the point v needs (v·2^places is an integer). */
function fractionBits(v: number): number {
  let places = 0;
  while (!Number.isInteger(v * 2 ** places)) {
    if (++places > 1000) throw new Error(`oracle: ${v} is not finite, or too fine for exact least squares`);
  }
  return places;
}

/**
 * The coefficients c minimising ‖y − Σ_j c_j·columns[j]‖² for columns of ±1, exactly: y is
 * scaled by 2^p to integers, the normal equations (integer Gram matrix) are solved by
 * Cramer's rule with exact determinants, and each c_j is rounded to the nearest double
 * once. Null when the columns are linearly dependent (the Gram determinant is 0).
 */
export function signLeastSquares(columns: number[][], y: number[]): number[] | null {
  const places = Math.max(0, ...y.map(fractionBits));
  const scaledY = y.map((v) => BigInt(v * 2 ** places));
  const integerColumns = columns.map((column) => column.map(BigInt));
  const dotExact = (a: bigint[], b: bigint[]) => a.reduce((s, v, i) => s + v * b[i], 0n);
  const gram = integerColumns.map((a) => integerColumns.map((b) => dotExact(a, b)));
  const rhs = integerColumns.map((a) => dotExact(a, scaledY));
  const det = exactDeterminant(gram);
  if (det === 0n) return null;
  const denominator = det * 2n ** BigInt(places); // > 0: a Gram matrix is positive semi-definite
  return columns.map((_, j) => {
    const replaced = gram.map((row, r) => row.map((v, c) => (c === j ? rhs[r] : v)));
    return nearestDouble(exactDeterminant(replaced), denominator);
  });
}

// ---------------------------------------------------------------------------------
// HWGQ step: the Δ minimising E[(X − Q(X))² | X > 0], X ~ N(0, 1), Q(x) the nearest of
// {jΔ : 1 ≤ j ≤ 2^k − 1}, in closed form through erf.

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/**
 * erfc(x) for x ≥ 2 by its continued fraction e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))),
 * evaluated by Lentz's method.
 */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let i = 1; i < 500; i++) {
    const a = i / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

/** erf(x) for |x| < 2 by the series 2/√π·e^{−x²}·Σ_n 2^n x^{2n+1}/(1·3·…·(2n+1)), all of whose terms have one sign. */
function erfSeries(x: number): number {
  let term = x;
  let total = x;
  for (let n = 1; n < 500 && Math.abs(term) > 1e-17 * Math.abs(total); n++) {
    term *= (2 * x * x) / (2 * n + 1);
    total += term;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x * x) * total;
}

/** The complementary error function 1 − erf(x). */
export function erfc(x: number): number {
  if (x >= 2) return erfcContinuedFraction(x);
  if (x <= -2) return 2 - erfcContinuedFraction(-x);
  return 1 - erfSeries(x);
}

/** The error function. */
export function erf(x: number): number {
  return Math.abs(x) < 2 ? erfSeries(x) : Math.sign(x) * (1 - erfcContinuedFraction(Math.abs(x)));
}

const gaussianDensity = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
const upperTail = (x: number) => (x === Infinity ? 0 : 0.5 * erfc(x / Math.SQRT2));

/**
 * Per cell of the HWGQ quantizer with step Δ and n positive levels (cell j = [a_j, b_j),
 * a_1 = 0, a_j = (j − ½)Δ, b_j = (j + ½)Δ, b_n = ∞): P(cell) and ∫_cell xφ(x) dx.
 */
function hwgqCells(step: number, n: number): Array<{ level: number; j: number; mass: number; firstMoment: number }> {
  return Array.from({ length: n }, (_, i) => {
    const j = i + 1;
    const a = j === 1 ? 0 : (j - 0.5) * step;
    const b = j === n ? Infinity : (j + 0.5) * step;
    return { level: j * step, j, mass: upperTail(a) - upperTail(b), firstMoment: gaussianDensity(a) - gaussianDensity(b) };
  });
}

/** E[(X − Q(X))²; X > 0] = E[X²; X > 0] − Σ_j q_j(2·∫_cell xφ − q_j·P(cell)), with E[X²; X > 0] = 1/2. */
export function hwgqError(step: number, n: number): number {
  return 0.5 - sum(hwgqCells(step, n).map((c) => c.level * (2 * c.firstMoment - c.level * c.mass)));
}

/**
 * Half the derivative of {@link hwgqError} in Δ: Σ_j j·(jΔ·P(cell_j) − ∫_cell_j xφ). The cell
 * edges' own motion adds nothing, as the integrand is continuous across every moving edge.
 */
export function hwgqErrorSlope(step: number, n: number): number {
  return sum(hwgqCells(step, n).map((c) => c.j * (c.level * c.mass - c.firstMoment)));
}

/**
 * The Δ minimising {@link hwgqError} for n levels: every rise of the error's slope through
 * zero between neighbours of a geometric grid over [1e-5, 5] is bisected to full
 * precision, and the root with the least error wins.
 */
function solveHwgqStep(n: number): number {
  const slope = (step: number) => hwgqErrorSlope(step, n);
  const roots: number[] = [];
  const points = 1000;
  for (let i = 0, left = 1e-5, leftSlope = slope(left); i < points; i++) {
    const right = 1e-5 * 5e5 ** ((i + 1) / points);
    const rightSlope = slope(right);
    if (leftSlope < 0 && rightSlope >= 0) {
      let [below, above] = [left, right];
      for (let middle = (below + above) / 2; middle !== below && middle !== above; middle = (below + above) / 2) {
        if (slope(middle) < 0) below = middle;
        else above = middle;
      }
      roots.push((below + above) / 2);
    }
    [left, leftSlope] = [right, rightSlope];
  }
  if (roots.length === 0) throw new Error(`oracle: no HWGQ step found for ${n} levels`);
  return roots.reduce((best, r) => (hwgqError(r, n) < hwgqError(best, n) ? r : best));
}

const hwgqSteps = new Map<number, number>();

/** HWGQ's Δ_k for k bits (2^k − 1 positive levels), solved once per k. */
export function hwgqStep(bits: number): number {
  if (!hwgqSteps.has(bits)) hwgqSteps.set(bits, solveHwgqStep(2 ** bits - 1));
  return hwgqSteps.get(bits)!;
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

/**
 * Lloyd's k-means from centroids spread evenly over [min, max]: each round assigns every
 * value to its nearest centroid by scanning them all, then moves each non-empty cluster's
 * centroid to its members' mean; stops when no assignment changes (at most 100 rounds).
 */
function lloydCentroids(x: number[], count: number, d: Decide): number[] {
  const lo = Math.min(...x);
  const hi = Math.max(...x);
  const centroids = Array.from({ length: count }, (_, i) => lo + (i * (hi - lo)) / (count - 1));
  let owners: number[] = [];
  for (let round = 0; round < 100; round++) {
    const next = x.map((v) => nearestIndex(v, centroids, d));
    if (next.every((owner, i) => owner === owners[i])) break;
    owners = next;
    const totals = centroids.map(() => 0);
    const sizes = centroids.map(() => 0);
    owners.forEach((owner, i) => {
      totals[owner] += x[i];
      sizes[owner] += 1;
    });
    sizes.forEach((size, c) => {
      if (size > 0) centroids[c] = totals[c] / size;
    });
  }
  return centroids;
}

/**
 * Product quantization of one row x: sub-vectors of `dim` values (the last padded with
 * zeros), k-means into min(count, N) codewords started at sub-vectors ⌊j·N/K⌋, each
 * sub-vector to the codeword at least Euclidean distance (scanning every codeword, the
 * first on a tie), codewords moved to their members' means (empty ones stay), until the
 * codes repeat or 25 moves; then each value is its codeword's component.
 */
function productQuantized(x: number[], dim: number, count: number, d: Decide): number[] {
  const vectors: number[][] = [];
  for (let start = 0; start < x.length; start += dim) vectors.push(Array.from({ length: dim }, (_, t) => x[start + t] ?? 0));
  const k = Math.min(count, vectors.length);
  let codebook = Array.from({ length: k }, (_, j) => [...vectors[Math.floor((j * vectors.length) / k)]]);
  const distance = (a: number[], b: number[]) => Math.sqrt(sum(a.map((v, t) => (v - b[t]) ** 2)));
  const nearest = (v: number[]) => codebook.reduce((best, c, j) => (d.lt(distance(v, c), distance(v, codebook[best])) ? j : best), 0);
  let codes = vectors.map(nearest);
  for (let moves = 0; moves < 25; moves++) {
    codebook = codebook.map((c, j) => {
      const members = vectors.filter((_, i) => codes[i] === j);
      return members.length ? c.map((_, t) => sum(members.map((m) => m[t])) / members.length) : c;
    });
    const next = vectors.map(nearest);
    const same = next.every((code, i) => code === codes[i]);
    codes = next;
    if (same) break;
  }
  return x.map((_, i) => codebook[codes[Math.floor(i / dim)]][i % dim]);
}

/**
 * LQ-Nets' basis v after 10 rounds of: give every value the sign vector whose level vᵀe is
 * nearest (by scanning all 2^k), then refit v by least squares over those vectors.
 * Starts from v_b = s·2^b, s = 2·mean|x|/(2^k − 1); a rank-deficient round keeps v.
 */
function lqnetBasis(x: number[], codes: number[][], d: Decide): number[] {
  const bits = codes[0].length;
  const s = (2 * meanAbs(x)) / (codes.length - 1);
  let basis = Array.from({ length: bits }, (_, b) => s * 2 ** b);
  let previous = '';
  for (let round = 0; round < 10; round++) {
    const levels = codes.map((e) => dot(e, basis));
    const chosen = x.map((v) => nearestIndex(v, levels, d));
    // the same choice as last round refits the same basis, and so would every later round
    const key = chosen.join();
    if (key === previous) break;
    previous = key;
    const columns = Array.from({ length: bits }, (_, b) => chosen.map((c) => codes[c][b]));
    basis = signLeastSquares(columns, x) ?? basis;
  }
  return basis;
}

/**
 * ABC-Net's M bases B_m = sign(x − (mean − u_m·std)), u_m evenly spaced over [−1, 1]
 * (u = 0 for M = 1), and their least-squares coefficients α; a basis dependent on the
 * earlier ones gets α = 0.
 */
function abcBases(x: number[], bases: number, d: Decide): { columns: number[][]; alpha: number[] } {
  const m = mean(x);
  const std = populationStd(x);
  const shifts = Array.from({ length: bases }, (_, i) => (bases === 1 ? 0 : -1 + (2 * i) / (bases - 1)));
  const columns = shifts.map((u) => x.map((v) => d.signOfDifference(v, m - u * std)));
  // keep each basis that is independent of the ones kept before it
  const kept: number[] = [];
  for (let j = 0; j < bases; j++) if (signLeastSquares([...kept, j].map((i) => columns[i]), x)) kept.push(j);
  const fit = signLeastSquares(kept.map((i) => columns[i]), x) ?? [];
  const alpha = columns.map(() => 0);
  kept.forEach((column, i) => (alpha[column] = fit[i]));
  return { columns, alpha };
}

function core(id: string, x: number[], bits: number, params: Record<string, number>, d: Decide): QuantizerCore {
  const ones = x.map(() => 1);
  switch (id) {
    case 'sign':
      return { forward: x.map((v) => d.sign(v)), levels: [-1, 1], chainScale: ones };
    case 'xnor': {
      const alpha = meanAbs(x);
      return { forward: x.map((v) => alpha * d.sign(v)), levels: distinctAscending([-alpha, alpha]), chainScale: x.map(() => alpha) };
    }
    case 'stochastic-sign':
      return { forward: x.map((v) => clip(v, -1, 1)), levels: [-1, 1], chainScale: ones, stochastic: true };
    case 'lab': {
      // Without a second moment D is uniform: α = ‖D ⊙ x‖₁/‖D‖₁ = mean|x|.
      const alpha = meanAbs(x);
      return { forward: x.map((v) => alpha * d.sign(v)), levels: distinctAscending([-alpha, alpha]), chainScale: x.map(() => alpha) };
    }
    case 'bayes-binary': {
      // E[w] = 2p − 1 with p = σ(x/τ); the gradient is that mean's derivative.
      const tau = params.temperature;
      const p = x.map((v) => 1 / (1 + Math.exp(-v / tau)));
      return { forward: p.map((q) => 2 * q - 1), levels: [-1, 1], chainScale: ones, stochastic: true, ownGradient: p.map((q) => (2 * q * (1 - q)) / tau) };
    }
    case 'twn': {
      const delta = 0.7 * meanAbs(x);
      const ternary = x.map((v) => (d.gt(v, delta) ? 1 : d.lt(v, -delta) ? -1 : 0));
      const kept = x.filter((_, i) => ternary[i] !== 0).map(Math.abs);
      const alpha = kept.length ? mean(kept) : 0;
      return {
        forward: ternary.map((t) => alpha * t),
        levels: distinctAscending([-alpha, 0, alpha]),
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
        levels: distinctAscending([-wn, 0, wp]),
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
        return { forward: x.map((v) => e * d.sign(v)), levels: distinctAscending([-e, e]), chainScale: x.map(() => e), signLike: true };
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
      return { forward, levels: distinctAscending(levels), chainScale: ones };
    }
    case 'kmeans': {
      const centroids = lloydCentroids(x, 2 ** bits, d);
      return { forward: x.map((v) => centroids[nearestIndex(v, centroids, d)]), levels: distinctAscending(centroids), chainScale: ones };
    }
    case 'lqnet': {
      const codes = signVectors(bits);
      const basis = lqnetBasis(x, codes, d);
      const levels = codes.map((e) => dot(e, basis));
      return { forward: x.map((v) => levels[nearestIndex(v, levels, d)]), levels: distinctAscending(levels), chainScale: ones };
    }
    case 'abc': {
      const { columns, alpha } = abcBases(x, params.bases, d);
      const forward = x.map((_, i) => sum(columns.map((column, m) => alpha[m] * column[i])));
      // every Σ_m ±α_m, by doubling the list of partial sums once per basis
      const sums = alpha.reduce((partial, a) => partial.flatMap((s) => [s - a, s + a]), [0]);
      return { forward, levels: distinctAscending(sums), chainScale: x.map(() => sum(alpha)), signLike: true };
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
    case 'pq': {
      const forward = productQuantized(x, params.dim, 2 ** bits, d);
      return { forward, levels: distinctAscending(forward), chainScale: ones };
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
