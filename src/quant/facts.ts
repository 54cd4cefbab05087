/**
 * The facts half of the registries, with no tfjs: what the page, the link codec and the
 * model summary read. The operations (tfjs) are joined to these in `index.ts`.
 */
import { ESTIMATOR_FACTS } from './estimator-facts';
import { withDefaults } from './params';
import { QUANTIZER_FACTS } from './quantizer-facts';
import { REGULARIZER_FACTS } from './regularizer-facts';
import { TRAINING_METHOD_FACTS } from './method-facts';
import type { QuantizerFacts, QuantizerId, TrainingMethodId } from './types';

export * from './types';
export { ESTIMATOR_FACTS } from './estimator-facts';
export { QUANTIZER_FACTS } from './quantizer-facts';
export { REGULARIZER_FACTS } from './regularizer-facts';
export { TRAINING_METHOD_FACTS } from './method-facts';
export { REFERENCES } from './references';
export { GRADIENT_QUANTIZATION } from './gradient-facts';
export { resolveParams, withDefaults } from './params';

/** The training method of a config without a `training` setting. */
export const STANDARD_TRAINING: TrainingMethodId = 'standard';

/** The bit width a quantizer runs at: its fixed width, or the chosen one. */
export function runBits(facts: Pick<QuantizerFacts, 'bits'>, chosen: number): number {
  return facts.bits.min === facts.bits.max ? facts.bits.min : chosen;
}

/** A quantizer as chosen for one tensor: an id (or `none` for float32), bits and parameters. */
export interface TensorQuant {
  quantizer: QuantizerId | 'none';
  bits: number;
  params: Record<string, number>;
}

/** The facts of a choice, or undefined for float32. */
export const factsOf = (choice: Pick<TensorQuant, 'quantizer'>): QuantizerFacts | undefined =>
  choice.quantizer === 'none' ? undefined : QUANTIZER_FACTS[choice.quantizer];

/**
 * Whether a layer's output goes through ReLU before the next layer's input quantizer
 * (always when that input stays float; never after the last layer).
 */
export function reluBeforeInput(next: Pick<TensorQuant, 'quantizer'> | undefined): boolean {
  if (!next) return false;
  return factsOf(next)?.asActivation !== 'replaces-relu';
}

/** Bits stored per value: 32 for float, else the quantizer's bit planes (ABC-Net: M bases), over the values sharing a code (PQ: k/d). */
export function storedBits(choice: TensorQuant): number {
  const facts = factsOf(choice);
  if (!facts) return 32;
  const params = withDefaults(facts.params, choice.params);
  return facts.storage.planes(runBits(facts, choice.bits), params) / (facts.storage.valuesPerCode?.(params) ?? 1);
}

/**
 * Bytes of one stored weight tensor of `count` values with `channels` output channels:
 * float32 values, or bit planes in 32-bit words (the packed file's layout: one plane of
 * ⌈codes/32⌉ words per stored bit, a code per value or per sub-vector) plus the float32
 * scales, codebooks or bases it carries.
 */
export function storedWeightBytes(choice: TensorQuant, count: number, channels: number): number {
  const facts = factsOf(choice);
  if (!facts) return 4 * count;
  const k = runBits(facts, choice.bits);
  const params = withDefaults(facts.params, choice.params);
  const floats = facts.storage.floatsPerTensor(k, params) + channels * facts.storage.floatsPerChannel(k, params);
  const perCode = facts.storage.valuesPerCode?.(params) ?? 1;
  const codes = perCode === 1 ? count : (count / channels) * Math.ceil(channels / perCode);
  return facts.storage.planes(k, params) * Math.ceil(codes / 32) * 4 + 4 * floats;
}

/** Learned values a quantizer adds to a layer (TTQ's wp and wn, PACT's α, the k values of an LQ-Nets basis). */
export function learnedValueCount(choice: TensorQuant): number {
  const facts = factsOf(choice);
  if (!facts) return 0;
  const k = runBits(facts, choice.bits);
  return Object.values(facts.params)
    .filter((spec) => spec.learned)
    .reduce((n, spec) => n + (spec.perBit ? k : 1), 0);
}

/** Every estimator id whose facts match, e.g. the sign family. */
export const estimatorsOfFamily = (family: (typeof ESTIMATOR_FACTS)[keyof typeof ESTIMATOR_FACTS]['family']) =>
  Object.values(ESTIMATOR_FACTS).filter((e) => e.family === family).map((e) => e.id);

/** The regularizers that pull weights to a quantizer's levels. */
export const levelRegularizers = () => Object.values(REGULARIZER_FACTS).filter((r) => r.needsLevels).map((r) => r.id);

/**
 * Why a training method cannot run with this weight quantizer and mode, in one sentence
 * naming the setting to change; undefined when it can.
 */
export function trainingMethodProblem(method: TrainingMethodId, weightQuantizer: QuantizerId | 'none', mode: 'qat' | 'ptq'): string | undefined {
  const facts = TRAINING_METHOD_FACTS[method];
  if (method === STANDARD_TRAINING) return undefined;
  if (mode !== 'qat') return `Training method ${facts.label} trains a quantized network from the start; it needs mode QAT, not PTQ`;
  if (facts.weightQuantizer && weightQuantizer !== facts.weightQuantizer) {
    return `Training method ${facts.label} needs the weight quantizer ${QUANTIZER_FACTS[facts.weightQuantizer].label}, not ${weightQuantizer === 'none' ? 'float' : QUANTIZER_FACTS[weightQuantizer].label}`;
  }
  if (facts.ownGrid && weightQuantizer === 'none') return `Training method ${facts.label} trains the quantized layers' weights; choose a weight quantizer to say which (it is float)`;
  if (facts.needsWeightLevels && weightQuantizer === 'none') return `Training method ${facts.label} puts weights on the weight quantizer's levels; choose a weight quantizer (it is float)`;
  return undefined;
}
