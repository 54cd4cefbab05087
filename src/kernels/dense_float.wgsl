// Float dense layer (a network's float layer, typically the last) with a fused
// epilogue: bias, batch norm, relu, and optionally sign + pack of the result, so a
// following packed layer reads bits straight from this kernel.
//
//   acc[m, n] = fma chain over k = 0 .. K-1, in order, of x[m, k] * w[k, n], from 0.0
//   SIGN_INPUT: x is replaced by sign(x) (x < 0 ? -1 : +1) before the product
//   v = acc + bias[n] (if hasBias)
//   z = dot(vec3(v, -mean, beta), vec3(inv, inv, 1)), inv = gamma * inverseSqrt(variance + eps)
//       (if hasBN), then relu if params.relu != 0
// Epilogue (addBias, finish): float_epilogue.wgsl, appended by the host.
// The order of operations is that of tfjs' WebGPU matMul (fma over k), add and
// batchNorm kernels, so on the same device both give the same floats.
//
// Bindings (group 0):
//   0 uniform  Params: generated from KERNEL_PARAMS.dense_float in params.ts and
//              prepended by the host (webgpu.ts); not declared here
//   1 storage, read   x:  array<f32>        [M, K] row-major (a flattened NHWC input)
//   2 storage, read   w:  array<vec4<f32>>  [K][coutPad/4]: four output columns per vec4;
//                                           columns past N are 0
//   3 storage, read   ep: array<f32>        [bias | mean | variance | beta | gamma], each
//                                           coutPad long
//   4 storage, rw     outF: array<f32>      [M, N]                      (entry dense_f32)
//   5 storage, rw     outP: array<atomic<u32>> [M, outPitch] words: sign of z packed
//                                           along n; must be zeroed first (entry dense_bits)
// Bit order: column n is word n/32, bit n%32 (LSB first); set bit = -1 (z < 0), so
// sign(0) = +1. Padding rule: bits of columns >= N and words past ceil(N/32) up to
// outPitch are never set, so they stay 0.
// Tiling: invocation (gid.x, gid.y) computes rows gid.y*TM .. +TM (TM = 16) and the four
// columns gid.x*4 .. +4 (one vec4 of w, and one word of packed output); rows past M
// repeat row M-1 and are not stored. Workgroups are WG_X x WG_Y invocations.

override WG_X: u32 = 8u;
override WG_Y: u32 = 8u;
override SIGN_INPUT: bool = false;

const TM: u32 = 16u;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read> w: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> ep: array<f32>;
@group(0) @binding(4) var<storage, read_write> outF: array<f32>;
@group(0) @binding(5) var<storage, read_write> outP: array<atomic<u32>>;

fn input(i: u32) -> f32 {
  let v = x[i];
  if (SIGN_INPUT) {
    return select(1.0, -1.0, v < 0.0);
  }
  return v;
}

// Rows m of the tile past M read row M-1 (valid memory) and are not stored.
fn rowIndex(m: u32) -> u32 {
  return min(m, params.M - 1u) * params.K;
}

