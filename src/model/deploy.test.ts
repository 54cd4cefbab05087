import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBatch } from '../data/batch';
import { loadEmbeddedMnistNode } from '../data/node-loaders';
import type { Dataset } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import { createBinaryEngine, floatForward, packModel, unpackModel } from '../kernels';
import { initBackend } from '../train/backend';
import { compareDeployment } from '../train/deploy-report';
import { train } from '../train/trainer';
import { toDeploySpec } from './deploy';
import type { QuantNetwork } from './network';

let mnist: Dataset;
beforeAll(async () => {
  // WASM: a CNN trains there in seconds rather than minutes.
  await initBackend('wasm');
  mnist = await loadEmbeddedMnistNode();
});

/** Trains a small network and hands back its deploy spec (the network itself is disposed after). */
async function trainedSpec(edit: (c: ExperimentConfig) => void) {
  const config = defaultConfig();
  config.dataset.trainLimit = 256;
  config.dataset.testLimit = 64;
  config.epochs = 1;
  edit(config);
  let result: ReturnType<typeof toDeploySpec> | undefined;
  let modelPredictions: Int32Array | undefined;
  const indices = Array.from({ length: 200 }, (_, i) => i);
  const trained = await train({
    config,
    dataset: mnist,
    onEvent: () => {},
    onTrained: (network: QuantNetwork) => {
      result = toDeploySpec(network);
      modelPredictions = tf.tidy(() => tf.argMax(network.forward(makeBatch(mnist.test, indices, [28, 28, 1]).xs, { training: false, step: 0, progress: 1 }), 1).dataSync() as Int32Array);
    },
  });
  return { result: result!, modelPredictions: modelPredictions!, indices, testAccuracy: trained.testAccuracy, testCount: config.dataset.testLimit };
}

describe('toDeploySpec', () => {
  for (const architecture of ['mlp', 'cnn-small'] as const) {
    it(`${architecture}: the model, the float simulation and the packed engine predict the same`, async () => {
      const { result, modelPredictions, indices } = await trainedSpec((c) => (c.architecture = architecture));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.binaryLayers).toBe(architecture === 'mlp' ? 1 : 2);
      const { xs } = makeBatch(mnist.test, indices, [28, 28, 1]);
      const simulated = tf.tidy(() => tf.argMax(floatForward(result.spec, xs), 1).dataSync() as Int32Array);
      expect(Array.from(simulated)).toEqual(Array.from(modelPredictions));
      const engine = await createBinaryEngine({ preferWebGPU: false });
      expect(engine.kind).toBe('js');
      await engine.load(unpackModel(packModel(result.spec)));
      const packed = await engine.predict(xs, indices.length);
      expect(Array.from(packed.predictions)).toEqual(Array.from(modelPredictions));
      engine.dispose();
      xs.dispose();
    });
  }

  // Channel and feature counts off the 32-bit word: the packed rows are padded.
  it.each([
    ['mlp 784-40-18-10', (c: ExperimentConfig) => (c.units = [40, 18]), [40, 18, 10], 1],
    ['cnn-small, filters 12 and 20, 40 units', (c: ExperimentConfig) => ((c.architecture = 'cnn-small'), (c.filters = [12, 20]), (c.units = [40])), [12, 20, 40, 10], 2],
  ])('%s: the packed engine predicts as the model', async (_label, edit, widths, binaryLayers) => {
    const { result, modelPredictions, indices } = await trainedSpec(edit);
    if (!result.ok) throw new Error(result.reason);
    expect(result.spec.layers.map((l) => l.shape[l.shape.length - 1])).toEqual(widths);
    expect(result.binaryLayers).toBe(binaryLayers);
    const engine = await createBinaryEngine({ preferWebGPU: false });
    await engine.load(unpackModel(packModel(result.spec)));
    const { xs } = makeBatch(mnist.test, indices, [28, 28, 1]);
    const packed = await engine.predict(xs, indices.length);
    expect(Array.from(packed.predictions)).toEqual(Array.from(modelPredictions));
    engine.dispose();
    xs.dispose();
  });

  it('the deployment report on a trained binary mlp: the run, the float simulation and the engine score the same', async () => {
    const { result, testAccuracy, testCount } = await trainedSpec(() => {});
    if (!result.ok) throw new Error(result.reason);
    const engine = await createBinaryEngine({ preferWebGPU: false });
    const report = await compareDeployment(result.spec, { split: mnist.test, count: testCount, imageShape: [28, 28, 1], batchSize: 16, engine });
    engine.dispose();
    expect(report.testCount).toBe(testCount);
    expect(report.float.accuracy).toBeCloseTo(testAccuracy, 10);
    expect(report.binary.accuracy).toBe(report.float.accuracy);
    expect(report.mismatches).toBe(0);
    expect(report.float.accuracy).toBeGreaterThan(0.2); // 256 images, one epoch: above chance, far from converged
  });

  it('refuses quantizers that have no packed form, naming the layer', async () => {
    const { result } = await trainedSpec((c) => (c.quant.weight = { quantizer: 'uniform', bits: 4, params: {} }));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/dense2: .*no packed form/) });
  });
});
