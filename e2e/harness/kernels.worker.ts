/// <reference lib="webworker" />
/**
 * Runs one network through the binary engine inside a module worker (no DOM): tfjs on
 * the CPU backend, so the engine requests its own WebGPU device.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { createBinaryEngine } from '../../src/kernels/engine';
import { architectureCases, randomInput } from '../../src/kernels/fixtures.test-support';
import { compareWithReference } from '../../src/kernels/verify.test-support';

(async () => {
  await tf.setBackend('cpu');
  const engine = await createBinaryEngine();
  const c = architectureCases()[1];
  await engine.load(c.spec);
  const a = await compareWithReference(c.spec, engine, randomInput(c.spec, c.batch), c.batch);
  postMessage({ kind: engine.kind, fallbackReason: engine.fallbackReason, failures: a.failures, predictionsEqual: a.predictionsEqual, hasDocument: typeof document !== 'undefined' });
})().catch((e: Error) => postMessage({ error: e.message }));
