/**
 * The network contract between the model code and the binary engine.
 *
 * Semantics of one layer (shared by {@link floatForward} in `reference.ts`, the
 * packed JavaScript path and the WebGPU kernels):
 *
 *   in_q  = inputMode 'binary' ? sign(in) : in          (sign(x) = x < 0 ? -1 : +1, so sign(0) = +1)
 *   W_q   = weightMode 'float'   ? W
 *         : weightMode 'binary'  ? alpha[c] · sign(W)
 *         : weightMode 'ternary' ? alpha[c] · t,  t = |W| > delta[c] ? sign(W) : 0
 *   y     = op(in_q, W_q) + bias         (op: matMul, or conv2d with ZERO padding for 'same')
 *   y     = pool ? maxPool2x2/2 (valid) : y
 *   y     = batchNorm ? (y − mean)/sqrt(variance + ε)·gamma + beta : y
 *   y     = activation 'relu' ? max(y, 0) : y
 *
 * A dense layer with `flattenBefore` flattens its NHWC input row-major first.
 */
export interface DeployLayer {
  kind: 'dense' | 'conv2d';
  name: string;
  /** Latent float weights, [in, out] (dense) or [kh, kw, cin, cout] (conv). */
  weights: Float32Array;
  shape: number[];
  weightMode: 'float' | 'binary' | 'ternary';
  /** Per output channel scale; binary: Wq = alpha[c]·sign(W); ternary: Wq = alpha[c]·t. */
  alpha?: Float32Array;
  /** Ternary threshold per output channel: t = sign(W) if |W| > delta[c] else 0. */
  delta?: Float32Array;
  /** 'binary': the layer input is sign(x), sign(0) = +1. */
  inputMode: 'float' | 'binary';
  bias?: Float32Array;
  stride?: 1 | 2;
  padding?: 'same' | 'valid';
  /** Max pool applied to the layer output (after bias), before batch norm. */
  pool?: { size: 2; stride: 2 };
  batchNorm?: { gamma: Float32Array; beta: Float32Array; mean: Float32Array; variance: Float32Array; epsilon: number };
  /** Applied after batch norm. */
  activation: 'none' | 'relu';
  /** A dense layer after a conv: flatten NHWC row-major first. */
  flattenBefore?: boolean;
}

/** A whole network: NHWC input shape [h, w, c], class count and layers in order. */
export interface DeploySpec {
  inputShape: [number, number, number];
  classes: number;
  layers: DeployLayer[];
}

/** Spatial activation shape (dense activations use h = w = 1). */
export interface Shape3 {
  h: number;
  w: number;
  c: number;
}

/** Geometry of one layer, derived from the spec by {@link planSpec}. */
export interface LayerGeometry {
  /** Input shape (before flatten). */
  input: Shape3;
  /** Convolution output before pooling (dense: 1×1×out). */
  conv: Shape3;
  /** Layer output (after pooling). */
  output: Shape3;
  /** Runs on packed bits: binary or ternary weights with binary inputs. */
  packed: boolean;
  /** Packed layer whose output feeds a packed layer: it emits sign bits, not floats. */
  emitsBits: boolean;
  /**
   * Packed input geometry: P = h·w positions of C channels per example, each
   * position stored as ceil(C/32) words (see `bits.ts`). A dense layer reads the
   * flattened NHWC input in this same layout.
   */
  inP: number;
  inC: number;
  kh: number;
  kw: number;
  stride: number;
  /** Top / left zero padding of a conv. */
  padTop: number;
  padLeft: number;
}

/** Error for a spec that is not self-consistent. */
export class SpecError extends Error {
  constructor(message: string) {
    super(`Deploy spec: ${message}`);
    this.name = 'SpecError';
  }
}

/** Number of 32-bit words holding `n` bits. */
export const words32 = (n: number): number => Math.ceil(n / 32);
/** Round `n` up to a multiple of `m`. */
export const roundUp = (n: number, m: number): number => Math.ceil(n / m) * m;

/** tfjs 'same' / 'valid' output size and leading pad for one spatial axis. */
export function convAxis(size: number, k: number, stride: number, padding: 'same' | 'valid'): { out: number; pad: number } {
  if (padding === 'same') {
    const out = Math.ceil(size / stride);
    const total = Math.max((out - 1) * stride + k - size, 0);
    return { out, pad: Math.floor(total / 2) };
  }
  return { out: Math.ceil((size - k + 1) / stride), pad: 0 };
}

/** Output channel count of a layer. */
export const outChannels = (l: DeployLayer): number => l.shape[l.shape.length - 1];

/** Whether a layer runs on packed bits (binary/ternary weights and sign inputs). */
export const isPackedLayer = (l: DeployLayer): boolean => l.weightMode !== 'float' && l.inputMode === 'binary';

/**
 * Checks a spec and derives every layer's shapes and packed layout.
 * Throws {@link SpecError} on inconsistent shapes or missing parameters.
 */
