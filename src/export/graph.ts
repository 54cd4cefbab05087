/**
 * What the ONNX and QONNX exporters share: the graph builder over the official
 * `onnx.proto` (protobufjs, compiled to `onnx-proto.json` by `scripts/build-onnx-proto.mjs`),
 * tensor layouts, and the layer loop. Each format gives its own forms of a layer's input
 * quantizer and weights. No DOM: runs in Node and in the worker.
 *
 * The model takes `pixels`, float32 [N, H, W, C] scaled to [0, 1] as the lab feeds them,
 * and gives `logits`, float32 [N, classes]. Per layer, in the lab's order: flatten
 * (NHWC order, as tfjs), the input quantizer, Conv (NCHW inside the graph) or MatMul,
 * bias, 2×2 max pool, batch norm, ReLU.
 */
import * as tf from '@tensorflow/tfjs-core';
import protobuf from 'protobufjs/light.js';
import type { QuantizeOptions } from '../quant';
import type { QuantLayer, QuantNetwork } from '../model/network';
import descriptor from './onnx-proto.json';

const root = protobuf.Root.fromJSON(descriptor as protobuf.INamespace);
const ModelProto = root.lookupType('onnx.ModelProto');

/** TensorProto.DataType values used here. */
export const DT = { FLOAT: 1, UINT8: 2, INT8: 3, UINT16: 4, INT16: 5, INT64: 7, UINT4: 21, INT4: 22 } as const;
export type IntType = 'UINT4' | 'INT4' | 'UINT8' | 'INT8' | 'UINT16' | 'INT16';

/** What one layer became in the graph. */
export interface OnnxLayerReport {
  layer: string;
  weights: string;
  inputs: string;
}

export type OnnxExport =
  | { ok: true; bytes: Uint8Array; opset: number; layers: OnnxLayerReport[]; notes: string[] }
  | { ok: false; layer: string; reason: string };

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

export interface Attribute {
  name: string;
  type: number;
  i?: number;
  f?: number;
  s?: Uint8Array;
  ints?: number[];
}
export const intAttr = (name: string, i: number): Attribute => ({ name, type: 2, i });
export const floatAttr = (name: string, f: number): Attribute => ({ name, type: 1, f });
export const stringAttr = (name: string, s: string): Attribute => ({ name, type: 3, s: new TextEncoder().encode(s) });
export const intsAttr = (name: string, ints: number[]): Attribute => ({ name, type: 7, ints });

/** Collects nodes and initializers with unique names. */
export class GraphBuilder {
  nodes: object[] = [];
  initializers: object[] = [];
  private count = 0;

  name(hint: string): string {
    return `${hint}_${this.count++}`;
  }

  node(op: string, inputs: string[], hint: string, attributes: Attribute[] = [], domain?: string): string {
    const output = this.name(hint);
    this.nodes.push({ op_type: op, input: inputs, output: [output], name: `${op}_${output}`, attribute: attributes, ...(domain ? { domain } : {}) });
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

export const read = (t: tf.Tensor) => new Float32Array(t.dataSync());
/** Quantizers evaluate as the lab does at test time. */
export const EVAL = { training: false, step: 0, progress: 1 };

/** A quantizer's name in reports: its label, with the width where it has a choice. */
export const quantizerLabel = (q: NonNullable<QuantLayer['inputQuantizer']>, opts: QuantizeOptions) => `${q.def.label}${q.def.bits.min === q.def.bits.max ? '' : ` ${opts.bits}-bit`}`;

/** A layer's weights in the layout of its op: ONNX OIHW for Conv, [in, out] for MatMul; the output channel on `channelAxis`. */
export function weightLayout(layer: QuantLayer) {
  const shape = layer.placed.weightShape;
  const conv = layer.placed.spec.kind === 'conv2d';
  return {
    dims: conv ? [shape[3], shape[2], shape[0], shape[1]] : shape,
    channelAxis: conv ? 0 : 1,
    layout: <T extends Float32Array | Int32Array>(v: T) => (conv ? hwioToOihw(v, shape) : v),
  };
}

/** The lab's quantized kernel as float32 values, and how many distinct values it has. */
export function quantizedValues(network: QuantNetwork, layer: QuantLayer): { values: Float32Array; levels: number } {
  const values = tf.tidy(() => read(network.quantizedKernel(layer, EVAL)));
  return { values, levels: new Set(values).size };
}

/**
 * The lab's affine activation statistics over the whole input batch, as nodes:
 * s = (max − min)/n, `safe` = s where s > 0 else 1, z = round(−min/safe); `valid` is s > 0
 * (where s = 0 the lab passes x through unchanged).
 */
export function batchAffineNodes(g: GraphBuilder, name: string, x: string, n: number) {
  const lo = g.node('ReduceMin', [x], `${name}_min`, [intAttr('keepdims', 0)]);
  const hi = g.node('ReduceMax', [x], `${name}_max`, [intAttr('keepdims', 0)]);
  const s = g.node('Div', [g.node('Sub', [hi, lo], `${name}_range`), g.scalar(`${name}_n`, n)], `${name}_s`);
  const valid = g.node('Greater', [s, g.scalar(`${name}_zero`, 0)], `${name}_s_valid`);
  const safe = g.node('Where', [valid, s, g.scalar(`${name}_one`, 1)], `${name}_s_safe`);
  const z = g.node('Round', [g.node('Div', [g.node('Neg', [lo], `${name}_neg_min`), safe], `${name}_z_raw`)], `${name}_z`);
  return { valid, safe, z };
}

/** A format's forms of a layer's quantizers. */
export interface LayerForms {
  /** The layer's input quantizer as nodes on `x`; a string is the reason it cannot be exported. */
  inputs(g: GraphBuilder, network: QuantNetwork, layer: QuantLayer, x: string): { out: string; report: string; note?: string } | string;
  /** The layer's weights in the layout of `weightLayout`; a string is the reason they cannot be exported. */
  weights(g: GraphBuilder, network: QuantNetwork, layer: QuantLayer): { out: string; report: string; notes: string[] } | string;
}

export interface ModelFormat {
  irVersion: number;
  /** The standard opset; `customOpsets` are imported beside it. */
  opset: number;
  customOpsets?: { domain: string; version: number }[];
  docString: string;
}

/** The network as a model of `format`, or the first layer that cannot be exported and why. */
export function buildModel(network: QuantNetwork, forms: LayerForms, format: ModelFormat, options: { name?: string; docString?: string } = {}): OnnxExport {
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
    const input = forms.inputs(g, network, layer, x);
    if (typeof input === 'string') return { ok: false, layer: name, reason: input };
    if (input.note) notes.push(input.note);
    x = input.out;
    const weights = forms.weights(g, network, layer);
    if (typeof weights === 'string') return { ok: false, layer: name, reason: weights };
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
    ir_version: format.irVersion,
    opset_import: [{ domain: '', version: format.opset }, ...(format.customOpsets ?? [])],
    producer_name: 'quantization-lab',
    producer_version: '0.1.0',
    doc_string: options.docString ?? format.docString,
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
  return { ok: true, bytes: ModelProto.encode(message).finish(), opset: format.opset, layers, notes };
}

/** Decodes an ONNX model (for tests and checks): the plain object of its ModelProto. */
export function decodeOnnx(bytes: Uint8Array): Record<string, unknown> {
  return ModelProto.toObject(ModelProto.decode(bytes), { longs: Number, bytes: Array, defaults: false }) as Record<string, unknown>;
}
