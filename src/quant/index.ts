import { ESTIMATORS } from './estimators';
import { resolveParams } from './params';
import { QUANTIZERS } from './quantizers';
import type { QuantizeOptions, QuantizerId } from './types';

export { ESTIMATORS } from './estimators';
export { QUANTIZERS } from './quantizers';
export { REGULARIZERS } from './regularizers';
export { resolveParams } from './params';
export * from './types';

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
  return opts;
}
