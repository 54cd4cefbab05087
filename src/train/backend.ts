import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-cpu';
import type { BackendId } from '../experiment/config';
import { installWasmKernels, wasmKernelSet } from './wasm-kernels';

/** The backend a run got, and why it is not the one asked for (when it is not). */
export interface BackendChoice {
  name: Exclude<BackendId, 'auto'>;
  requested: BackendId;
  fallbackReason?: string;
  /** Threads of the WASM backend's pool (WASM only). */
  threads?: number;
  /** Why WASM runs on fewer threads than there are cores, when it does. */
  threadsNote?: string;
}

/** Where the WASM backend finds its binaries (the page passes bundled asset URLs). */
export type WasmPaths = Partial<Record<'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm', string>>;

const AUTO_ORDER = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

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
      installWasmKernels(wasmKernelSet() ?? 'fast');
      if (tf.engine().registry.wasm === undefined && browserIsolated()) {
        wasm.setThreadsCount(browserCores());
        const restore = countCoresTwice();
        try {
          if (!(await tf.setBackend(name))) return `${name} failed to initialize`;
        } finally {
          restore();
        }
      }
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
    if (failure === undefined) return await choice(name, requested, reasons);
    reasons.push(failure);
  }
  throw new Error(`no tfjs backend could start: ${reasons.join('; ')}`);
}

async function choice(name: Exclude<BackendId, 'auto'>, requested: BackendId, reasons: string[]): Promise<BackendChoice> {
  const picked: BackendChoice = reasons.length ? { name, requested, fallbackReason: reasons.join('; ') } : { name, requested };
  if (name === 'wasm') Object.assign(picked, await wasmThreads());
  return picked;
}

const isBrowser = () => typeof navigator !== 'undefined' && typeof (globalThis as { process?: unknown }).process === 'undefined';
const browserIsolated = () => isBrowser() && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
const browserCores = () => Math.max(1, navigator.hardwareConcurrency || 1);

/**
 * The WASM backend sizes its pool to half the logical cores it counts when it starts
 * (it assumes two hyperthreads a core), one thread on a two-core machine; while it
 * starts, the worker reports twice its cores so that the pool gets the count asked for.
 */
function countCoresTwice(): () => void {
  const cores = browserCores();
  try {
    Object.defineProperty(navigator, 'hardwareConcurrency', { configurable: true, get: () => 2 * cores });
  } catch {
    return () => {};
  }
  return () => void delete (navigator as unknown as { hardwareConcurrency?: number }).hardwareConcurrency;
}

/** How many threads the WASM backend got, and why not more. */
async function wasmThreads(): Promise<Pick<BackendChoice, 'threads' | 'threadsNote'>> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const threads = Math.max(1, wasm.getThreadsCount());
  if (isBrowser()) {
    const cores = browserCores();
    if (!browserIsolated()) return { threads, threadsNote: 'single-threaded: the page is not cross-origin isolated (the server sends no COOP/COEP headers), so WASM cannot share memory with threads' };
    if (threads < cores) return { threads, threadsNote: `${threads} of ${cores} cores` };
    return { threads };
  }
  return threads > 1 ? { threads } : { threads, threadsNote: 'single-threaded WASM in Node' };
}

/** The GPU device of the active tfjs WebGPU backend; undefined on any other backend. */
export function activeWebGPUDevice(): GPUDevice | undefined {
  if (tf.getBackend() !== 'webgpu') return undefined;
  return (tf.backend() as unknown as { device?: GPUDevice }).device;
}

/** The name of the active tfjs backend (`webgpu`, `wasm`, …). */
export const activeBackendName = (): string => tf.getBackend() ?? 'unknown';
