/**
 * A trained QuantNetwork as a QONNX model: standard ONNX (opset 13) plus the QONNX
 * quantizer nodes `Quant` and `BipolarQuant` of the domain `qonnx.custom_op.general`,
 * which FINN and hls4ml read. Graph, layouts and layer loop are shared with the ONNX
 * export (`graph.ts`); the forms come from each quantizer's `qonnx` facts and its
 * `qonnxWeights` / `onnxGrid` operations.
 *
 * Spec followed: fastmachinelearning/qonnx v0.4.0 (commit 51965aba),
 * docs/qonnx-custom-ops/quant_op.md and bipolar_quant_op.md:
 * - Quant(X, scale, zeropt, bitwidth), attributes signed, narrow, rounding_mode:
 *   y = round(clamp(X/scale + zeropt, min_int, max_int)) − zeropt, times scale; min_int and
 *   max_int from bitwidth, signed and narrow; "ROUND" is round half to even; scale and
 *   zeropt are scalars or tensors with as many dimensions as X; bitwidth ≥ 2 (binary and
 *   bipolar widths are BipolarQuant's). Later qonnx renames Quant to IntQuant and still
 *   reads Quant.
 * - BipolarQuant(X, scale): +scale where X ≥ 0, else −scale. The doc names a scalar scale;
 *   qonnx's implementation broadcasts it like Quant's, which per-channel weights use.
 *
 * Weights stay float32 initializers, the lab's quantized values, fed through Quant or
 * BipolarQuant with their per-channel grid, so a reader sees their width; the exporter
 * checks that the node gives every value back. Weights whose levels are no uniform grid
 * are written as float32 values without a node, and the layer's report says why.
 */
import type { QonnxGrid } from '../quant';
import type { QuantLayer, QuantNetwork } from '../model/network';
import { batchAffineNodes, buildModel, EVAL, GraphBuilder, intAttr, quantizedValues, quantizerLabel, read, stringAttr, weightLayout, type LayerForms, type OnnxExport } from './graph';

export const QONNX_DOMAIN = 'qonnx.custom_op.general';
/** Opset 13 with IR version 7: every node here exists in it, and FINN's and qonnx's tools read it. */
export const QONNX_OPSET = 13;
export const QONNX_IR_VERSION = 7;

/** Round half to even, as Quant's "ROUND" (numpy's round). */
export function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  return d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
}

/** The integer range of a Quant node (the spec's min_int and max_int). */
export function quantRange(bits: number, signed: boolean, narrow: boolean): [number, number] {
  if (signed) return [-(2 ** (bits - 1)) + (narrow ? 1 : 0), 2 ** (bits - 1) - 1];
  return [0, 2 ** bits - 1 - (narrow ? 1 : 0)];
}

/** What a Quant node computes on one float32 value, in float32, as the spec's sample implementation. */
export function quantValue(x: number, scale: number, zeroPoint: number, [lo, hi]: [number, number]): number {
  const y = Math.fround(Math.fround(x / scale) + zeroPoint);
  const clamped = y > hi ? hi : y < lo ? lo : y;
  return Math.fround(Math.fround(roundHalfEven(clamped) - zeroPoint) * scale);
}

/** What a BipolarQuant node computes on one float32 value. */
export const bipolarValue = (x: number, scale: number) => Math.fround((x >= 0 ? 1 : -1) * scale);

/**
 * A grid's scale and zero point with channels of scale 0 (all of whose values are 0)
 * given scale 1 and zero point 0, since Quant divides by the scale.
 */
function safeGrid(grid: QonnxGrid): { scale: Float32Array; zeroPoint: Float32Array } {
  const scale = Float32Array.from(grid.scale, (s) => (s === 0 ? 1 : s));
  const zeroPoint = Float32Array.from(grid.zeroPoint, (z, c) => (grid.scale[c] === 0 ? 0 : z));
  return { scale, zeroPoint };
}

/** The first value (kernel order, channel last) that the grid's node does not give back, or −1. */
export function gridMismatch(values: Float32Array, grid: QonnxGrid, bipolar: boolean): number {
  const { scale, zeroPoint } = safeGrid(grid);
  const channels = scale.length;
  const range = quantRange(grid.bits, grid.signed, grid.narrow);
  for (let i = 0; i < values.length; i++) {
    const c = i % channels;
    const got = bipolar ? bipolarValue(values[i], grid.scale[c]) : quantValue(values[i], scale[c], zeroPoint[c], range);
    if (got !== values[i]) return i;
  }
  return -1;
}

const quantAttrs = (signed: boolean, narrow: boolean) => [intAttr('signed', signed ? 1 : 0), intAttr('narrow', narrow ? 1 : 0), stringAttr('rounding_mode', 'ROUND')];

/** A Quant node on `x`; `scale` and `zeroPoint` are tensor names. */
function quantNode(g: GraphBuilder, hint: string, x: string, scale: string, zeroPoint: string, bits: number, signed: boolean, narrow: boolean): string {
  return g.node('Quant', [x, scale, zeroPoint, g.scalar(`${hint}_bits`, bits)], hint, quantAttrs(signed, narrow), QONNX_DOMAIN);
}

