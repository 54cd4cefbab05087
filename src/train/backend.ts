import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-cpu';
import type { BackendId } from '../experiment/config';

/** The backend a run got, and why it is not the one asked for (when it is not). */
export interface BackendChoice {
  name: Exclude<BackendId, 'auto'>;
  requested: BackendId;
  fallbackReason?: string;
}

/** Where the WASM backend finds its binaries (the page passes bundled asset URLs). */
export type WasmPaths = Partial<Record<'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm', string>>;

const AUTO_ORDER = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

type WasmModule = { cwrap: (name: string, ret: null, args: string[]) => (...args: number[]) => void };
interface WasmBackendInternals {
  wasm: WasmModule;
  makeOutput(shape: number[], dtype: string): tf.TensorInfo;
  dataIdMap: { get(id: object): { id: number } };
  typedArrayFromHeap(info: tf.TensorInfo): Float32Array;
}

/**
 * Makes an output tensor of the WASM backend filled with zeros. The backend's
 * compiled gradient kernels accumulate into their output without clearing it, and
 * `makeOutput` hands out recycled heap memory, so without this the gradients of
 * max pooling and of strided convolutions pick up stale values.
 */
function zeroedOutput(backend: WasmBackendInternals, shape: number[]): tf.TensorInfo {
  const out = backend.makeOutput(shape, 'float32');
  backend.typedArrayFromHeap(out).fill(0);
  return out;
}

/**
 * Registers the gradient kernels that the WASM backend lacks or gets wrong, so
 * convolutional networks train on it:
 * - `Conv2DBackpropFilter` (missing) runs the backend's compiled
 *   `Conv3DBackpropFilterV2` with a depth of one (an NHWC tensor has the memory
 *   layout of an NDHWC tensor with D = 1, and so does the filter) at stride 1, where
 *   it agrees with the CPU backend; strided ones, where it does not, run
 *   `convFilterGradInto`.
 * - `MaxPoolGrad` (wrong for several channels) is replaced by `maxPoolGradInto`.
 */
function registerWasmGradientKernels(): void {
  if (registeredWasmKernels) return;
  registeredWasmKernels = true;
  let filterGrad: (...args: number[]) => void;
  const id = (backend: WasmBackendInternals, t: tf.TensorInfo) => backend.dataIdMap.get(t.dataId).id;

  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    setupFunc: (backend) => {
      filterGrad = (backend as unknown as WasmBackendInternals).wasm.cwrap('Conv3DBackpropFilterV2', null, new Array(24).fill('number'));
    },
    kernelFunc: ({ inputs, backend: b, attrs }) => {
      const backend = b as unknown as WasmBackendInternals;
      const { x, dy } = inputs as unknown as { x: tf.TensorInfo; dy: tf.TensorInfo };
      const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as {
        strides: [number, number] | number;
        pad: 'same' | 'valid' | number;
        dataFormat: 'NHWC' | 'NCHW';
        dimRoundingMode?: 'floor' | 'round' | 'ceil';
        filterShape: [number, number, number, number];
      };
      if (dataFormat === 'NCHW') throw new Error('Conv2DBackpropFilter on wasm supports NHWC only');
      const info = tf.backend_util.computeConv2DInfo(
        x.shape as [number, number, number, number], filterShape, strides, 1, pad, dimRoundingMode, false, 'channelsLast');
      const dw = zeroedOutput(backend, filterShape);
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
    },
  });

  tf.unregisterKernel('MaxPoolGrad', 'wasm');
  tf.registerKernel({
    kernelName: 'MaxPoolGrad',
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend: b, attrs }) => {
      const backend = b as unknown as WasmBackendInternals;
      const { dy, input } = inputs as unknown as { dy: tf.TensorInfo; input: tf.TensorInfo };
      const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as {
        filterSize: [number, number] | number;
        strides: [number, number] | number;
        pad: 'same' | 'valid' | number;
        dimRoundingMode?: 'floor' | 'round' | 'ceil';
      };
      const info = tf.backend_util.computePool2DInfo(
        input.shape as [number, number, number, number], filterSize, strides, 1, pad, dimRoundingMode);
      const dx = zeroedOutput(backend, input.shape);
      maxPoolGradInto(
        backend.typedArrayFromHeap(input), backend.typedArrayFromHeap(dy), backend.typedArrayFromHeap(dx), info);
      return dx;
    },
  });
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

/**
 * Routes each output gradient of a max pool to the first maximum of its window (the
 * CPU backend's rule). The compiled WASM `MaxPoolGrad` routes some of them to wrong
 * positions when a tensor has several channels, so this one replaces it.
 */
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

let registeredWasmKernels = false;

/**
 * Checks that a value computed on the backend reads back synchronously. WebGPU has no
 * synchronous read; tfjs emulates one through canvases, which returns zeros on some
 * software adapters.
 */
