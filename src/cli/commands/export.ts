import { readFileSync, writeFileSync } from 'node:fs';
import { limitedCount } from '../../data/batch';
import { DATASET_INFO } from '../../data/types';
import { restoreConfig } from '../../experiment/restore';
import { toOnnx, type OnnxExport } from '../../export/onnx';
import { toQonnx } from '../../export/qonnx';
import { QuantNetwork } from '../../model/network';
import { loadWeights, networkShapeOf, parseWeightsFile, type WeightsFile } from '../../model/weights-file';
import { initBackend } from '../../train/backend';
import { parseOptions, UsageError } from '../args';
import { readConfig } from '../config-source';
import { loadDataset } from '../dataset';
import type { Command } from './index';
import { trainInNode } from './train';

/** Formats `--format` names. */
const FORMATS = ['onnx', 'qonnx', 'pytorch'] as const;
const WRITTEN = new Set<string>(['onnx', 'qonnx']);

/** The ONNX-family writer of a format: standard operators, or QONNX's Quant and BipolarQuant nodes. */
function onnxWriter(format: string): (network: QuantNetwork) => OnnxExport {
  return format === 'qonnx' ? toQonnx : toOnnx;
}

/**
 * `qlab export --format onnx|qonnx (--config FILE | --url URL) (--train [--mnist-idx DIR] [--cifar10 TARBALL] | --weights FILE) --out FILE [--json]`:
 * trains the experiment as `qlab train` does (or loads a `--save-weights` file) and
 * writes it as an ONNX model (standard operators) or a QONNX model (Quant nodes); with `--json` the last line is a JSON summary.
 */
export const exportCommand: Command = {
  summary: 'export a trained network --format onnx|qonnx (--config FILE | --url URL) (--train [--mnist-idx DIR] [--cifar10 TARBALL] | --weights FILE) --out FILE [--json]',
  async run(argv) {
    const values = parseOptions(argv, {
      format: { type: 'string' },
      config: { type: 'string' },
      url: { type: 'string' },
      train: { type: 'boolean' },
      'mnist-idx': { type: 'string' },
      cifar10: { type: 'string' },
      weights: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
    });
    const format = values.format;
    if (!format) throw new UsageError(`--format is required (${FORMATS.join(', ')})`);
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
    if (!WRITTEN.has(format)) throw new UsageError(`--format ${format} is not written yet; --format ${[...WRITTEN].join(' and ')} are`);
    const write = onnxWriter(format);
    if (!values.out) throw new UsageError('--out FILE is required');
    if (!!values.train === (values.weights !== undefined)) throw new UsageError('give exactly one of --train or --weights FILE');
    if (values.weights !== undefined && (values['mnist-idx'] || values.cifar10)) throw new UsageError('--mnist-idx and --cifar10 apply to --train only');
    const config = readConfig(values);
    const json = !!values.json;

    let exported: OnnxExport | undefined;
    let run: { testAccuracy: number; testImages: number; testSource: string };
    if (values.train) {
      const dataset = await loadDataset(config, values['mnist-idx'], values.cifar10);
      const { result } = await trainInNode(config, dataset, json, (network) => {
        exported = write(network);
      });
      run = { testAccuracy: result.testAccuracy, testImages: limitedCount(config.dataset.testLimit, dataset.test.count), testSource: dataset.source };
    } else {
      const file = readWeights(values.weights!);
      const { config: saved, notices } = restoreConfig(file.config);
      if (notices.length) throw new UsageError(`--weights ${values.weights}: its config is not valid (${notices[0]})`);
      if (networkShapeOf(saved) !== networkShapeOf(config)) {
        throw new UsageError(`--weights ${values.weights} was trained with another network or quantization than the given config`);
      }
      const { imageShape } = DATASET_INFO[config.dataset.id];
      await initBackend(config.backend === 'auto' ? 'wasm' : config.backend);
      const network = new QuantNetwork(config, [...imageShape], file.classes);
      try {
        loadWeights(network, file);
        exported = write(network);
      } catch (error) {
        throw new UsageError(`--weights ${values.weights}: ${(error as Error).message}`);
      } finally {
        network.dispose();
      }
      run = { testAccuracy: file.testAccuracy, testImages: file.testImages, testSource: file.testSource };
    }
    if (!exported) throw new Error('training ended before the network could be exported');
    if (!exported.ok) {
      if (json) process.stdout.write(`${JSON.stringify({ type: 'export', ok: false, format, layer: exported.layer, reason: exported.reason })}\n`);
      throw new Error(`nothing written: ${exported.reason}`);
    }
    writeFileSync(values.out, exported.bytes);
    const summary = {
      type: 'export',
      ok: true,
      format,
      out: values.out,
      bytes: exported.bytes.length,
      opset: exported.opset,
      input: { name: 'pixels', type: 'float32', shape: ['N', ...DATASET_INFO[config.dataset.id].imageShape], scale: '[0, 1] (bytes / 255)' },
      output: { name: 'logits', type: 'float32', shape: ['N', 10] },
      ...run,
      layers: exported.layers,
      notes: exported.notes,
    };
    if (json) {
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    } else {
      const lines = [
        `wrote ${values.out}: ${exported.bytes.length} bytes, ${format === 'qonnx' ? 'QONNX, ' : ''}ONNX opset ${exported.opset}; test accuracy ${(100 * run.testAccuracy).toFixed(2)}% on ${run.testImages} images`,
        ...exported.layers.map((l) => `  ${l.layer}: weights ${l.weights}; inputs ${l.inputs}`),
        ...exported.notes.map((n) => `  note: ${n}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  },
};

function readWeights(path: string): WeightsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--weights ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
  }
  try {
    return parseWeightsFile(text);
  } catch (error) {
    throw new UsageError(`--weights ${path}: ${(error as Error).message}`);
  }
}
