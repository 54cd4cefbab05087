// The threaded WASM binary's pthread script, as tfjs-backend-wasm ships it (no typings).
declare module '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.worker.js' {
  export const wasmWorkerContents: string;
}
