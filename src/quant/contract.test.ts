import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ESTIMATOR_FACTS,
  ESTIMATOR_OPS,
  ESTIMATORS,
  QUANTIZER_FACTS,
  QUANTIZER_OPS,
  QUANTIZERS,
  REGULARIZER_FACTS,
  REGULARIZER_OPS,
  REGULARIZERS,
  quantizeOptions,
  resolveParams,
} from './index';
import { ESTIMATOR_IDS, QUANTIZER_IDS, REGULARIZER_IDS, type QuantizerDef, type QuantizerId } from './index';
import { relativeLevelError, seededNormal, useCpuBackend } from './test-support';

beforeAll(useCpuBackend);

/** The bit widths worth checking for a quantizer: min, default and max. */
function bitWidths(def: QuantizerDef): number[] {
  return [...new Set([def.bits.min, def.bits.default, def.bits.max])];
}

/** An [8, 10] input: seeded N(0, 0.6²) values with 0, ±1, ±0.5 and a large value planted. */
function contractInput(seed: number): tf.Tensor {
  const values = seededNormal(80, seed, 0.6);
  values.splice(0, 6, 0, 1, -1, 0.5, -0.5, 2.5);
  return tf.tensor2d(values, [8, 10]);
}

const DEGENERATE: Array<[string, number[]]> = [
  ['all zeros', [0, 0, 0, 0, 0, 0]],
  ['a positive constant', [0.3, 0.3, 0.3, 0.3, 0.3, 0.3]],
  ['a negative constant', [-2, -2, -2, -2, -2, -2]],
  ['a single value', [0.7]],
];

describe('registry shape', () => {
  it('has exactly the ids of types.ts, each entry under its own id', () => {
    expect(Object.keys(QUANTIZERS).sort()).toEqual([...QUANTIZER_IDS].sort());
    expect(Object.keys(ESTIMATORS).sort()).toEqual([...ESTIMATOR_IDS].sort());
    expect(Object.keys(REGULARIZERS).sort()).toEqual([...REGULARIZER_IDS].sort());
    for (const [id, def] of [...Object.entries(QUANTIZERS), ...Object.entries(ESTIMATORS), ...Object.entries(REGULARIZERS)]) {
      expect(def.id).toBe(id);
    }
  });

  it.each([...Object.values(QUANTIZERS), ...Object.values(ESTIMATORS), ...Object.values(REGULARIZERS)].map((d) => [d.id, d] as const))(
    '%s is documented: label, two-line summary, formula, reference, valid params',
    (_id, def) => {
      expect(def.label.length).toBeGreaterThan(1);
      expect(def.summary.split('\n')).toHaveLength(2);
      expect(def.formula.length).toBeGreaterThan(3);
      expect(def.reference.authors.length).toBeGreaterThan(3);
      expect(def.reference.title.length).toBeGreaterThan(3);
      expect(def.reference.venue.length).toBeGreaterThan(3);
      expect(def.reference.year).toBeGreaterThanOrEqual(1990);
      for (const [name, spec] of Object.entries(def.params)) {
        expect(spec.min, name).toBeLessThanOrEqual(spec.default);
        expect(spec.default, name).toBeLessThanOrEqual(spec.max);
        if (spec.integer) expect(Number.isInteger(spec.default), name).toBe(true);
        expect(resolveParams(def.params, {})[name]).toBe(spec.default);
      }
    },
  );

  it('fixes bits, role and latent clipping as specified', () => {
    const expected: Record<QuantizerId, [number, number, 'weight' | 'activation' | 'any', boolean]> = {
      sign: [1, 1, 'any', true],
      xnor: [1, 1, 'weight', true],
      'stochastic-sign': [1, 1, 'any', true],
      twn: [2, 2, 'weight', true],
      ttq: [2, 2, 'weight', true],
      'stochastic-ternary': [2, 2, 'any', true],
      uniform: [2, 8, 'weight', false],
      dorefa: [1, 8, 'weight', true],
      'dorefa-act': [1, 8, 'activation', false],
      log2: [2, 8, 'weight', false],
      kmeans: [1, 8, 'weight', false],
      lqnet: [1, 8, 'weight', false],
      abc: [1, 1, 'weight', true],
      affine: [1, 8, 'any', false],
      pact: [1, 8, 'activation', false],
      hwgq: [1, 8, 'activation', false],
      pq: [1, 8, 'weight', false],
      lab: [1, 1, 'weight', true],
      'bayes-binary': [1, 1, 'weight', true],
    };
    for (const id of QUANTIZER_IDS) {
      const def = QUANTIZERS[id];
      const [min, max, role, clip] = expected[id];
      expect([def.bits.min, def.bits.max, def.role, def.clipLatent], id).toEqual([min, max, role, clip]);
      expect(def.bits.default).toBeGreaterThanOrEqual(min);
      expect(def.bits.default).toBeLessThanOrEqual(max);
    }
    expect(QUANTIZERS.abc.params.bases).toMatchObject({ min: 1, max: 5, integer: true });
  });
});

