/**
 * Bit packing shared by the JavaScript path, the WebGPU upload and the model format.
 *
 * Bit order: value i of a packed run goes to word ⌊i/32⌋, bit i mod 32 (LSB first).
 * A set bit means −1 (x < 0), a clear bit +1, so sign(0) = +1. Padding bits are 0 in
 * both operands, so they XOR to 0 and never change a popcount: with K the unpadded
 * length, dot(a, b) = K − 2·popcount(a XOR b).
 *
 * Packed activations: per example, P positions of C channels; position p occupies
 * words [p·Cw, (p+1)·Cw) with Cw = ⌈C/32⌉; examples are `pitch` = roundUp(P·Cw, 4)
 * words apart (vec4-aligned rows), trailing words zero.
 */
import { roundUp, words32 } from './spec';

/** Words between consecutive examples of a packed activation (vec4-aligned). */
export const packedPitch = (P: number, C: number): number => roundUp(P * words32(C), 4);

/** Number of set bits of a 32-bit word (SWAR bit trick). */
export function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * Packs the signs of float activations [N, P, C] (NHWC with P = h·w) into the
 * packed activation layout (see the file header). Returns N·pitch words.
 */
export function packActivations(x: ArrayLike<number>, N: number, P: number, C: number): Uint32Array {
  const cw = words32(C);
  const pitch = packedPitch(P, C);
  const out = new Uint32Array(N * pitch);
  for (let n = 0; n < N; n++) {
    for (let p = 0; p < P; p++) {
      const src = (n * P + p) * C;
      const dst = n * pitch + p * cw;
      for (let c = 0; c < C; c++) if (x[src + c] < 0) out[dst + (c >>> 5)] |= 1 << (c & 31);
    }
  }
  return out;
}

/** Inverse of {@link packActivations}: ±1 floats [N, P, C]. */
export function unpackActivations(bits: Uint32Array, N: number, P: number, C: number): Float32Array {
  const cw = words32(C);
  const pitch = packedPitch(P, C);
  const out = new Float32Array(N * P * C);
  for (let n = 0; n < N; n++)
    for (let p = 0; p < P; p++)
      for (let c = 0; c < C; c++)
        out[(n * P + p) * C + c] = (bits[n * pitch + p * cw + (c >>> 5)] >>> (c & 31)) & 1 ? -1 : 1;
  return out;
}

/** Quantized weight value q ∈ {-1, 0, 1} used for packing (ternary when delta is given). */
const quant = (w: number, delta: number | undefined): number =>
  delta === undefined ? (w < 0 ? -1 : 1) : Math.abs(w) > delta ? (w < 0 ? -1 : 1) : 0;

/**
 * Packed weights of a dense layer [in, out] with in = P·C (flattened NHWC), for the
 * GEMM: `out` rows of `pitch` words laid out like one packed activation example.
 * Sign plane first; for ternary, the non-zero mask plane follows at `maskOffset` words
 * (sign bits of zero weights are 0). Binary weights have no mask plane.
 */
export function packDenseWeights(
  w: Float32Array,
  P: number,
  C: number,
  out: number,
  delta?: Float32Array,
): { words: Uint32Array; pitch: number; maskOffset: number } {
  const cw = words32(C);
  const pitch = packedPitch(P, C);
  const plane = out * pitch;
  const words = new Uint32Array(delta ? 2 * plane : plane);
  for (let n = 0; n < out; n++) {
    const d = delta ? delta[n] : undefined;
    for (let p = 0; p < P; p++)
      for (let c = 0; c < C; c++) {
        const q = quant(w[(p * C + c) * out + n], d);
        const idx = n * pitch + p * cw + (c >>> 5);
        const bit = 1 << (c & 31);
        if (q < 0) words[idx] |= bit;
        if (delta && q !== 0) words[plane + idx] |= bit;
      }
  }
  return { words, pitch, maskOffset: delta ? plane : 0 };
}

/** Output channels computed together by one conv invocation (4 × vec4). */
export const CONV_COUT_TILE = 16;

/**
 * Packed weights of a conv layer [kh, kw, cin, cout] for the conv kernel: layout
 * [kh·kw taps][Cw words][coutPad] with coutPad = roundUp(cout, 16), so that four
 * consecutive output channels form one vec4. Padded channels are zero. Ternary
 * adds the mask plane at `maskOffset` words.
 */
export function packConvWeights(
  w: Float32Array,
  shape: number[],
  delta?: Float32Array,
): { words: Uint32Array; coutPad: number; maskOffset: number } {
  const [kh, kw, cin, cout] = shape;
  const cw = words32(cin);
  const coutPad = roundUp(cout, CONV_COUT_TILE);
  const plane = kh * kw * cw * coutPad;
  const words = new Uint32Array(delta ? 2 * plane : plane);
  for (let t = 0; t < kh * kw; t++)
    for (let ci = 0; ci < cin; ci++)
      for (let co = 0; co < cout; co++) {
        const q = quant(w[(t * cin + ci) * cout + co], delta ? delta[co] : undefined);
        const idx = (t * cw + (ci >>> 5)) * coutPad + co;
        const bit = 1 << (ci & 31);
        if (q < 0) words[idx] |= bit;
        if (delta && q !== 0) words[plane + idx] |= bit;
      }
  return { words, coutPad, maskOffset: delta ? plane : 0 };
}
