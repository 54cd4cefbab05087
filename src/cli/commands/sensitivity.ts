import { readFileSync, writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs-core';
import type { Dataset } from '../../data/types';
import type { ExperimentConfig } from '../../experiment/config';
import { encodeConfig } from '../../experiment/url';
import { initBackend } from '../../train/backend';
import { DEFAULT_SENSITIVITY_BITS, FALLBACK_QUANTIZER, formatSensitivity, runSensitivity, type SensitivityTable, type TrainedFloat } from '../../train/sensitivity';
import { parseInteger, parseOptions, UsageError } from '../args';
import { readConfig, TRAINING_SOURCE_OPTIONS } from '../config-source';
import { loadDataset } from '../dataset';
import { registerThreadedWasmNode } from '../wasm-threads';
import type { Command } from './index';

/** What `--out` holds: the config's link and the table (`qlab mixed` adds its points). */
export interface SensitivityFile {
  link: string;
  dataset: string;
  sensitivity: SensitivityTable;
}

export const SENSITIVITY_HELP = `Trains the config's float network once (its epochs), then quantizes one layer at a time
at each bit width with every other layer float (post-training quantization, batch norm
re-estimated, optionally --finetune-epochs of QAT) and prints the test-accuracy drop in
points per layer and bit width. At b bits a layer's weights use the config's weight
quantizer when it accepts b, else ${FALLBACK_QUANTIZER} (int-k, 1-8 bits); its input activations the
config's activation quantizer when it accepts b, else ${FALLBACK_QUANTIZER}; activations the config keeps
float stay float.`;

/** Parses `--bits 1,2,4,8`: distinct whole numbers from 1 to 8, ascending. */
export function parseBitsList(text: string | undefined): number[] {
  if (text === undefined) return [...DEFAULT_SENSITIVITY_BITS];
  const parts = text.split(',').map((s) => s.trim());
  const bits = parts.map((p) => {
    const b = Number(p);
    if (p === '' || !Number.isInteger(b) || b < 1 || b > 8) throw new UsageError(`--bits takes whole numbers from 1 to 8 separated by commas, got "${text}"`);
    return b;
  });
  if (new Set(bits).size !== bits.length) throw new UsageError(`--bits lists a width twice: "${text}"`);
  return bits.sort((a, b) => a - b);
}

/** The WASM backend (or the config's), as `qlab train` uses it. */
export async function startBackend(config: ExperimentConfig, dataset: Dataset): Promise<void> {
  tf.env().set('PROD', true);
  const requested = config.backend === 'auto' ? 'wasm' : config.backend;
  if (requested === 'wasm') await registerThreadedWasmNode();
  const backend = await initBackend(requested);
  process.stderr.write(`backend ${backend.name}${backend.threads ? `, ${backend.threads} thread(s)` : ''}; ${dataset.source}\n`);
}

export const progress = {
  floatEpoch: (epoch: number, epochs: number, accuracy: number) => process.stderr.write(`float epoch ${epoch}/${epochs}: test ${(accuracy * 100).toFixed(2)}%\n`),
};

/** Reads a `qlab sensitivity --out` file. */
export function readSensitivityFile(path: string): SensitivityFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--table ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not a readable JSON file'}`);
  }
  const file = data as Partial<SensitivityFile>;
  if (!file.sensitivity || !Array.isArray(file.sensitivity.layers) || !Array.isArray(file.sensitivity.bits)) {
    throw new UsageError(`--table ${path}: not a file written by qlab sensitivity --out`);
  }
  return file as SensitivityFile;
}

export async function measureSensitivity(
  config: ExperimentConfig,
  dataset: Dataset,
  bits: number[],
  finetuneEpochs: number,
  json: boolean,
  pretrained?: TrainedFloat,
): Promise<SensitivityTable> {
  return runSensitivity({
    config,
    dataset,
    bits,
    finetuneEpochs,
    pretrained,
    onFloatEpoch: progress.floatEpoch,
    onCell: (layer, cell, done, total) => {
      if (json) process.stdout.write(`${JSON.stringify({ type: 'cell', layer, ...cell, done, total })}\n`);
      else process.stderr.write(`[${done}/${total}] layer ${layer} at ${cell.bits} bit(s): ${(cell.accuracy * 100).toFixed(2)}% (drop ${(cell.drop * 100).toFixed(2)})\n`);
    },
  });
}

/**
 * `qlab sensitivity (--config FILE | --url URL) [--bits 1,2,4,8] [--epochs N]
 * [--finetune-epochs N] [--out FILE.json] [--json]`: the accuracy drop of each layer
 * quantized alone at each bit width.
 */
export const sensitivityCommand: Command = {
  summary: 'per-layer accuracy drop at each bit width (--config FILE | --url URL) [--bits 1,2,4,8] [--epochs N] [--finetune-epochs N] [--out FILE] [--json]',
  help: SENSITIVITY_HELP,
  async run(argv) {
    const values = parseOptions(argv, {
      ...TRAINING_SOURCE_OPTIONS,
      bits: { type: 'string' },
      epochs: { type: 'string' },
      'finetune-epochs': { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    });
    const config = readConfig(values);
    const bits = parseBitsList(values.bits);
    if (values.epochs !== undefined) config.epochs = parseInteger('--epochs', values.epochs, 1, 100);
    const finetuneEpochs = values['finetune-epochs'] === undefined ? 0 : parseInteger('--finetune-epochs', values['finetune-epochs'], 0, 20);
    const dataset = await loadDataset(config, values['mnist-idx'], values.cifar10);
    await startBackend(config, dataset);
    const table = await measureSensitivity(config, dataset, bits, finetuneEpochs, !!values.json);
    if (values.out) writeFileSync(values.out, `${JSON.stringify({ link: `#${encodeConfig(config)}`, dataset: dataset.source, sensitivity: table } satisfies SensitivityFile, null, 1)}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify({ type: 'sensitivity', ...table })}\n`);
    else process.stdout.write(`${formatSensitivity(table)}\n`);
  },
};
