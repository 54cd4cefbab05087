// Binary / ternary GEMM on packed bits with a fused epilogue.
//
//   D[m, n] = sum_k a[m, k] * w[k, n]   with a, w in {-1, +1} (ternary w in {-1, 0, +1})
//   binary:  D = K - 2 * popcount(a XOR s)                 (K = unpadded length)
//   ternary: D = popcount(mask) - 2 * popcount(mask AND (a XOR s))
//   z = (alpha[n] * D + bias[n]) * scale[n] + shift[n], then relu if params.relu != 0
//
// Bindings (group 0):
//   0 uniform  Params: generated from KERNEL_PARAMS.gemm in params.ts and
//              prepended by the host (webgpu.ts); not declared here
//   1 storage, read   a:  array<vec4<u32>>  [M, kv] packed rows (kv vec4 = 4*kv words)
//   2 storage, read   w:  array<vec4<u32>>  [N, kv] sign plane of the weight columns;
//                                           ternary: mask plane [N, kv] at maskOffset
//   3 storage, read   ep: array<f32>        [alpha | bias | scale | shift], each epN long
//   4 storage, rw     outF: array<f32>      [M, N]               (entry gemm_f32)
//   5 storage, rw     outP: array<atomic<u32>> [M, outPitch] words (entry gemm_bits):
//                                           sign of z packed along n; must be zeroed first
// Bit order: element k of a row is word k/32, bit k%32 (LSB first); set bit = -1.
// Padding rule: the bits past K in a row are 0 in both a and w, so they XOR to 0 and
// never reach the popcount; rows past M and columns past N load zeros and are not
// stored. Results therefore do not depend on padding.
// Tiling: a workgroup of WG_X x WG_Y invocations computes a (WG_Y*TM) x (WG_X*TN)
// output tile; with STAGE it stages KT vec4 (128-bit) words per row of a and w in
// workgroup memory between barriers. Each invocation keeps a TM x TN = 8 x 4 register
// tile of popcount sums (acc0..acc7, one vec4 per row). Invocation (x, y) owns rows
// y*TM.. and the TN consecutive columns x*TN.., so its packed outputs of one row fall
// in one word (TN divides 32).

override WG_X: u32 = 8u;
override WG_Y: u32 = 8u;
override TERNARY: bool = false;
// true: stage KT-word tiles of a and w in workgroup memory; false: every invocation
// reads its rows and columns straight from the storage buffers (no barriers).
override STAGE: bool = true;

const TM: u32 = 8u;
const TN: u32 = 4u;
const KT: u32 = 4u;

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> a: array<vec4<u32>>;
@group(0) @binding(2) var<storage, read> w: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read> ep: array<f32>;
@group(0) @binding(4) var<storage, read_write> outF: array<f32>;
@group(0) @binding(5) var<storage, read_write> outP: array<atomic<u32>>;

var<workgroup> tileA: array<vec4<u32>, WG_Y * TM * KT>;
var<workgroup> tileS: array<vec4<u32>, WG_X * TN * KT>;
var<workgroup> tileM: array<vec4<u32>, WG_X * TN * KT>;

// Register tile, written out (no dynamically indexed arrays): acc{i}[j] is the
// popcount sum of row i and column j of the invocation's 8 x 4 tile.
var<private> acc0: vec4<u32>;
var<private> acc1: vec4<u32>;
var<private> acc2: vec4<u32>;
var<private> acc3: vec4<u32>;
var<private> acc4: vec4<u32>;
var<private> acc5: vec4<u32>;
var<private> acc6: vec4<u32>;
var<private> acc7: vec4<u32>;
var<private> nonZero: vec4<u32>;

fn hsum(v: vec4<u32>) -> u32 {
  return v.x + v.y + v.z + v.w;
}

// popcount(a XOR s_j) summed over the 128 bits, for the four columns j.
fn row4(a: vec4<u32>, s0: vec4<u32>, s1: vec4<u32>, s2: vec4<u32>, s3: vec4<u32>) -> vec4<u32> {
  return vec4<u32>(hsum(countOneBits(a ^ s0)), hsum(countOneBits(a ^ s1)), hsum(countOneBits(a ^ s2)), hsum(countOneBits(a ^ s3)));
}

// Ternary: popcount(m_j AND (a XOR s_j)).
fn row4m(a: vec4<u32>, s0: vec4<u32>, s1: vec4<u32>, s2: vec4<u32>, s3: vec4<u32>,
         m0: vec4<u32>, m1: vec4<u32>, m2: vec4<u32>, m3: vec4<u32>) -> vec4<u32> {
  return vec4<u32>(hsum(countOneBits(m0 & (a ^ s0))), hsum(countOneBits(m1 & (a ^ s1))),
                   hsum(countOneBits(m2 & (a ^ s2))), hsum(countOneBits(m3 & (a ^ s3))));
}

