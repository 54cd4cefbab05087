/**
 * A trained QuantNetwork as an ONNX model with standard operators (opset 21). The graph,
 * layouts and layer loop are shared with the QONNX export (`graph.ts`); this file gives
 * the standard forms of each quantizer, read from the registry's `onnx` facts. What has
 * no faithful form is refused with the layer and the reason. No DOM: runs in Node and in
 * the worker.
 */
import type { OnnxCodes } from '../quant';
import type { QuantLayer, QuantNetwork } from '../model/network';
import { batchAffineNodes, buildModel, DT, EVAL, GraphBuilder, intAttr, quantizedValues, quantizerLabel, read, weightLayout, type IntType, type LayerForms, type OnnxExport } from './graph';

export { decodeOnnx, type OnnxExport, type OnnxLayerReport } from './graph';

export const ONNX_OPSET = 21;
/** IR version 10 (2024-03-25) is the first with INT4/UINT4, which opset 21 uses. */
export const ONNX_IR_VERSION = 10;

const INT_RANGES: [IntType, number, number][] = [
  ['UINT4', 0, 15],
  ['INT4', -8, 7],
  ['UINT8', 0, 255],
  ['INT8', -128, 127],
  ['UINT16', 0, 65535],
  ['INT16', -32768, 32767],
];

/** The narrowest ONNX integer type holding every value, or undefined. */
function intTypeFor(values: ArrayLike<number>, ...more: ArrayLike<number>[]): IntType | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const list of [values, ...more]) {
    for (let i = 0; i < list.length; i++) {
      if (list[i] < lo) lo = list[i];
      if (list[i] > hi) hi = list[i];
    }
  }
  return INT_RANGES.find(([, min, max]) => lo >= min && hi <= max)?.[0];
}

/** A layer's input quantizer as nodes on `x`; a string result is the reason it cannot be exported. */
function inputNodes(g: GraphBuilder, network: QuantNetwork, layer: QuantLayer, x: string): { out: string; report: string; note?: string } | string {
  const q = layer.inputQuantizer;
  if (!q) return { out: x, report: 'float' };
  const name = layer.placed.spec.name;
  const opts = network.quantizeOptions(q, 'input', layer, EVAL);
  const form = q.def.onnx.inputs;
  const label = quantizerLabel(q, opts);
  switch (form.form) {
    case 'none':
      return `${name}: ${label} activations have no faithful standard ONNX form: ${form.reason}`;
    case 'sign': {
      // Sign maps 0 to 0; Sign(Sign(x) + 0.5) maps it to +1 as the lab does.
      const s = g.node('Sign', [x], `${name}_sign`);
      return { out: g.node('Sign', [g.node('Add', [s, g.scalar(`${name}_half`, 0.5)], `${name}_sign_shift`)], `${name}_sign_pm1`), report: `${label}: Sign(Sign(x) + 0.5), ±1` };
    }
    case 'quantize-linear': {
      const grid = q.def.onnxGrid!(opts);
      // uint8 even at 4 bits: onnxruntime 1.30's Clip → QuantizeLinear fusion rejects a uint4 zero point.
      const type: IntType = grid.topCode <= 255 ? 'UINT8' : 'UINT16';
      const clipped = g.node('Clip', [x, g.scalar(`${name}_lo`, 0), g.scalar(`${name}_hi`, grid.max)], `${name}_clip`);
      const scale = g.scalar(`${name}_a_scale`, grid.scale);
      const zero = g.ints(`${name}_a_zero`, type, [0], []);
      const codes = g.node('QuantizeLinear', [clipped, scale, zero], `${name}_a_q`);
      return {
        out: g.node('DequantizeLinear', [codes, scale, zero], `${name}_a_dq`),
        report: `${label}: Clip [0, ${grid.max}] → QuantizeLinear/DequantizeLinear ${type.toLowerCase()}, scale ${grid.scale}`,
      };
    }
    case 'half-wave-grid': {
      const grid = q.def.onnxGrid!(opts);
      const step = g.scalar(`${name}_step`, grid.scale);
      const j = g.node('Clip', [g.node('Round', [g.node('Div', [x, step], `${name}_div`)], `${name}_round`), g.scalar(`${name}_one`, 1), g.scalar(`${name}_top`, grid.topCode)], `${name}_clip`);
      const zero = g.scalar(`${name}_zero`, 0);
      const positive = g.node('Greater', [x, zero], `${name}_positive`);
      return {
        out: g.node('Where', [positive, g.node('Mul', [j, step], `${name}_level`), zero], `${name}_hwgq`),
        report: `${label}: 0 for x ≤ 0, else Δ·Clip(Round(x/Δ), 1, ${grid.topCode}), Δ = ${grid.scale}`,
      };
    }
    case 'dynamic-affine': {
      // The lab's affine activations take min and max over the whole input batch:
      // s = (max − min)/n, z = round(−min/s), out = (clip(round(x/s) + z, 0, n) − z)·s,
      // and x unchanged when s = 0. QuantizeLinear/DequantizeLinear in int16 with that
      // zero point, then the clip to codes [0, n] (as values (0 − z)·s … (n − z)·s).
      const n = 2 ** opts.bits - 1;
      const { valid, safe, z } = batchAffineNodes(g, name, x, n);
      const zInt = g.node('Cast', [z], `${name}_z_int16`, [intAttr('to', DT.INT16)]);
      const codes = g.node('QuantizeLinear', [x, safe, zInt], `${name}_a_q`);
      const values = g.node('DequantizeLinear', [codes, safe, zInt], `${name}_a_dq`);
      const low = g.node('Mul', [g.node('Neg', [z], `${name}_neg_z`), safe], `${name}_low`);
      const high = g.node('Mul', [g.node('Sub', [g.scalar(`${name}_top`, n), z], `${name}_top_minus_z`), safe], `${name}_high`);
      const clipped = g.node('Clip', [values, low, high], `${name}_a_clip`);
      return {
        out: g.node('Where', [valid, clipped, x], `${name}_affine`),
        report: `${label}: scale and zero point from the batch's min and max, QuantizeLinear/DequantizeLinear int16, codes clipped to [0, ${n}]`,
        note: `${name}: ${label} activations take their range from the whole input batch at run time, as in the lab: a batch of N images gives what the lab gives for the same batch`,
      };
    }
  }
}

