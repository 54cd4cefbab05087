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

/** mulberry32: a small seeded uniform generator on [0, 1). */
export function seededUniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n draws of N(mean, std²) by Box–Muller from a seeded generator, rounded to float32. */
export function seededNormal(n: number, seed: number, std = 1, mean = 0): number[] {
  const u = seededUniform(seed);
  return Array.from({ length: n }, () => {
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    return Math.fround(mean + std * r * Math.cos(2 * Math.PI * u()));
  });
}

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
