/**
 * Turns a {@link DeploySpec} into the form both engine paths execute: per packed layer
 * its geometry, bit planes in the kernel layout (`bits.ts`) and epilogue table; per
 * float layer its quantized weights and parameter table for the float WGSL kernels.
 */
import { packConvWeights, packDenseWeights } from './bits';
import { quantizedWeights } from './reference';
import type { DeployLayer, DeploySpec, LayerGeometry } from './spec';
import { epilogueParams, outChannels, planSpec, roundUp } from './spec';

/** A packed (binary or ternary) layer ready for execution. */
export interface PackedLayer {
  kind: 'dense' | 'conv2d';
  geo: LayerGeometry;
  ternary: boolean;
  /** Sign plane, then (ternary) the mask plane at `maskOffset` words. */
  words: Uint32Array;
  maskOffset: number;
  /** Dense: words per weight row (= packed pitch of the input). */
  pitchK: number;
  /** Conv: output channels padded to the conv kernel's tile. */
  coutPad: number;
  cout: number;
  /** [alpha, bias, scale, shift] per output channel (see `epilogueParams`). */
  ep: Float32Array;
  relu: boolean;
  pool: boolean;
}

/**
 * A float layer (not packed) for `conv2d_float.wgsl` / `dense_float.wgsl`: the float
 * simulation's steps with the same operands (quantized weights, sign of the input).
 */
export interface FloatLayer {
  kind: 'dense' | 'conv2d';
  geo: LayerGeometry;
  /**
   * Quantized weights W_q, [kh, kw, cin, coutPad] (conv) or [in, coutPad] (dense),
   * output channels zero-padded to coutPad.
   */
  weights: Float32Array;
  /** Conv: roundUp(cout, 16) (four vec4 per invocation); dense: roundUp(cout, 4). */
  coutPad: number;
  cout: number;
  /** [bias | mean | variance | beta | gamma], each coutPad long (zeros when absent). */
  table: Float32Array;
  hasBias: boolean;
  hasBN: boolean;
  /** Batch-norm epsilon, as float32. */
  eps: number;
  relu: boolean;
  pool: boolean;
  /** inputMode 'binary': the layer multiplies sign(x). */
  signInput: boolean;
  /** The next layer is packed: the kernel emits packed signs instead of floats. */
  emitsBits: boolean;
}

/** A spec with its geometry, packed layers and float layers (null where the other applies). */
export interface CompiledModel {
  spec: DeploySpec;
  geo: LayerGeometry[];
  packed: (PackedLayer | null)[];
  floats: (FloatLayer | null)[];
}

/** Float-kernel form of a float layer. */
export function compileFloatLayer(l: DeployLayer, g: LayerGeometry, emitsBits: boolean): FloatLayer {
  const cout = outChannels(l);
  const coutPad = roundUp(cout, l.kind === 'conv2d' ? 16 : 4);
  const wq = quantizedWeights(l);
  const rows = wq.length / cout;
  const weights = new Float32Array(rows * coutPad);
  for (let r = 0; r < rows; r++) weights.set(wq.subarray(r * cout, (r + 1) * cout), r * coutPad);
  const table = new Float32Array(5 * coutPad);
  if (l.bias) table.set(l.bias, 0);
  const bn = l.batchNorm;
  if (bn) {
    table.set(bn.mean, coutPad);
    table.set(bn.variance, 2 * coutPad);
    table.set(bn.beta, 3 * coutPad);
    table.set(bn.gamma, 4 * coutPad);
  }
  return {
    kind: l.kind, geo: g, weights, coutPad, cout, table, hasBias: !!l.bias, hasBN: !!bn, eps: Math.fround(bn?.epsilon ?? 0),
    relu: l.activation === 'relu', pool: !!l.pool, signInput: l.inputMode === 'binary', emitsBits,
  };
}

/** Validates a spec and packs its binary/ternary layers. */
export function compileSpec(spec: DeploySpec): CompiledModel {
  const geo = planSpec(spec);
  const packed = spec.layers.map((l, i): PackedLayer | null => {
    const g = geo[i];
    if (!g.packed) return null;
    const ternary = l.weightMode === 'ternary';
    const delta = ternary ? l.delta : undefined;
    const base = { kind: l.kind, geo: g, ternary, cout: outChannels(l), ep: epilogueParams(l), relu: l.activation === 'relu', pool: !!l.pool };
    if (l.kind === 'dense') {
      const d = packDenseWeights(l.weights, g.inP, g.inC, outChannels(l), delta);
      return { ...base, words: d.words, maskOffset: d.maskOffset, pitchK: d.pitch, coutPad: outChannels(l) };
    }
    const c = packConvWeights(l.weights, l.shape, delta);
    return { ...base, words: c.words, maskOffset: c.maskOffset, pitchK: 0, coutPad: c.coutPad };
  });
  const floats = spec.layers.map((l, i) => (geo[i].packed ? null : compileFloatLayer(l, geo[i], i + 1 < geo.length && geo[i + 1].packed)));
  return { spec, geo, packed, floats };
}
