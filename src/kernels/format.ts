/**
 * Packed model file: a {@link DeploySpec} with binary weights as 1 bit and ternary
 * weights as 2 bits per weight. All integers little-endian.
 *
 * | offset | size | content                                                        |
 * |--------|------|----------------------------------------------------------------|
 * | 0      | 4    | magic `QLBN` (ASCII)                                           |
 * | 4      | 2    | format version, u16 = 1                                        |
 * | 6      | 2    | reserved, 0                                                    |
 * | 8      | 4    | header length H in bytes, u32                                  |
 * | 12     | 4    | payload length B in bytes, u32                                 |
 * | 16     | H    | header: UTF-8 JSON, space-padded to a multiple of 4            |
 * | 16+H   | B    | payload: sections, each 4-byte aligned                         |
 * | 16+H+B | 4    | CRC-32 (IEEE) of every preceding byte, u32                     |
 *
 * Header JSON: `{ inputShape, classes, layers: [...] }`; each layer carries the
 * spec's scalar fields (kind, name, shape, weightMode, inputMode, stride, padding,
 * pool, activation, flattenBefore, epsilon of batch norm) and `sections`, a map from
 * name to `[byteOffset, byteLength]` in the payload:
 * - `weights`: float32 latent weights (float layers only);
 * - `signs`: bit i (word i/32, bit i%32, LSB first, u32 words) set when the quantized
 *   weight i (row-major in `shape`) is negative; binary and ternary layers;
 * - `mask`: same order, set when the ternary weight is non-zero (ternary only);
 * - `alpha`, `bias`, `gamma`, `beta`, `mean`, `variance`: float32 per output channel;
 *   `alpha` is left out when every channel's is 1 (sign weights carry no scale) and
 *   read back as 1.
 *
 * Loading restores quantized weights, not latent ones: binary weights become ±1,
 * ternary weights −1/0/+1 with delta = 0.5, so W_q — and every engine or reference
 * output — is unchanged. Any corruption or truncation raises one
 * {@link PackedModelError}.
 */
import * as z from 'zod/mini';
import type { DeployLayer, DeploySpec } from './spec';
import { outChannels, planSpec, ternaryOf } from './spec';

const MAGIC = 0x4e424c51; // 'QLBN' read as little-endian u32
const VERSION = 1;
const PREFIX = 16;

/** A packed model that cannot be read. */
export class PackedModelError extends Error {
  constructor(message: string) {
    super(`Packed model: ${message}`);
    this.name = 'PackedModelError';
  }
}

let crcTable: Uint32Array | undefined;
/** CRC-32 (IEEE 802.3, as in zip/png). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const FLOAT_SECTIONS = ['alpha', 'bias', 'gamma', 'beta', 'mean', 'variance'] as const;

const count = z.int().check(z.minimum(0));
const positive = z.int().check(z.minimum(1));
const section = z.tuple([count, count]);
const layerSchema = z.object({
  kind: z.enum(['dense', 'conv2d']),
  name: z.string(),
  shape: z.array(positive).check(z.minLength(2), z.maxLength(4)),
  weightMode: z.enum(['float', 'binary', 'ternary']),
  inputMode: z.enum(['float', 'binary']),
  stride: z.optional(z.union([z.literal(1), z.literal(2)])),
  padding: z.optional(z.enum(['same', 'valid'])),
  pool: z.optional(z.object({ size: z.literal(2), stride: z.literal(2) })),
  activation: z.enum(['none', 'relu']),
  flattenBefore: z.optional(z.boolean()),
  epsilon: z.optional(z.number()),
  sections: z.record(z.string(), section),
});
const headerSchema = z.object({
  inputShape: z.tuple([positive, positive, positive]),
  classes: positive,
  layers: z.array(layerSchema).check(z.minLength(1)),
});

/** Sign (and, for ternary, non-zero) bit planes of a layer's quantized weights. */
function weightPlanes(l: DeployLayer): { signs: Uint32Array; mask?: Uint32Array } {
  const n = l.weights.length;
  const cout = outChannels(l);
  const signs = new Uint32Array(Math.ceil(n / 32));
  const mask = l.weightMode === 'ternary' ? new Uint32Array(signs.length) : undefined;
  for (let i = 0; i < n; i++) {
    const w = l.weights[i];
    const q = mask ? ternaryOf(w, l.delta![i % cout]) : w < 0 ? -1 : 1;
    if (q < 0) signs[i >>> 5] |= 1 << (i & 31);
    if (mask && q !== 0) mask[i >>> 5] |= 1 << (i & 31);
  }
  return { signs, mask };
}

