import * as tf from '@tensorflow/tfjs-core';

/**
 * The training kernels of the tfjs WASM backend that it lacks, gets wrong, or runs as
 * plain loops. Two sets:
 * - `fast` (the default): convolution gradients as im2col / col2im around the
 *   backend's XNNPACK matrix multiply and forward convolution, a max-pool gradient
 *   specialised for non-overlapping windows, and matrix products with a transposed
 *   operand routed to XNNPACK (the backend sends those to a scalar loop).
 * - `plain`: the loops the lab started with, kept as the benchmark's baseline.
 */
export type WasmKernelSet = 'fast' | 'plain';

type Info = tf.TensorInfo;
type Attrs = Record<string, unknown>;

/** The parts of the WASM backend these kernels use. */
interface WasmBackend {
  wasm: { cwrap: (name: string, ret: null, args: string[]) => (...args: number[]) => void; HEAPU8: Uint8Array; wasmMemory?: WebAssembly.Memory };
  makeOutput(shape: number[], dtype: string): Info;
  disposeData(dataId: object): boolean;
  dataIdMap: { get(id: object): { id: number; memoryOffset: number } };
  typedArrayFromHeap(info: Info): Float32Array;
}

type KernelFunc = (args: { inputs: Record<string, Info>; backend: WasmBackend; attrs: Attrs }) => Info;

const OVERRIDDEN = ['Conv2DBackpropFilter', 'Conv2DBackpropInput', 'MaxPoolGrad', 'BatchMatMul'] as const;
/** The backend's own kernels, captured before they are overridden. */
const original = new Map<string, tf.KernelConfig>();
let active: WasmKernelSet | undefined;

/** The active kernel set, if any was installed. */
export function wasmKernelSet(): WasmKernelSet | undefined {
  return active;
}

/**
 * Installs one kernel set for the `wasm` backend. Safe to call before or after the
 * backend starts: a kernel registered after start-up gets its set-up run here.
 */
export function installWasmKernels(set: WasmKernelSet): void {
  if (active === set) return;
  if (!tf.getKernel('BatchMatMul', 'wasm')) throw new Error('import @tensorflow/tfjs-backend-wasm before installing its kernels');
  for (const name of OVERRIDDEN) {
    const existing = tf.getKernel(name, 'wasm');
    if (!original.has(name) && existing && active === undefined) original.set(name, existing);
    if (existing) tf.unregisterKernel(name, 'wasm');
  }
  const configs = set === 'fast' ? fastKernels() : plainKernels();
  const started = tf.engine().registry.wasm as unknown as WasmBackend | undefined;
  for (const config of configs) {
    tf.registerKernel(config);
    if (started) config.setupFunc?.(started as unknown as tf.KernelBackend);
  }
  active = set;
}

function kernel(kernelName: string, kernelFunc: KernelFunc, setupFunc?: (backend: WasmBackend) => void): tf.KernelConfig {
  return {
    kernelName,
    backendName: 'wasm',
    kernelFunc: kernelFunc as unknown as tf.KernelFunc,
    setupFunc: setupFunc as unknown as tf.KernelSetupFunc | undefined,
  };
}

/** Calls one of the backend's registered kernels directly, without the engine. */
function run(name: string, backend: WasmBackend, inputs: Record<string, Info>, attrs: Attrs = {}): Info {
  const config = name === 'BatchMatMul' ? original.get(name) : tf.getKernel(name, 'wasm');
  if (!config) throw new Error(`the wasm backend has no ${name} kernel`);
  return (config.kernelFunc as unknown as KernelFunc)({ inputs, backend, attrs });
}

/** The same data under another shape (no copy, no reference taken). */
const view = (info: Info, shape: number[]): Info => ({ dataId: info.dataId, shape, dtype: info.dtype });

/** Index of a tensor's first float in the backend's heap. */
const heapIndex = (backend: WasmBackend, info: Info) => backend.dataIdMap.get(info.dataId).memoryOffset >>> 2;

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Transposes the last two axes of a rank-2 or rank-3 tensor. */
function transposeInner(backend: WasmBackend, x: Info): Info {
  const perm = x.shape.length === 3 ? [0, 2, 1] : [1, 0];
  return run('Transpose', backend, { x }, { perm });
}