describe.each(QUANTIZER_IDS.map((id) => [id] as const))('quantizer %s (contract)', (id) => {
  const def: QuantizerDef = QUANTIZERS[id];

  it.each(bitWidths(def).map((bits) => [bits] as const))('at %i bits: shape, finite values, every value a level, levels ascending', (bits) => {
    tf.tidy(() => {
      const x = contractInput(7 + bits);
      const opts = quantizeOptions(id, { bits, seed: 3 });
      const y = def.quantize(x, opts);
      expect(y.shape).toEqual(x.shape);
      expect(y.dtype).toBe('float32');
      const values = Array.from(y.dataSync());
      expect(values.every(Number.isFinite)).toBe(true);
      const levels = def.levels(x, opts);
      expect(levels.length).toBeGreaterThan(0);
      expect(levels.every(Number.isFinite)).toBe(true);
      for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThan(levels[i - 1]);
      for (const v of values) expect(relativeLevelError(v, levels), `${v} in [${levels.join(', ')}]`).toBeLessThanOrEqual(1e-6);
      // No quantizer may be trivially constant on this input.
      expect(new Set(values).size).toBeGreaterThan(1);
    });
  });

  it.each(ESTIMATOR_IDS.map((e) => [e] as const))('has a finite gradient of the input shape with estimator %s', (estimator) => {
    for (const bits of bitWidths(def)) {
      tf.tidy(() => {
        const x = contractInput(11);
        const opts = quantizeOptions(id, { bits, estimator, seed: 5 });
        const grad = tf.grad((input: tf.Tensor) => tf.sum(def.quantize(input, opts)))(x);
        expect(grad.shape).toEqual(x.shape);
        expect(Array.from(grad.dataSync()).every(Number.isFinite)).toBe(true);
      });
    }
  });

  it.each(DEGENERATE)('gives finite outputs, gradients and levels on %s', (_name, data) => {
    for (const bits of bitWidths(def)) {
      tf.tidy(() => {
        const x = tf.tensor1d(data);
        const opts = quantizeOptions(id, { bits, estimator: 'clipped-ste' });
        const y = Array.from(def.quantize(x, opts).dataSync());
        const g = Array.from(tf.grad((input: tf.Tensor) => tf.sum(def.quantize(input, opts)))(x).dataSync());
        const levels = def.levels(x, opts);
        expect(y.every(Number.isFinite)).toBe(true);
        expect(g.every(Number.isFinite)).toBe(true);
        expect(levels.every(Number.isFinite)).toBe(true);
        for (const v of y) expect(relativeLevelError(v, levels)).toBeLessThanOrEqual(1e-6);
      });
    }
  });

  it('leaves no tensor behind in levels(), and none but its output in quantize()', () => {
    const x = contractInput(13);
    for (const bits of bitWidths(def)) {
      const opts = quantizeOptions(id, { bits });
      const before = tf.memory().numTensors;
      def.levels(x, opts);
      expect(tf.memory().numTensors).toBe(before);
      const y = def.quantize(x, opts);
      expect(tf.memory().numTensors).toBe(before + 1);
      y.dispose();
      const g = tf.grad((input: tf.Tensor) => tf.sum(def.quantize(input, opts)))(x);
      expect(tf.memory().numTensors).toBe(before + 1);
      g.dispose();
    }
    x.dispose();
  });

  it('rejects bit widths outside its range unless it is fixed-width', () => {
    const x = tf.tensor1d([0.1, -0.2]);
    const opts = quantizeOptions(id);
    if (def.bits.min === def.bits.max) {
      // Fixed-width quantizers ignore opts.bits.
      expect(() => def.quantize(x, { ...opts, bits: 7 }).dispose()).not.toThrow();
    } else {
      expect(() => def.quantize(x, { ...opts, bits: def.bits.max + 1 })).toThrow(/bits/);
      expect(() => def.quantize(x, { ...opts, bits: def.bits.min - 1 })).toThrow(/bits/);
    }
    x.dispose();
  });
});

