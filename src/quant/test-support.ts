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
