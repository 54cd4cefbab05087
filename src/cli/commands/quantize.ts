import * as tf from '@tensorflow/tfjs-core';
// The union package registers every op's gradient (tfjs-core alone registers none).
import '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-cpu';
import { ESTIMATORS, QUANTIZERS, resolveParams } from '../../quant';
import type { EstimatorDef, EstimatorId, ParamSpec, QuantizeOptions, QuantizerDef, QuantizerId } from '../../quant';
import { parseInteger, parseOptions, parseParams, readValues, UsageError } from '../args';
import type { Command } from './index';

export interface QuantizeResult {
  forward: number[];
  gradient: number[];
  levels: number[];
}

const QUANTIZE_OPTIONS = {
  quantizer: { type: 'string' },
  estimator: { type: 'string' },
  bits: { type: 'string' },
  param: { type: 'string', multiple: true },
  seed: { type: 'string' },
  values: { type: 'string' },
  'values-file': { type: 'string' },
} as const;

const MAX_SEED = 2 ** 32 - 1;

let backendReady: Promise<void> | undefined;

/** Selects the tfjs CPU backend once per process, without tfjs's Node.js banner on stderr. */
export function ensureCpuBackend(): Promise<void> {
  tf.env().set('PROD', true);
  backendReady ??= tf.setBackend('cpu').then((ok) => {
    if (!ok) throw new Error('the tfjs cpu backend could not be initialised');
  });
  return backendReady;
}

/** Looks an id up in a registry table, naming the valid ids when it is unknown. */
export function lookup<T>(kind: string, table: Record<string, T>, id: string | undefined): T {
  if (id === undefined || id === '') throw new UsageError(`missing --${kind} (one of: ${Object.keys(table).join(', ')})`);
  const def = Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined;
  if (!def) throw new UsageError(`unknown ${kind} "${id}" (one of: ${Object.keys(table).join(', ')})`);
  return def;
}

/** Fills in defaults and range-checks params, turning the registry's errors into usage errors. */
export function resolveOrFail(owner: string, specs: Record<string, ParamSpec>, given: Record<string, number>): Record<string, number> {
  try {
    return resolveParams(specs, given);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`--param for ${owner}: ${message.split('\n')[0]}`);
  }
}

/** Parses `--bits` against the quantizer's accepted range (its default when absent). */
export function resolveBits(quantizer: QuantizerDef, text: string | undefined): number {
  if (text === undefined) return quantizer.bits.default;
  const { min, max } = quantizer.bits;
  try {
    return parseInteger('--bits', text, min, max);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${error.message} for quantizer "${quantizer.id}"`);
    throw error;
  }
}

/** Splits `--param` entries: names the estimator declares go to it, the rest to the quantizer. */
function splitParams(
  given: Record<string, number>,
  estimator: EstimatorDef,
): { quantizerParams: Record<string, number>; estimatorParams: Record<string, number> } {
  const quantizerParams: Record<string, number> = {};
  const estimatorParams: Record<string, number> = {};
  for (const [name, value] of Object.entries(given)) {
    if (Object.prototype.hasOwnProperty.call(estimator.params, name)) estimatorParams[name] = value;
    else quantizerParams[name] = value;
  }
  return { quantizerParams, estimatorParams };
}

/** Evaluates quantizer `def` on the 1-D tensor of `values`: forward, d(sum forward)/dx and the levels. */
export function evaluateQuantizer(def: QuantizerDef, values: number[], opts: QuantizeOptions): QuantizeResult {
  return tf.tidy(() => {
    const x = tf.tensor1d(values, 'float32');
    const forward = def.quantize(x, opts);
    const gradient = tf.grad((input: tf.Tensor) => tf.sum(def.quantize(input, opts)))(x);
    return {
      forward: Array.from(forward.dataSync()),
      gradient: Array.from(gradient.dataSync()),
      levels: def.levels(x, opts).slice(),
    };
  });
}

/** `qlab quantize`: the command line in, the JSON result out (no printing). */
export async function runQuantize(argv: string[]): Promise<QuantizeResult> {
  const options = parseOptions(argv, QUANTIZE_OPTIONS);
  const quantizer = lookup<QuantizerDef>('quantizer', QUANTIZERS as Record<QuantizerId, QuantizerDef>, options.quantizer);
  const estimatorId = options.estimator ?? 'ste';
  const estimator = lookup<EstimatorDef>('estimator', ESTIMATORS as Record<EstimatorId, EstimatorDef>, estimatorId);
  const bits = resolveBits(quantizer, options.bits);
  const seed = options.seed === undefined ? 0 : parseInteger('--seed', options.seed, 0, MAX_SEED);
  const { quantizerParams, estimatorParams } = splitParams(parseParams('--param', options.param), estimator);
  const opts: QuantizeOptions = {
    bits,
    params: resolveOrFail(`quantizer "${quantizer.id}"`, quantizer.params, quantizerParams),
    seed,
    estimator: estimator.id,
    estimatorParams: resolveOrFail(`estimator "${estimator.id}"`, estimator.params, estimatorParams),
  };
  const values = readValues(options.values, options['values-file']);
  await ensureCpuBackend();
  return evaluateQuantizer(quantizer, values, opts);
}

export const quantizeCommand: Command = {
  summary: 'quantize a vector: forward values, estimator gradient and levels as JSON',
  help: `qlab quantize --quantizer ID [--bits N] [--estimator ID] [--param NAME=VALUE]... [--seed N] (--values A,B,... | --values-file FILE)

  --quantizer  ${Object.keys(QUANTIZERS).join(', ')}
  --bits       within the quantizer's range (its default when left out)
  --estimator  ${Object.keys(ESTIMATORS).join(', ')} (ste)
  --param      a quantizer or estimator parameter, by name; repeatable
  --seed       the draw of a stochastic quantizer (0)
  --values     comma-separated numbers; --values-file reads them from a JSON file (an array, or an object with a "values" array)

Prints {"forward": [...], "gradient": [...], "levels": [...]}: the quantized values, the gradient of their sum under the estimator, and the quantizer's levels for these values.`,
  async run(argv) {
    console.log(JSON.stringify(await runQuantize(argv)));
  },
};
