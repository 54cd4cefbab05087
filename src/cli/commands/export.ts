import { readFileSync, writeFileSync } from 'node:fs';
import { limitedCount } from '../../data/batch';
import { DATASET_INFO } from '../../data/types';
import { restoreConfig } from '../../experiment/restore';
import { toOnnx, type OnnxExport } from '../../export/onnx';
import { toQonnx } from '../../export/qonnx';
import { toPytorch } from '../../export/pytorch';
import { QuantNetwork } from '../../model/network';
import { loadWeights, networkShapeOf, parseWeightsFile, weightsOf, type WeightsFile } from '../../model/weights-file';
import { initBackend } from '../../train/backend';
import { parseOptions, UsageError } from '../args';
import { readConfig } from '../config-source';
import { loadDataset } from '../dataset';
import type { Command } from './index';
import { trainInNode } from './train';

/** Formats `--format` names. */
const FORMATS = ['onnx', 'qonnx', 'pytorch'] as const;
const WRITTEN = new Set<string>(['onnx', 'qonnx', 'pytorch']);

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
  summary:
    'export a trained network --format onnx|qonnx (--config FILE | --url URL) (--train [--mnist-idx DIR] [--cifar10 TARBALL] | --weights FILE) --out FILE [--json];\n' +
    '              or an experiment as a PyTorch script --format pytorch (--config FILE | --url URL) [--train [--mnist-idx DIR] [--cifar10 TARBALL] | --weights FILE] --out FILE.py [--json]',
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
    if (format === 'pytorch') return exportPytorch(values);
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

/**
 * `--format pytorch`: the experiment as one Python file (`src/export/pytorch.ts`), with the
 * weights of `--train` or `--weights FILE` embedded, or none (the script trains from scratch).
 */
async function exportPytorch(values: { config?: string; url?: string; train?: boolean; 'mnist-idx'?: string; cifar10?: string; weights?: string; out?: string; json?: boolean }): Promise<void> {
  if (values.train && values.weights !== undefined) throw new UsageError('give at most one of --train or --weights FILE');
  if (!values.train && (values['mnist-idx'] || values.cifar10)) throw new UsageError('--mnist-idx and --cifar10 apply to --train only');
  const config = readConfig(values);
  const json = !!values.json;
  let weights: WeightsFile | undefined;
  if (values.train) {
    const dataset = await loadDataset(config, values['mnist-idx'], values.cifar10);
    const testImages = limitedCount(config.dataset.testLimit, dataset.test.count);
    const { result } = await trainInNode(config, dataset, json, (network) => {
      weights = weightsOf(network, { testAccuracy: 0, testImages, testSource: dataset.source });
    });
    if (!weights) throw new Error('training ended before the network could be exported');
    weights.testAccuracy = result.testAccuracy;
  } else if (values.weights !== undefined) {
    const file = readWeights(values.weights);
    const { config: saved, notices } = restoreConfig(file.config);
    if (notices.length) throw new UsageError(`--weights ${values.weights}: its config is not valid (${notices[0]})`);
    if (networkShapeOf(saved) !== networkShapeOf(config)) {
      throw new UsageError(`--weights ${values.weights} was trained with another network or quantization than the given config`);
    }
    // Loading into the lab's network checks every name and shape.
    await initBackend(config.backend === 'auto' ? 'wasm' : config.backend);
    const network = new QuantNetwork(config, [...DATASET_INFO[config.dataset.id].imageShape], file.classes);
    try {
      loadWeights(network, file);
    } catch (error) {
      throw new UsageError(`--weights ${values.weights}: ${(error as Error).message}`);
    } finally {
      network.dispose();
    }
    weights = file;
  }
  const text = toPytorch(config, weights);
  writeFileSync(values.out!, text);
  const summary = {
    type: 'export',
    ok: true,
    format: 'pytorch',
    out: values.out,
    bytes: Buffer.byteLength(text),
    weights: weights ? 'embedded' : 'none',
    ...(weights ? { testAccuracy: weights.testAccuracy, testImages: weights.testImages, testSource: weights.testSource } : {}),
  };
  if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else {
    const trained = weights ? `, trained weights embedded (test accuracy ${(100 * weights.testAccuracy).toFixed(2)}% on ${weights.testImages} images)` : ', no weights (it trains from scratch)';
    process.stdout.write(`wrote ${values.out}: ${summary.bytes} bytes of Python${trained}; run it with python3 ${values.out} --help\n`);
  }
}
