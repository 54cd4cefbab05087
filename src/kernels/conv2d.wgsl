// Binary / ternary conv2d on packed activations with a fused epilogue and max pool.
//
//   D[n, oy, ox, co] = sum over in-bounds taps (ky, kx) and channels ci of a * w
//   binary:  D = Kvalid - 2 * popcount(a XOR s), Kvalid = C * (number of in-bounds taps)
//   ternary: D = popcount(mask) - 2 * popcount(mask AND (a XOR s)), in-bounds taps only
//   v = alpha[co] * D + bias[co]; POOL: v = max over the 2x2 window (stride 2, valid)
//   z = v * scale[co] + shift[co], then relu if params.relu != 0
// Padding value: 'same' convolution pads with ZERO (not -1/+1): out-of-bounds taps are
// skipped and not counted in Kvalid, exactly like tfjs conv2d on +-1 inputs.
//
// Entry points conv_f32 and conv_bits: conv2d_store.wgsl, appended by the host.
//
// Bindings (group 0):
//   0 uniform  Params: generated from KERNEL_PARAMS.conv2d in params.ts and
//              prepended by the host (webgpu.ts); not declared here
//   1 storage, read   x:  array<u32>        packed activations: example n at word
//                                           n*inPitch, pixel (iy, ix) at words
//                                           [(iy*W + ix)*cw, +cw), cw = ceil(C/32)
//   2 storage, read   w:  array<vec4<u32>>  [kh*kw taps][cw][coutPad/4]: word ci/32 of
//                                           each tap, four output channels per vec4;
//                                           ternary: mask plane at maskOffset (vec4 units)
//   3 storage, read   ep: array<f32>        [alpha | bias | scale | shift], each coutPad long
//   4 storage, rw     outF: array<f32>      [N, PH, PW, cout] NHWC    (entry conv_f32)
//   5 storage, rw     outP: array<atomic<u32>> packed signs of z, example n at word
//                                           n*outPitch, pixel p at [p*coutW, +coutW);
//                                           must be zeroed first      (entry conv_bits)
// Bit order: channel c is word c/32, bit c%32 (LSB first); set bit = -1. Padding rule:
// bits past C are 0 in both x and w and never reach a popcount; padded output channels
// (co >= cout) have zero weights and are not stored.
// Invocation (gid.x, gid.y) computes output pixel gid.x (n, py, px), folded with
// gid.z * rowStride when there are more than 65535 workgroups, for the CV*4 = 16
// output channels of group gid.y. Consecutive invocations take consecutive pixels and
// share their weight loads.

override WG_SIZE: u32 = 64u;
override TERNARY: bool = false;
override POOL: bool = false;

const CV: u32 = 4u;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> x: array<u32>;
@group(0) @binding(2) var<storage, read> w: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> ep: array<f32>;
@group(0) @binding(4) var<storage, read_write> outF: array<f32>;
@group(0) @binding(5) var<storage, read_write> outP: array<atomic<u32>>;

fn epVec(section: u32, q: u32, g: u32) -> vec4<f32> {
  let i = section * params.coutPad + (g * CV + q) * 4u;
  return vec4<f32>(ep[i], ep[i + 1u], ep[i + 2u], ep[i + 3u]);
}

// alpha * D + bias for the 16 channels of group g at conv output pixel (oy, ox).
fn convAt(n: u32, oy: u32, ox: u32, g: u32) -> Ch16 {
  var p0 = vec4<u32>(0u);
  var p1 = vec4<u32>(0u);
  var p2 = vec4<u32>(0u);
  var p3 = vec4<u32>(0u);
  var n0 = vec4<u32>(0u);
  var n1 = vec4<u32>(0u);
  var n2 = vec4<u32>(0u);
  var n3 = vec4<u32>(0u);
  var k = 0u;
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
      k += params.C;
      let t = ky * params.kw + kx;
      let xb = n * params.inPitch + (u32(iy) * params.W + u32(ix)) * params.cw;
      for (var j = 0u; j < params.cw; j++) {
        let av = vec4<u32>(x[xb + j]);
        let wb = (t * params.cw + j) * q4 + g * CV;
        let s0 = w[wb];
        let s1 = w[wb + 1u];
        let s2 = w[wb + 2u];
        let s3 = w[wb + 3u];
        if (TERNARY) {
          let mo = params.maskOffset + wb;
          let m0 = w[mo];
          let m1 = w[mo + 1u];
          let m2 = w[mo + 2u];
          let m3 = w[mo + 3u];
          if (any((m0 | m1 | m2 | m3) != vec4<u32>(0u))) {
            n0 += countOneBits(m0);
            n1 += countOneBits(m1);
            n2 += countOneBits(m2);
            n3 += countOneBits(m3);
            p0 += countOneBits(m0 & (av ^ s0));
            p1 += countOneBits(m1 & (av ^ s1));
            p2 += countOneBits(m2 & (av ^ s2));
            p3 += countOneBits(m3 & (av ^ s3));
          }
        } else {
          p0 += countOneBits(av ^ s0);
          p1 += countOneBits(av ^ s1);
          p2 += countOneBits(av ^ s2);
          p3 += countOneBits(av ^ s3);
        }
      }
    }
  }
  if (!TERNARY) {
    n0 = vec4<u32>(k);
    n1 = n0;
    n2 = n0;
    n3 = n0;
  }
  return Ch16(
    epVec(0u, 0u, g) * vec4<f32>(vec4<i32>(n0) - 2 * vec4<i32>(p0)) + epVec(1u, 0u, g),
    epVec(0u, 1u, g) * vec4<f32>(vec4<i32>(n1) - 2 * vec4<i32>(p1)) + epVec(1u, 1u, g),
    epVec(0u, 2u, g) * vec4<f32>(vec4<i32>(n2) - 2 * vec4<i32>(p2)) + epVec(1u, 2u, g),
    epVec(0u, 3u, g) * vec4<f32>(vec4<i32>(n3) - 2 * vec4<i32>(p3)) + epVec(1u, 3u, g),
  );
}

fn finish(v: vec4<f32>, q: u32, g: u32) -> vec4<f32> {
  var z = v * epVec(2u, q, g) + epVec(3u, q, g);
  if (params.relu != 0u) {
    z = max(z, vec4<f32>(0.0));
  }
  return z;
}

// Epilogue output z for pooled (or plain) output pixel (py, px).
fn outputAt(n: u32, py: u32, px: u32, g: u32) -> Ch16 {
  var v: Ch16;
  if (POOL) {
    v = convAt(n, 2u * py, 2u * px, g);
    for (var s = 1u; s < 4u; s++) {
      let u = convAt(n, 2u * py + s / 2u, 2u * px + s % 2u, g);
      v.q0 = max(v.q0, u.q0);
      v.q1 = max(v.q1, u.q1);
      v.q2 = max(v.q2, u.q2);
      v.q3 = max(v.q3, u.q3);
    }
  } else {
    v = convAt(n, py, px, g);
  }
  return Ch16(finish(v.q0, 0u, g), finish(v.q1, 1u, g), finish(v.q2, 2u, g), finish(v.q3, 3u, g));
}
