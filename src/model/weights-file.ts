/**
 * A trained network's variables as a JSON file (`qlab train --save-weights FILE`, read by
 * `qlab export --weights FILE`): the config, the image shape, the run's test accuracy and
 * every variable (kernels, biases, batch norm with its moving statistics, learned
 * quantizer parameters) by a stable name, `<layer>/<variable>`. Validated with zod on load.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as z from 'zod/mini';
import type { ExperimentConfig } from '../experiment/config';
import type { QuantNetwork } from './network';

export const WEIGHTS_FORMAT = 'quantization-lab-weights';

const VariableSchema = z.object({
  shape: z.array(z.int().check(z.minimum(1))),
  values: z.array(z.number()),
});

export const WeightsFileSchema = z.object({
  format: z.literal(WEIGHTS_FORMAT),
  version: z.literal(1),
  /** Checked by `restoreConfig` where it is read. */
  config: z.unknown(),
  imageShape: z.tuple([z.int(), z.int(), z.int()]),
  classes: z.int(),
  /** The run's test accuracy, on `testImages` images of `testSource`. */
  testAccuracy: z.number(),
  testImages: z.int(),
  testSource: z.string(),
  variables: z.record(z.string(), VariableSchema),
});
export type WeightsFile = z.infer<typeof WeightsFileSchema>;

/** Every variable of a network under its stable name. */
function namedVariables(network: QuantNetwork): Map<string, tf.Variable> {
  const out = new Map<string, tf.Variable>();
  for (const layer of network.layers) {
    const name = layer.placed.spec.name;
    out.set(`${name}/kernel`, layer.kernel);
    if (layer.bias) out.set(`${name}/bias`, layer.bias);
    const bn = layer.batchNorm;
    if (bn) {
      out.set(`${name}/gamma`, bn.gamma);
      out.set(`${name}/beta`, bn.beta);
      out.set(`${name}/moving_mean`, bn.movingMean);
      out.set(`${name}/moving_variance`, bn.movingVariance);
    }
    for (const [prefix, q] of [['w', layer.weightQuantizer], ['a', layer.inputQuantizer]] as const) {
      for (const [param, v] of Object.entries(q?.learned ?? {})) out.set(`${name}/${prefix}/${param}`, v);
    }
    // LAB's α depends on it: a reloaded network quantizes as the trained one did.
    if (layer.secondMoment) out.set(`${name}/w/second_moment`, layer.secondMoment);
  }
  return out;
}

/** The weights file of a trained network. */
export function weightsOf(network: QuantNetwork, run: { testAccuracy: number; testImages: number; testSource: string }): WeightsFile {
  const variables: WeightsFile['variables'] = {};
  for (const [name, v] of namedVariables(network)) variables[name] = { shape: v.shape.length ? v.shape : [1], values: Array.from(v.dataSync()) };
  return { format: WEIGHTS_FORMAT, version: 1, config: network.config, imageShape: network.imageShape, classes: network.classes, ...run, variables };
}

/** Parses a weights file's text; the error names the first problem. */
export function parseWeightsFile(text: string): WeightsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('not valid JSON');
  }
  const parsed = WeightsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`not a ${WEIGHTS_FORMAT} file: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Sets every variable of `network` from the file; shapes and names must match exactly. */
export function loadWeights(network: QuantNetwork, file: WeightsFile): void {
  const variables = namedVariables(network);
  for (const name of Object.keys(file.variables)) if (!variables.has(name)) throw new Error(`the network has no variable "${name}"`);
  for (const [name, v] of variables) {
    const saved = file.variables[name];
    if (!saved) throw new Error(`the file has no variable "${name}"`);
    const size = v.shape.reduce((a, b) => a * b, 1);
    const shape = v.shape.length ? v.shape : [1];
    if (saved.shape.join('×') !== shape.join('×') || saved.values.length !== size) {
      throw new Error(`"${name}" has shape ${saved.shape.join('×')} (${saved.values.length} values), the network wants ${shape.join('×')}`);
    }
    tf.tidy(() => v.assign(tf.tensor(saved.values, v.shape, 'float32')));
  }
}

/**
 * The settings that decide a network's variables; two configs that agree on them share
 * weights files. Absent widths (the architecture's own) leave the text as it was.
 */
export function networkShapeOf(config: ExperimentConfig): string {
  return JSON.stringify({ dataset: config.dataset.id, architecture: config.architecture, units: config.units, filters: config.filters, batchNorm: config.batchNorm, quant: config.quant });
}