// One 128-bit word of the 8 x 4 register tile: rows a0..a7 against columns s0..s3
// (ternary: masks m0..m3; an all-zero mask word is skipped).
fn step8x4(a0: vec4<u32>, a1: vec4<u32>, a2: vec4<u32>, a3: vec4<u32>,
           a4: vec4<u32>, a5: vec4<u32>, a6: vec4<u32>, a7: vec4<u32>,
           s0: vec4<u32>, s1: vec4<u32>, s2: vec4<u32>, s3: vec4<u32>,
           m0: vec4<u32>, m1: vec4<u32>, m2: vec4<u32>, m3: vec4<u32>) {
  if (TERNARY) {
    if (any((m0 | m1 | m2 | m3) != vec4<u32>(0u))) {
      nonZero += vec4<u32>(hsum(countOneBits(m0)), hsum(countOneBits(m1)), hsum(countOneBits(m2)), hsum(countOneBits(m3)));
      acc0 += row4m(a0, s0, s1, s2, s3, m0, m1, m2, m3);
      acc1 += row4m(a1, s0, s1, s2, s3, m0, m1, m2, m3);
      acc2 += row4m(a2, s0, s1, s2, s3, m0, m1, m2, m3);
      acc3 += row4m(a3, s0, s1, s2, s3, m0, m1, m2, m3);
      acc4 += row4m(a4, s0, s1, s2, s3, m0, m1, m2, m3);
      acc5 += row4m(a5, s0, s1, s2, s3, m0, m1, m2, m3);
      acc6 += row4m(a6, s0, s1, s2, s3, m0, m1, m2, m3);
      acc7 += row4m(a7, s0, s1, s2, s3, m0, m1, m2, m3);
    }
  } else {
    acc0 += row4(a0, s0, s1, s2, s3);
    acc1 += row4(a1, s0, s1, s2, s3);
    acc2 += row4(a2, s0, s1, s2, s3);
    acc3 += row4(a3, s0, s1, s2, s3);
    acc4 += row4(a4, s0, s1, s2, s3);
    acc5 += row4(a5, s0, s1, s2, s3);
    acc6 += row4(a6, s0, s1, s2, s3);
    acc7 += row4(a7, s0, s1, s2, s3);
  }
}

// With staging: the workgroup loads KT-word tiles of its rows of a and columns of w
// into workgroup memory, then every invocation reads its 8 + 4 operands from there.
fn accumulateStaged(lid: vec3<u32>, wid: vec3<u32>) {
  let row0 = wid.y * WG_Y * TM;
  let col0 = wid.x * WG_X * TN;
  let tid = lid.y * WG_X + lid.x;
  let threads = WG_X * WG_Y;
  let sb = lid.x * TN * KT;
  let ab = lid.y * TM * KT;
  for (var k0 = 0u; k0 < params.kv; k0 += KT) {
    for (var i = tid; i < WG_Y * TM * KT; i += threads) {
      let r = row0 + i / KT;
      let k = k0 + i % KT;
      var v = vec4<u32>(0u);
      if (r < params.M && k < params.kv) {
        v = a[r * params.kv + k];
      }
      tileA[i] = v;
    }
    for (var i = tid; i < WG_X * TN * KT; i += threads) {
      let c = col0 + i / KT;
      let k = k0 + i % KT;
      var s = vec4<u32>(0u);
      var m = vec4<u32>(0u);
      if (c < params.N && k < params.kv) {
        s = w[c * params.kv + k];
        if (TERNARY) {
          m = w[params.maskOffset + c * params.kv + k];
        }
      }
      tileS[i] = s;
      if (TERNARY) {
        tileM[i] = m;
      }
    }
    workgroupBarrier();
    // Zero-filled tile words past kv or past M/N add nothing (and nothing to nonZero).
    for (var kk = 0u; kk < KT; kk++) {
      let s0 = tileS[sb + kk];
      let s1 = tileS[sb + KT + kk];
      let s2 = tileS[sb + 2u * KT + kk];
      let s3 = tileS[sb + 3u * KT + kk];
      let a0 = tileA[ab + kk];
      let a1 = tileA[ab + KT + kk];
      let a2 = tileA[ab + 2u * KT + kk];
      let a3 = tileA[ab + 3u * KT + kk];
      let a4 = tileA[ab + 4u * KT + kk];
      let a5 = tileA[ab + 5u * KT + kk];
      let a6 = tileA[ab + 6u * KT + kk];
      let a7 = tileA[ab + 7u * KT + kk];
      var m0 = vec4<u32>(0u);
      var m1 = vec4<u32>(0u);
      var m2 = vec4<u32>(0u);
      var m3 = vec4<u32>(0u);
      if (TERNARY) {
        m0 = tileM[sb + kk];
        m1 = tileM[sb + KT + kk];
        m2 = tileM[sb + 2u * KT + kk];
        m3 = tileM[sb + 3u * KT + kk];
      }
      step8x4(a0, a1, a2, a3, a4, a5, a6, a7, s0, s1, s2, s3, m0, m1, m2, m3);
    }
    workgroupBarrier();
  }
}