/** A layer's weights as an initializer, or integer codes through DequantizeLinear, in the layout its op wants. */
function weightNodes(g: GraphBuilder, network: QuantNetwork, layer: QuantLayer): { out: string; report: string; notes: string[] } {
  const name = layer.placed.spec.name;
  const { dims, layout, channelAxis } = weightLayout(layer);
  const q = layer.weightQuantizer;
  if (!q) return { out: g.floats(`${name}_w`, layout(read(layer.kernel)), dims), report: 'float32', notes: [] };
  const opts = network.quantizeOptions(q, 'weight', layer, EVAL);
  const label = quantizerLabel(q, opts);
  const notes: string[] = [];
  if (q.def.onnx.weights(opts.bits) === 'dequantize-linear') {
    const { codes, scale, zeroPoint }: OnnxCodes = q.def.onnxCodes!(layer.kernel, opts);
    const type = intTypeFor(codes, zeroPoint);
    if (type) {
      const c = g.ints(`${name}_w_codes`, type, layout(codes), dims);
      const s = g.floats(`${name}_w_scale`, scale, [scale.length]);
      const z = g.ints(`${name}_w_zero`, type, zeroPoint, [zeroPoint.length]);
      return {
        out: g.node('DequantizeLinear', [c, s, z], `${name}_w`, [intAttr('axis', channelAxis)]),
        report: `${label}: ${type.toLowerCase()} codes → DequantizeLinear, scale and zero point per output channel`,
        notes,
      };
    }
    notes.push(`${name}: ${label} codes or zero points do not fit a 16-bit integer; weights exported as their float32 values`);
  }
  if (q.def.stochastic) notes.push(`${name}: ${label} weights are one random draw, the one the lab evaluates with (the seed of step 0)`);
  const { values, levels } = quantizedValues(network, layer);
  return { out: g.floats(`${name}_w`, layout(values), dims), report: `${label}: the quantized values as float32 (${levels} distinct)`, notes };
}

/**
 * The network as an ONNX model, or the first layer whose quantizers have no faithful
 * standard form and why. Evaluates quantizers as the lab does at test time.
 */
export function toOnnx(network: QuantNetwork, options: { name?: string; docString?: string } = {}): OnnxExport {
  return buildModel(network, { inputs: inputNodes, weights: weightNodes } satisfies LayerForms, {
    irVersion: ONNX_IR_VERSION,
    opset: ONNX_OPSET,
    docString: 'Input: float32 [N, H, W, C] pixels scaled to [0, 1]. Output: float32 logits [N, classes].',
  }, options);
}
