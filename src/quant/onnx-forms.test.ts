import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../train/backend';
import { QUANTIZER_IDS, QUANTIZERS, quantizeOptions } from './index';
import { mulberry32 } from '../data/random';

// The ONNX export's facts and operations, over the whole registry: what DequantizeLinear
// and QuantizeLinear compute from `onnxCodes` and `onnxGrid` is the lab's forward, value
// for value (−0 and +0 count as equal).

beforeAll(async () => {
  await initBackend('cpu');
});

/** Round half to even, as ONNX QuantizeLinear and Round specify. */
const roundHalfEven = (v: number) => {
  const f = Math.floor(v);
  const d = v - f;
  return d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
};

function randomKernel(shape: number[], seed: number, edit?: (values: Float32Array, channels: number) => void): tf.Tensor {
  const random = mulberry32(seed);
  const size = shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) values[i] = (random() + random() + random() - 1.5) * 0.6;
  edit?.(values, shape[shape.length - 1]);
  return tf.tensor(values, shape);
}

const bitRange = (id: (typeof QUANTIZER_IDS)[number]) => {
  const { min, max } = QUANTIZERS[id].bits;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
};

describe('tfjs rounds half to even, as ONNX does', () => {
  it.each(['cpu', 'wasm'] as const)('on %s', async (backend) => {
    await initBackend(backend);
    const halves = [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5];
    expect(Array.from(tf.round(tf.tensor1d(halves)).dataSync(), (v) => v + 0)).toEqual([-2, -2, 0, 0, 2, 2, 4]);
    await initBackend('cpu');
  });
});

describe('ONNX forms of every quantizer', () => {
  it('onnxCodes exists exactly where some width is exported through DequantizeLinear; onnxGrid where inputs use a fixed grid', () => {
    for (const id of QUANTIZER_IDS) {
      const def = QUANTIZERS[id];
      const dq = bitRange(id).some((k) => def.onnx.weights(k) === 'dequantize-linear');
      expect(!!def.onnxCodes, id).toBe(dq);
      const grid = def.onnx.inputs.form === 'quantize-linear' || def.onnx.inputs.form === 'half-wave-grid';
      expect(!!def.onnxGrid, id).toBe(grid);
    }
  });

  it('stochastic quantizers have no activation form, and each refusal says why', () => {
    for (const id of QUANTIZER_IDS) {
      const { onnx, stochastic } = QUANTIZERS[id];
      if (stochastic) expect(onnx.inputs.form, id).toBe('none');
      if (onnx.inputs.form === 'none') expect(onnx.inputs.reason.length, id).toBeGreaterThan(20);
    }
  });

  it('DequantizeLinear of the codes is the quantized kernel, per output channel', () => {
    const kernels: [string, () => tf.Tensor][] = [
      ['conv 3×3×4×5', () => randomKernel([3, 3, 4, 5], 1)],
      ['dense 40×6', () => randomKernel([40, 6], 2)],
      // A constant channel, an all-positive and an all-negative one (affine's zero point leaves [0, n]).
      ['dense with edge channels', () => randomKernel([24, 4], 3, (v, c) => {
        for (let i = 0; i < v.length; i += c) {
          v[i] = 0.25;
          v[i + 1] = Math.abs(v[i + 1]) + 0.1;
          v[i + 2] = -Math.abs(v[i + 2]) - 0.1;
        }
      })],
    ];
    let checked = 0;
    for (const id of QUANTIZER_IDS) {
      const def = QUANTIZERS[id];
      for (const k of bitRange(id)) {
        if (def.onnx.weights(k) !== 'dequantize-linear') continue;
        for (const [name, make] of kernels) {
          const kernel = make();
          const opts = quantizeOptions(id, { bits: k, reduceAxes: kernel.shape.slice(0, -1).map((_, i) => i) });
          const expected = tf.tidy(() => def.quantize(kernel, opts)).dataSync();
          const { codes, scale, zeroPoint } = def.onnxCodes!(kernel, opts);
          const channels = kernel.shape[kernel.shape.length - 1];
          expect(scale.length).toBe(channels);
          const got = Array.from(codes, (q, i) => Math.fround((q - zeroPoint[i % channels]) * scale[i % channels]));
          const wrong = got.findIndex((v, i) => v !== expected[i]);
          expect(wrong, `${id} ${k} bits, ${name}: element ${wrong} is ${got[wrong]}, the lab has ${expected[wrong]}`).toBe(-1);
          expect(codes.every(Number.isInteger)).toBe(true);
          kernel.dispose();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('QuantizeLinear/DequantizeLinear (or the half-wave grid) on the fixed grid is the lab forward on activations', () => {
    const random = mulberry32(9);
    for (const id of QUANTIZER_IDS) {
      const def = QUANTIZERS[id];
      const form = def.onnx.inputs.form;
      if (form !== 'quantize-linear' && form !== 'half-wave-grid') continue;
      for (const k of bitRange(id)) {
        const opts = quantizeOptions(id, { bits: k, params: id in { pact: 1 } ? { alpha: 1.7 } : {} });
        const grid = def.onnxGrid!(opts);
        // Random values around the grid plus the exact half points between levels.
        const xs = Array.from({ length: 2000 }, () => (random() * 1.6 - 0.3) * Math.max(grid.max, 1));
        for (let j = 0; j < grid.topCode; j++) xs.push(Math.fround((j + 0.5) * grid.scale));
        const input = Float32Array.from(xs);
        const expected = tf.tidy(() => def.quantize(tf.tensor1d(input), opts)).dataSync();
        const got = Array.from(input, (x) => {
          if (form === 'half-wave-grid') {
            if (!(x > 0)) return 0;
            return Math.fround(Math.min(Math.max(roundHalfEven(Math.fround(x / grid.scale)), 1), grid.topCode) * grid.scale);
          }
          const clipped = Math.min(Math.max(x, 0), grid.max);
          const q = roundHalfEven(Math.fround(clipped / grid.scale));
          expect(q).toBeLessThanOrEqual(grid.topCode);
          return Math.fround(q * grid.scale);
        });
        const wrong = got.findIndex((v, i) => v !== expected[i]);
        expect(wrong, `${id} ${k} bits: x = ${input[wrong]} gives ${got[wrong]}, the lab ${expected[wrong]}`).toBe(-1);
      }
    }
  });
});
