/**
 * The uniform `struct Params` of every WGSL kernel, declared once: the host prepends
 * `wgslStruct(KERNEL_PARAMS[kernel])` to the kernel's source (`webgpu.ts`) and writes
 * its uniform buffer with `packUniforms(KERNEL_PARAMS[kernel], values)`.
 */
import { uniformLayout } from './uniforms';

const SOURCE = 'src/kernels/params.ts';

export const KERNEL_PARAMS = {
  pack: uniformLayout(
    'Params',
    {
      total: 'u32', // N * P * cw words to write
      C: 'u32',
      cw: 'u32', // words per position, ceil(C / 32)
      P: 'u32',
      pitch: 'u32', // words per example of the packed output
      rowStride: 'u32', // invocations per dispatch row (x workgroups * WG_SIZE)
    },
    SOURCE,
  ),
  gemm: uniformLayout(
    'Params',
    {
      M: 'u32',
      N: 'u32',
      K: 'u32', // unpadded dot length
      kv: 'u32', // vec4 words per row of a and w
      maskOffset: 'u32', // ternary mask plane, in vec4 units
      outPitch: 'u32', // words per row of outP
      relu: 'u32',
      epN: 'u32', // stride of the epilogue table sections
    },
    SOURCE,
  ),
  conv2d: uniformLayout(
    'Params',
    {
      H: 'u32',
      W: 'u32',
      C: 'u32',
      cw: 'u32', // words per input pixel, ceil(C / 32)
      PH: 'u32', // output map after the optional pool
      PW: 'u32',
      kh: 'u32',
      kw: 'u32',
      stride: 'u32',
      padTop: 'u32',
      padLeft: 'u32',
      coutPad: 'u32', // output channels padded to 16
      cout: 'u32',
      inPitch: 'u32', // words per example of x
      outPitch: 'u32', // words per example of outP
      coutW: 'u32', // words per output pixel of outP
      maskOffset: 'u32', // ternary mask plane, in vec4 units
      relu: 'u32',
      total: 'u32', // N * PH * PW output pixels
      rowStride: 'u32', // invocations per dispatch row (x workgroups * WG_SIZE)
    },
    SOURCE,
  ),
  conv2d_float: uniformLayout(
    'Params',
    {
      H: 'u32',
      W: 'u32',
      C: 'u32',
      PH: 'u32', // output map after the optional pool
      PW: 'u32',
      kh: 'u32',
      kw: 'u32',
      stride: 'u32',
      padTop: 'u32',
      padLeft: 'u32',
      coutPad: 'u32', // output channels padded to 16; stride of the ep sections
      cout: 'u32',
      outPitch: 'u32', // words per example of outP
      coutW: 'u32', // words per output pixel of outP
      relu: 'u32',
      hasBias: 'u32',
      hasBN: 'u32',
      total: 'u32', // N * PH * PW output pixels
      rowStride: 'u32', // invocations per dispatch row (x workgroups * WG_SIZE)
      eps: 'f32', // batch-norm epsilon
    },
    SOURCE,
  ),
  dense_float: uniformLayout(
    'Params',
    {
      M: 'u32',
      N: 'u32',
      K: 'u32',
      coutPad: 'u32', // columns padded to 4; stride of the ep sections
      outPitch: 'u32', // words per row of outP
      relu: 'u32',
      hasBias: 'u32',
      hasBN: 'u32',
      eps: 'f32', // batch-norm epsilon
    },
    SOURCE,
  ),
};
