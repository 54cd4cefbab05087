import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBatch } from './batch';
import { mulberry32, seededShuffle } from './random';
import type { Split } from './types';

describe('mulberry32 and seededShuffle', () => {
  it('is deterministic per seed and uniform-looking in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    const random = mulberry32(7);
    let sum = 0;
    for (let i = 0; i < 10000; i++) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
      sum += value;
    }
    expect(sum / 10000).toBeGreaterThan(0.48);
    expect(sum / 10000).toBeLessThan(0.52);
  });

  it('returns the same permutation of 0..n-1 for the same seed', () => {
    const order = seededShuffle(1000, 5);
    expect(order).toBeInstanceOf(Int32Array);
    expect(Array.from(seededShuffle(1000, 5))).toEqual(Array.from(order));
    expect(Array.from(seededShuffle(1000, 6))).not.toEqual(Array.from(order));
    expect(Array.from(order).sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    // Actually shuffled: few elements stay in place.
    expect(Array.from(order).filter((value, i) => value === i).length).toBeLessThan(20);
    expect(seededShuffle(0, 1).length).toBe(0);
    expect(() => seededShuffle(-1, 1)).toThrow(RangeError);
  });
});

describe('makeBatch', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('gathers images scaled to [0, 1] and one-hot labels in index order', () => {
    // Three 2×2 RGB images; image i has every byte equal to 100 * i.
    const split: Split = {
      images: Uint8Array.from({ length: 3 * 12 }, (_, k) => 100 * Math.floor(k / 12) + (k % 12)),
      labels: Uint8Array.from([4, 0, 9]),
      count: 3,
    };
    const { xs, ys } = makeBatch(split, Int32Array.from([2, 0, 2]), [2, 2, 3]);
    expect(xs.shape).toEqual([3, 2, 2, 3]);
    expect(xs.dtype).toBe('float32');
    expect(ys.shape).toEqual([3, 10]);
    const pixels = xs.dataSync();
    expect(pixels[0]).toBeCloseTo(200 / 255, 6);
    expect(pixels[11]).toBeCloseTo(211 / 255, 6);
    expect(pixels[12]).toBeCloseTo(0, 6);
    expect(pixels[13]).toBeCloseTo(1 / 255, 6);
    const oneHot = ys.arraySync();
    expect(oneHot[0]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(oneHot[1]).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    expect(oneHot[2]).toEqual(oneHot[0]);
    expect(oneHot.every((row) => row.reduce((a, b) => a + b, 0) === 1)).toBe(true);
    tf.dispose([xs, ys]);
    const full = makeBatch({ images: new Uint8Array([0, 255]), labels: new Uint8Array([1, 1]), count: 2 }, [1], [1, 1, 1]);
    expect(full.xs.dataSync()[0]).toBe(1);
    tf.dispose([full.xs, full.ys]);
    expect(() => makeBatch(split, [3], [2, 2, 3])).toThrow(RangeError);
  });
});