interface ConvAttrs {
  strides: [number, number] | number;
  pad: 'same' | 'valid' | number;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

function convInfo(xShape: number[], filterShape: number[], attrs: ConvAttrs): tf.backend_util.Conv2DInfo {
  if (attrs.dataFormat === 'NCHW') throw new Error('the wasm convolution gradients support NHWC only');
  return tf.backend_util.computeConv2DInfo(
    xShape as [number, number, number, number], filterShape as [number, number, number, number],
    attrs.strides, 1, attrs.pad, attrs.dimRoundingMode, false, 'channelsLast');
}

function poolInfo(input: Info, attrs: Attrs): tf.backend_util.Conv2DInfo {
  const { filterSize, strides, pad, dimRoundingMode } = attrs as {
    filterSize: [number, number] | number;
    strides: [number, number] | number;
    pad: 'same' | 'valid' | number;
    dimRoundingMode?: 'floor' | 'round' | 'ceil';
  };
  return tf.backend_util.computePool2DInfo(input.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
}

/** An output tensor filled with zeros (`makeOutput` hands out recycled memory). */
function zeroedOutput(backend: WasmBackend, shape: number[]): Info {
  const out = backend.makeOutput(shape, 'float32');
  backend.typedArrayFromHeap(out).fill(0);
  return out;
}

// ---------------------------------------------------------------- fast kernels

function fastKernels(): tf.KernelConfig[] {
  return [
    kernel('Conv2DBackpropFilter', ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs;
      const info = convInfo(x.shape, (attrs as { filterShape: number[] }).filterShape, attrs as unknown as ConvAttrs);
      return convFilterGrad(backend, x, dy, info);
    }),
    kernel('Conv2DBackpropInput', ({ inputs, backend, attrs }) => {
      const { dy, filter } = inputs;
      const info = convInfo((attrs as { inputShape: number[] }).inputShape, filter.shape, attrs as unknown as ConvAttrs);
      return info.strideHeight === 1 && info.strideWidth === 1 ? convInputGradByConv(backend, dy, filter, info) : convInputGradByCol2im(backend, dy, filter, info);
    }),
    kernel('MaxPoolGrad', ({ inputs, backend, attrs }) => {
      const { dy, input } = inputs;
      const info = poolInfo(input, attrs);
      const dx = zeroedOutput(backend, input.shape);
      const route = info.strideHeight === info.filterHeight && info.strideWidth === info.filterWidth && info.dilationHeight === 1 && info.dilationWidth === 1
        ? maxPoolGradTiledInto : maxPoolGradInto;
      route(backend.typedArrayFromHeap(input), backend.typedArrayFromHeap(dy), backend.typedArrayFromHeap(dx), info);
      return dx;
    }),
    kernel('BatchMatMul', ({ inputs, backend, attrs }) => {
      const { a, b } = inputs;
      const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
      // The backend uses XNNPACK only for an untransposed product of one pair of
      // matrices; a transposed operand is transposed here first.
      const single = size(a.shape.slice(0, -2)) === 1 && size(b.shape.slice(0, -2)) === 1;
      if (!single || (!transposeA && !transposeB)) return run('BatchMatMul', backend, inputs, attrs);
      const a2 = transposeA ? transposeInner(backend, a) : a;
      const b2 = transposeB ? transposeInner(backend, b) : b;
      const out = run('BatchMatMul', backend, { a: a2, b: b2 }, { transposeA: false, transposeB: false });
      if (a2 !== a) backend.disposeData(a2.dataId);
      if (b2 !== b) backend.disposeData(b2.dataId);
      return out;
    }, (backend) => original.get('BatchMatMul')?.setupFunc?.(backend as unknown as tf.KernelBackend)),
  ];
}

/**
 * Writes the patches of `x` as rows of `cols` [N·oh·ow, kh·kw·ci], zeros where a
 * tap falls in the padding. Both live in the WASM heap; runs of channels are copied
 * with `copyWithin`.
 */
export function im2colInto(heap: Float32Array, xAt: number, colsAt: number, info: tf.backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels: ci, outHeight, outWidth } = info;
  const { strideHeight, strideWidth, dilationHeight, dilationWidth, filterHeight, filterWidth } = info;
  const { top, left } = info.padInfo;
  const rowLength = filterHeight * filterWidth * ci;
  let dst = colsAt;
  for (let n = 0; n < batchSize; n++) {
    const image = xAt + n * inHeight * inWidth * ci;
    for (let oy = 0; oy < outHeight; oy++) {
      for (let ox = 0; ox < outWidth; ox++) {
        for (let fy = 0; fy < filterHeight; fy++) {
          const iy = oy * strideHeight - top + fy * dilationHeight;
          if (iy < 0 || iy >= inHeight) {
            heap.fill(0, dst, dst + filterWidth * ci);
            dst += filterWidth * ci;
            continue;
          }
          const rowStart = image + iy * inWidth * ci;
          for (let fx = 0; fx < filterWidth; fx++) {
            const ix = ox * strideWidth - left + fx * dilationWidth;
            if (ix < 0 || ix >= inWidth) {
              for (let c = 0; c < ci; c++) heap[dst + c] = 0;
            } else if (ci >= 8) {
              heap.copyWithin(dst, rowStart + ix * ci, rowStart + ix * ci + ci);
            } else {
              const src = rowStart + ix * ci;
              for (let c = 0; c < ci; c++) heap[dst + c] = heap[src + c];
            }
            dst += ci;
          }
        }
      }
    }
  }
  if (dst !== colsAt + batchSize * outHeight * outWidth * rowLength) throw new Error('im2col wrote the wrong length');
}

