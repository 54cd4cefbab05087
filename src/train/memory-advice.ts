import type { ExperimentConfig } from '../experiment/config';

/** Messages of allocation failures: tfjs, WebGPU/WebGL, WASM memory growth, V8 array buffers. */
const OUT_OF_MEMORY = /out of memory|\bOOM\b|allocation failed|failed to allocate|Array buffer allocation|Cannot enlarge memory|memory access out of bounds|exceeds the max buffer size|is larger than the maximum|Requested texture size/i;

/** Whether an error is the backend running out of memory. */
export function isOutOfMemory(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return error instanceof RangeError || OUT_OF_MEMORY.test(text);
}

/**
 * The message for a run that failed: an allocation failure names the setting to lower
 * (the batch size, then the training examples), any other error is given as it is.
 */
export function runFailureMessage(error: unknown, config: ExperimentConfig, backend: string): string {
  const text = error instanceof Error ? error.message : String(error);
  if (!isOutOfMemory(error)) return text;
  const half = Math.max(1, Math.floor(config.batchSize / 2));
  return (
    `The ${backend.toUpperCase()} backend ran out of memory (${text}). Lower the batch size (now ${config.batchSize}; try ${half})` +
    `${config.dataset.trainLimit === 0 || config.dataset.trainLimit > 10000 ? ', or the training examples' : ''}, and train again.`
  );
}
