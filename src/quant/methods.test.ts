import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { frozenShare, projectToLevels, QUANTIZERS, quantizeOptions, REFERENCES, resolveParams, TRAINING_METHOD_IDS, TRAINING_METHODS } from './index';
import type { MethodLayer, MethodRun, TrainingMethodId } from './index';
import { seededNormal, useCpuBackend } from './test-support';

beforeAll(useCpuBackend);

const LEVELS = [-0.5, -0.25, 0, 0.25, 0.5];

/** Two layers of seeded weights with fixed levels (or the log2 quantizer's, for ESLQ). */
function makeLayers(id: TrainingMethodId, seed = 1): MethodLayer[] {
  const fixed = TRAINING_METHODS[id].weightQuantizer;
  const levels = fixed ? (w: tf.Tensor) => QUANTIZERS[fixed].levels(w, quantizeOptions(fixed, { bits: 4 })) : () => LEVELS;
  return [
    { index: 0, kernel: tf.variable(tf.tensor2d(seededNormal(60, seed, 0.3), [12, 5])), levels },
    { index: 2, kernel: tf.variable(tf.tensor2d(seededNormal(40, seed + 1, 0.3), [8, 5])), levels },
  ];
}

/** Plays an optimizer: every step moves every weight a little, then the method's hook runs. */
function step(layers: MethodLayer[], run: MethodRun, s: number, total: number, seed: number): void {
  for (const [i, l] of layers.entries()) tf.tidy(() => l.kernel.assign(tf.add(l.kernel, tf.tensor(seededNormal(l.kernel.size, seed * 31 + s * 7 + i, 0.02), l.kernel.shape))));
  run.afterStep(s, s === total);
}

const onLevels = (values: ArrayLike<number>, levels: number[]) => Array.from(values).every((v) => levels.some((l) => Math.abs(v - l) <= 1e-6 * Math.max(1, Math.abs(l))));

describe('training-method registry contract', () => {
  it.each(TRAINING_METHOD_IDS.map((id) => [id] as const))('%s: facts are complete and its parameter defaults are valid', (id) => {
    const m = TRAINING_METHODS[id];
    expect(m.id).toBe(id);
    expect(m.label.length).toBeGreaterThan(2);
    expect(m.formula.length).toBeGreaterThan(5);
    expect(Object.values(REFERENCES)).toContain(m.reference);
    expect(() => resolveParams(m.params, {})).not.toThrow();
    // A method that quantizes weights itself must have levels (or a grid of its own) to put them on.
    if (m.latentForward) expect(m.needsWeightLevels || m.ownGrid).toBe(true);
  });

  it.each(TRAINING_METHOD_IDS.map((id) => [id] as const))('%s: a whole phase leaves no tensor behind, and latent-forward methods end with every weight on a level', (id) => {
    const m = TRAINING_METHODS[id];
    const layers = makeLayers(id);
    const before = tf.memory().numTensors;
    const run = m.start({ layers, totalSteps: 40, params: resolveParams(m.params, {}) });
    for (let s = 1; s <= 40; s++) {
      const extra = run.loss?.();
      if (extra) {
        expect(extra.shape).toEqual([]);
        extra.dispose();
      }
      step(layers, run, s, 40, 3);
    }
    if (m.latentForward && !m.ownGrid) for (const l of layers) expect(onLevels(l.kernel.dataSync(), l.levels(l.kernel))).toBe(true);
    // A grid of its own (BSQ's n bits, signed): at most 2^(n+1) − 1 values.
    if (m.ownGrid) for (const l of layers) expect(new Set(l.kernel.dataSync()).size).toBeLessThanOrEqual(2 ** (resolveParams(m.params, {}).bits + 1) - 1);
    run.dispose();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose(layers.map((l) => l.kernel));
  });
});

