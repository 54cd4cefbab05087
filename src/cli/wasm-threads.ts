import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os, { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { backendFromModule, type EmscriptenModule } from '../train/wasm-module';

const require = createRequire(import.meta.url);


/**
 * Registers the tfjs WASM backend in Node with its threaded SIMD binary (tfjs itself
 * starts the single-threaded one in Node). Emscripten's threads run on
 * `worker_threads`; the script each thread loads is written to a temporary folder,
 * since Node's workers cannot load the blob URLs tfjs makes for browsers.
 * Falls back to the stock single-threaded backend when that fails. Returns the
 * thread count asked for; `getThreadsCount()` says what the backend got.
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
  const stock = tf.findBackendFactory('wasm');
  tf.removeBackend('wasm');
  tf.registerBackend('wasm', async () => {
    try {
      return await threaded();
    } catch (error) {
      // Where threads do not work, the stock single-threaded backend.
      process.stderr.write(`threaded WASM failed (${error instanceof Error ? error.message : String(error)}); single-threaded\n`);
      if (!stock) throw error;
      return stock();
    }
  }, 2);
  return threads;

  async function threaded(): Promise<tf.KernelBackend> {
    // The backend caps its pool at half the logical cores it counts at start-up
    // (two hyperthreads a core), one thread on two cores: it counts twice the cores here.
    const cpus = os.cpus;
    os.cpus = () => [...cpus(), ...cpus()];
    let module: EmscriptenModule;
    try {
      module = await factory({
        locateFile: (path: string) => (path.endsWith('.worker.js') ? workerPath : path.endsWith('.wasm') ? join(root, 'dist/tfjs-backend-wasm-threaded-simd.wasm') : join(root, 'wasm-out', path)),
        mainScriptUrlOrBlob: join(root, 'wasm-out/tfjs-backend-wasm-threaded-simd.js'),
      });
    } finally {
      os.cpus = cpus;
    }
    return backendFromModule(module, wasm.BackendWasm as never);
  }
}
