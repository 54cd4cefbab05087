import * as tf from '@tensorflow/tfjs-core';
import { ESTIMATORS, QUANTIZERS, REGULARIZERS, levelRegularizers } from '../../quant';
import type { EstimatorDef, QuantizerDef, QuantizerId, RegularizerContext, RegularizerDef, RegularizerId } from '../../quant';
import { parseNumber, parseOptions, parseParams, readValues, UsageError } from '../args';
import type { Command } from './index';
import { ensureCpuBackend, lookup, resolveBits, resolveOrFail } from './quantize';

export interface RegularizeResult {
  penalty: number;
  gradient: number[];
}

const REGULARIZE_OPTIONS = {
  regularizer: { type: 'string' },
  lambda: { type: 'string' },
  param: { type: 'string', multiple: true },
  quantizer: { type: 'string' },
  bits: { type: 'string' },
  values: { type: 'string' },
  'values-file': { type: 'string' },
} as const;

/** Splits `--param` entries: names the regularizer declares go to it, the rest to the quantizer. */
function splitParams(given: Record<string, number>, regularizer: RegularizerDef) {
  const regularizerParams: Record<string, number> = {};
  const quantizerParams: Record<string, number> = {};
  for (const [name, value] of Object.entries(given)) {
    if (Object.prototype.hasOwnProperty.call(regularizer.params, name)) regularizerParams[name] = value;
    else quantizerParams[name] = value;
  }
  return { regularizerParams, quantizerParams };
}

/** `qlab regularize`: the command line in, the JSON result out (no printing). */
export async function runRegularize(argv: string[]): Promise<RegularizeResult> {
  const options = parseOptions(argv, REGULARIZE_OPTIONS);
  const regularizer = lookup<RegularizerDef>(
    'regularizer',
    REGULARIZERS as Record<RegularizerId, RegularizerDef>,
    options.regularizer,
  );
  if (options.lambda === undefined) throw new UsageError('missing --lambda (a number ≥ 0)');
  const lambda = parseNumber('--lambda', options.lambda);
  if (lambda < 0) throw new UsageError(`--lambda must be ≥ 0, got "${options.lambda}"`);
  const given = parseParams('--param', options.param);
  const usesLevels = regularizer.needsLevels;
  const levelBased = levelRegularizers().join(', ');
  if (!usesLevels && options.quantizer !== undefined) {
    throw new UsageError(`--quantizer applies only to --regularizer ${levelBased}`);
  }
  if (!usesLevels && options.bits !== undefined) throw new UsageError(`--bits applies only to --regularizer ${levelBased}`);
  if (usesLevels && options.quantizer === undefined) {
    throw new UsageError(`--regularizer ${regularizer.id} needs --quantizer ID (whose levels it pulls the weights to)`);
  }

  const { regularizerParams, quantizerParams } = usesLevels
    ? splitParams(given, regularizer)
    : { regularizerParams: given, quantizerParams: {} };
  const params = resolveOrFail(`regularizer "${regularizer.id}"`, regularizer.params, regularizerParams);
  let quantizer: QuantizerDef | undefined;
  let bits = 0;
  let resolvedQuantizerParams: Record<string, number> = {};
  if (usesLevels) {
    quantizer = lookup<QuantizerDef>('quantizer', QUANTIZERS as Record<QuantizerId, QuantizerDef>, options.quantizer);
    bits = resolveBits(quantizer, options.bits);
    resolvedQuantizerParams = resolveOrFail(`quantizer "${quantizer.id}"`, quantizer.params, quantizerParams);
  }
  const values = readValues(options.values, options['values-file']);
  await ensureCpuBackend();

  return tf.tidy(() => {
    const w = tf.tensor1d(values, 'float32');
    const ctx: RegularizerContext = {};
    if (quantizer) {
      const ste = ESTIMATORS.ste as EstimatorDef;
      ctx.levels = quantizer.levels(w, {
        bits,
        params: resolvedQuantizerParams,
        seed: 0,
        estimator: ste.id,
        estimatorParams: resolveOrFail('estimator "ste"', ste.params, {}),
      });
    }
    const penalty = regularizer.penalty(w, lambda, params, ctx);
    const gradient = regularizer.gradient(w, lambda, params, ctx);
    return { penalty: penalty.dataSync()[0], gradient: Array.from(gradient.dataSync()) };
  });
}

export const regularizeCommand: Command = {
  summary: 'a regularizer\'s penalty and gradient on a vector, as JSON',
  help: `qlab regularize --regularizer ID --lambda X [--param NAME=VALUE]... [--quantizer ID [--bits N]] (--values A,B,... | --values-file FILE)

  --regularizer  ${Object.keys(REGULARIZERS).join(', ')}
  --lambda       the penalty's weight, ≥ 0
  --param        a regularizer (or, with --quantizer, quantizer) parameter, by name; repeatable
  --quantizer    the quantizer whose levels the weights are pulled to (${levelRegularizers().join(', ')} only)
  --values       comma-separated numbers; --values-file reads them from a JSON file (an array, or an object with a "values" array)

Prints {"penalty": p, "gradient": [...]}: λ·R(w) and its gradient with respect to w.`,
  async run(argv) {
    console.log(JSON.stringify(await runRegularize(argv)));
  },
};
