import type * as tf from '@tensorflow/tfjs-core';

/** The Emscripten module of a tfjs WASM binary, as its factory resolves it. */
export interface EmscriptenModule {
  cwrap: (name: string, ret: string | null, args: string[]) => (...args: number[]) => number;
}

/**
 * Binds the functions tfjs's `BackendWasm` expects on a module it did not start
 * itself (as tfjs's own `init` does) and makes the backend.
 */
export function backendFromModule(
  module: EmscriptenModule,
  BackendWasm: new (module: never) => tf.KernelBackend,
): tf.KernelBackend {
  (module as EmscriptenModule & { tfjs: object }).tfjs = {
    init: module.cwrap('init', null, []),
    initWithThreadsCount: module.cwrap('init_with_threads_count', null, ['number']),
    getThreadsCount: module.cwrap('get_threads_count', 'number', []),
    registerTensor: module.cwrap('register_tensor', null, ['number', 'number', 'number']),
    disposeData: module.cwrap('dispose_data', null, ['number']),
    dispose: module.cwrap('dispose', null, []),
  };
  return new BackendWasm(module as never);
}