function readBackWorks(): boolean {
  try {
    return tf.tidy(() => {
      // A small matrix product and a reduction, read twice: [64×64 ones]·[64×64 ones] sums to 64³.
      const ones = tf.ones([64, 64]);
      const first = tf.sum(tf.matMul(ones, ones)).dataSync()[0];
      const second = tf.sum(tf.add(tf.matMul(ones, ones), 1)).dataSync()[0];
      return first === 64 ** 3 && second === 64 ** 3 + 64 * 64;
    });
  } catch {
    return false;
  }
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|lavapipe/i;

/** The WebGL renderer's name, when the browser tells it. */
function webglRenderer(): string {
  try {
    const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    const gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return '';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  } catch {
    return '';
  }
}

/** The browser's WebGPU adapter, or why there is none. */
async function webgpuAdapter(): Promise<GPUAdapter | string> {
  if (typeof navigator === 'undefined' || !('gpu' in navigator)) return 'WebGPU is not available in this browser';
  const adapter = await (navigator as Navigator & { gpu: GPU }).gpu.requestAdapter();
  return adapter ?? 'no WebGPU adapter (requestAdapter() returned null)';
}

/**
 * Starts one backend, or says why it did not. In `auto` mode a GPU backend that runs
 * on a software renderer (SwiftShader and the like) is skipped: WASM is faster there.
 */
async function tryBackend(name: Exclude<BackendId, 'auto'>, auto: boolean, wasmPaths?: WasmPaths): Promise<string | undefined> {
  try {
    if (name === 'webgpu') {
      const adapter = await webgpuAdapter();
      if (typeof adapter === 'string') return adapter;
      const info = (adapter as GPUAdapter & { info?: GPUAdapterInfo }).info;
      const description = info ? `${info.vendor} ${info.architecture} ${info.description}` : '';
      if (auto && ((adapter as GPUAdapter & { isFallbackAdapter?: boolean }).isFallbackAdapter || SOFTWARE_RENDERER.test(description))) {
        return `the WebGPU adapter is a software renderer (${description.trim() || 'fallback adapter'}), slower than WASM`;
      }
      await import('@tensorflow/tfjs-backend-webgpu');
    } else if (name === 'webgl') {
      if (typeof OffscreenCanvas === 'undefined' && typeof document === 'undefined') return 'WebGL needs a canvas, and none exists here';
      const renderer = webglRenderer();
      if (auto && SOFTWARE_RENDERER.test(renderer)) return `WebGL renders in software (${renderer}), slower than WASM`;
      await import('@tensorflow/tfjs-backend-webgl');
    } else if (name === 'wasm') {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      if (wasmPaths) wasm.setWasmPaths(wasmPaths as Record<string, string>);
      registerWasmGradientKernels();
    }
    const ok = await tf.setBackend(name);
    if (!ok) return `${name} failed to initialize`;
    await tf.ready();
    return readBackWorks() ? undefined : `${name} read back a wrong value synchronously (the quantizers and the training loop need synchronous reads)`;
  } catch (error) {
    return `${name} failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Runs `work` on the tfjs WebGPU backend, then restores the backend that was active.
 * Only asynchronous reads are allowed inside (no synchronous read-back probe): it
 * serves the deployment check, which times the float simulation on the same adapter
 * as the binary engine.
 */
export async function withWebGPUBackend<T>(work: () => Promise<T>): Promise<T> {
  const adapter = await webgpuAdapter();
  if (typeof adapter === 'string') throw new Error(adapter);
  const previous = tf.getBackend();
  await import('@tensorflow/tfjs-backend-webgpu');
  if (!(await tf.setBackend('webgpu'))) {
    await tf.setBackend(previous);
    throw new Error('the tfjs WebGPU backend failed to start');
  }
  await tf.ready();
  try {
    return await work();
  } finally {
    await tf.setBackend(previous);
    await tf.ready();
  }
}

/**
 * Selects the tfjs backend: `auto` tries WebGPU → WebGL → WASM → CPU and keeps the
 * first that works; a named backend falls back along the same order when it fails.
 */
export async function initBackend(requested: BackendId, wasmPaths?: WasmPaths): Promise<BackendChoice> {
  const order = requested === 'auto' ? AUTO_ORDER : [requested, ...AUTO_ORDER.filter((b) => b !== requested && AUTO_ORDER.indexOf(b) > AUTO_ORDER.indexOf(requested))];
  const reasons: string[] = [];
  for (const name of order) {
    const failure = await tryBackend(name, requested === 'auto', wasmPaths);
    if (failure === undefined) return choice(name, requested, reasons);
    reasons.push(failure);
  }
  throw new Error(`no tfjs backend could start: ${reasons.join('; ')}`);
}

function choice(name: Exclude<BackendId, 'auto'>, requested: BackendId, reasons: string[]): BackendChoice {
  return reasons.length ? { name, requested, fallbackReason: reasons.join('; ') } : { name, requested };
}