fn tile(gid: vec3<u32>) -> array<vec4<f32>, 16> {
  let j = gid.x;
  let m0 = gid.y * TM;
  let q4 = params.coutPad / 4u;
  let r0 = rowIndex(m0 + 0u);
  let r1 = rowIndex(m0 + 1u);
  let r2 = rowIndex(m0 + 2u);
  let r3 = rowIndex(m0 + 3u);
  let r4 = rowIndex(m0 + 4u);
  let r5 = rowIndex(m0 + 5u);
  let r6 = rowIndex(m0 + 6u);
  let r7 = rowIndex(m0 + 7u);
  let r8 = rowIndex(m0 + 8u);
  let r9 = rowIndex(m0 + 9u);
  let r10 = rowIndex(m0 + 10u);
  let r11 = rowIndex(m0 + 11u);
  let r12 = rowIndex(m0 + 12u);
  let r13 = rowIndex(m0 + 13u);
  let r14 = rowIndex(m0 + 14u);
  let r15 = rowIndex(m0 + 15u);
  var a0 = vec4<f32>(0.0);
  var a1 = vec4<f32>(0.0);
  var a2 = vec4<f32>(0.0);
  var a3 = vec4<f32>(0.0);
  var a4 = vec4<f32>(0.0);
  var a5 = vec4<f32>(0.0);
  var a6 = vec4<f32>(0.0);
  var a7 = vec4<f32>(0.0);
  var a8 = vec4<f32>(0.0);
  var a9 = vec4<f32>(0.0);
  var a10 = vec4<f32>(0.0);
  var a11 = vec4<f32>(0.0);
  var a12 = vec4<f32>(0.0);
  var a13 = vec4<f32>(0.0);
  var a14 = vec4<f32>(0.0);
  var a15 = vec4<f32>(0.0);
  var wi = j;
  for (var k = 0u; k < params.K; k++) {
    let wv = w[wi];
    a0 = fma(vec4<f32>(input(r0 + k)), wv, a0);
    a1 = fma(vec4<f32>(input(r1 + k)), wv, a1);
    a2 = fma(vec4<f32>(input(r2 + k)), wv, a2);
    a3 = fma(vec4<f32>(input(r3 + k)), wv, a3);
    a4 = fma(vec4<f32>(input(r4 + k)), wv, a4);
    a5 = fma(vec4<f32>(input(r5 + k)), wv, a5);
    a6 = fma(vec4<f32>(input(r6 + k)), wv, a6);
    a7 = fma(vec4<f32>(input(r7 + k)), wv, a7);
    a8 = fma(vec4<f32>(input(r8 + k)), wv, a8);
    a9 = fma(vec4<f32>(input(r9 + k)), wv, a9);
    a10 = fma(vec4<f32>(input(r10 + k)), wv, a10);
    a11 = fma(vec4<f32>(input(r11 + k)), wv, a11);
    a12 = fma(vec4<f32>(input(r12 + k)), wv, a12);
    a13 = fma(vec4<f32>(input(r13 + k)), wv, a13);
    a14 = fma(vec4<f32>(input(r14 + k)), wv, a14);
    a15 = fma(vec4<f32>(input(r15 + k)), wv, a15);
    wi += q4;
  }
  let c = j * 4u;
  return array<vec4<f32>, 16>(
    finish(addBias(a0, c), c), finish(addBias(a1, c), c), finish(addBias(a2, c), c), finish(addBias(a3, c), c),
    finish(addBias(a4, c), c), finish(addBias(a5, c), c), finish(addBias(a6, c), c), finish(addBias(a7, c), c),
    finish(addBias(a8, c), c), finish(addBias(a9, c), c), finish(addBias(a10, c), c), finish(addBias(a11, c), c),
    finish(addBias(a12, c), c), finish(addBias(a13, c), c), finish(addBias(a14, c), c), finish(addBias(a15, c), c),
  );
}

@compute @workgroup_size(WG_X, WG_Y)
fn dense_f32(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x * 4u >= params.N || gid.y * TM >= params.M) {
    return;
  }
  var z = tile(gid);
  for (var r = 0u; r < TM; r++) {
    let m = gid.y * TM + r;
    if (m < params.M) {
      for (var e = 0u; e < 4u; e++) {
        let c = gid.x * 4u + e;
        if (c < params.N) {
          outF[m * params.N + c] = z[r][e];
        }
      }
    }
  }
}

@compute @workgroup_size(WG_X, WG_Y)
fn dense_bits(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x * 4u >= params.N || gid.y * TM >= params.M) {
    return;
  }
  var z = tile(gid);
  for (var r = 0u; r < TM; r++) {
    let m = gid.y * TM + r;
    if (m < params.M) {
      var word = 0u;
      for (var e = 0u; e < 4u; e++) {
        let c = gid.x * 4u + e;
        if (c < params.N && z[r][e] < 0.0) {
          word |= 1u << (c % 32u);
        }
      }
      if (word != 0u) {
        atomicOr(&outP[m * params.outPitch + (gid.x * 4u) / 32u], word);
      }
    }
  }
}