export function planSpec(spec: DeploySpec): LayerGeometry[] {
  const [h0, w0, c0] = spec.inputShape;
  let cur: Shape3 = { h: h0, w: w0, c: c0 };
  const geo: LayerGeometry[] = [];
  spec.layers.forEach((l, i) => {
    const where = `layer ${i} (${l.name})`;
    const cout = outChannels(l);
    const size = l.shape.reduce((a, b) => a * b, 1);
    if (l.weights.length !== size) throw new SpecError(`${where}: ${l.weights.length} weights for shape [${l.shape}]`);
    const need = (name: string, arr: Float32Array | undefined) => {
      if (arr && arr.length !== cout) throw new SpecError(`${where}: ${name} has ${arr.length} values, expected ${cout}`);
    };
    if (l.weightMode !== 'float' && !l.alpha) throw new SpecError(`${where}: ${l.weightMode} weights need alpha`);
    if (l.weightMode === 'ternary' && !l.delta) throw new SpecError(`${where}: ternary weights need delta`);
    need('alpha', l.alpha);
    need('delta', l.delta);
    need('bias', l.bias);
    if (l.batchNorm) for (const k of ['gamma', 'beta', 'mean', 'variance'] as const) need(`batchNorm.${k}`, l.batchNorm[k]);
    const input = cur;
    let g: LayerGeometry;
    if (l.kind === 'conv2d') {
      if (l.shape.length !== 4) throw new SpecError(`${where}: conv weights must be [kh, kw, cin, cout]`);
      const [kh, kw, cin] = l.shape;
      if (cin !== cur.c) throw new SpecError(`${where}: expects ${cin} input channels, gets ${cur.c}`);
      const stride = l.stride ?? 1;
      const padding = l.padding ?? 'same';
      const ay = convAxis(cur.h, kh, stride, padding);
      const ax = convAxis(cur.w, kw, stride, padding);
      if (ay.out < 1 || ax.out < 1) throw new SpecError(`${where}: empty output`);
      const conv = { h: ay.out, w: ax.out, c: cout };
      const output = l.pool ? { h: Math.floor(conv.h / 2), w: Math.floor(conv.w / 2), c: cout } : conv;
      if (output.h < 1 || output.w < 1) throw new SpecError(`${where}: pooling an ${conv.h}×${conv.w} map`);
      g = { input, conv, output, packed: isPackedLayer(l), emitsBits: false, inP: cur.h * cur.w, inC: cin, kh, kw, stride, padTop: ay.pad, padLeft: ax.pad };
    } else {
      if (l.shape.length !== 2) throw new SpecError(`${where}: dense weights must be [in, out]`);
      if (l.pool) throw new SpecError(`${where}: pooling is for conv layers`);
      const spatial = cur.h * cur.w > 1;
      if (spatial && !l.flattenBefore) throw new SpecError(`${where}: a dense layer after a ${cur.h}×${cur.w} map needs flattenBefore`);
      const fin = cur.h * cur.w * cur.c;
      if (l.shape[0] !== fin) throw new SpecError(`${where}: expects ${l.shape[0]} inputs, gets ${fin}`);
      const conv = { h: 1, w: 1, c: cout };
      g = { input, conv, output: conv, packed: isPackedLayer(l), emitsBits: false, inP: cur.h * cur.w, inC: cur.c, kh: 1, kw: 1, stride: 1, padTop: 0, padLeft: 0 };
    }
    geo.push(g);
    cur = g.output;
  });
  if (cur.h * cur.w * cur.c !== spec.classes) throw new SpecError(`network ends with ${cur.h * cur.w * cur.c} outputs, expected ${spec.classes} classes`);
  for (let i = 0; i + 1 < geo.length; i++) geo[i].emitsBits = geo[i].packed && geo[i + 1].packed;
  return geo;
}

/**
 * Per output channel epilogue of a packed layer, in execution order:
 * v = alpha·D + bias (D the integer ±1 dot product); pooled by max; z = v·scale + shift
 * (batch norm folded: scale = gamma/sqrt(variance+ε), shift = beta − mean·scale; 1 and 0
 * without batch norm); relu if set. Stored as [alpha, bias, scale, shift] per channel.
 */
export function epilogueParams(l: DeployLayer): Float32Array {
  const cout = outChannels(l);
  const out = new Float32Array(cout * 4);
  for (let c = 0; c < cout; c++) {
    out[c * 4] = l.alpha ? l.alpha[c] : 1;
    out[c * 4 + 1] = l.bias ? l.bias[c] : 0;
    if (l.batchNorm) {
      const bn = l.batchNorm;
      const scale = Math.fround(bn.gamma[c] / Math.sqrt(bn.variance[c] + bn.epsilon));
      out[c * 4 + 2] = scale;
      out[c * 4 + 3] = Math.fround(bn.beta[c] - bn.mean[c] * scale);
    } else {
      out[c * 4 + 2] = 1;
      out[c * 4 + 3] = 0;
    }
  }
  return out;
}

/** Quantized ternary value t ∈ {-1, 0, 1} of a latent weight. */
export const ternaryOf = (w: number, delta: number): number => (Math.abs(w) > delta ? (w < 0 ? -1 : 1) : 0);
