import * as tf from '@tensorflow/tfjs-core';
import { loadCifarTarball, loadEmbeddedMnistNode, loadMnistDir } from '../../data/node-loaders';
import { replaceSplits } from '../../data/idx';
import { DATASET_INFO, type Dataset } from '../../data/types';
import type { ExperimentConfig } from '../../experiment/config';
import { summarizeModel } from '../../model/summary';
import { initBackend } from '../../train/backend';
import { train } from '../../train/trainer';
import { parseOptions, parseInteger, UsageError } from '../args';
import { readConfig } from '../config-source';
import type { Command } from './index';

/**
 * `qlab train (--config FILE | --url URL) [--mnist-idx DIR] [--cifar10 TARBALL] [--epochs N] [--json]`:
 * trains in Node, printing one JSON line per epoch and a summary line.
 */
export const trainCommand: Command = {
  summary: 'train a config in Node (--config FILE | --url URL) [--mnist-idx DIR] [--cifar10 TARBALL] [--epochs N] [--json]',
  async run(argv) {
    const values = parseOptions(argv, {
      config: { type: 'string' },
      url: { type: 'string' },
      'mnist-idx': { type: 'string' },
      cifar10: { type: 'string' },
      epochs: { type: 'string' },
      json: { type: 'boolean' },
    });
    const config = readConfig(values);
    if (values.epochs !== undefined) config.epochs = parseInteger('--epochs', values.epochs, 1, 100);
    const dataset = await loadDataset(config, values['mnist-idx'], values.cifar10);
    tf.env().set('PROD', true);
    const backend = await initBackend(config.backend === 'auto' ? 'wasm' : config.backend);
    const progress = (line: string) => {
      if (!values.json) process.stderr.write(`${line}\n`);
    };
    progress(`backend ${backend.name}${backend.fallbackReason ? ` (fallback: ${backend.fallbackReason})` : ''}; ${dataset.source}`);
    let counts = { trainCount: 0, testCount: 0 };
    const result = await train({
      config,
      dataset,
      backend: backend.name,
      snapshotIntervalMs: Infinity,
      batchEventIntervalMs: 2000,
      onEvent: (event) => {
        if (event.type === 'start') {
          counts = { trainCount: event.trainCount, testCount: event.testCount };
        } else if (event.type === 'epoch') {
          process.stdout.write(`${JSON.stringify(event)}\n`);
        } else if (event.type === 'batch') {
          progress(`  epoch ${event.epoch} batch ${event.batch}/${event.batchesPerEpoch} loss ${event.loss.toFixed(4)} (${Math.round(event.examplesPerSecond)} img/s)`);
        } else if (event.type === 'evaluation' || event.type === 'phase') {
          process.stdout.write(`${JSON.stringify(event)}\n`);
        }
      },
    });
    const summary = summarizeModel(config, dataset.imageShape);
    const trainingEpochs = result.epochs.length;
    process.stdout.write(
      `${JSON.stringify({
        type: 'summary',
        status: result.status,
        testAccuracy: result.testAccuracy,
        ...counts,
        modelBytes: summary.total.bytes,
        float32Bytes: summary.total.float32Bytes,
        compression: summary.total.compression,
        bops: summary.total.bops,
        macs: summary.total.macs,
        params: summary.total.params,
        evaluations: result.evaluations,
        backend: backend.name,
        seconds: result.seconds,
        secondsPerEpoch: trainingEpochs ? result.epochs.reduce((a, e) => a + e.seconds, 0) / trainingEpochs : 0,
      })}\n`,
    );
  },
};

async function loadDataset(config: ExperimentConfig, mnistDir: string | undefined, cifarPath: string | undefined): Promise<Dataset> {
  const id = config.dataset.id;
  if (id === 'cifar10') {
    if (mnistDir) throw new UsageError('--mnist-idx does not apply to a cifar10 config');
    if (!cifarPath) throw new UsageError('a cifar10 config needs --cifar10 TARBALL (the CIFAR-10 binary tarball)');
    return loadCifarTarball(cifarPath);
  }
  if (cifarPath) throw new UsageError(`--cifar10 does not apply to a ${id} config`);
  if (id === 'fashion-mnist' && !mnistDir) throw new UsageError('a fashion-mnist config needs --mnist-idx DIR with its IDX files');
  const embedded = await loadEmbeddedMnistNode();
  if (!mnistDir) return embedded;
  const found = await loadMnistDir(mnistDir, id);
  const { name, classNames } = DATASET_INFO[id];
  return replaceSplits({ ...embedded, id, name, classNames: [...classNames] }, found, mnistDir);
}
