/**
 * The packed path in plain JavaScript: the same bit layouts, integer dot products and
 * epilogue as the WGSL kernels, used when WebGPU is missing and as their oracle.
 * Epilogue arithmetic is rounded to float32 after every operation (Math.fround).
 */
import { packedPitch, popcount32 } from './bits';
import type { PackedLayer } from './compile';
import { words32 } from './spec';

/**
 * Integer ±1 dot products D of a packed dense layer: [N, cout].
 * Binary: D = K − 2·popcount(a XOR w), K = P·C unpadded. Ternary:
 * D = popcount(m) − 2·popcount(m AND (a XOR s)), skipping all-zero mask words.
 */
export function jsDenseDots(bits: Uint32Array, N: number, L: PackedLayer): Int32Array {
  const { pitchK: pitch, cout, words, maskOffset, ternary } = L;
  const K = L.geo.inP * L.geo.inC;
  const out = new Int32Array(N * cout);
  for (let n = 0; n < N; n++) {
    const a0 = n * pitch;
    for (let c = 0; c < cout; c++) {
      const w0 = c * pitch;
      let pop = 0;
      if (!ternary) {
        for (let k = 0; k < pitch; k++) pop += popcount32(bits[a0 + k] ^ words[w0 + k]);
        out[n * cout + c] = K - 2 * pop;
      } else {
        let nz = 0;
        for (let k = 0; k < pitch; k++) {
          const m = words[maskOffset + w0 + k];
          if (m === 0) continue;
          nz += popcount32(m);
          pop += popcount32(m & (bits[a0 + k] ^ words[w0 + k]));
        }
        out[n * cout + c] = nz - 2 * pop;
      }
    }
  }
  return out;
}

/**
 * Integer dot products of a packed conv layer before pooling: [N, oh, ow, cout].
 * Out-of-bounds taps ('same' zero padding) contribute nothing: K counts only
 * in-bounds taps (C per tap).
 */
export function jsConvDots(bits: Uint32Array, N: number, L: PackedLayer): Int32Array {
  const g = L.geo;
  const { h: H, w: W, c: C } = g.input;
  const { h: OH, w: OW } = g.conv;
  const cw = words32(C);
  const pitch = packedPitch(H * W, C);
  const { cout, coutPad, words, maskOffset, ternary } = L;
  const out = new Int32Array(N * OH * OW * cout);
  const pop = new Int32Array(cout);
  const nz = new Int32Array(cout);
  for (let n = 0; n < N; n++)
    for (let oy = 0; oy < OH; oy++)
      for (let ox = 0; ox < OW; ox++) {
        pop.fill(0);
        nz.fill(0);
        let k = 0;
        for (let ky = 0; ky < g.kh; ky++) {
          const iy = oy * g.stride - g.padTop + ky;
          if (iy < 0 || iy >= H) continue;
          for (let kx = 0; kx < g.kw; kx++) {
            const ix = ox * g.stride - g.padLeft + kx;
            if (ix < 0 || ix >= W) continue;
            k += C;
            const t = ky * g.kw + kx;
            for (let j = 0; j < cw; j++) {
              const a = bits[n * pitch + (iy * W + ix) * cw + j];
              const w0 = (t * cw + j) * coutPad;
              for (let c = 0; c < cout; c++) {
                if (!ternary) pop[c] += popcount32(a ^ words[w0 + c]);
                else {
                  const m = words[maskOffset + w0 + c];
                  if (m === 0) continue;
                  nz[c] += popcount32(m);
                  pop[c] += popcount32(m & (a ^ words[w0 + c]));
                }
              }
            }
          }
        }
        const o = ((n * OH + oy) * OW + ox) * cout;
        for (let c = 0; c < cout; c++) out[o + c] = (ternary ? nz[c] : k) - 2 * pop[c];
      }
  return out;
}

/**
 * Epilogue of a packed layer on its dot products [N, oh, ow, cout]:
 * v = alpha·D + bias → 2×2 max pool → z = v·scale + shift → relu. Returns the float
 * output [N, h, w, cout] (after pooling), or its packed signs when `emitsBits`.
 */
export function jsEpilogue(dots: Int32Array, N: number, L: PackedLayer): Float32Array | Uint32Array {
  const f = Math.fround;
  const { cout, ep } = L;
  const { h: OH, w: OW } = L.geo.conv;
  const { h: PH, w: PW } = L.geo.output;
  const v = new Float32Array(dots.length);
  for (let i = 0; i < dots.length; i++) {
    const c = i % cout;
    v[i] = f(f(ep[c * 4] * dots[i]) + ep[c * 4 + 1]);
  }
  let y = v;
  if (L.pool) {
    y = new Float32Array(N * PH * PW * cout);
    for (let n = 0; n < N; n++)
      for (let py = 0; py < PH; py++)
        for (let px = 0; px < PW; px++)
          for (let c = 0; c < cout; c++) {
            let m = -Infinity;
            for (let dy = 0; dy < 2; dy++)
              for (let dx = 0; dx < 2; dx++) m = Math.max(m, v[((n * OH + 2 * py + dy) * OW + 2 * px + dx) * cout + c]);
            y[((n * PH + py) * PW + px) * cout + c] = m;
          }
  }
  for (let i = 0; i < y.length; i++) {
    const c = i % cout;
    let z = f(f(y[i] * ep[c * 4 + 2]) + ep[c * 4 + 3]);
    if (L.relu && z < 0) z = 0;
    y[i] = z;
  }
  if (!L.geo.emitsBits) return y;
  const P = PH * PW;
  const cw = words32(cout);
  const pitch = packedPitch(P, cout);
  const bits = new Uint32Array(N * pitch);
  for (let n = 0; n < N; n++)
    for (let p = 0; p < P; p++)
      for (let c = 0; c < cout; c++)
        if (y[(n * P + p) * cout + c] < 0) bits[n * pitch + p * cw + (c >>> 5)] |= 1 << (c & 31);
  return bits;
}

/** Runs one packed layer on packed input bits (dots + epilogue). */
export function jsPackedLayer(bits: Uint32Array, N: number, L: PackedLayer): Float32Array | Uint32Array {
  const dots = L.kind === 'dense' ? jsDenseDots(bits, N, L) : jsConvDots(bits, N, L);
  return jsEpilogue(dots, N, L);
}
