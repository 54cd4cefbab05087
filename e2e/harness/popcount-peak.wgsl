// Popcount throughput probe: XOR + countOneBits + add on registers only, the inner
// operation of the binary GEMM without any memory traffic.
//
// Bindings (group 0):
//   0 storage, read_write  out: array<u32>  one sum per invocation (keeps the work live)
// Each invocation runs ITER iterations of 8 independent vec4<u32> chains, i.e.
// 32 * ITER word operations (32 * 32 * ITER bit multiply-accumulates). No padding:
// the dispatch is exactly out.length / WG_SIZE workgroups.

override WG_SIZE: u32 = 64u;
override ITER: u32 = 1024u;

@group(0) @binding(0) var<storage, read_write> out: array<u32>;

@compute @workgroup_size(WG_SIZE)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let s = gid.x * 2654435761u;
  var a0 = vec4<u32>(s, s ^ 1u, s ^ 2u, s ^ 3u);
  var a1 = a0 * 3u;
  var a2 = a0 * 5u;
  var a3 = a0 * 7u;
  var a4 = a0 * 11u;
  var a5 = a0 * 13u;
  var a6 = a0 * 17u;
  var a7 = a0 * 19u;
  var c0 = vec4<u32>(0u);
  var c1 = vec4<u32>(0u);
  var c2 = vec4<u32>(0u);
  var c3 = vec4<u32>(0u);
  var c4 = vec4<u32>(0u);
  var c5 = vec4<u32>(0u);
  var c6 = vec4<u32>(0u);
  var c7 = vec4<u32>(0u);
  for (var i = 0u; i < ITER; i++) {
    let b = vec4<u32>(i * 0x9e3779b9u);
    c0 += countOneBits(a0 ^ b);
    c1 += countOneBits(a1 ^ b);
    c2 += countOneBits(a2 ^ b);
    c3 += countOneBits(a3 ^ b);
    c4 += countOneBits(a4 ^ b);
    c5 += countOneBits(a5 ^ b);
    c6 += countOneBits(a6 ^ b);
    c7 += countOneBits(a7 ^ b);
  }
  let t = c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7;
  out[gid.x] = t.x + t.y + t.z + t.w;
}