/**
 * Adds each row of `cols` [N·oh·ow, kh·kw·ci] back onto the input positions its
 * patch came from (the adjoint of im2col); `dx` must start zeroed.
 */
export function col2imInto(cols: Float32Array, dx: Float32Array, info: tf.backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels: ci, outHeight, outWidth } = info;
  const { strideHeight, strideWidth, dilationHeight, dilationWidth, filterHeight, filterWidth } = info;
  const { top, left } = info.padInfo;
  let src = 0;
  for (let n = 0; n < batchSize; n++) {
    const image = n * inHeight * inWidth * ci;
    for (let oy = 0; oy < outHeight; oy++) {
      for (let ox = 0; ox < outWidth; ox++) {
        for (let fy = 0; fy < filterHeight; fy++) {
          const iy = oy * strideHeight - top + fy * dilationHeight;
          if (iy < 0 || iy >= inHeight) {
            src += filterWidth * ci;
            continue;
          }
          const rowStart = image + iy * inWidth * ci;
          for (let fx = 0; fx < filterWidth; fx++) {
            const ix = ox * strideWidth - left + fx * dilationWidth;
            if (ix >= 0 && ix < inWidth) {
              const dst = rowStart + ix * ci;
              for (let c = 0; c < ci; c++) dx[dst + c] += cols[src + c];
            }
            src += ci;
          }
        }
      }
    }
  }
}

/** dW [kh·kw·ci, co] = im2col(x)ᵀ·dy, computed as (dyᵀ·im2col(x))ᵀ so that XNNPACK runs the product. */
function convFilterGrad(backend: WasmBackend, x: Info, dy: Info, info: tf.backend_util.Conv2DInfo): Info {
  const m = info.batchSize * info.outHeight * info.outWidth;
  const k = info.filterHeight * info.filterWidth * info.inChannels;
  const co = info.outChannels;
  const cols = backend.makeOutput([1, m, k], 'float32');
  // The memory's current buffer (a thread may have grown a shared memory since the views were made).
  const heap = new Float32Array(backend.wasm.wasmMemory?.buffer ?? backend.wasm.HEAPU8.buffer);
  im2colInto(heap, heapIndex(backend, x), heapIndex(backend, cols), info);
  const dyT = run('Transpose', backend, { x: view(dy, [m, co]) }, { perm: [1, 0] });
  const dwT = run('BatchMatMul', backend, { a: view(dyT, [1, co, m]), b: cols }, { transposeA: false, transposeB: false });
  backend.disposeData(cols.dataId);
  backend.disposeData(dyT.dataId);
  const dw = run('Transpose', backend, { x: view(dwT, [co, k]) }, { perm: [1, 0] });
  backend.disposeData(dwT.dataId);
  return view(dw, [info.filterHeight, info.filterWidth, info.inChannels, co]);
}

/**
 * Stride 1: dx is the forward convolution of dy with the filter rotated by 180° and
 * its channel axes swapped, padded by k − 1 − pad (one XNNPACK convolution).
 */