describe('every estimator', () => {
  it.each(ESTIMATOR_IDS.map((id) => [id] as const))('%s returns a finite derivative of the input shape', (id) => {
    tf.tidy(() => {
      const x = tf.tensor2d(seededNormal(12, 3, 3), [3, 4]);
      const params = resolveParams(ESTIMATORS[id].params, {});
      const d = ESTIMATORS[id].derivative(x, { clip: 1, topLevel: 2, levelBelowTop: 1, params });
      expect(d.shape).toEqual([3, 4]);
      expect(Array.from(d.dataSync()).every(Number.isFinite)).toBe(true);
    });
  });
});

describe('per-channel statistics (channelScales)', () => {
  /** An [8, 3] input whose three output channels have very different magnitudes. */
  function channelsInput(): tf.Tensor2D {
    const v = seededNormal(24, 11, 1);
    return tf.tensor2d(v.map((x, i) => x * [0.05, 0.4, 1.5][i % 3]), [8, 3]);
  }
  const forward = (id: QuantizerId, x: tf.Tensor, bits: number, reduceAxes?: number[]) =>
    tf.tidy(() => Array.from(QUANTIZERS[id].quantize(x, quantizeOptions(id, { bits, seed: 9, reduceAxes })).dataSync()));

  it.each(QUANTIZER_IDS.map((id) => [id]))('%s: channelScales says whether a layer’s forward reduces per output channel', (id) => {
    const def = QUANTIZERS[id];
    const x = channelsInput();
    for (const bits of bitWidths(def)) {
      const perChannel = forward(id, x, bits, [0]);
      if (def.channelScales) {
        // Each channel is quantized as if it were a tensor of its own.
        const columns = [0, 1, 2].map((c) => forward(id, tf.slice(x, [0, c], [8, 1]), bits));
        perChannel.forEach((v, i) => expect(v, `bits ${bits}, value ${i}`).toBeCloseTo(columns[i % 3][Math.floor(i / 3)], 6));
      } else {
        expect(perChannel, `bits ${bits}`).toEqual(forward(id, x, bits));
      }
    }
    x.dispose();
  });
});

