import { describe, expect, it } from 'vitest';
import { packActivations, packedPitch, packDenseWeights, popcount32, unpackActivations } from './bits';
import { rng, uniform } from './fixtures.test-support';

const naivePopcount = (v: number) => {
  let c = 0;
  for (let i = 0; i < 32; i++) c += (v >>> i) & 1;
  return c;
};

describe('bits', () => {
  it('popcount32 matches a bit loop, including the sign bit', () => {
    const r = rng(1);
    const cases = [0, 1, 0x80000000, 0xffffffff, 0x55555555, 0x7fffffff];
    for (let i = 0; i < 2000; i++) cases.push((r() * 2 ** 32) >>> 0);
    for (const v of cases) expect(popcount32(v)).toBe(naivePopcount(v));
  });

  it('packs LSB-first, set bit = negative, sign(0) = +1, padding bits zero', () => {
    const x = new Float32Array(40).fill(1);
    x[0] = -1;
    x[3] = -0.5;
    x[31] = -2;
    x[32] = -1e-30;
    x[33] = 0;
    x[34] = -0;
    const bits = packActivations(x, 1, 1, 40);
    expect(bits.length).toBe(packedPitch(1, 40));
    expect(bits[0]).toBe(((1 << 0) | (1 << 3) | (1 << 31)) >>> 0);
    expect(bits[1]).toBe(1); // only channel 32; 0 and -0 pack as +1; bits 40.. are 0
    expect(bits[2]).toBe(0);
    expect(bits[3]).toBe(0);
  });

  it('round-trips [N, P, C] for C that are and are not multiples of 32', () => {
    const r = rng(2);
    for (const [N, P, C] of [[1, 1, 1], [3, 5, 31], [2, 7, 32], [2, 3, 33], [1, 9, 70]]) {
      const x = uniform(r, N * P * C);
      const back = unpackActivations(packActivations(x, N, P, C), N, P, C);
      expect(Array.from(back)).toEqual(Array.from(x, (v) => (v < 0 ? -1 : 1)));
    }
  });

  it('K − 2·popcount(a XOR w) equals the ±1 dot product for K = 1..100', () => {
    const r = rng(3);
    for (let K = 1; K <= 100; K++) {
      const a = uniform(r, K);
      const w = uniform(r, K); // dense [K, 1]
      const pa = packActivations(a, 1, 1, K);
      const pw = packDenseWeights(w, 1, K, 1).words;
      let pop = 0;
      for (let i = 0; i < pa.length; i++) pop += popcount32(pa[i] ^ pw[i]);
      let dot = 0;
      for (let i = 0; i < K; i++) dot += (a[i] < 0 ? -1 : 1) * (w[i] < 0 ? -1 : 1);
      expect(K - 2 * pop).toBe(dot);
    }
  });
});
