// Output stage shared by conv2d.wgsl and conv2d_float.wgsl (appended to each by the
// host, see KERNEL_SOURCES in webgpu.ts): the two entry points that store the 16
// output channels of group gid.y at one output pixel, as floats or as packed signs.
//
// The including kernel defines: `override WG_SIZE`; `params` with total (N*PH*PW
// output pixels), rowStride, PH, PW, cout, outPitch and coutW; the bindings
// `outF: array<f32>` (NHWC) and `outP: array<atomic<u32>>` (packed, zeroed first); and
// `fn outputAt(n, py, px, g) -> Ch16`, the epilogue output of those 16 channels.
// Packed output: channel c of pixel p of example n is bit c%32 of word
// n*outPitch + p*coutW + c/32, set for z < 0 (so sign(0) = +1); channels >= cout
// are never set.

// The 16 channels of a group as four vec4 (no dynamically indexed arrays).
struct Ch16 {
  q0: vec4<f32>,
  q1: vec4<f32>,
  q2: vec4<f32>,
  q3: vec4<f32>,
}

fn quad(z: Ch16, q: u32) -> vec4<f32> {
  switch (q) {
    case 0u: { return z.q0; }
    case 1u: { return z.q1; }
    case 2u: { return z.q2; }
    default: { return z.q3; }
  }
}

// Output pixel of an invocation: gid.x, folded with gid.z past 65535 workgroups.
fn pixel(gid: vec3<u32>) -> u32 {
  return gid.x + gid.z * params.rowStride;
}

@compute @workgroup_size(WG_SIZE)
fn conv_f32(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = pixel(gid);
  if (i >= params.total) {
    return;
  }
  let g = gid.y;
  let n = i / (params.PH * params.PW);
  let p = i - n * params.PH * params.PW;
  let z = outputAt(n, p / params.PW, p % params.PW, g);
  for (var q = 0u; q < 4u; q++) {
    for (var e = 0u; e < 4u; e++) {
      let c = g * 16u + q * 4u + e;
      if (c < params.cout) {
        outF[i * params.cout + c] = quad(z, q)[e];
      }
    }
  }
}

@compute @workgroup_size(WG_SIZE)
fn conv_bits(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = pixel(gid);
  if (i >= params.total) {
    return;
  }
  let g = gid.y;
  let n = i / (params.PH * params.PW);
  let p = i - n * params.PH * params.PW;
  let z = outputAt(n, p / params.PW, p % params.PW, g);
  var word = 0u;
  for (var q = 0u; q < 4u; q++) {
    for (var e = 0u; e < 4u; e++) {
      let c = g * 16u + q * 4u + e;
      if (c < params.cout && quad(z, q)[e] < 0.0) {
        word |= 1u << (c % 32u);
      }
    }
  }
  if (word != 0u) {
    atomicOr(&outP[n * params.outPitch + p * params.coutW + (g * 16u) / 32u], word);
  }
}
