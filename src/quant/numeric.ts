/**
 * Plain-JavaScript numerics behind the data-fitted quantizers: sorting and de-duplicating
 * levels, small linear systems, 1-D k-means, the LQ-Nets basis fit, the ABC-Net bases and
 * HWGQ's optimal step. Everything here works in Float64 on values read from a tensor.
 */

/**
 * Ascending, with values equal to within 1e-12 relative merged into the first (purely
 * relative, so tiny levels such as 2^−100 stay distinct from each other and from 0).
 */
export function sortedUnique(values: Iterable<number>): number[] {
  const sorted = Array.from(values).sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (out.length === 0 || Math.abs(v - last) > 1e-12 * Math.max(Math.abs(v), Math.abs(last))) out.push(v === 0 ? 0 : v);
  }
  return out;
}

/**
 * Solves A·x = b by Gauss–Jordan elimination with partial pivoting. Returns null when A is
 * singular: a pivot at or below 1e-12 times the largest |A_ij|.
 */
export function solveLinear(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  let scale = 1e-300;
  for (const row of a) for (const v of row) scale = Math.max(scale, Math.abs(v));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) <= 1e-12 * scale) return null;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / m[col][col];
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** Mean of the values (0 for none). */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length ? sum / values.length : 0;
}

/** Population standard deviation √(mean((x − mean x)²)). */
export function populationStd(values: ArrayLike<number>): number {
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] - m) ** 2;
  return values.length ? Math.sqrt(sum / values.length) : 0;
}

/** Mean of |x|. */
export function meanAbs(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.abs(values[i]);
  return values.length ? sum / values.length : 0;
}

// ---------------------------------------------------------------------------------
// 1-D k-means (Lloyd's algorithm) on sorted values.

/** Whether v is at least as close to `left` as to `right` (the left one wins a tie). */
function closerToLeft(v: number, left: number, right: number): boolean {
  return Math.abs(v - left) <= Math.abs(v - right);
}

/**
 * Index of the level nearest to v among strictly increasing levels; the lower level wins
 * a tie. Binary search on "j is at or past the nearest", which is monotone in j because
 * |v − l_j| is unimodal in j.
 */
