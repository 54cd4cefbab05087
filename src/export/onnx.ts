/**
 * A trained QuantNetwork as an ONNX model with standard operators (opset 21), written
 * with protobufjs over the official `onnx.proto` (compiled to `onnx-proto.json` by
 * `scripts/build-onnx-proto.mjs`). No DOM: runs in Node and in the worker.
 *
 * The model takes `pixels`, float32 [N, H, W, C] scaled to [0, 1] as the lab feeds them,
 * and gives `logits`, float32 [N, classes]. Per layer, in the lab's order: flatten
 * (NHWC order, as tfjs), the input quantizer, Conv (NCHW inside the graph) or MatMul,
 * bias, 2×2 max pool, batch norm, ReLU. Every form is read from the registry's `onnx`
 * facts; what has no faithful form is refused with the layer and the reason.
 */
import * as tf from '@tensorflow/tfjs-core';
import protobuf from 'protobufjs/light.js';
import type { OnnxCodes } from '../quant';
import type { QuantLayer, QuantNetwork } from '../model/network';
import descriptor from './onnx-proto.json';

export const ONNX_OPSET = 21;
/** IR version 10 (2024-03-25) is the first with INT4/UINT4, which opset 21 uses. */
export const ONNX_IR_VERSION = 10;

const root = protobuf.Root.fromJSON(descriptor as protobuf.INamespace);
const ModelProto = root.lookupType('onnx.ModelProto');

/** TensorProto.DataType values used here. */
const DT = { FLOAT: 1, UINT8: 2, INT8: 3, UINT16: 4, INT16: 5, INT64: 7, UINT4: 21, INT4: 22 } as const;
type IntType = 'UINT4' | 'INT4' | 'UINT8' | 'INT8' | 'UINT16' | 'INT16';
const INT_RANGES: [IntType, number, number][] = [
  ['UINT4', 0, 15],
  ['INT4', -8, 7],
  ['UINT8', 0, 255],
  ['INT8', -128, 127],
  ['UINT16', 0, 65535],
  ['INT16', -32768, 32767],
];

/** What one layer became in the graph. */
export interface OnnxLayerReport {
  layer: string;
  weights: string;
  inputs: string;
}

export type OnnxExport =
  | { ok: true; bytes: Uint8Array; opset: number; layers: OnnxLayerReport[]; notes: string[] }
  | { ok: false; layer: string; reason: string };

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

/** Raw little-endian bytes of integers in an ONNX integer type (4-bit types two to a byte, the first in the low nibble). */
function intBytes(type: IntType, values: ArrayLike<number>): Uint8Array {
  if (type === 'UINT4' || type === 'INT4') {
    const out = new Uint8Array(Math.ceil(values.length / 2));
    for (let i = 0; i < values.length; i++) out[i >> 1] |= (values[i] & 0xf) << ((i & 1) * 4);
    return out;
  }
  if (type === 'UINT8' || type === 'INT8') return new Uint8Array(Int8Array.from(values as ArrayLike<number>, (v) => (v << 24) >> 24).buffer);
  const view = new DataView(new ArrayBuffer(values.length * 2));
  for (let i = 0; i < values.length; i++) view.setUint16(i * 2, values[i] & 0xffff, true);
  return new Uint8Array(view.buffer);
}

function floatBytes(values: ArrayLike<number>): Uint8Array {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
  return new Uint8Array(view.buffer);
}

/** [kh, kw, cin, cout] (tfjs HWIO) → [cout, cin, kh, kw] (ONNX OIHW). */
function hwioToOihw<T extends Float32Array | Int32Array>(values: T, [kh, kw, cin, cout]: number[]): T {
  const out = new (values.constructor as { new (n: number): T })(values.length);
  for (let h = 0; h < kh; h++)
    for (let w = 0; w < kw; w++)
      for (let i = 0; i < cin; i++)
        for (let o = 0; o < cout; o++) out[((o * cin + i) * kh + h) * kw + w] = values[((h * kw + w) * cin + i) * cout + o];
  return out;
}