describe('projectToLevels', () => {
  it('maps each value to its nearest level', () => {
    const values = Float32Array.from([-9, -0.3, -0.1, 0.1, 0.13, 0.4, 7]);
    expect(Array.from(projectToLevels(values, LEVELS))).toEqual([-0.5, -0.25, 0, 0, 0.25, 0.5, 0.5]);
    expect(() => projectToLevels(values, [])).toThrow(/level/);
  });
});

describe.each(['slq', 'mlq', 'eslq', 'inq'] as const)('incremental schedule %s', (id) => {
  it('frozen weights never change, the frozen share only grows, and at the end every weight is on a level', () => {
    const m = TRAINING_METHODS[id];
    const layers = makeLayers(id, 5);
    const total = 48;
    const run = m.start({ layers, totalSteps: total, params: resolveParams(m.params, {}) });
    const frozenAt = layers.map((l) => new Map<number, number>());
    let share = 0;
    let sawPartial = false;
    for (let s = 1; s <= total; s++) {
      step(layers, run, s, total, 9);
      const now = run.metrics!().frozenShare;
      expect(now).toBeGreaterThanOrEqual(share);
      share = now;
      if (now > 0 && now < 1) sawPartial = true;
      layers.forEach((l, i) => {
        const w = l.kernel.dataSync();
        const mask = run.frozen!(l.index)!;
        mask.forEach((f, j) => {
          const seen = frozenAt[i].get(j);
          if (seen !== undefined) {
            expect(f).toBe(1);
            expect(w[j]).toBe(seen);
          } else if (f) frozenAt[i].set(j, w[j]);
        });
      });
    }
    expect(sawPartial).toBe(true);
    expect(share).toBe(1);
    for (const l of layers) {
      expect(run.frozen!(l.index)!.every((f) => f === 1)).toBe(true);
      expect(onLevels(l.kernel.dataSync(), l.levels(l.kernel))).toBe(true);
    }
    run.dispose();
    tf.dispose(layers.map((l) => l.kernel));
  });
});

describe('incremental schedules: which weights a stage freezes', () => {
  /** Runs up to the first stage (a quarter of 4 stages' steps) and returns each layer's mask and weights. */
  function firstStage(id: TrainingMethodId) {
    const m = TRAINING_METHODS[id];
    const layers = makeLayers(id, 11);
    const before = layers.map((l) => Float32Array.from(l.kernel.dataSync()));
    const run = m.start({ layers, totalSteps: 8, params: { stages: 4 } });
    // Stage 1 of SLQ and INQ comes after step 2 of 8; MLQ's first of 8 events after step 1.
    run.afterStep(id === 'mlq' ? 1 : 2, false);
    const masks = layers.map((l) => Uint8Array.from(run.frozen!(l.index)!));
    run.dispose();
    tf.dispose(layers.map((l) => l.kernel));
    return { masks, before };
  }

  it('INQ freezes at least half of each layer at stage 1, and the largest magnitudes', () => {
    const { masks, before } = firstStage('inq');
    masks.forEach((mask, i) => {
      const frozen = before[i].filter((_, j) => mask[j]).map(Math.abs);
      const free = before[i].filter((_, j) => !mask[j]).map(Math.abs);
      expect(frozen.length).toBe(Math.ceil(frozenShare(1, 4) * mask.length));
      expect(Math.min(...frozen)).toBeGreaterThanOrEqual(Math.max(...free));
    });
  });

  it('SLQ freezes whole clusters, the lowest mean quantization loss first', () => {
    const { masks, before } = firstStage('slq');
    masks.forEach((mask, i) => {
      const w = before[i];
      const q = projectToLevels(w, LEVELS);
      const clusters = new Map<number, number[]>();
      q.forEach((level, j) => clusters.set(level, [...(clusters.get(level) ?? []), j]));
      const loss = (c: number[]) => c.reduce((s, j) => s + (w[j] - q[j]) ** 2, 0) / c.length;
      const frozenClusters = [...clusters.values()].filter((c) => mask[c[0]]);
      // Every cluster is frozen whole or not at all.
      for (const c of clusters.values()) expect(new Set(c.map((j) => mask[j])).size).toBe(1);
      expect(frozenClusters.reduce((n, c) => n + c.length, 0)).toBeGreaterThanOrEqual(Math.ceil(0.5 * w.length));
      const worstFrozen = Math.max(...frozenClusters.map(loss));
      const freeClusters = [...clusters.values()].filter((c) => !mask[c[0]]);
      for (const c of freeClusters) expect(loss(c)).toBeGreaterThanOrEqual(worstFrozen);
    });
  });

  it('MLQ quantizes one layer at a time: the second layer is untouched while the first is in its stages', () => {
    const { masks } = firstStage('mlq');
    expect(masks[0].some((f) => f === 1)).toBe(true);
    expect(masks[1].every((f) => f === 0)).toBe(true);
  });

  it('ESLQ puts weights on powers of two (and 0)', () => {
    const layers = makeLayers('eslq', 4);
    const run = TRAINING_METHODS.eslq.start({ layers, totalSteps: 4, params: { stages: 2 } });
    for (let s = 1; s <= 4; s++) step(layers, run, s, 4, 2);
    for (const l of layers) for (const v of l.kernel.dataSync()) expect(v === 0 || Number.isInteger(Math.log2(Math.abs(v)))).toBe(true);
    run.dispose();
    tf.dispose(layers.map((l) => l.kernel));
  });
});

