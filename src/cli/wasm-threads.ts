import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os, { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';

const require = createRequire(import.meta.url);

type EmscriptenModule = { cwrap: (name: string, ret: string | null, args: string[]) => (...args: number[]) => number };

/**
 * Registers the tfjs WASM backend in Node with its threaded SIMD binary (tfjs itself
 * starts the single-threaded one in Node). Emscripten's threads run on
 * `worker_threads`; the script each thread loads is written to a temporary folder,
 * since Node's workers cannot load the blob URLs tfjs makes for browsers.
 * Returns the thread count asked for; the backend reports what it got.
 */
export async function registerThreadedWasmNode(threads = availableParallelism()): Promise<number> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const root = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
  const factory = require(join(root, 'wasm-out/tfjs-backend-wasm-threaded-simd.js')) as (config: object) => Promise<EmscriptenModule>;
  const { wasmWorkerContents } = require(join(root, 'wasm-out/tfjs-backend-wasm-threaded-simd.worker.js')) as { wasmWorkerContents: string };
  const folder = mkdtempSync(join(tmpdir(), 'qlab-wasm-'));
  const workerPath = join(folder, 'tfjs-backend-wasm-threaded-simd.worker.cjs');
  // As tfjs does for its blob: the contents hold raw newlines inside string literals.
  writeFileSync(workerPath, wasmWorkerContents.replace(/\n/g, '\\n'));
  wasm.setThreadsCount(threads);
  tf.removeBackend('wasm');
  tf.registerBackend('wasm', async () => {
    // The backend caps its pool at half the logical cores it counts at start-up
    // (two hyperthreads a core), one thread on two cores: it counts twice the cores here.
    const cpus = os.cpus;
    os.cpus = () => [...cpus(), ...cpus()];
    let module: EmscriptenModule & { tfjs?: object };
    try {
      module = await factory({
        locateFile: (path: string) => (path.endsWith('.worker.js') ? workerPath : path.endsWith('.wasm') ? join(root, 'dist/tfjs-backend-wasm-threaded-simd.wasm') : join(root, 'wasm-out', path)),
        mainScriptUrlOrBlob: join(root, 'wasm-out/tfjs-backend-wasm-threaded-simd.js'),
      });
    } finally {
      os.cpus = cpus;
    }
    module.tfjs = {
      init: module.cwrap('init', null, []),
      initWithThreadsCount: module.cwrap('init_with_threads_count', null, ['number']),
      getThreadsCount: module.cwrap('get_threads_count', 'number', []),
      registerTensor: module.cwrap('register_tensor', null, ['number', 'number', 'number']),
      disposeData: module.cwrap('dispose_data', null, ['number']),
      dispose: module.cwrap('dispose', null, []),
    };
    return new wasm.BackendWasm(module as never);
  }, 2);
  return threads;
}
