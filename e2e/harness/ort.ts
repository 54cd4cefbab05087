/**
 * Browser test page for exported ONNX models (`e2e/export.spec.ts`): runs a model in
 * onnxruntime-web (WASM, its binary served from this build) on the first test images of
 * the embedded MNIST the lab trains on, and returns plain JSON for `page.evaluate`.
 */
import * as ort from 'onnxruntime-web/wasm';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import ortMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import { streamEmbeddedMnist } from '../../src/data/embedded';
import type { Split } from '../../src/data/types';

ort.env.wasm.wasmPaths = { wasm: ortWasmUrl, mjs: ortMjsUrl };
ort.env.wasm.numThreads = 1;

/** The embedded MNIST's test split, as the lab's worker loads it. */
async function testSplit(): Promise<Split> {
  for await (const event of streamEmbeddedMnist(new URL('data/mnist/', location.origin + import.meta.env.BASE_URL).href)) return event.dataset.test;
  throw new Error('the embedded MNIST gave no test split');
}

async function run(model: number[], count: number): Promise<{ predictions: number[]; logits: number[]; backend: string }> {
  const test = await testSplit();
  const n = Math.min(count, test.count);
  const pixels = new Float32Array(n * 784);
  for (let i = 0; i < pixels.length; i++) pixels[i] = test.images[i] * (1 / 255);
  const session = await ort.InferenceSession.create(new Uint8Array(model), { executionProviders: ['wasm'] });
  try {
    const result = await session.run({ pixels: new ort.Tensor('float32', pixels, [n, 28, 28, 1]) });
    const logits = Array.from(result.logits.data as Float32Array);
    const predictions = Array.from({ length: n }, (_, i) => {
      let best = 0;
      for (let j = 1; j < 10; j++) if (logits[i * 10 + j] > logits[i * 10 + best]) best = j;
      return best;
    });
    return { predictions, logits, backend: 'onnxruntime-web wasm' };
  } finally {
    await session.release();
  }
}

declare global {
  interface Window {
    ortHarness: { run: typeof run };
  }
}
window.ortHarness = { run };
