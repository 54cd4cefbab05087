// Float conv2d (a network's float layer, typically the first) with a fused epilogue:
// bias, 2x2 max pool, batch norm, relu, and optionally sign + pack of the result, so a
// following packed layer reads bits straight from this kernel.
//
//   acc[n, oy, ox, co] = fma chain over the in-bounds taps (ky, kx) and channels ci, in
//                        that order, of x[n, iy, ix, ci] * w[ky, kx, ci, co], from 0.0
//   SIGN_INPUT: x is replaced by sign(x) (x < 0 ? -1 : +1) before the product
//   v = acc + bias[co] (if hasBias); POOL: v = max over the 2x2 window (stride 2, valid)
//   z = dot(vec3(v, -mean, beta), vec3(inv, inv, 1)), inv = gamma * inverseSqrt(variance + eps)
//       (if hasBN), then relu if params.relu != 0
// Epilogue (addBias, finish): float_epilogue.wgsl, appended by the host.
// The order of operations is that of tfjs' WebGPU conv2d (fma over k = (ky, kx, ci)),
// add, maxPool and batchNorm kernels, so on the same device both give the same floats.
// Padding value: 'same' convolution pads with ZERO: out-of-bounds taps are skipped or
// added as fma(0, w, acc), which leaves acc unchanged (acc starts at +0 and is never
// -0), as in tfjs.
// POOL: the four positions of a 2x2 window accumulate side by side (one weight load per
// tap for all four); each keeps its own fma chain.
//
// Entry points conv_f32 and conv_bits: conv2d_store.wgsl, appended by the host.
//
// Bindings (group 0):
//   0 uniform  Params: generated from KERNEL_PARAMS.conv2d_float in params.ts and
//              prepended by the host (webgpu.ts); not declared here
//   1 storage, read   x:  array<f32>        [N, H, W, C] NHWC floats
//   2 storage, read   w:  array<vec4<f32>>  [kh][kw][C][coutPad/4]: four output channels
//                                           per vec4; channels past cout are 0
//   3 storage, read   ep: array<f32>        [bias | mean | variance | beta | gamma], each
//                                           coutPad long
//   4 storage, rw     outF: array<f32>      [N, PH, PW, cout] NHWC     (entry conv_f32)
//   5 storage, rw     outP: array<atomic<u32>> packed signs of z, example n at word
//                                           n*outPitch, pixel p at [p*coutW, +coutW);
//                                           must be zeroed first       (entry conv_bits)
// Bit order: channel c is word c/32, bit c%32 (LSB first); set bit = -1 (z < 0), so
// sign(0) = +1. Padding rule: bits of channels >= cout and words past PH*PW*coutW up
// to outPitch are never set, so they stay 0.
// Invocation (gid.x, gid.y) computes output pixel gid.x (n, py, px), folded with
// gid.z * rowStride when there are more than 65535 workgroups, for the 16 output
// channels of group gid.y.

override WG_SIZE: u32 = 64u;
override POOL: bool = false;
override SIGN_INPUT: bool = false;

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

// acc + bias for the 16 channels of group g at conv output pixel (oy, ox).
fn convAt(n: u32, oy: u32, ox: u32, g: u32) -> Ch16 {
  var a0 = vec4<f32>(0.0);
  var a1 = vec4<f32>(0.0);
  var a2 = vec4<f32>(0.0);
  var a3 = vec4<f32>(0.0);
  let q4 = params.coutPad / 4u;
  for (var ky = 0u; ky < params.kh; ky++) {
    let iy = i32(oy * params.stride + ky) - i32(params.padTop);
    if (iy < 0 || iy >= i32(params.H)) {
      continue;
    }
    for (var kx = 0u; kx < params.kw; kx++) {
      let ix = i32(ox * params.stride + kx) - i32(params.padLeft);
      if (ix < 0 || ix >= i32(params.W)) {
        continue;
      }
      let xb = ((n * params.H + u32(iy)) * params.W + u32(ix)) * params.C;
      var wb = (ky * params.kw + kx) * params.C * q4 + g * 4u;
      for (var ci = 0u; ci < params.C; ci++) {
        let xv = vec4<f32>(input(xb + ci));
        a0 = fma(xv, w[wb], a0);
        a1 = fma(xv, w[wb + 1u], a1);
        a2 = fma(xv, w[wb + 2u], a2);
        a3 = fma(xv, w[wb + 3u], a3);
        wb += q4;
      }
    }
  }
  let c = g * 16u;
  return Ch16(addBias(a0, c), addBias(a1, c + 4u), addBias(a2, c + 8u), addBias(a3, c + 12u));
}

