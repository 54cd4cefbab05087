/**
 * mulberry32: a tiny 32-bit-state PRNG (Tommy Ettinger's public-domain generator).
 * Good enough statistics for shuffling and initialisation, fully determined by the
 * seed, and identical in every JavaScript engine.
 *
 * @param seed Any number; only its low 32 bits are used.
 * @returns A function returning uniform floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A permutation of 0..n-1 by Fisher–Yates, driven by `mulberry32(seed)`: the same
 * `(n, seed)` always yields the same order.
 *
 * @param n Length of the permutation (a non-negative integer).
 * @param seed PRNG seed.
 */
export function seededShuffle(n: number, seed: number): Int32Array {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`seededShuffle: n must be a non-negative integer, got ${n}`);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const random = mulberry32(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}

/**
 * `n` draws of N(mean, std²) by Box–Muller from `mulberry32(seed)`, rounded to float32
 * so that a float32 tensor holds them exactly (test inputs and benchmarks).
 */
export function seededNormals(n: number, seed: number, std = 1, mean = 0): number[] {
  const uniform = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    return Math.fround(mean + std * radius * Math.cos(2 * Math.PI * uniform()));
  });
}
