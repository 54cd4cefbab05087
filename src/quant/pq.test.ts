import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { storedBits, storedWeightBytes } from './facts';
import { QUANTIZERS, quantizeOptions } from './index';
import { productKmeans } from './numeric';
import { seededNormal, useCpuBackend } from './test-support';

beforeAll(useCpuBackend);

/** PQ's output on a [rows, cols] kernel, as rows of numbers. */
function pq(values: number[], rows: number, cols: number, bits: number, dim: number): number[][] {
  return tf.tidy(() => {
    const y = QUANTIZERS.pq.quantize(tf.tensor2d(values, [rows, cols]), quantizeOptions('pq', { bits, params: { dim } }));
    return (y.arraySync() as number[][]).map((r) => r.map(Number));
  });
}

/** Sub-vectors of d consecutive values of each row, the last zero-padded. */
const subVectors = (rows: number[][], d: number) =>
  rows.flatMap((r) => Array.from({ length: Math.ceil(r.length / d) }, (_, j) => Array.from({ length: d }, (_, t) => r[j * d + t] ?? 0)));
const dist2 = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((s, v, t) => s + (v - b[t]) ** 2, 0);

describe('product quantization (pq)', () => {
  const rows = 24;
  const cols = 10; // not a multiple of d = 4: each row's last sub-vector is padded
  const x = seededNormal(rows * cols, 3, 0.5);
  const input = Array.from({ length: rows }, (_, r) => x.slice(r * cols, (r + 1) * cols));

  it('maps every sub-vector to one of at most 2^k codewords, its nearest, each the mean of its members', () => {
    const bits = 3;
    const d = 4;
    const fit = productKmeans(Float32Array.from(x), cols, d, 2 ** bits);
    const out = pq(x, rows, cols, bits, d);
    const outSubs = subVectors(out, d).map((v, i) => v.map((c, t) => (i % 3 === 2 && t >= 2 ? fit.codebook[fit.codes[i]][t] : c)));
    const inSubs = subVectors(input, d);
    const distinct = new Set(outSubs.map((v) => v.map((c) => Math.fround(c)).join(',')));
    expect(distinct.size).toBeLessThanOrEqual(2 ** bits);
    expect(distinct.size).toBeGreaterThan(1);
    inSubs.forEach((v, i) => {
      const own = dist2(v, fit.codebook[fit.codes[i]]);
      for (const c of fit.codebook) expect(own, `sub-vector ${i}`).toBeLessThanOrEqual(dist2(v, c) + 1e-12);
      outSubs[i].forEach((c, t) => expect(c).toBeCloseTo(fit.codebook[fit.codes[i]][t], 6));
    });
    // Converged (well within 25 rounds here): every codeword is the mean of its members.
    fit.codebook.forEach((c, j) => {
      const members = inSubs.filter((_, i) => fit.codes[i] === j);
      if (!members.length) return;
      c.forEach((v, t) => expect(v).toBeCloseTo(members.reduce((s, m) => s + m[t], 0) / members.length, 9));
    });
  });

  it('keeps the tensor exactly when there are at least as many codewords as sub-vectors', () => {
    const out = pq(x, rows, cols, 8, 4); // 24 × 3 = 72 sub-vectors ≤ 256 codewords
    out.forEach((r, i) => r.forEach((v, j) => expect(v).toBe(Math.fround(input[i][j]))));
  });

  it('loses less with more codewords or shorter sub-vectors on this tensor', () => {
    const error = (bits: number, d: number) => pq(x, rows, cols, bits, d).flat().reduce((s, v, i) => s + (v - x[i]) ** 2, 0);
    expect(error(4, 4)).toBeLessThan(error(2, 4));
    expect(error(3, 2)).toBeLessThan(error(3, 5));
  });

  it('is fitted once for a kernel evaluated many times: a repeated call returns the same values, fast', () => {
    const big = seededNormal(256 * 256, 5, 0.1);
    const kernel = tf.tensor2d(big, [256, 256]);
    const opts = quantizeOptions('pq', { bits: 6, params: { dim: 4 } });
    const first = tf.tidy(() => Array.from(QUANTIZERS.pq.quantize(kernel, opts).dataSync()));
    const start = performance.now();
    const again = tf.tidy(() => Array.from(QUANTIZERS.pq.quantize(kernel, opts).dataSync()));
    expect(performance.now() - start).toBeLessThan(200);
    expect(again).toEqual(first);
    kernel.dispose();
  });

  it('stores k bits per sub-vector plus the float32 codebook: a 256×256 kernel at k = 8, d = 4 is 12.8× smaller', () => {
    const choice = { quantizer: 'pq' as const, bits: 8, params: { dim: 4 } };
    expect(storedBits(choice)).toBe(2);
    // 256 rows × 64 codes × 8 bits = 16 384 bytes, plus 256 × 4 float32 codewords = 4 096 bytes.
    expect(storedWeightBytes(choice, 256 * 256, 256)).toBe(16384 + 4096);
    expect((4 * 256 * 256) / storedWeightBytes(choice, 256 * 256, 256)).toBeCloseTo(12.8, 6);
    // A row of 10 values with d = 4 takes 3 codes (the last padded).
    expect(storedWeightBytes({ quantizer: 'pq', bits: 1, params: { dim: 4 } }, 256 * 10, 10)).toBe(Math.ceil((256 * 3) / 32) * 4 + 4 * 2 * 4);
  });
});
