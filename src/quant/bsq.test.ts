import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decompose, disposePlanes, dropEmptyPlanes, groupLasso, planeBits, planeNorms, reconstruct, type BitPlanes } from './bsq';
import { seededNormal, useCpuBackend } from './test-support';

beforeAll(useCpuBackend);

const values = (t: tf.Tensor) => Array.from(t.dataSync());

describe('BSQ bit planes', () => {
  it('decompose then reconstruct is n-bit uniform quantization of w (codes round(|w|/s·(2^n − 1)))', () => {
    const w = seededNormal(64, 2, 0.5);
    const s = Math.max(...w.map(Math.abs));
    const x = tf.tensor1d(w);
    const planes = decompose(x, 4);
    const y = reconstruct(planes);
    values(y).forEach((v, i) => expect(v).toBeCloseTo((Math.sign(w[i]) * Math.round((Math.abs(w[i]) / s) * 15) * s) / 15, 5));
    expect(planeBits(planes)).toBe(4);
    disposePlanes(planes);
    tf.dispose([x, y]);
  });

  it('a bit plane whose group norm reaches zero is removed and the layer’s reported bits drop, values unchanged', () => {
    // s = 15, so the codes are the values; only the code-15 weight uses the two top planes.
    const x = tf.tensor1d([15, 1, -3, 2, 0, -1]);
    const planes = decompose(x, 4);
    // Empty the top two planes as the group Lasso would (the code-15 weight gave them mass).
    const emptied: BitPlanes = { ...planes, positive: planes.positive.map((p, b) => (b >= 2 ? tf.zerosLike(p) : p)), negative: planes.negative };
    planes.positive.slice(2).forEach((t) => t.dispose());
    const before = values(reconstruct(emptied));
    const norms = planeNorms(emptied).map((t) => t.dataSync()[0]);
    expect(norms[2]).toBe(0);
    expect(norms[3]).toBe(0);
    const { planes: kept, before: bitsBefore, after } = dropEmptyPlanes(emptied);
    expect([bitsBefore, after]).toEqual([4, 2]);
    values(reconstruct(kept)).forEach((v, i) => expect(v).toBeCloseTo(before[i], 5));
    disposePlanes(kept);
    x.dispose();
  });

  it('an empty least significant plane is removed too, with the scale adjusted so the values stay', () => {
    // Codes 14, −6, 2, 0, 8 at 4 bits: plane 0 (the LSB) is empty.
    const codes = [14, -6, 2, 0, 8];
    const bit = (b: number, sign: number) => tf.tensor1d(codes.map((c) => (Math.sign(c) === sign ? Math.floor(Math.abs(c) / 2 ** b) % 2 : 0)));
    const planes: BitPlanes = { scale: 1.5, positive: [0, 1, 2, 3].map((b) => bit(b, 1)), negative: [0, 1, 2, 3].map((b) => bit(b, -1)) };
    const before = values(reconstruct(planes));
    const { planes: kept, after } = dropEmptyPlanes(planes);
    expect(after).toBe(3);
    values(reconstruct(kept)).forEach((v, i) => expect(v).toBeCloseTo(before[i], 5));
    expect(before[0]).toBeCloseTo((1.5 * 14) / 15, 5);
    disposePlanes(kept);
  });

  it('the group Lasso is Σ_b √(‖P_b‖² + ‖N_b‖²), its gradient shrinks every non-empty plane, and the forward rounds straight-through', () => {
    const planes: BitPlanes = { scale: 3, positive: [tf.tensor1d([0.6, 0]), tf.tensor1d([0, 0])], negative: [tf.tensor1d([0, 0.8]), tf.tensor1d([1.2, 0])] };
    expect(groupLasso(planes).dataSync()[0]).toBeCloseTo(1 + 1.2, 6);
    const g = tf.grad((p: tf.Tensor) => groupLasso({ ...planes, positive: [p, planes.positive[1]] }))(planes.positive[0]);
    expect(values(g)[0]).toBeCloseTo(0.6, 6);
    // round(0.6) = 1, round(0.8) = 1, round(1.2) = 1: w = 3·(1·(1 − 0) + 2·(0 − 1), 1·(0 − 1) + 0)/3
    expect(values(reconstruct(planes))).toEqual([-1, -1]);
    const gw = tf.grad((p: tf.Tensor) => tf.sum(reconstruct({ ...planes, positive: [planes.positive[0], p] })))(planes.positive[1]);
    expect(values(gw)).toEqual([2, 2]);
    disposePlanes(planes);
  });

  it('rejects a bad bit width with a clear message', () => {
    expect(() => decompose(tf.tensor1d([1]), 0)).toThrow(/BSQ takes 1–16 bits, not 0/);
  });
});