export function nearestSortedIndex(v: number, levels: ArrayLike<number>): number {
  let lo = 0;
  let hi = levels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (closerToLeft(v, levels[mid], levels[mid + 1])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Lloyd's algorithm in one dimension (Deep Compression's weight sharing), from linear
 * initialisation c_i = min + i·(max − min)/(count − 1). Each round assigns every value to
 * its nearest centroid (among equally near ones the lowest index), then moves every
 * non-empty cluster's centroid to the mean of its members; an empty cluster keeps its
 * centroid. Stops when the assignment no longer changes, or after `maxRounds` rounds.
 *
 * The values are sorted once. Each round the centroids' distinct values are sorted (equal
 * centroids collapse onto the lowest index, the others of the group stay empty); the
 * clusters are then contiguous ranges of the sorted values, found by one binary search per
 * boundary, and their means come from prefix sums: O(count·log n) per round after the
 * O(n log n) sort.
 *
 * @returns the centroids by index (empty clusters' centroids included).
 */
export function kmeans1d(values: ArrayLike<number>, count: number, maxRounds = 100): number[] {
  const n = values.length;
  if (n === 0) return Array.from({ length: count }, () => 0);
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  const lo = sorted[0];
  const hi = sorted[n - 1];
  const centroids = Array.from({ length: count }, (_, i) => (count === 1 ? lo : lo + (i * (hi - lo)) / (count - 1)));
  // Prefix sums of v − min keep the partial sums small and non-negative.
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + (sorted[i] - lo);
  let previous = '';
  for (let round = 0; round < maxRounds; round++) {
    const order = centroids.map((c, j) => ({ c, j })).sort((a, b) => a.c - b.c || a.j - b.j);
    const owners = order.filter((o, t) => t === 0 || o.c !== order[t - 1].c);
    // ranges[t] = [start, end) of the sorted values nearest to owners[t].
    const ends: number[] = [];
    let start = 0;
    for (let t = 0; t < owners.length; t++) {
      let a = start;
      let b = n;
      if (t < owners.length - 1) {
        const left = owners[t].c;
        const right = owners[t + 1].c;
        while (a < b) {
          const mid = (a + b) >> 1;
          if (closerToLeft(sorted[mid], left, right)) a = mid + 1;
          else b = mid;
        }
      } else {
        a = n;
      }
      ends.push(a);
      start = a;
    }
    const key = owners.map((o, t) => `${o.j}:${ends[t]}`).join(',');
    if (key === previous) break;
    previous = key;
    start = 0;
    owners.forEach((o, t) => {
      const end = ends[t];
      if (end > start) centroids[o.j] = lo + (prefix[end] - prefix[start]) / (end - start);
      start = end;
    });
  }
  return centroids;
}

// ---------------------------------------------------------------------------------
// LQ-Nets: levels vᵀe over the codes e ∈ {−1, 1}^k.

/** The 2^k codes e ∈ {−1, 1}^k; code c has e_b = +1 where bit b of c is set. */
export function lqnetCodes(bits: number): number[][] {
  return Array.from({ length: 2 ** bits }, (_, c) => Array.from({ length: bits }, (_, b) => ((c >> b) & 1 ? 1 : -1)));
}

/** The level vᵀe of every code, in code order. */
export function lqnetLevels(basis: number[], codes: number[][]): number[] {
  return codes.map((e) => e.reduce((sum, eb, b) => sum + eb * basis[b], 0));
}

/**
 * Finds, for a value, the code whose level is nearest; among equally near codes (equal
 * levels, or a value exactly halfway) the lowest code index wins.
 */
export class NearestCode {
  private readonly values: number[];
  private readonly codes: number[];

  constructor(levelsInCodeOrder: number[]) {
    const order = levelsInCodeOrder.map((level, code) => ({ level, code })).sort((p, q) => p.level - q.level || p.code - q.code);
    this.values = [];
    this.codes = [];
    for (const { level, code } of order) {
      // Equal levels: keep the first, which has the lowest code.
      if (this.values.length && this.values[this.values.length - 1] === level) continue;
      this.values.push(level);
      this.codes.push(code);
    }
  }

  /** The chosen code for v. */
  code(v: number): number {
    const { values, codes } = this;
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return codes[0];
    if (lo === values.length) return codes[values.length - 1];
    const below = Math.abs(v - values[lo - 1]);
    const above = Math.abs(v - values[lo]);
    if (below < above) return codes[lo - 1];
    if (above < below) return codes[lo];
    return Math.min(codes[lo - 1], codes[lo]);
  }
}

/**
 * Fits the LQ-Nets basis v ∈ ℝ^k to the values by alternating minimisation of
 * Σ_i (x_i − vᵀe_i)²: assign every value its nearest code e_i, then solve the k×k normal
 * equations (Σ e_i e_iᵀ) v = Σ e_i x_i. Starts from v = s·[1, 2, …, 2^(k−1)] with
 * s = 2·mean|x|/(2^k − 1) (levels evenly spaced over ±mean|x|·…); runs `rounds` rounds; a
 * singular system keeps the previous basis.
 */
export function lqnetFit(values: ArrayLike<number>, bits: number, rounds = 10): number[] {
  const codes = lqnetCodes(bits);
  const s = (2 * meanAbs(values)) / (2 ** bits - 1);
  let basis = Array.from({ length: bits }, (_, b) => s * 2 ** b);
  const counts = new Float64Array(codes.length);
  const sums = new Float64Array(codes.length);
  for (let round = 0; round < rounds; round++) {
    const nearest = new NearestCode(lqnetLevels(basis, codes));
    counts.fill(0);
    sums.fill(0);
    for (let i = 0; i < values.length; i++) {
      const c = nearest.code(values[i]);
      counts[c] += 1;
      sums[c] += values[i];
    }
    const gram = Array.from({ length: bits }, (_, a) =>
      Array.from({ length: bits }, (_, b) => codes.reduce((acc, e, c) => acc + counts[c] * e[a] * e[b], 0)),
    );
    const rhs = Array.from({ length: bits }, (_, a) => codes.reduce((acc, e, c) => acc + sums[c] * e[a], 0));
    basis = solveLinear(gram, rhs) ?? basis;
  }
  return basis;
}

// ---------------------------------------------------------------------------------
// ABC-Net: M shifted binary bases and their least-squares coefficients.

/** ABC-Net's shift u_m = −1 + 2(m − 1)/(M − 1) for m = 1..M (u = 0 when M = 1). */
export function abcShifts(bases: number): number[] {
  return Array.from({ length: bases }, (_, i) => (bases === 1 ? 0 : -1 + (2 * i) / (bases - 1)));
}

/** The fitted ABC-Net approximation Σ α_m·B_m of a set of values. */
export interface AbcFit {
  /** B_m = +1 where x ≥ threshold_m (= mean − u_m·std), else −1. */
  thresholds: number[];
  /** Least-squares coefficients; 0 for a basis dependent on the earlier ones. */
  alpha: number[];
}

/**
 * Fits ABC-Net's weight bases: B_m = sign(x − mean(x) + u_m·std(x)) (sign(0) = +1), then
 * α = argmin Σ_i (x_i − Σ_m α_m B_m,i)² by the normal equations. Bases that are linearly
 * dependent on earlier ones (equal or opposite sign patterns, e.g. for a constant
 * tensor) are dropped greedily and get α = 0, so the system is never singular.
 */
export function abcFit(values: ArrayLike<number>, bases: number): AbcFit {
  const m = mean(values);
  const std = populationStd(values);
  const thresholds = abcShifts(bases).map((u) => m - u * std);
  const n = values.length;
  const signs = thresholds.map((t) => {
    const column = new Float64Array(n);
    for (let i = 0; i < n; i++) column[i] = values[i] >= t ? 1 : -1;
    return column;
  });
  const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += a[i] * b[i];
    return s;
  };
  const gram = signs.map((a) => signs.map((b) => dot(a, b)));
  const rhs = signs.map((a) => dot(a, values));
  const kept: number[] = [];
  let solution: number[] = [];
  for (let j = 0; j < bases; j++) {
    const trial = [...kept, j];
    const solved = solveLinear(
      trial.map((a) => trial.map((b) => gram[a][b])),
      trial.map((a) => rhs[a]),
    );
    if (solved) {
      kept.push(j);
      solution = solved;
    }
  }
  const alpha = Array.from({ length: bases }, () => 0);
  kept.forEach((j, i) => (alpha[j] = solution[i]));
  return { thresholds, alpha };
}

