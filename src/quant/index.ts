/**
 * The registries whole: each method's facts (`facts.ts`, no tfjs) joined to its
 * operations (tfjs). Code that only reads facts imports `facts.ts` instead.
 */
import { ESTIMATOR_FACTS, QUANTIZER_FACTS, REGULARIZER_FACTS, TRAINING_METHOD_FACTS } from './facts';
import { TRAINING_METHOD_OPS } from './methods';
import { ESTIMATOR_OPS } from './estimators';
import type { EstimatorDef, QuantizeOptions, QuantizerDef, RegularizerDef, TrainingMethodDef } from './ops-types';
import { resolveParams } from './params';
import { QUANTIZER_OPS } from './quantizers';
import { REGULARIZER_OPS } from './regularizers';
import type { EstimatorId, QuantizerId, RegularizerId, TrainingMethodId } from './types';

export * from './facts';
export * from './ops-types';
export { QUANTIZER_OPS } from './quantizers';
export { ESTIMATOR_OPS } from './estimators';
export { REGULARIZER_OPS } from './regularizers';
export { TRAINING_METHOD_OPS, projectToLevels, frozenShare } from './methods';
export { quantizeGradient } from './gradients';

/** Joins each id's facts and operations into one definition. */
function join<Id extends string, Facts, Ops>(facts: Record<Id, Facts>, ops: Record<Id, Ops>): Record<Id, Facts & Ops> {
  const out = {} as Record<Id, Facts & Ops>;
  for (const id of Object.keys(facts) as Id[]) out[id] = { ...facts[id], ...ops[id] };
  return out;
}

export const QUANTIZERS: Record<QuantizerId, QuantizerDef> = join(QUANTIZER_FACTS, QUANTIZER_OPS);
export const ESTIMATORS: Record<EstimatorId, EstimatorDef> = join(ESTIMATOR_FACTS, ESTIMATOR_OPS);
export const REGULARIZERS: Record<RegularizerId, RegularizerDef> = join(REGULARIZER_FACTS, REGULARIZER_OPS);
export const TRAINING_METHODS: Record<TrainingMethodId, TrainingMethodDef> = join(TRAINING_METHOD_FACTS, TRAINING_METHOD_OPS);

/** What {@link quantizeOptions} needs: any part of `QuantizeOptions`, parameters possibly partial. */
export type PartialQuantizeOptions = Partial<QuantizeOptions>;

/**
 * A complete `QuantizeOptions` for a quantizer: bits default to the quantizer's default,
 * parameters and estimator parameters are checked and their defaults filled
 * ({@link resolveParams}), the estimator defaults to 'ste' and the seed to 0.
 *
 * @throws Error for an unknown quantizer or estimator, bits outside the quantizer's range,
 *   or an unknown or out-of-range parameter.
 */
export function quantizeOptions(quantizerId: QuantizerId, partial: PartialQuantizeOptions = {}): QuantizeOptions {
  const def = QUANTIZERS[quantizerId];
  if (!def) throw new Error(`unknown quantizer "${quantizerId}"`);
  const bits = partial.bits ?? def.bits.default;
  if (!Number.isInteger(bits) || bits < def.bits.min || bits > def.bits.max) {
    throw new Error(`quantizer "${quantizerId}" takes ${def.bits.min}–${def.bits.max} bits, not ${bits}`);
  }
  const estimator = partial.estimator ?? 'ste';
  const estimatorDef = ESTIMATORS[estimator];
  if (!estimatorDef) throw new Error(`unknown estimator "${estimator}"`);
  const opts: QuantizeOptions = {
    bits,
    params: resolveParams(def.params, partial.params ?? {}),
    seed: partial.seed ?? 0,
    estimator,
    estimatorParams: resolveParams(estimatorDef.params, partial.estimatorParams ?? {}),
  };
  if (partial.reduceAxes) opts.reduceAxes = partial.reduceAxes;
  if (partial.learned) opts.learned = partial.learned;
  if (partial.secondMoment) opts.secondMoment = partial.secondMoment;
  if (partial.training !== undefined) opts.training = partial.training;
  return opts;
}