// Without staging: each invocation streams its eight rows of a and four columns of w
// from the storage buffers, with the clamped row and column offsets computed once.
fn accumulateDirect(lid: vec3<u32>, wid: vec3<u32>) {
  let kv = params.kv;
  let r = wid.y * WG_Y * TM + lid.y * TM;
  let c = wid.x * WG_X * TN + lid.x * TN;
  // Rows past M and columns past N read a clamped row; their results are not stored.
  let lastR = params.M - 1u;
  let lastC = params.N - 1u;
  let ra0 = min(r, lastR) * kv;
  let ra1 = min(r + 1u, lastR) * kv;
  let ra2 = min(r + 2u, lastR) * kv;
  let ra3 = min(r + 3u, lastR) * kv;
  let ra4 = min(r + 4u, lastR) * kv;
  let ra5 = min(r + 5u, lastR) * kv;
  let ra6 = min(r + 6u, lastR) * kv;
  let ra7 = min(r + 7u, lastR) * kv;
  let cs0 = min(c, lastC) * kv;
  let cs1 = min(c + 1u, lastC) * kv;
  let cs2 = min(c + 2u, lastC) * kv;
  let cs3 = min(c + 3u, lastC) * kv;
  let o = params.maskOffset;
  for (var k = 0u; k < kv; k++) {
    let a0 = a[ra0 + k];
    let a1 = a[ra1 + k];
    let a2 = a[ra2 + k];
    let a3 = a[ra3 + k];
    let a4 = a[ra4 + k];
    let a5 = a[ra5 + k];
    let a6 = a[ra6 + k];
    let a7 = a[ra7 + k];
    let s0 = w[cs0 + k];
    let s1 = w[cs1 + k];
    let s2 = w[cs2 + k];
    let s3 = w[cs3 + k];
    var m0 = vec4<u32>(0u);
    var m1 = vec4<u32>(0u);
    var m2 = vec4<u32>(0u);
    var m3 = vec4<u32>(0u);
    if (TERNARY) {
      m0 = w[o + cs0 + k];
      m1 = w[o + cs1 + k];
      m2 = w[o + cs2 + k];
      m3 = w[o + cs3 + k];
    }
    step8x4(a0, a1, a2, a3, a4, a5, a6, a7, s0, s1, s2, s3, m0, m1, m2, m3);
  }
}

fn accAt(i: u32) -> vec4<u32> {
  switch (i) {
    case 0u: { return acc0; }
    case 1u: { return acc1; }
    case 2u: { return acc2; }
    case 3u: { return acc3; }
    case 4u: { return acc4; }
    case 5u: { return acc5; }
    case 6u: { return acc6; }
    default: { return acc7; }
  }
}

// Epilogue z of tile row i for the four columns c0..c0+3 (vectorised per channel).
fn epilogue4(i: u32, c0: u32) -> vec4<f32> {
  var d: vec4<i32>;
  if (TERNARY) {
    d = vec4<i32>(nonZero) - 2 * vec4<i32>(accAt(i));
  } else {
    d = vec4<i32>(i32(params.K)) - 2 * vec4<i32>(accAt(i));
  }
  let n = params.epN;
  var alpha = vec4<f32>(0.0);
  var bias = vec4<f32>(0.0);
  var scale = vec4<f32>(0.0);
  var shift = vec4<f32>(0.0);
  for (var j = 0u; j < TN; j++) {
    let c = min(c0 + j, params.N - 1u);
    alpha[j] = ep[c];
    bias[j] = ep[n + c];
    scale[j] = ep[2u * n + c];
    shift[j] = ep[3u * n + c];
  }
  var z = (alpha * vec4<f32>(d) + bias) * scale + shift;
  if (params.relu != 0u) {
    z = max(z, vec4<f32>(0.0));
  }
  return z;
}

@compute @workgroup_size(WG_X, WG_Y)
fn gemm_f32(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  if (STAGE) {
    accumulateStaged(lid, wid);
  } else {
    accumulateDirect(lid, wid);
  }
  let c0 = wid.x * WG_X * TN + lid.x * TN;
  for (var i = 0u; i < TM; i++) {
    let r = wid.y * WG_Y * TM + lid.y * TM + i;
    if (r < params.M) {
      let z = epilogue4(i, c0);
      for (var j = 0u; j < TN; j++) {
        if (c0 + j < params.N) {
          outF[r * params.N + c0 + j] = z[j];
        }
      }
    }
  }
}

@compute @workgroup_size(WG_X, WG_Y)
fn gemm_bits(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
  if (STAGE) {
    accumulateStaged(lid, wid);
  } else {
    accumulateDirect(lid, wid);
  }
  let c0 = wid.x * WG_X * TN + lid.x * TN;
  for (var i = 0u; i < TM; i++) {
    let r = wid.y * WG_Y * TM + lid.y * TM + i;
    if (r < params.M) {
      let z = epilogue4(i, c0);
      var word = 0u;
      for (var j = 0u; j < TN; j++) {
        if (c0 + j < params.N && z[j] < 0.0) {
          word |= 1u << ((c0 + j) % 32u);
        }
      }
      if (word != 0u) {
        atomicOr(&outP[r * params.outPitch + c0 / 32u], word);
      }
    }
  }
}
