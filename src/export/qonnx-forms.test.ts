import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../data/random';
import { QUANTIZER_IDS, QUANTIZERS, quantizeOptions } from '../quant';
import { initBackend } from '../train/backend';
import { bipolarValue, gridMismatch, quantRange, quantValue, roundHalfEven } from './qonnx';

// The QONNX export's facts and operations over the whole registry: Quant and BipolarQuant,
// computed as the QONNX spec's sample implementation does, give the lab's forward value
// for value (−0 and +0 count as equal), at every width a form is claimed for.

beforeAll(async () => {
  await initBackend('cpu');
});

const bitRange = (id: (typeof QUANTIZER_IDS)[number]) => {
  const { min, max } = QUANTIZERS[id].bits;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
};

function randomKernel(shape: number[], seed: number, edit?: (values: Float32Array, channels: number) => void): tf.Tensor {
  const random = mulberry32(seed);
  const size = shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) values[i] = (random() + random() + random() - 1.5) * 0.6;
  edit?.(values, shape[shape.length - 1]);
  return tf.tensor(values, shape);
}

const KERNELS: [string, () => tf.Tensor][] = [
  ['conv 3×3×4×5', () => randomKernel([3, 3, 4, 5], 1)],
  ['dense 40×6', () => randomKernel([40, 6], 2)],
  // A constant, an all-positive, an all-negative and an all-zero channel.
  ['dense with edge channels', () => randomKernel([24, 5], 3, (v, c) => {
    for (let i = 0; i < v.length; i += c) {
      v[i] = 0.25;
      v[i + 1] = Math.abs(v[i + 1]) + 0.1;
      v[i + 2] = -Math.abs(v[i + 2]) - 0.1;
      v[i + 3] = 0;
    }
  })],
];

describe('QONNX forms of every quantizer', () => {
  it('qonnxWeights exists exactly where some width has a Quant or BipolarQuant form; every other form says why', () => {
    for (const id of QUANTIZER_IDS) {
      const def = QUANTIZERS[id];
      const forms = bitRange(id).map((k) => def.qonnx.weights(k));
      expect(!!def.qonnxWeights, id).toBe(forms.some((f) => f.form !== 'values'));
      for (const f of forms) if (f.form === 'values') expect(f.reason.length, id).toBeGreaterThan(20);
      for (const k of bitRange(id)) {
        const input = def.qonnx.inputs(k);
        if (input.form === 'none') expect(input.reason.length, `${id} ${k}`).toBeGreaterThan(20);
        if (def.stochastic) expect(input.form, id).toBe('none');
        if (input.form === 'quant' || input.form === 'half-wave-quant') expect(!!def.onnxGrid, id).toBe(true);
      }
    }
  });

  it('Quant / BipolarQuant of the quantized kernel gives it back, at the quantizer\'s own width, per output channel', () => {
    let checked = 0;
    for (const id of QUANTIZER_IDS) {
      const def = QUANTIZERS[id];
      for (const k of bitRange(id)) {
        const form = def.qonnx.weights(k);
        if (form.form === 'values') continue;
        for (const [name, make] of KERNELS) {
          const kernel = make();
          const opts = quantizeOptions(id, { bits: k, reduceAxes: kernel.shape.slice(0, -1).map((_, i) => i) });
          const expected = new Float32Array(tf.tidy(() => def.quantize(kernel, opts)).dataSync());
          const grid = def.qonnxWeights!(kernel, opts);
          expect(grid.scale.length, `${id} ${k}`).toBe(kernel.shape[kernel.shape.length - 1]);
          // Quant needs 2 bits or more; BipolarQuant is the 1-bit form.
          expect(grid.bits, `${id} ${k}`).toBe(form.form === 'bipolar' ? 1 : k);
          if (form.form === 'quant') expect(k, `${id}`).toBeGreaterThanOrEqual(2);
          const wrong = gridMismatch(expected, grid, form.form === 'bipolar');
          expect(wrong, `${id} ${k} bits, ${name}: element ${wrong} (${expected[wrong]}) does not come back`).toBe(-1);
          kernel.dispose();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('the fixed-grid activation forms (Quant; Quant, Max and Where; BipolarQuant) are the lab forward, half-way points included', () => {
    const random = mulberry32(9);
    let checked = 0;
    for (const id of QUANTIZER_IDS) {
      const def = QUANTIZERS[id];
      for (const k of bitRange(id)) {
        const form = def.qonnx.inputs(k).form;
        if (form !== 'quant' && form !== 'half-wave-quant' && form !== 'bipolar') continue;
        const opts = quantizeOptions(id, { bits: k, params: id in { pact: 1 } ? { alpha: 1.7 } : {} });
        const grid = form === 'bipolar' ? { scale: 1, max: 1, topCode: 1 } : def.onnxGrid!(opts);
        const xs = Array.from({ length: 2000 }, () => (random() * 1.6 - 0.3) * Math.max(grid.max, 1));
        for (let j = 0; j < grid.topCode; j++) xs.push(Math.fround((j + 0.5) * grid.scale));
        xs.push(0, -0, -grid.scale / 2);
        const input = Float32Array.from(xs);
        const expected = tf.tidy(() => def.quantize(tf.tensor1d(input), opts)).dataSync();
        const range = quantRange(k, false, false);
        const got = Array.from(input, (x) => {
          if (form === 'bipolar') return bipolarValue(x, 1);
          const q = quantValue(x, grid.scale, 0, range);
          return form === 'quant' ? q : x > 0 ? Math.max(q, grid.scale) : 0;
        });
        const wrong = got.findIndex((v, i) => v !== expected[i]);
        expect(wrong, `${id} ${k} bits: x = ${input[wrong]} gives ${got[wrong]}, the lab ${expected[wrong]}`).toBe(-1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('batch-range affine activations: Quant with the batch\'s scale and zero point is the lab forward on random batches', () => {
    const random = mulberry32(11);
    let values = 0;
    let differ = 0;
    for (const k of bitRange('affine')) {
      if (QUANTIZERS.affine.qonnx.inputs(k).form !== 'dynamic-quant') continue;
      const n = 2 ** k - 1;
      for (let batch = 0; batch < 20; batch++) {
        const input = Float32Array.from({ length: 3000 }, () => (random() - 0.3) * 4 * (batch + 1));
        const opts = quantizeOptions('affine', { bits: k });
        const expected = tf.tidy(() => QUANTIZERS.affine.quantize(tf.tensor1d(input), opts)).dataSync();
        // The graph's statistics, in float32: s = (max − min)/n, z = round(−min/s).
        let lo = Infinity;
        let hi = -Infinity;
        for (const v of input) (lo = Math.min(lo, v)), (hi = Math.max(hi, v));
        const s = Math.fround(Math.fround(hi - lo) / n);
        const z = roundHalfEven(Math.fround(-lo / s));
        for (let i = 0; i < input.length; i++) if (quantValue(input[i], s, z, [0, n]) !== expected[i]) differ++;
        values += input.length;
      }
    }
    console.log(`qonnx-forms: affine activations, Quant against the lab: ${differ} of ${values} values differ`);
    // Quant rounds x/s + z, the lab round(x/s) + z: equal but where float32 rounding of the sum crosses a half.
    expect(differ / values).toBeLessThan(1e-3);
  });
});
