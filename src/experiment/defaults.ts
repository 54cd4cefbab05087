import { CONFIG_VERSION, type ExperimentConfig } from './config';

/**
 * The lab's opening experiment: a binary MLP (XNOR-Net weights, sign activations,
 * ApproxSign gradients) on MNIST, with the first and last layers kept float.
 */
export const DEFAULT_CONFIG: ExperimentConfig = {
  version: CONFIG_VERSION,
  seed: 1,
  dataset: { id: 'mnist', trainLimit: 0, testLimit: 0 },
  architecture: 'mlp',
  batchNorm: true,
  quant: {
    weight: { quantizer: 'xnor', bits: 1, params: {} },
    activation: { quantizer: 'sign', bits: 1, params: {} },
    estimator: { id: 'approx-sign', params: {} },
    keepFirstLastFloat: true,
    layers: {},
  },
  regularizer: { id: 'none', lambda: 0, params: {} },
  optimizer: { id: 'adam', learningRate: 0.001, momentum: 0.9, weightDecay: 0 },
  schedule: { id: 'cosine', stepEpochs: 2, gamma: 0.5 },
  epochs: 5,
  batchSize: 64,
  mode: 'qat',
  ptq: { calibrationBatches: 10, finetuneEpochs: 0 },
  backend: 'auto',
};

/** A deep copy of the defaults, safe to mutate. */
export function defaultConfig(): ExperimentConfig {
  return structuredClone(DEFAULT_CONFIG);
}