describe('ADMM', () => {
  it('the primal residual ‖W − G‖ decreases over iterations on a toy problem, and W ends on the levels', () => {
    // L(W) = ½‖W − a‖² with a spread over the levels' range: W alone would not settle on
    // levels. ρ = 3 exceeds L's curvature 1, as nonconvex ADMM needs (at ρ = 1 it cycles).
    const a = tf.tensor2d(seededNormal(50, 21, 0.3), [10, 5]);
    const layer: MethodLayer = { index: 0, kernel: tf.variable(tf.zeros([10, 5])), levels: () => LEVELS };
    const total = 300;
    const run = TRAINING_METHODS.admm.start({ layers: [layer], totalSteps: total, params: { rho: 3, every: 5 } });
    const optimizer = tf.train.sgd(0.02);
    const residuals: number[] = [];
    for (let s = 1; s <= total; s++) {
      tf.tidy(() => {
        const { grads } = tf.variableGrads(() => tf.add(tf.mul(0.5, tf.sum(tf.square(tf.sub(layer.kernel, a)))), run.loss!()) as tf.Scalar, [layer.kernel]);
        optimizer.applyGradients(grads);
      });
      run.afterStep(s, s === total);
      if (s % 30 === 0) residuals.push(run.metrics!().primalResidual);
    }
    expect(residuals[0]).toBeGreaterThan(0.1);
    for (let i = 1; i < residuals.length; i++) expect(residuals[i]).toBeLessThanOrEqual(residuals[i - 1] + 1e-6);
    expect(residuals[residuals.length - 2]).toBeLessThan(0.01 * residuals[0]);
    expect(onLevels(layer.kernel.dataSync(), LEVELS)).toBe(true);
    run.dispose();
    optimizer.dispose();
    tf.dispose([a, layer.kernel]);
  });

  it('its loss term is ρ/2‖W − G + λ‖²: zero when W is already on the levels', () => {
    const layer: MethodLayer = { index: 0, kernel: tf.variable(tf.tensor1d([0.25, -0.5, 0])), levels: () => LEVELS };
    const run = TRAINING_METHODS.admm.start({ layers: [layer], totalSteps: 10, params: { rho: 2, every: 1 } });
    const zero = run.loss!();
    expect(zero.dataSync()[0]).toBe(0);
    layer.kernel.assign(tf.tensor1d([0.35, -0.5, 0]));
    const moved = run.loss!();
    expect(moved.dataSync()[0]).toBeCloseTo((2 / 2) * 0.1 ** 2, 6);
    tf.dispose([zero, moved, layer.kernel]);
    run.dispose();
  });
});