/** Serialises a spec to the packed format (see the file header). */
export function packModel(spec: DeploySpec): Uint8Array<ArrayBuffer> {
  planSpec(spec);
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const add = (data: ArrayBufferView): [number, number] => {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
    padded.set(bytes);
    chunks.push(padded);
    const at: [number, number] = [offset, bytes.length];
    offset += padded.length;
    return at;
  };
  const layers = spec.layers.map((l) => {
    const sections: Record<string, [number, number]> = {};
    if (l.weightMode === 'float') sections.weights = add(l.weights);
    else {
      const planes = weightPlanes(l);
      sections.signs = add(planes.signs);
      if (planes.mask) sections.mask = add(planes.mask);
    }
    const floats: Partial<Record<(typeof FLOAT_SECTIONS)[number], Float32Array | undefined>> = {
      alpha: l.weightMode === 'float' || l.alpha?.every((a) => a === 1) ? undefined : l.alpha,
      bias: l.bias,
      ...(l.batchNorm ? { gamma: l.batchNorm.gamma, beta: l.batchNorm.beta, mean: l.batchNorm.mean, variance: l.batchNorm.variance } : {}),
    };
    for (const k of FLOAT_SECTIONS) {
      const v = floats[k];
      if (v) sections[k] = add(v);
    }
    return {
      kind: l.kind, name: l.name, shape: l.shape, weightMode: l.weightMode, inputMode: l.inputMode,
      stride: l.stride, padding: l.padding, pool: l.pool, activation: l.activation, flattenBefore: l.flattenBefore,
      epsilon: l.batchNorm?.epsilon, sections,
    };
  });
  const json = JSON.stringify({ inputShape: spec.inputShape, classes: spec.classes, layers });
  const raw = new TextEncoder().encode(json);
  const headerLength = Math.ceil(raw.length / 4) * 4;
  const total = PREFIX + headerLength + offset + 4;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint16(4, VERSION, true);
  view.setUint32(8, headerLength, true);
  view.setUint32(12, offset, true);
  out.fill(0x20, PREFIX, PREFIX + headerLength);
  out.set(raw, PREFIX);
  let at = PREFIX + headerLength;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  view.setUint32(total - 4, crc32(out.subarray(0, total - 4)), true);
  return out;
}