/** Every sum Σ_m ±α_m (2^M of them, in code order: bit m set means +α_m). */
export function abcSums(alpha: number[]): number[] {
  return Array.from({ length: 2 ** alpha.length }, (_, code) => alpha.reduce((sum, a, m) => sum + ((code >> m) & 1 ? a : -a), 0));
}

// ---------------------------------------------------------------------------------
// HWGQ: the uniform step minimising the squared error on the positive half of N(0, 1).

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const gaussianDensity = (x: number) => Math.exp(-0.5 * x * x) / SQRT_2PI;

/** ∫_a^b φ(x) dx by composite Simpson's rule with `intervals` (even) sub-intervals. */
function integrateGaussian(a: number, b: number, intervals = 64): number {
  const h = (b - a) / intervals;
  let sum = gaussianDensity(a) + gaussianDensity(b);
  for (let i = 1; i < intervals; i++) sum += (i % 2 === 1 ? 4 : 2) * gaussianDensity(a + i * h);
  return (sum * h) / 3;
}

/**
 * E[(X − Q(X))²; X > 0] for X ~ N(0, 1) and Q(x) the nearest of {jΔ : 1 ≤ j ≤ n} (the top
 * level taking everything above). Over the cell [a, b) of level q it adds
 * q²·m0 − 2q·m1 + m2 with the moments m0 = ∫φ (Simpson), m1 = ∫xφ = φ(a) − φ(b) and
 * m2 = ∫x²φ = aφ(a) − bφ(b) + m0; the last cell runs to ∞, where m0 = 1/2 − ∫_0^a φ.
 */
export function hwgqHalfGaussianError(step: number, levels: number): number {
  let error = 0;
  let below = 0;
  for (let j = 1; j <= levels; j++) {
    const q = j * step;
    const a = j === 1 ? 0 : (j - 0.5) * step;
    const last = j === levels;
    const b = (j + 0.5) * step;
    const m0 = last ? 0.5 - below : integrateGaussian(a, b);
    const m1 = last ? gaussianDensity(a) : gaussianDensity(a) - gaussianDensity(b);
    const m2 = last ? a * gaussianDensity(a) + m0 : a * gaussianDensity(a) - b * gaussianDensity(b) + m0;
    error += q * q * m0 - 2 * q * m1 + m2;
    below += m0;
  }
  return error;
}

const hwgqStepCache = new Map<number, number>();

/**
 * HWGQ's step Δ_k for k bits (2^k − 1 positive levels): the minimiser of
 * {@link hwgqHalfGaussianError}, found by a log-spaced grid over [1e-3, 4] followed by
 * golden-section search in the bracket around the best grid point. Cached per k.
 * Values: Δ_1 = √(2/π) ≈ 0.7979, Δ_2 ≈ 0.5388, Δ_3 ≈ 0.3217, Δ_4 ≈ 0.1842,
 * Δ_5 ≈ 0.1030, Δ_6 ≈ 0.0566, Δ_7 ≈ 0.0307, Δ_8 ≈ 0.0165 (checked in numeric.test.ts).
 */
