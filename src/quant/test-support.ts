/**
 * Shared helpers of the quantization tests: the CPU backend with gradients registered,
 * seeded random inputs and level-membership checks.
 */
import * as tf from '@tensorflow/tfjs-core';
// The union package registers every op's gradient (tfjs-core alone registers none).
import '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-cpu';

/** Selects the CPU backend (call from `beforeAll`). */
export async function useCpuBackend(): Promise<void> {
  const ok = await tf.setBackend('cpu');
  if (!ok) throw new Error('the tfjs cpu backend could not be initialised');
}

export { mulberry32 as seededUniform, seededNormals as seededNormal } from '../data/random';

/** Distance from v to the nearest of `levels`, relative to that level's magnitude (0 when equal). */
export function relativeLevelError(v: number, levels: number[]): number {
  let best = Infinity;
  for (const level of levels) {
    const diff = Math.abs(v - level);
    const rel = diff === 0 ? 0 : diff / Math.abs(level);
    best = Math.min(best, rel);
  }
  return best;
}

/**
 * Lloyd's algorithm done naively, as the reference for `kmeans`: linear initialization
 * over [min, max], nearest centroid by scanning (lowest index on a tie), until the
 * assignments stop changing (at most 100 rounds); an empty cluster keeps its centroid.
 */
export function naiveKmeans(x: number[], count: number): { centroids: number[]; nearest: (v: number) => number } {
  const lo = Math.min(...x);
  const hi = Math.max(...x);
  const c = Array.from({ length: count }, (_, i) => lo + (i * (hi - lo)) / (count - 1));
  const nearest = (v: number) => c.reduce((best, cj, j) => (Math.abs(v - cj) < Math.abs(v - c[best]) ? j : best), 0);
  let previous = '';
  for (let round = 0; round < 100; round++) {
    const assignment = x.map(nearest);
    const key = assignment.join(',');
    if (key === previous) break;
    previous = key;
    for (let j = 0; j < count; j++) {
      const members = x.filter((_, i) => assignment[i] === j);
      if (members.length) c[j] = members.reduce((s, v) => s + v, 0) / members.length;
    }
  }
  return { centroids: c, nearest };
}