/** TensorFlow's `same` padding: [begin, end] of one spatial axis. */
function samePads(size: number, kernel: number, stride: number): [number, number] {
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + kernel - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

interface Attribute {
  name: string;
  type: number;
  i?: number;
  f?: number;
  ints?: number[];
}
const intAttr = (name: string, i: number): Attribute => ({ name, type: 2, i });
const floatAttr = (name: string, f: number): Attribute => ({ name, type: 1, f });
const intsAttr = (name: string, ints: number[]): Attribute => ({ name, type: 7, ints });

/** Collects nodes and initializers with unique names. */
class GraphBuilder {
  nodes: object[] = [];
  initializers: object[] = [];
  private count = 0;

  name(hint: string): string {
    return `${hint}_${this.count++}`;
  }

  node(op: string, inputs: string[], hint: string, attributes: Attribute[] = []): string {
    const output = this.name(hint);
    this.nodes.push({ op_type: op, input: inputs, output: [output], name: `${op}_${output}`, attribute: attributes });
    return output;
  }

  floats(hint: string, values: ArrayLike<number>, dims: number[]): string {
    const name = this.name(hint);
    this.initializers.push({ name, dims, data_type: DT.FLOAT, raw_data: floatBytes(values) });
    return name;
  }

  scalar(hint: string, value: number): string {
    return this.floats(hint, [value], []);
  }

  ints(hint: string, type: IntType, values: ArrayLike<number>, dims: number[]): string {
    const name = this.name(hint);
    this.initializers.push({ name, dims, data_type: DT[type], raw_data: intBytes(type, values) });
    return name;
  }

  int64s(hint: string, values: number[]): string {
    const name = this.name(hint);
    this.initializers.push({ name, dims: [values.length], data_type: DT.INT64, int64_data: values });
    return name;
  }
}

const read = (t: tf.Tensor) => new Float32Array(t.dataSync());
const EVAL = { training: false, step: 0, progress: 1 };

/** A layer's input quantizer as nodes on `x`; a string result is the reason it cannot be exported. */
function inputNodes(g: GraphBuilder, network: QuantNetwork, layer: QuantLayer, x: string): { out: string; report: string; note?: string } | string {
  const q = layer.inputQuantizer;
  if (!q) return { out: x, report: 'float' };
  const name = layer.placed.spec.name;
  const opts = network.quantizeOptions(q, 'input', layer, EVAL);
  const form = q.def.onnx.inputs;
  const label = `${q.def.label}${q.def.bits.min === q.def.bits.max ? '' : ` ${opts.bits}-bit`}`;
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
      const lo = g.node('ReduceMin', [x], `${name}_min`, [intAttr('keepdims', 0)]);
      const hi = g.node('ReduceMax', [x], `${name}_max`, [intAttr('keepdims', 0)]);
      const s = g.node('Div', [g.node('Sub', [hi, lo], `${name}_range`), g.scalar(`${name}_n`, n)], `${name}_s`);
      const zero = g.scalar(`${name}_zero`, 0);
      const valid = g.node('Greater', [s, zero], `${name}_s_valid`);
      const safe = g.node('Where', [valid, s, g.scalar(`${name}_one`, 1)], `${name}_s_safe`);
      const z = g.node('Round', [g.node('Div', [g.node('Neg', [lo], `${name}_neg_min`), safe], `${name}_z_raw`)], `${name}_z`);
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
  const { placed } = layer;
  const name = placed.spec.name;
  const shape = placed.weightShape;
  const conv = placed.spec.kind === 'conv2d';
  const dims = conv ? [shape[3], shape[2], shape[0], shape[1]] : shape;
  const layout = <T extends Float32Array | Int32Array>(v: T) => (conv ? hwioToOihw(v, shape) : v);
  const q = layer.weightQuantizer;
  if (!q) return { out: g.floats(`${name}_w`, layout(read(layer.kernel)), dims), report: 'float32', notes: [] };
  const opts = network.quantizeOptions(q, 'weight', layer, EVAL);
  const label = `${q.def.label}${q.def.bits.min === q.def.bits.max ? '' : ` ${opts.bits}-bit`}`;
  const notes: string[] = [];
  if (q.def.onnx.weights(opts.bits) === 'dequantize-linear') {
    const { codes, scale, zeroPoint }: OnnxCodes = q.def.onnxCodes!(layer.kernel, opts);
    const type = intTypeFor(codes, zeroPoint);
    if (type) {
      const axis = conv ? 0 : 1;
      const c = g.ints(`${name}_w_codes`, type, layout(codes), dims);
      const s = g.floats(`${name}_w_scale`, scale, [scale.length]);
      const z = g.ints(`${name}_w_zero`, type, zeroPoint, [zeroPoint.length]);
      return {
        out: g.node('DequantizeLinear', [c, s, z], `${name}_w`, [intAttr('axis', axis)]),
        report: `${label}: ${type.toLowerCase()} codes → DequantizeLinear, scale and zero point per output channel`,
        notes,
      };
    }
    notes.push(`${name}: ${label} codes or zero points do not fit a 16-bit integer; weights exported as their float32 values`);
  }
  if (q.def.stochastic) notes.push(`${name}: ${label} weights are one random draw, the one the lab evaluates with (the seed of step 0)`);
  const values = tf.tidy(() => read(network.quantizedKernel(layer, EVAL)));
  const levels = new Set(values).size;
  return { out: g.floats(`${name}_w`, layout(values), dims), report: `${label}: the quantized values as float32 (${levels} distinct)`, notes };
}

/**
 * The network as an ONNX model, or the first layer whose quantizers have no faithful
 * standard form and why. Evaluates quantizers as the lab does at test time.
 */
export function toOnnx(network: QuantNetwork, options: { name?: string; docString?: string } = {}): OnnxExport {
  const g = new GraphBuilder();
  const [h, w, c] = network.imageShape;
  let x = 'pixels';
  let layout: 'nhwc' | 'nchw' | 'flat' = 'nhwc';
  const layers: OnnxLayerReport[] = [];
  const notes: string[] = [];
  for (const layer of network.layers) {
    const { placed } = layer;
    const name = placed.spec.name;
    if (placed.spec.kind === 'dense' && layout !== 'flat') {
      // The lab flattens NHWC; a tensor in NCHW goes back to NHWC first.
      if (layout === 'nchw') x = g.node('Transpose', [x], `${name}_to_nhwc`, [intsAttr('perm', [0, 2, 3, 1])]);
      x = g.node('Flatten', [x], `${name}_flatten`, [intAttr('axis', 1)]);
      layout = 'flat';
    }
    if (placed.spec.kind === 'conv2d' && layout === 'nhwc') {
      x = g.node('Transpose', [x], `${name}_to_nchw`, [intsAttr('perm', [0, 3, 1, 2])]);
      layout = 'nchw';
    }
    const input = inputNodes(g, network, layer, x);
    if (typeof input === 'string') return { ok: false, layer: name, reason: input };
    if (input.note) notes.push(input.note);
    x = input.out;
    const weights = weightNodes(g, network, layer);
    notes.push(...weights.notes);
    const bias = layer.bias ? g.floats(`${name}_bias`, read(layer.bias), [layer.bias.shape[0]]) : undefined;
    if (placed.spec.kind === 'conv2d') {
      const { kernelSize: k, stride, padding } = placed.spec;
      const [ph, pw] = padding === 'same' ? [samePads(placed.inputShape[0], k, stride), samePads(placed.inputShape[1], k, stride)] : [[0, 0], [0, 0]];
      x = g.node('Conv', bias ? [x, weights.out, bias] : [x, weights.out], `${name}_conv`, [
        intsAttr('kernel_shape', [k, k]),
        intsAttr('strides', [stride, stride]),
        intsAttr('pads', [ph[0], pw[0], ph[1], pw[1]]),
      ]);
      if (placed.spec.pool) x = g.node('MaxPool', [x], `${name}_pool`, [intsAttr('kernel_shape', [2, 2]), intsAttr('strides', [2, 2])]);
    } else {
      x = g.node('MatMul', [x, weights.out], `${name}_matmul`);
      if (bias) x = g.node('Add', [x, bias], `${name}_bias_add`);
    }
    const bn = layer.batchNorm;
    if (bn) {
      const channels = bn.gamma.shape[0];
      x = g.node(
        'BatchNormalization',
        [x, g.floats(`${name}_gamma`, read(bn.gamma), [channels]), g.floats(`${name}_beta`, read(bn.beta), [channels]), g.floats(`${name}_mean`, read(bn.movingMean), [channels]), g.floats(`${name}_variance`, read(bn.movingVariance), [channels])],
        `${name}_bn`,
        [floatAttr('epsilon', network.batchNormEpsilon)],
      );
    }
    if (layer.relu) x = g.node('Relu', [x], `${name}_relu`);
    layers.push({ layer: name, weights: weights.report, inputs: input.report });
  }
  // The last node writes the graph output.
  const last = g.nodes[g.nodes.length - 1] as { output: string[] };
  last.output = ['logits'];
  const dim = (d: number | string) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d });
  const valueInfo = (name: string, dims: (number | string)[]) => ({ name, type: { tensor_type: { elem_type: DT.FLOAT, shape: { dim: dims.map(dim) } } } });
  const model = {
    ir_version: ONNX_IR_VERSION,
    opset_import: [{ domain: '', version: ONNX_OPSET }],
    producer_name: 'quantization-lab',
    producer_version: '0.1.0',
    doc_string: options.docString ?? 'Input: float32 [N, H, W, C] pixels scaled to [0, 1]. Output: float32 logits [N, classes].',
    graph: {
      name: options.name ?? network.config.architecture,
      node: g.nodes,
      initializer: g.initializers,
      input: [valueInfo('pixels', ['N', h, w, c])],
      output: [valueInfo('logits', ['N', network.classes])],
    },
    metadata_props: [{ key: 'quantization-lab.config', value: JSON.stringify(network.config) }],
  };
  const message = ModelProto.fromObject(model);
  return { ok: true, bytes: ModelProto.encode(message).finish(), opset: ONNX_OPSET, layers, notes };
}

/** Decodes an ONNX model (for tests and checks): the plain object of its ModelProto. */
export function decodeOnnx(bytes: Uint8Array): Record<string, unknown> {
  return ModelProto.toObject(ModelProto.decode(bytes), { longs: Number, bytes: Array, defaults: false }) as Record<string, unknown>;
}