function inputNodes(g: GraphBuilder, network: QuantNetwork, layer: QuantLayer, x: string): { out: string; report: string; note?: string } | string {
  const q = layer.inputQuantizer;
  if (!q) return { out: x, report: 'float' };
  const name = layer.placed.spec.name;
  const opts = network.quantizeOptions(q, 'input', layer, EVAL);
  const form = q.def.qonnx.inputs(opts.bits);
  const label = quantizerLabel(q, opts);
  const k = opts.bits;
  switch (form.form) {
    case 'none':
      return `${name}: ${label} activations have no faithful QONNX form: ${form.reason}`;
    case 'bipolar':
      return { out: g.node('BipolarQuant', [x, g.scalar(`${name}_a_scale`, 1)], `${name}_a_bipolar`, [], QONNX_DOMAIN), report: `${label}: BipolarQuant, scale 1 (±1)` };
    case 'quant': {
      const grid = q.def.onnxGrid!(opts);
      if (grid.topCode !== 2 ** k - 1) return `${name}: ${label} activations have ${grid.topCode + 1} codes, not the 2^${k} of a ${k}-bit Quant`;
      return {
        out: quantNode(g, `${name}_a_quant`, x, g.scalar(`${name}_a_scale`, grid.scale), g.scalar(`${name}_a_zero`, 0), k, false, false),
        report: `${label}: Quant ${k}-bit unsigned, scale ${grid.scale}, zero point 0`,
      };
    }
    case 'half-wave-quant': {
      // Quant gives Δ·clip(round(x/Δ), 0, n); the lab's grid is Δ·clip(round(x/Δ), 1, n) for x > 0, 0 elsewhere.
      const grid = q.def.onnxGrid!(opts);
      const step = g.scalar(`${name}_step`, grid.scale);
      const quant = quantNode(g, `${name}_a_quant`, x, step, g.scalar(`${name}_a_zero`, 0), k, false, false);
      const zero = g.scalar(`${name}_zero`, 0);
      const positive = g.node('Greater', [x, zero], `${name}_positive`);
      return {
        out: g.node('Where', [positive, g.node('Max', [quant, step], `${name}_at_least_step`), zero], `${name}_hwgq`),
        report: `${label}: Quant ${k}-bit unsigned, scale Δ = ${grid.scale}, then Max(·, Δ) where x > 0 and 0 elsewhere`,
      };
    }
    case 'dynamic-quant': {
      const n = 2 ** k - 1;
      const { valid, safe, z } = batchAffineNodes(g, name, x, n);
      const quant = quantNode(g, `${name}_a_quant`, x, safe, z, k, false, false);
      return {
        out: g.node('Where', [valid, quant, x], `${name}_affine`),
        report: `${label}: Quant ${k}-bit unsigned with scale and zero point computed from the batch's min and max`,
        note:
          `${name}: ${label} activations take their range from the whole input batch at run time, as in the lab, so scale and zero point are computed in the graph, not constants; ` +
          'Quant rounds x/s + z where the lab rounds x/s and adds z, which differ by one code where x/s + z lands within float32 rounding of a half',
      };
    }
  }
}

function weightNodes(g: GraphBuilder, network: QuantNetwork, layer: QuantLayer): { out: string; report: string; notes: string[] } | string {
  const name = layer.placed.spec.name;
  const { dims, layout, channelAxis } = weightLayout(layer);
  const q = layer.weightQuantizer;
  if (!q) return { out: g.floats(`${name}_w`, layout(read(layer.kernel)), dims), report: 'float32', notes: [] };
  const opts = network.quantizeOptions(q, 'weight', layer, EVAL);
  const label = quantizerLabel(q, opts);
  const form = q.def.qonnx.weights(opts.bits);
  const { values, levels } = quantizedValues(network, layer);
  const w = g.floats(`${name}_w`, layout(values), dims);
  const random = q.def.stochastic ? [`${name}: ${label} weights are one random draw, the one the lab evaluates with (the seed of step 0)`] : [];
  if (form.form === 'values') {
    return {
      out: w,
      report: `${label}: float32 values (${levels} distinct), no QONNX node: ${form.reason}`,
      notes: [`${name}: ${label} weights have no QONNX quantizer node (${form.reason}); they are written as their float32 values, exact for inference`, ...random],
    };
  }
  const grid = q.def.qonnxWeights!(layer.kernel, opts);
  const bipolar = form.form === 'bipolar';
  const wrong = gridMismatch(values, grid, bipolar);
  if (wrong >= 0) return `${name}: ${label} weight ${wrong} (${values[wrong]}) is not on its QONNX grid, so the node would change it`;
  const { scale, zeroPoint } = safeGrid(grid);
  // Per output channel, broadcast along the op's channel axis.
  const channelDims = dims.map((d, i) => (i === channelAxis ? d : 1));
  const s = g.floats(`${name}_w_scale`, bipolar ? grid.scale : scale, channelDims);
  if (bipolar) {
    return { out: g.node('BipolarQuant', [w, s], `${name}_w_bipolar`, [], QONNX_DOMAIN), report: `${label}: BipolarQuant, scale per output channel`, notes: random };
  }
  const z = g.floats(`${name}_w_zero`, zeroPoint, channelDims);
  const kind = `${grid.signed ? 'signed' : 'unsigned'}${grid.narrow ? ', narrow' : ''}`;
  return {
    out: quantNode(g, `${name}_w_quant`, w, s, z, grid.bits, grid.signed, grid.narrow),
    report: `${label}: Quant ${grid.bits}-bit ${kind}, scale and zero point per output channel`,
    notes: random,
  };
}

/**
 * The network as a QONNX model, or the first layer whose activations have no faithful
 * QONNX form and why. Evaluates quantizers as the lab does at test time.
 */
export function toQonnx(network: QuantNetwork, options: { name?: string; docString?: string } = {}): OnnxExport {
  return buildModel(network, { inputs: inputNodes, weights: weightNodes } satisfies LayerForms, {
    irVersion: QONNX_IR_VERSION,
    opset: QONNX_OPSET,
    customOpsets: [{ domain: QONNX_DOMAIN, version: 1 }],
    docString: 'QONNX. Input: float32 [N, H, W, C] pixels scaled to [0, 1]. Output: float32 logits [N, classes].',
  }, options);
}
