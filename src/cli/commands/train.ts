import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import { limitedCount } from '../../data/batch';
import type { Dataset } from '../../data/types';
import type { ExperimentConfig } from '../../experiment/config';
import type { QuantNetwork } from '../../model/network';
import { summarizeModel } from '../../model/summary';
import { weightsOf } from '../../model/weights-file';
import { initBackend } from '../../train/backend';
import { registerThreadedWasmNode } from '../wasm-threads';
import { train } from '../../train/trainer';
import { parseOptions, parseInteger } from '../args';
import { loadDataset } from '../dataset';
import { readConfig, TRAINING_SOURCE_OPTIONS } from '../config-source';
import type { Command } from './index';

/**
 * `qlab train (--config FILE | --url URL) [--mnist-idx DIR] [--cifar10 TARBALL] [--epochs N] [--save-weights FILE] [--json]`:
 * trains in Node, printing one JSON line per epoch and a summary line; `--save-weights`
 * writes the trained variables (`src/model/weights-file.ts`) for `qlab export --weights`.
 */
export const trainCommand: Command = {
  summary: 'train a config in Node (--config FILE | --url URL) [--mnist-idx DIR] [--cifar10 TARBALL] [--epochs N] [--save-weights FILE] [--json]',
  async run(argv) {
    const values = parseOptions(argv, {
      ...TRAINING_SOURCE_OPTIONS,
      epochs: { type: 'string' },
      json: { type: 'boolean' },
      'save-weights': { type: 'string' },
    });
    const config = readConfig(values);
    if (values.epochs !== undefined) config.epochs = parseInteger('--epochs', values.epochs, 1, 100);
    const dataset = await loadDataset(config, values['mnist-idx'], values.cifar10);
    let saved: ReturnType<typeof weightsOf> | undefined;
    const testImages = limitedCount(config.dataset.testLimit, dataset.test.count);
    const { result, backend, counts } = await trainInNode(config, dataset, !!values.json, (network) => {
      if (values['save-weights']) saved = weightsOf(network, { testAccuracy: 0, testImages, testSource: dataset.source });
    });
    if (saved && values['save-weights']) {
      saved.testAccuracy = result.testAccuracy;
      writeFileSync(values['save-weights'], JSON.stringify(saved));
    }
    const summary = summarizeModel(config, dataset.imageShape);
    const trainingEpochs = result.epochs.length;
    process.stdout.write(
      `${JSON.stringify({
        type: 'summary',
        status: result.status,
        ...(result.message ? { message: result.message } : {}),
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
        threads: backend.threads ?? 1,
        seconds: result.seconds,
        secondsPerEpoch: trainingEpochs ? result.epochs.reduce((a, e) => a + e.seconds, 0) / trainingEpochs : 0,
      })}\n`,
    );
  },
};


/**
 * Trains as `qlab train` does on the WASM backend (or the config's backend): epoch,
 * phase and evaluation events as JSON lines on stdout, progress on stderr unless `json`.
 * `onTrained` sees the trained network before it is disposed.
 */
export async function trainInNode(config: ExperimentConfig, dataset: Dataset, json: boolean, onTrained?: (network: QuantNetwork) => void) {
  tf.env().set('PROD', true);
  const requested = config.backend === 'auto' ? 'wasm' : config.backend;
  if (requested === 'wasm') await registerThreadedWasmNode();
  const backend = await initBackend(requested);
  const progress = (line: string) => {
    if (!json) process.stderr.write(`${line}\n`);
  };
  const threads = backend.threads ? `, ${backend.threads} thread${backend.threads > 1 ? 's' : ''}${backend.threadsNote ? ` (${backend.threadsNote})` : ''}` : '';
  progress(`backend ${backend.name}${threads}${backend.fallbackReason ? ` (fallback: ${backend.fallbackReason})` : ''}; ${dataset.source}`);
  let counts = { trainCount: 0, testCount: 0 };
  const result = await train({
    config,
    dataset,
    backend: backend.name,
    snapshotIntervalMs: Infinity,
    batchEventIntervalMs: 2000,
    onTrained,
    onEvent: (event) => {
      if (event.type === 'start') {
        counts = { trainCount: event.trainCount, testCount: event.testCount };
      } else if (event.type === 'epoch') {
        process.stdout.write(`${JSON.stringify(event)}\n`);
      } else if (event.type === 'batch') {
        progress(`  epoch ${event.epoch} batch ${event.batch}/${event.batchesPerEpoch} loss ${event.loss.toFixed(4)} (${Math.round(event.examplesPerSecond)} img/s)`);
      } else if (event.type === 'evaluation' || event.type === 'phase') {
        process.stdout.write(`${JSON.stringify(event)}\n`);
      } else if (event.type === 'snapshot') {
        // Snapshots come at the start and after every epoch (no interval): how far the
        // quantized layers' weights are from their levels and how many changed code.
        const layers = event.layers
          .filter((l) => l.weightQuantizer !== 'none')
          .map((l) => ({ index: l.index, layer: l.layer, quantizer: l.weightQuantizer, mse: l.mse, flipRatio: l.flipRatio }));
        process.stdout.write(`${JSON.stringify({ type: 'weights', phase: event.phase, epoch: event.epoch, step: event.step, layers })}\n`);
      }
    },
  });
  return { result, backend, counts };
}
