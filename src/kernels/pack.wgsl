// Sign + pack: float activations -> packed sign bits.
//
// Bindings (group 0):
//   0 uniform  Params: generated from KERNEL_PARAMS.pack in params.ts and
//              prepended by the host (webgpu.ts); not declared here
//   1 storage, read        x:    array<f32>  [N, P, C] row-major (NHWC with P = h*w)
//   2 storage, read_write  bits: array<u32>  example n at word n*pitch; position p at
//                                            words [p*cw, (p+1)*cw), cw = ceil(C/32)
// Bit order: channel c of a position goes to word c/32, bit c%32 (LSB first); a set
// bit means -1 (x < 0), a clear bit +1, so sign(0) = +1 (and NaN -> +1).
// Padding rule: bits past C in a position's last word are 0, and the words past P*cw
// up to pitch are never written (the caller keeps them 0). Zero bits in both operands
// XOR to 0, so padding never changes a popcount.
// One invocation writes one word; the dispatch is (ceil(N*P*cw / WG_SIZE) folded into
// x/y, 1): x covers up to 65535 workgroups, y counts overflow rows of them.

override WG_SIZE: u32 = 64u;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read_write> bits: array<u32>;

@compute @workgroup_size(WG_SIZE)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x + gid.y * params.rowStride;
  if (i >= params.total) {
    return;
  }
  let row = i / params.cw;        // n * P + p
  let j = i - row * params.cw;    // word within the position
  let n = row / params.P;
  let p = row - n * params.P;
  let c0 = j * 32u;
  let count = min(32u, params.C - c0);
  let base = row * params.C + c0;
  var word = 0u;
  for (var b = 0u; b < count; b++) {
    if (x[base + b] < 0.0) {
      word |= 1u << b;
    }
  }
  bits[n * params.pitch + p * params.cw + j] = word;
}