/** Reads a packed model back into a spec. Throws {@link PackedModelError}. */
export function unpackModel(bytes: Uint8Array): DeploySpec {
  if (bytes.byteLength < PREFIX + 4) throw new PackedModelError(`truncated: ${bytes.byteLength} bytes is shorter than the ${PREFIX + 4}-byte frame`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new PackedModelError('not a packed model (bad magic, expected "QLBN")');
  const version = view.getUint16(4, true);
  if (version !== VERSION) throw new PackedModelError(`unsupported format version ${version} (this build reads ${VERSION})`);
  const headerLength = view.getUint32(8, true);
  const payloadLength = view.getUint32(12, true);
  const total = PREFIX + headerLength + payloadLength + 4;
  if (bytes.byteLength < total) throw new PackedModelError(`truncated: ${bytes.byteLength} bytes, the frame declares ${total}`);
  if (bytes.byteLength > total) throw new PackedModelError(`${bytes.byteLength - total} trailing bytes after the checksum`);
  const stored = view.getUint32(total - 4, true);
  if (crc32(bytes.subarray(0, total - 4)) !== stored) throw new PackedModelError('checksum mismatch (file corrupted)');
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(new TextDecoder().decode(bytes.subarray(PREFIX, PREFIX + headerLength))));
  } catch (e) {
    throw new PackedModelError(`bad header: ${(e as Error).message.slice(0, 300)}`);
  }
  const payload = PREFIX + headerLength;
  const take = (l: z.infer<typeof layerSchema>, name: string, bytesWanted: number): ArrayBuffer => {
    const s = l.sections[name];
    if (!s) throw new PackedModelError(`layer ${l.name}: missing section "${name}"`);
    if (s[1] !== bytesWanted) throw new PackedModelError(`layer ${l.name}: section "${name}" has ${s[1]} bytes, expected ${bytesWanted}`);
    if (s[0] % 4 || s[0] + s[1] > payloadLength) throw new PackedModelError(`layer ${l.name}: section "${name}" lies outside the payload`);
    return bytes.slice(payload + s[0], payload + s[0] + s[1]).buffer;
  };
  const layers = header.layers.map((l): DeployLayer => {
    const size = l.shape.reduce((a, b) => a * b, 1);
    const cout = l.shape[l.shape.length - 1];
    const floats = (name: string) => (l.sections[name] ? new Float32Array(take(l, name, cout * 4)) : undefined);
    let weights: Float32Array;
    let delta: Float32Array | undefined;
    if (l.weightMode === 'float') weights = new Float32Array(take(l, 'weights', size * 4));
    else {
      const planeBytes = Math.ceil(size / 32) * 4;
      const signs = new Uint32Array(take(l, 'signs', planeBytes));
      const mask = l.weightMode === 'ternary' ? new Uint32Array(take(l, 'mask', planeBytes)) : undefined;
      weights = new Float32Array(size);
      for (let i = 0; i < size; i++) {
        const neg = (signs[i >>> 5] >>> (i & 31)) & 1;
        const nz = mask ? (mask[i >>> 5] >>> (i & 31)) & 1 : 1;
        weights[i] = nz ? (neg ? -1 : 1) : 0;
      }
      if (mask) delta = new Float32Array(cout).fill(0.5);
    }
    const gamma = floats('gamma');
    const layer: DeployLayer = {
      kind: l.kind, name: l.name, shape: l.shape, weights, weightMode: l.weightMode, inputMode: l.inputMode,
      activation: l.activation, alpha: floats('alpha') ?? (l.weightMode === 'float' ? undefined : new Float32Array(cout).fill(1)), delta, bias: floats('bias'),
    };
    if (l.stride !== undefined) layer.stride = l.stride;
    if (l.padding !== undefined) layer.padding = l.padding;
    if (l.pool) layer.pool = { size: 2, stride: 2 };
    if (l.flattenBefore !== undefined) layer.flattenBefore = l.flattenBefore;
    if (gamma) {
      if (l.epsilon === undefined) throw new PackedModelError(`layer ${l.name}: batch norm without epsilon`);
      layer.batchNorm = { gamma, beta: floats('beta')!, mean: floats('mean')!, variance: floats('variance')!, epsilon: l.epsilon };
      if (!layer.batchNorm.beta || !layer.batchNorm.mean || !layer.batchNorm.variance) throw new PackedModelError(`layer ${l.name}: incomplete batch norm`);
    }
    return layer;
  });
  const spec: DeploySpec = { inputShape: header.inputShape, classes: header.classes, layers };
  try {
    planSpec(spec);
  } catch (e) {
    throw new PackedModelError((e as Error).message);
  }
  return spec;
}

/**
 * Storage sizes of a spec: `packed` is the packed file's byte length, `float32` the
 * bytes of every parameter as float32; `weightsPacked` / `weightsFloat32` count the
 * binary/ternary layers' weights only (1 or 2 bits vs 32 bits per weight).
 */
export function modelBytes(spec: DeploySpec, file: Uint8Array = packModel(spec)): { packed: number; float32: number; weightsPacked: number; weightsFloat32: number } {
  let float32 = 0;
  let weightsPacked = 0;
  let weightsFloat32 = 0;
  for (const l of spec.layers) {
    float32 += l.weights.length * 4;
    for (const a of [l.alpha, l.bias, l.batchNorm?.gamma, l.batchNorm?.beta, l.batchNorm?.mean, l.batchNorm?.variance]) if (a) float32 += a.length * 4;
    if (l.weightMode !== 'float') {
      weightsFloat32 += l.weights.length * 4;
      weightsPacked += Math.ceil(l.weights.length / 32) * 4 * (l.weightMode === 'ternary' ? 2 : 1);
    }
  }
  return { packed: file.byteLength, float32, weightsPacked, weightsFloat32 };
}
