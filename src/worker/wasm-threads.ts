import * as tf from '@tensorflow/tfjs-core';
import threadedFactory from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js';
import threadedScriptUrl from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js?url';
import { wasmWorkerContents } from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js';
import { backendFromModule, type EmscriptenModule } from '../train/wasm-module';

/**
 * In a cross-origin isolated worker, registers the tfjs WASM backend with its threaded
 * SIMD binary started here rather than by tfjs: tfjs hands its threads the source of
 * its factory function, which a minifying bundler breaks (the threads then fail to
 * start and the backend never resolves); here they load the module's original script,
 * emitted unchanged as an asset. Falls back to the stock backend when that fails.
 */
export async function registerThreadedWasmBrowser(wasmBinaryUrl: string): Promise<void> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const stock = tf.findBackendFactory('wasm');
  tf.removeBackend('wasm');
  tf.registerBackend('wasm', async () => {
    try {
      // As tfjs does for its blob: the contents hold raw newlines inside string literals.
      const workerUrl = URL.createObjectURL(new Blob([wasmWorkerContents.replace(/\n/g, '\\n')], { type: 'application/javascript' }));
      const module = await (threadedFactory as unknown as (config: object) => Promise<EmscriptenModule>)({
        locateFile: (path: string) => (path.endsWith('.worker.js') ? workerUrl : path.endsWith('.wasm') ? wasmBinaryUrl : path),
        mainScriptUrlOrBlob: new URL(threadedScriptUrl, self.location.href).href,
      });
      return backendFromModule(module, wasm.BackendWasm as never);
    } catch (error) {
      console.warn(`threaded WASM failed (${error instanceof Error ? error.message : String(error)}); single-threaded`);
      if (!stock) throw error;
      // tfjs's own threaded start-up is the one that hangs in a bundle: its SIMD binary instead.
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      return stock();
    }
  }, 2);
}