function convInputGradByConv(backend: WasmBackend, dy: Info, filter: Info, info: tf.backend_util.Conv2DInfo): Info {
  const { filterHeight: kh, filterWidth: kw, inChannels: ci, outChannels: co } = info;
  const flipped = backend.makeOutput([kh, kw, co, ci], 'float32');
  const w = backend.typedArrayFromHeap(filter);
  const f = backend.typedArrayFromHeap(flipped);
  for (let fy = 0; fy < kh; fy++) {
    for (let fx = 0; fx < kw; fx++) {
      const src = ((kh - 1 - fy) * kw + (kw - 1 - fx)) * ci * co;
      const dst = (fy * kw + fx) * co * ci;
      for (let i = 0; i < ci; i++) for (let o = 0; o < co; o++) f[dst + o * ci + i] = w[src + i * co + o];
    }
  }
  const top = kh - 1 - info.padInfo.top;
  const left = kw - 1 - info.padInfo.left;
  const bottom = info.inHeight - info.outHeight + kh - 1 - top;
  const right = info.inWidth - info.outWidth + kw - 1 - left;
  const dx = run('Conv2D', backend, { x: dy, filter: flipped }, {
    strides: 1, dilations: 1, dataFormat: 'NHWC', dimRoundingMode: undefined,
    pad: [[0, 0], [top, bottom], [left, right], [0, 0]],
  });
  backend.disposeData(flipped.dataId);
  return dx;
}

/** Any stride: dx = col2im(dy·Wᵀ), with the product on XNNPACK. */
function convInputGradByCol2im(backend: WasmBackend, dy: Info, filter: Info, info: tf.backend_util.Conv2DInfo): Info {
  const m = info.batchSize * info.outHeight * info.outWidth;
  const k = info.filterHeight * info.filterWidth * info.inChannels;
  const co = info.outChannels;
  const wT = run('Transpose', backend, { x: view(filter, [k, co]) }, { perm: [1, 0] });
  const cols = run('BatchMatMul', backend, { a: view(dy, [1, m, co]), b: view(wT, [1, co, k]) }, { transposeA: false, transposeB: false });
  backend.disposeData(wT.dataId);
  const dx = zeroedOutput(backend, [info.batchSize, info.inHeight, info.inWidth, info.inChannels]);
  col2imInto(backend.typedArrayFromHeap(cols), backend.typedArrayFromHeap(dx), info);
  backend.disposeData(cols.dataId);
  return dx;
}

/**
 * Max-pool gradient for windows that tile the input (stride = window, no dilation):
 * a window's channels are contiguous, so the running maximum is kept per channel
 * over one pass of each window row. Ties go to the first maximum, as on the CPU backend.
 */
export function maxPoolGradTiledInto(x: Float32Array, dy: Float32Array, dx: Float32Array, info: tf.backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth, filterHeight, filterWidth, strideHeight, strideWidth } = info;
  const { top, left } = info.padInfo;
  const best = new Float32Array(channels);
  const bestAt = new Int32Array(channels);
  let g = 0;
  for (let n = 0; n < batchSize; n++) {
    const image = n * inHeight * inWidth * channels;
    for (let oy = 0; oy < outHeight; oy++) {
      const y0 = oy * strideHeight - top;
      for (let ox = 0; ox < outWidth; ox++, g += channels) {
        const x0 = ox * strideWidth - left;
        best.fill(-Infinity);
        bestAt.fill(-1);
        for (let iy = Math.max(0, y0); iy < Math.min(inHeight, y0 + filterHeight); iy++) {
          for (let ix = Math.max(0, x0); ix < Math.min(inWidth, x0 + filterWidth); ix++) {
            const at = image + (iy * inWidth + ix) * channels;
            for (let c = 0; c < channels; c++) {
              const v = x[at + c];
              if (v > best[c]) {
                best[c] = v;
                bestAt[c] = at + c;
              }
            }
          }
        }
        for (let c = 0; c < channels; c++) if (bestAt[c] >= 0) dx[bestAt[c]] += dy[g + c];
      }
    }
  }
}

// --------------------------------------------------------------- plain kernels

/**
 * The lab's first kernels: `Conv2DBackpropFilter` as the backend's compiled
 * `Conv3DBackpropFilterV2` with a depth of one at stride 1 (an NHWC tensor has the
 * memory layout of an NDHWC tensor with D = 1) and `convFilterGradInto` at other
 * strides; the backend's own `Conv2DBackpropInput` and `BatchMatMul`; `maxPoolGradInto`
 * for `MaxPoolGrad` (the backend's routes some gradients to wrong positions when a
 * tensor has several channels).
 */