export function hwgqStep(bits: number): number {
  const cached = hwgqStepCache.get(bits);
  if (cached !== undefined) return cached;
  const levels = 2 ** bits - 1;
  const f = (step: number) => hwgqHalfGaussianError(step, levels);
  const lo = 1e-3;
  const hi = 4;
  const points = 200;
  const grid = Array.from({ length: points + 1 }, (_, i) => lo * (hi / lo) ** (i / points));
  let best = 0;
  let bestValue = Infinity;
  grid.forEach((step, i) => {
    const value = f(step);
    if (value < bestValue) {
      bestValue = value;
      best = i;
    }
  });
  let a = grid[Math.max(0, best - 1)];
  let b = grid[Math.min(points, best + 1)];
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(c);
  let fd = f(d);
  while (b - a > 1e-10 * b) {
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
  hwgqStepCache.set(bits, step);
  return step;
}

/** A product-quantization fit: the codebook (K' codewords of d values) and each sub-vector's code. */
export interface ProductFit {
  codebook: Float64Array[];
  codes: Int32Array;
}

/**
 * Product quantization of a tensor seen as rows of `last` values (the output-channel axis):
 * each row is cut into ⌈last/d⌉ sub-vectors of d consecutive values, the last one
 * zero-padded, and all sub-vectors are clustered by Lloyd's k-means into K' = min(K, N)
 * codewords (N sub-vectors). Initial codewords: sub-vector ⌊j·N/K'⌋ for j = 0…K' − 1.
 * Assignment: the codeword of least squared distance Σ_t (x_t − c_t)² (summed in t order),
 * the lowest index on a tie. Update: the mean of the members in index order; an empty
 * cluster keeps its codeword. Runs until no code changes, at most `maxRounds` rounds.
 * Float64 throughout; the PyTorch library's `product_kmeans` follows the same steps.
 */
export function productKmeans(values: ArrayLike<number>, last: number, d: number, count: number, maxRounds = 25): ProductFit {
  const rows = last > 0 ? Math.floor(values.length / last) : 0;
  const perRow = Math.ceil(last / d);
  const n = rows * perRow;
  const sub = new Float64Array(n * d);
  for (let r = 0; r < rows; r++) for (let c = 0; c < last; c++) sub[(r * perRow + Math.floor(c / d)) * d + (c % d)] = values[r * last + c];
  const k = Math.max(1, Math.min(count, n));
  const codebook = Array.from({ length: k }, (_, j) => sub.slice(Math.floor((j * n) / k) * d, Math.floor((j * n) / k) * d + d));
  const codes = new Int32Array(n).fill(-1);
  /** Assigns every sub-vector its nearest codeword; true when a code changed. */
  const assign = () => {
    let changed = false;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDistance = Infinity;
      for (let j = 0; j < k; j++) {
        const c = codebook[j];
        let distance = 0;
        for (let t = 0; t < d; t++) {
          const diff = sub[i * d + t] - c[t];
          distance += diff * diff;
        }
        if (distance < bestDistance) {
          bestDistance = distance;
          best = j;
        }
      }
      if (codes[i] !== best) changed = true;
      codes[i] = best;
    }
    return changed;
  };
  // Every round ends with an assignment, so each code names its nearest codeword.
  for (let round = 0; assign() && round < maxRounds; round++) {
    const sums = Array.from({ length: k }, () => new Float64Array(d));
    const members = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      members[codes[i]]++;
      for (let t = 0; t < d; t++) sums[codes[i]][t] += sub[i * d + t];
    }
    for (let j = 0; j < k; j++) if (members[j] > 0) for (let t = 0; t < d; t++) codebook[j][t] = sums[j][t] / members[j];
  }
  return { codebook, codes };
}

/** The tensor rebuilt from a product-quantization fit: each value its codeword's component. */
export function productReconstruct(fit: ProductFit, length: number, last: number, d: number): Float32Array {
  const out = new Float32Array(length);
  const perRow = Math.ceil(last / d);
  for (let i = 0; i < length; i++) {
    const r = Math.floor(i / last);
    const c = i % last;
    out[i] = fit.codebook[fit.codes[r * perRow + Math.floor(c / d)]][c % d];
  }
  return out;
}