// x at (n, iy, ix, ci), or 0.0 outside the map (fma(0, w, acc) = acc: acc is never -0).
fn tap(base: u32, iy: i32, ix: i32, ci: u32) -> f32 {
  if (iy < 0 || iy >= i32(params.H) || ix < 0 || ix >= i32(params.W)) {
    return 0.0;
  }
  return input(base + (u32(iy) * params.W + u32(ix)) * params.C + ci);
}

// max over the 2x2 window at pooled pixel (py, px) of acc + bias, for the 16 channels
// of group g. The four window positions accumulate side by side, so each weight vec4
// is loaded once per tap; every position keeps its own fma chain in (ky, kx, ci) order.
fn convPool(n: u32, py: u32, px: u32, g: u32) -> Ch16 {
  var a00 = Ch16(vec4<f32>(0.0), vec4<f32>(0.0), vec4<f32>(0.0), vec4<f32>(0.0));
  var a01 = a00;
  var a10 = a00;
  var a11 = a00;
  let q4 = params.coutPad / 4u;
  let base = n * params.H * params.W * params.C;
  let s = i32(params.stride);
  for (var ky = 0u; ky < params.kh; ky++) {
    let iy0 = i32(2u * py * params.stride + ky) - i32(params.padTop);
    let iy1 = iy0 + s;
    if ((iy0 < 0 || iy0 >= i32(params.H)) && (iy1 < 0 || iy1 >= i32(params.H))) {
      continue;
    }
    for (var kx = 0u; kx < params.kw; kx++) {
      let ix0 = i32(2u * px * params.stride + kx) - i32(params.padLeft);
      let ix1 = ix0 + s;
      var wb = (ky * params.kw + kx) * params.C * q4 + g * 4u;
      for (var ci = 0u; ci < params.C; ci++) {
        let w0 = w[wb];
        let w1 = w[wb + 1u];
        let w2 = w[wb + 2u];
        let w3 = w[wb + 3u];
        wb += q4;
        let x00 = vec4<f32>(tap(base, iy0, ix0, ci));
        let x01 = vec4<f32>(tap(base, iy0, ix1, ci));
        let x10 = vec4<f32>(tap(base, iy1, ix0, ci));
        let x11 = vec4<f32>(tap(base, iy1, ix1, ci));
        a00 = Ch16(fma(x00, w0, a00.q0), fma(x00, w1, a00.q1), fma(x00, w2, a00.q2), fma(x00, w3, a00.q3));
        a01 = Ch16(fma(x01, w0, a01.q0), fma(x01, w1, a01.q1), fma(x01, w2, a01.q2), fma(x01, w3, a01.q3));
        a10 = Ch16(fma(x10, w0, a10.q0), fma(x10, w1, a10.q1), fma(x10, w2, a10.q2), fma(x10, w3, a10.q3));
        a11 = Ch16(fma(x11, w0, a11.q0), fma(x11, w1, a11.q1), fma(x11, w2, a11.q2), fma(x11, w3, a11.q3));
      }
    }
  }
  let c0 = g * 16u;
  let c1 = c0 + 4u;
  let c2 = c0 + 8u;
  let c3 = c0 + 12u;
  var v = Ch16(
    max(max(addBias(a00.q0, c0), addBias(a01.q0, c0)), max(addBias(a10.q0, c0), addBias(a11.q0, c0))),
    max(max(addBias(a00.q1, c1), addBias(a01.q1, c1)), max(addBias(a10.q1, c1), addBias(a11.q1, c1))),
    max(max(addBias(a00.q2, c2), addBias(a01.q2, c2)), max(addBias(a10.q2, c2), addBias(a11.q2, c2))),
    max(max(addBias(a00.q3, c3), addBias(a01.q3, c3)), max(addBias(a10.q3, c3), addBias(a11.q3, c3))),
  );
  return v;
}

// Epilogue output z for pooled (or plain) output pixel (py, px).
fn outputAt(n: u32, py: u32, px: u32, g: u32) -> Ch16 {
  var v: Ch16;
  if (POOL) {
    v = convPool(n, py, px, g);
  } else {
    v = convAt(n, py, px, g);
  }
  let c = g * 16u;
  return Ch16(finish(v.q0, c), finish(v.q1, c + 4u), finish(v.q2, c + 8u), finish(v.q3, c + 12u));
}