function plainKernels(): tf.KernelConfig[] {
  let filterGrad: (...args: number[]) => void;
  const id = (backend: WasmBackend, t: Info) => backend.dataIdMap.get(t.dataId).id;
  const restored = (name: string) => {
    const config = original.get(name);
    if (!config) throw new Error(`the wasm backend's own ${name} kernel is missing`);
    return config;
  };
  return [
    kernel('Conv2DBackpropFilter', ({ inputs, backend, attrs }) => {
      const { x, dy } = inputs;
      const info = convInfo(x.shape, (attrs as { filterShape: number[] }).filterShape, attrs as unknown as ConvAttrs);
      // The compiled kernel accumulates into its output without clearing it.
      const dw = zeroedOutput(backend, (attrs as { filterShape: number[] }).filterShape);
      if (info.strideHeight !== 1 || info.strideWidth !== 1) {
        convFilterGradInto(backend.typedArrayFromHeap(x), backend.typedArrayFromHeap(dy), backend.typedArrayFromHeap(dw), info);
        return dw;
      }
      filterGrad(
        id(backend, x), id(backend, dy), id(backend, dw),
        info.batchSize, 1, info.inHeight, info.inWidth, info.inChannels,
        1, info.outHeight, info.outWidth, info.outChannels,
        1, info.strideHeight, info.strideWidth,
        1, info.dilationHeight, info.dilationWidth,
        1, info.filterHeight, info.filterWidth,
        0, info.padInfo.top, info.padInfo.left,
      );
      return dw;
    }, (backend) => {
      filterGrad = backend.wasm.cwrap('Conv3DBackpropFilterV2', null, new Array(24).fill('number'));
    }),
    restored('Conv2DBackpropInput'),
    kernel('MaxPoolGrad', ({ inputs, backend, attrs }) => {
      const { dy, input } = inputs;
      const dx = zeroedOutput(backend, input.shape);
      maxPoolGradInto(backend.typedArrayFromHeap(input), backend.typedArrayFromHeap(dy), backend.typedArrayFromHeap(dx), poolInfo(input, attrs));
      return dx;
    }),
    restored('BatchMatMul'),
  ];
}

/** dW[fy, fx, ci, co] = Σ over n, oy, ox of x[n, iy, ix, ci]·dy[n, oy, ox, co]. */
export function convFilterGradInto(x: Float32Array, dy: Float32Array, dw: Float32Array, info: tf.backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
  const { strideHeight, strideWidth, dilationHeight, dilationWidth, filterHeight, filterWidth } = info;
  const { top, left } = info.padInfo;
  for (let fy = 0; fy < filterHeight; fy++) {
    for (let fx = 0; fx < filterWidth; fx++) {
      for (let n = 0; n < batchSize; n++) {
        for (let oy = 0; oy < outHeight; oy++) {
          const iy = oy * strideHeight - top + fy * dilationHeight;
          if (iy < 0 || iy >= inHeight) continue;
          for (let ox = 0; ox < outWidth; ox++) {
            const ix = ox * strideWidth - left + fx * dilationWidth;
            if (ix < 0 || ix >= inWidth) continue;
            const xBase = ((n * inHeight + iy) * inWidth + ix) * inChannels;
            const dyBase = ((n * outHeight + oy) * outWidth + ox) * outChannels;
            for (let ci = 0; ci < inChannels; ci++) {
              const xv = x[xBase + ci];
              const wBase = ((fy * filterWidth + fx) * inChannels + ci) * outChannels;
              for (let co = 0; co < outChannels; co++) dw[wBase + co] += xv * dy[dyBase + co];
            }
          }
        }
      }
    }
  }
}

/** Routes each output gradient of a max pool to the first maximum of its window (the CPU backend's rule). */
export function maxPoolGradInto(x: Float32Array, dy: Float32Array, dx: Float32Array, info: tf.backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels: channels, outHeight, outWidth } = info;
  const { strideHeight, strideWidth, dilationHeight, dilationWidth, effectiveFilterHeight, effectiveFilterWidth } = info;
  const { top, left } = info.padInfo;
  for (let n = 0; n < batchSize; n++) {
    for (let oy = 0; oy < outHeight; oy++) {
      for (let ox = 0; ox < outWidth; ox++) {
        for (let c = 0; c < channels; c++) {
          let best = -Infinity;
          let bestIndex = -1;
          for (let fy = 0; fy < effectiveFilterHeight; fy += dilationHeight) {
            const iy = oy * strideHeight - top + fy;
            if (iy < 0 || iy >= inHeight) continue;
            for (let fx = 0; fx < effectiveFilterWidth; fx += dilationWidth) {
              const ix = ox * strideWidth - left + fx;
              if (ix < 0 || ix >= inWidth) continue;
              const index = ((n * inHeight + iy) * inWidth + ix) * channels + c;
              if (x[index] > best) {
                best = x[index];
                bestIndex = index;
              }
            }
          }
          if (bestIndex >= 0) dx[bestIndex] += dy[((n * outHeight + oy) * outWidth + ox) * channels + c];
        }
      }
    }
  }
}
