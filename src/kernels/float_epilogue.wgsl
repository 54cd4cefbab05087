// Float epilogue shared by conv2d_float.wgsl and dense_float.wgsl (appended to each by
// the host, see KERNEL_SOURCES in webgpu.ts): bias, batch norm and relu of four
// consecutive output channels, in the operation order of tfjs' WebGPU add and
// batchNorm kernels.
//
//   v = acc + bias[c] (addBias, if hasBias)
//   z = dot(vec3(v, -mean, beta), vec3(inv, inv, 1)), inv = gamma * inverseSqrt(variance + eps)
//       (if hasBN), then relu if params.relu != 0 (finish)
//
// The including kernel defines `params` with coutPad, eps, hasBias, hasBN and relu, and
// the binding `ep: array<f32>`: [bias | mean | variance | beta | gamma], each section
// coutPad long.

// Channels c .. c+3 of table section `section`.
fn tableVec(section: u32, c: u32) -> vec4<f32> {
  let i = section * params.coutPad + c;
  return vec4<f32>(ep[i], ep[i + 1u], ep[i + 2u], ep[i + 3u]);
}

// v + bias of channels c .. c+3 (if hasBias).
fn addBias(v: vec4<f32>, c: u32) -> vec4<f32> {
  if (params.hasBias != 0u) {
    return v + tableVec(0u, c);
  }
  return v;
}

// Batch norm of one value of channel c.
fn bn1(v: f32, c: u32) -> f32 {
  let p = params.coutPad;
  let meanValue = ep[p + c];
  let varianValue = ep[2u * p + c];
  let offsetValue = ep[3u * p + c];
  let scaleValue = ep[4u * p + c];
  let inv = scaleValue * inverseSqrt(varianValue + params.eps);
  return dot(vec3<f32>(v, -meanValue, offsetValue), vec3<f32>(inv, inv, 1.0));
}

// Batch norm (if hasBN), then relu, of channels c .. c+3.
fn finish(v: vec4<f32>, c: u32) -> vec4<f32> {
  var z = v;
  if (params.hasBN != 0u) {
    z = vec4<f32>(bn1(v.x, c), bn1(v.y, c + 1u), bn1(v.z, c + 2u), bn1(v.w, c + 3u));
  }
  if (params.relu != 0u) {
    z = max(z, vec4<f32>(0.0));
  }
  return z;
}