describe('facts and operations halves', () => {
  it('have the same keys in every registry', () => {
    expect(Object.keys(QUANTIZER_OPS).sort()).toEqual(Object.keys(QUANTIZER_FACTS).sort());
    expect(Object.keys(ESTIMATOR_OPS).sort()).toEqual(Object.keys(ESTIMATOR_FACTS).sort());
    expect(Object.keys(REGULARIZER_OPS).sort()).toEqual(Object.keys(REGULARIZER_FACTS).sort());
  });

  it.each(QUANTIZER_IDS.map((id) => [id] as const))('%s: storage facts are whole bit planes and non-negative float counts', (id) => {
    const facts = QUANTIZER_FACTS[id];
    const params = resolveParams(facts.params, {});
    for (const k of bitWidths(QUANTIZERS[id])) {
      const planes = facts.storage.planes(k, params);
      expect(Number.isInteger(planes) && planes >= 1, `planes at ${k} bits`).toBe(true);
      expect(facts.storage.floatsPerTensor(k, params)).toBeGreaterThanOrEqual(0);
      expect(facts.storage.floatsPerChannel(k, params)).toBeGreaterThanOrEqual(0);
      // A code of k bits needs at least k planes, unless the quantizer ignores k (ABC-Net: M bases).
      if (facts.bits.min !== facts.bits.max) expect(planes).toBeGreaterThanOrEqual(k);
    }
  });

  it.each(QUANTIZER_IDS.map((id) => [id] as const))('%s: stochastic says whether the seed changes the output', (id) => {
    const def = QUANTIZERS[id];
    tf.tidy(() => {
      const x = tf.tensor1d(seededNormal(200, 5, 0.4));
      const run = (seed: number) => Array.from(def.quantize(x, quantizeOptions(id, { seed })).dataSync());
      expect(run(1).some((v, i) => v !== run(2)[i])).toBe(def.stochastic);
    });
  });

  it.each(QUANTIZER_IDS.map((id) => [id] as const))('%s: packed parameters rebuild the per-channel forward wherever the engine packs it', (id) => {
    const def = QUANTIZERS[id];
    const packedAt = bitWidths(def).filter((k) => def.packing.weights(k) !== 'none');
    if (!packedAt.length) {
      expect(def.packing.weights(def.bits.default)).toBe('none');
      return;
    }
    expect(def.packedParams, 'packedParams').toBeDefined();
    for (const bits of packedAt) {
      tf.tidy(() => {
        const v = seededNormal(48, 17, 0.3);
        const kernel = tf.tensor2d(v.map((x, i) => x * [0.1, 1, 3][i % 3]), [16, 3]);
        const opts = quantizeOptions(id, { bits, reduceAxes: [0] });
        const expected = Array.from(def.quantize(kernel, opts).dataSync());
        const { alpha, delta } = def.packedParams!(kernel, opts);
        const w = kernel.dataSync();
        const form = def.packing.weights(bits);
        expect(form === 'ternary').toBe(delta !== undefined);
        w.forEach((x, i) => {
          const c = i % 3;
          const t = form === 'ternary' ? (Math.abs(x) > delta![c] ? Math.sign(x) : 0) : x < 0 ? -1 : 1;
          expect(alpha[c] * t, `weight ${i}`).toBeCloseTo(expected[i], 6);
        });
      });
    }
  });

  it('only sign activations pack to bits, and only deterministic quantizers pack at all', () => {
    for (const id of QUANTIZER_IDS) {
      const def = QUANTIZER_FACTS[id];
      if (def.packing.inputs) expect(def.family, id).toBe('binary');
      if (def.stochastic) expect([def.packing.inputs, def.packing.weights(def.bits.default)], id).toEqual([false, 'none']);
    }
    expect(QUANTIZER_IDS.filter((id) => QUANTIZER_FACTS[id].packing.inputs)).toEqual(['sign']);
  });

  it('says where it sits as an activation quantizer exactly when it can quantize activations, and that place is right', () => {
    const x = contractInput(7);
    for (const id of QUANTIZER_IDS) {
      const def = QUANTIZERS[id];
      if (def.role === 'weight') {
        expect(def.asActivation, id).toBeUndefined();
        continue;
      }
      expect(def.asActivation, id).toBeDefined();
      const opts = quantizeOptions(id);
      const [direct, afterRelu] = tf.tidy(() => [def.quantize(x, opts), def.quantize(tf.relu(x), opts)].map((t) => Array.from(t.dataSync())));
      if (def.asActivation === 'after-relu') {
        // It keeps negative inputs negative: without the ReLU in front the network would lose its nonlinearity.
        expect(Math.min(...direct), id).toBeLessThan(0);
      } else if (def.signLike) {
        // A ReLU in front would send every input to one level.
        expect(Math.min(...direct), id).toBeLessThan(0);
      } else {
        // A clipping quantizer is a ReLU already: one in front changes nothing.
        expect(direct, id).toEqual(afterRelu);
      }
    }
    x.dispose();
  });

  it('auxiliary losses name a learned parameter and a coefficient parameter of their own entry', () => {
    for (const id of QUANTIZER_IDS) {
      const aux = QUANTIZER_FACTS[id].auxiliaryLoss;
      if (!aux) continue;
      expect(QUANTIZER_FACTS[id].params[aux.param]?.learned, `${id}.${aux.param}`).toBe(true);
      expect(QUANTIZER_FACTS[id].params[aux.coefficient], `${id}.${aux.coefficient}`).toBeDefined();
    }
  });

  it('estimators that follow training progress are exactly those with a progress parameter', () => {
    for (const id of ESTIMATOR_IDS) expect(ESTIMATOR_FACTS[id].followsProgress, id).toBe('progress' in ESTIMATOR_FACTS[id].params);
  });

  it.each(REGULARIZER_IDS.map((id) => [id] as const))('%s: needsLevels says whether the penalty needs the quantizer’s levels', (id) => {
    const def = REGULARIZERS[id];
    const w = tf.tensor1d([0.3, -0.2, 0.05]);
    const params = resolveParams(def.params, {});
    const call = () => def.penalty(w, 0.1, params, {}).dispose();
    if (def.needsLevels) expect(call).toThrow(/levels/);
    else expect(call).not.toThrow();
    w.dispose();
  });
});