describe('BSQ', () => {
  /** One layer whose weights use only the codes 0…3 of 8 bits (scale 255/255·max): planes 2…7 are empty from the start. */
  const smallCodes = () => {
    const codes = [1, -3, 2, 0, 3, -1, 2, -2, 255];
    return { index: 0, kernel: tf.variable(tf.tensor1d(codes.map((c) => c / 255))), levels: () => LEVELS };
  };

  it('a plane whose group norm reaches zero is removed and the layer\'s reported bits drop; the values stay', () => {
    const layer = smallCodes();
    const before = Float32Array.from(layer.kernel.dataSync());
    const run = TRAINING_METHODS.bsq.start({ layers: [layer], totalSteps: 10, params: { bits: 8, lambda: 0, every: 1 } });
    expect(run.metrics!()).toEqual({ bits0: 8, meanBits: 8 });
    // The top code 255 needs every plane; set it to 3 through the planes (zero the top six planes' bits there).
    const vars = run.variables!();
    for (let b = 2; b < 8; b++) vars[b].assign(tf.tensor1d([0, 0, 0, 0, 0, 0, 0, 0, 0]));
    const planeNorm = (b: number) => tf.tidy(() => tf.sqrt(tf.add(tf.sum(tf.square(vars[b])), tf.sum(tf.square(vars[8 + b])))).dataSync()[0]);
    for (let b = 2; b < 8; b++) expect(planeNorm(b)).toBe(0);
    run.afterStep(1, false);
    // Six empty top planes are gone: 2 bits, the same values on the new grid s'·k/3.
    expect(run.metrics!()).toEqual({ bits0: 2, meanBits: 2 });
    const w = run.kernel!(0)!;
    const expected = Array.from(before).map((v) => (v === 1 ? 3 / 255 : v));
    Array.from(w.dataSync()).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
    // The kernel variable holds the rebuilt weights.
    Array.from(layer.kernel.dataSync()).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 6));
    w.dispose();
    run.dispose();
    layer.kernel.dispose();
  });

  it('the group-Lasso penalty drives planes to zero under gradient steps, and bits drop; the variable list never changes', () => {
    const layer = { index: 3, kernel: tf.variable(tf.tensor2d(seededNormal(60, 5, 0.3), [12, 5])), levels: () => LEVELS };
    const before = tf.memory().numTensors;
    const total = 300;
    const run = TRAINING_METHODS.bsq.start({ layers: [layer], totalSteps: total, params: { bits: 6, lambda: 1, every: 20 } });
    const names = run.variables!().map((v) => v.name);
    const optimizer = tf.train.adam(0.01);
    const bits: number[] = [];
    for (let s = 1; s <= total; s++) {
      tf.tidy(() => {
        // Only the penalty (plus a zero-weighted use of the rebuilt kernel): nothing holds the planes up.
        const { grads } = tf.variableGrads(() => tf.add(run.loss!(), tf.mul(0, tf.sum(run.kernel!(3)!))) as tf.Scalar, run.variables!());
        optimizer.applyGradients(grads as Record<string, tf.Variable>);
      });
      run.afterStep(s, s === total);
      if (s % 20 === 0) bits.push(run.metrics!().bits3);
    }
    expect(run.variables!().map((v) => v.name)).toEqual(names);
    expect(bits[0]).toBeLessThanOrEqual(6);
    for (let i = 1; i < bits.length; i++) expect(bits[i]).toBeLessThanOrEqual(bits[i - 1]);
    expect(bits[bits.length - 1]).toBeLessThan(6);
    const loss = run.loss!();
    expect(Number.isFinite(loss.dataSync()[0])).toBe(true);
    loss.dispose();
    run.dispose();
    optimizer.dispose();
    expect(tf.memory().numTensors).toBe(before);
    layer.kernel.dispose();
  });
});
