import type { ExperimentConfig, QuantChoice } from '../experiment/config';
import { DATASET_INFO } from '../data/types';
import { ARCHITECTURES } from '../model/architectures';
import { ESTIMATOR_FACTS as ESTIMATORS, QUANTIZER_FACTS as QUANTIZERS, QUANTIZER_IDS, REGULARIZER_FACTS, STANDARD_TRAINING, trainingMethodProblem, type QuantizerId, type TrainingMethodId } from '../quant/facts';
import { MAX_DATASET_URLS, type DatasetInfo } from '../worker/protocol';

export type Role = 'weight' | 'activation';

/** Quantizers offered for a role: those made for it plus those made for any tensor. */
export function quantizersForRole(role: Role): QuantizerId[] {
  return QUANTIZER_IDS.filter((id) => QUANTIZERS[id].role === role || QUANTIZERS[id].role === 'any');
}

/** The bit widths a quantizer accepts (a single value for fixed-width quantizers). */
export function bitsOptions(quantizer: QuantChoice['quantizer']): number[] {
  if (quantizer === 'none') return [32];
  const { min, max } = QUANTIZERS[quantizer].bits;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** A choice switched to another quantizer: the bits kept when the new one accepts them, its own parameters reset. */
export function switchQuantizer(choice: QuantChoice, quantizer: QuantChoice['quantizer']): QuantChoice {
  if (quantizer === 'none') return { quantizer, bits: 8, params: {} };
  const { min, max, default: fallback } = QUANTIZERS[quantizer].bits;
  const bits = choice.quantizer !== 'none' && choice.bits >= min && choice.bits <= max ? choice.bits : fallback;
  return { quantizer, bits, params: {} };
}

/** Why an estimator is a doubtful fit for the chosen quantizers (shown next to the control), if it is. */
export function estimatorHint(config: ExperimentConfig): string | undefined {
  const { weight, activation, estimator } = config.quant;
  const { label, family } = ESTIMATORS[estimator.id];
  if (weight.quantizer === 'none' && activation.quantizer === 'none') return 'Every tensor is float: the estimator is not used.';
  if (family === 'half-wave' && weight.quantizer !== 'none') {
    return `${label} is derived for activation quantizers (inputs ≥ 0, as after a ReLU); weights, which are signed, lose the gradient where they are negative.`;
  }
  const binary = (c: QuantChoice) => c.quantizer !== 'none' && QUANTIZERS[c.quantizer].family === 'binary';
  if (family === 'sign' && !binary(weight) && !binary(activation)) {
    return `${label} approximates the derivative of sign(x); with multi-bit quantizers the plain or clipped STE is the usual choice.`;
  }
  return undefined;
}

/** Why a regularizer cannot run with this config, if it cannot. */
export function regularizerProblem(config: ExperimentConfig, id = config.regularizer.id): string | undefined {
  if (id !== 'none' && REGULARIZER_FACTS[id].needsLevels && config.quant.weight.quantizer === 'none') {
    return `The ${REGULARIZER_FACTS[id].label.toLowerCase()} regularizer pulls weights towards the quantizer’s levels: choose a weight quantizer first.`;
  }
  return undefined;
}

/** Why the training method `id` cannot run with the rest of the config (as the link codec refuses it), or undefined. */
export function trainingProblem(config: ExperimentConfig, id: TrainingMethodId = config.training?.method ?? STANDARD_TRAINING): string | undefined {
  const problem = trainingMethodProblem(id, config.quant.weight.quantizer, config.mode);
  return problem && `${problem}.`;
}

/** The config with training method `id` (standard: the setting removed, as links write it). */
export function withTrainingMethod(config: ExperimentConfig, id: TrainingMethodId): ExperimentConfig {
  const { training: _, ...rest } = config;
  return id === STANDARD_TRAINING ? rest : { ...rest, training: { method: id, params: {} } };
}

export const datasetName = (id: ExperimentConfig['dataset']['id']) => DATASET_INFO[id].name;

/** What the page knows about the worker's dataset. */
export interface DatasetStatus {
  info?: DatasetInfo;
  loading: boolean;
  progress?: { loaded: number; total?: number; message: string };
  error?: string;
}

/**
 * Why Train cannot start now, or undefined when it can. The embedded MNIST counts as
 * ready while it is still loading: the run is sent as soon as its first part arrives.
 */
export function trainBlocker(config: ExperimentConfig, dataset: DatasetStatus, running: boolean): string | undefined {
  if (running) return 'A run is in progress: stop it to start another.';
  const regularizer = regularizerProblem(config);
  if (regularizer) return regularizer;
  const training = trainingProblem(config);
  if (training) return training;
  const want = config.dataset.id;
  if (dataset.info?.id === want) return undefined;
  if (want === 'mnist' && dataset.loading && !dataset.info) return undefined;
  if (want === 'cifar10') return 'CIFAR-10 needs its tarball (cifar-10-binary.tar.gz): load it under Dataset first.';
  if (want === 'fashion-mnist') return 'Fashion-MNIST needs its four IDX files: load them under Dataset first.';
  return dataset.info ? `The loaded dataset is ${dataset.info.name}: load the embedded MNIST under Dataset first.` : 'MNIST is not loaded yet.';
}

/**
 * The experiment after the user loaded a dataset other than the one it asks for (a
 * CIFAR-10 tarball while MNIST is selected): it uses the loaded one, on CIFAR-10 with
 * the CIFAR network (per-layer settings dropped, as on any change of network), and
 * says so. `held` lists the datasets the worker keeps, to say whether the previous one
 * can be chosen again without loading it. Undefined when the loaded one is the one asked for.
 */
export function switchToLoaded(config: ExperimentConfig, loaded: ExperimentConfig['dataset']['id'], held: readonly ExperimentConfig['dataset']['id'][]): { config: ExperimentConfig; lines: string[] } | undefined {
  const previous = config.dataset.id;
  if (loaded === previous) return undefined;
  const lines = [`The files loaded are ${datasetName(loaded)}, so the experiment now uses ${datasetName(loaded)} instead of ${datasetName(previous)}.`];
  let next: ExperimentConfig = { ...config, dataset: { ...config.dataset, id: loaded } };
  if (loaded === 'cifar10' && config.architecture !== 'cnn-cifar') {
    const dropped = Object.keys(config.quant.layers).length > 0;
    next = { ...next, architecture: 'cnn-cifar', quant: { ...next.quant, layers: {} } };
    lines.push(
      `The network is now the ${ARCHITECTURES['cnn-cifar'].label}, made for 32×32 colour images, instead of the ${ARCHITECTURES[config.architecture].label}${dropped ? '; its per-layer settings were dropped' : ''}. Choose another under Network.`,
    );
  }
  lines.push(held.includes(previous) ? `${datasetName(previous)} stays loaded: choose it under Dataset to go back.` : `Choose ${datasetName(previous)} under Dataset to load it again.`);
  return { config: next, lines };
}

/** Sets or clears (when `value` is undefined) one field of a layer's override, dropping empty overrides. */
export function setLayerOverride<K extends 'keepFloat' | 'weight' | 'activation'>(
  config: ExperimentConfig,
  index: number,
  key: K,
  value: ExperimentConfig['quant']['layers'][string][K] | undefined,
): ExperimentConfig {
  const layers = { ...config.quant.layers };
  const override = { ...(layers[String(index)] ?? {}) };
  if (value === undefined) delete override[key];
  else override[key] = value;
  if (Object.keys(override).length) layers[String(index)] = override;
  else delete layers[String(index)];
  return { ...config, quant: { ...config.quant, layers } };
}

/**
 * The dataset URLs typed into the page: separated by spaces, commas or new lines,
 * resolved against `base` (so files next to the page work), http(s) only.
 */
export function parseDatasetUrls(text: string, base: string): { urls: string[] } | { error: string } {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (!parts.length) return { error: 'Type a URL.' };
  if (parts.length > MAX_DATASET_URLS) return { error: `At most ${MAX_DATASET_URLS} URLs (the four IDX files of a dataset, or one CIFAR-10 tarball).` };
  const urls: string[] = [];
  for (const part of parts) {
    let url: URL;
    try {
      url = new URL(part, base);
    } catch {
      return { error: `"${part}" is not a URL.` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `"${part}" is not an http(s) URL.` };
    urls.push(url.href);
  }
  return { urls };
}
