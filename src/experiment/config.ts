import * as z from 'zod/mini';
import { DATASET_IDS, type DatasetId } from '../data/types';
import { GRADIENT_QUANTIZATION } from '../quant/gradient-facts';
import { ESTIMATOR_IDS, QUANTIZER_IDS, REGULARIZER_IDS, TRAINING_METHOD_IDS } from '../quant/types';

/** Bumped whenever a stored or shared config changes shape; see `migrations.ts`. */
export const CONFIG_VERSION = 1;

export const ARCHITECTURE_IDS = ['mlp', 'cnn-small', 'cnn-cifar'] as const;
export { DATASET_IDS };
export const OPTIMIZER_IDS = ['adam', 'sgd'] as const;
export const SCHEDULE_IDS = ['constant', 'step', 'cosine'] as const;
export const BACKEND_IDS = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'] as const;
export const MODE_IDS = ['qat', 'ptq'] as const;

/**
 * Bounds of the widths a config may set. The totals keep a run within what a page
 * trains in memory and time: 16 M weights admit the widest MLP (784-2048×4-10, 14.2 M),
 * 150 M multiply-accumulates per image are about six times the CIFAR CNN's.
 */
export const WIDTH_LIMITS = {
  hiddenLayers: { min: 1, max: 4 },
  units: { min: 8, max: 2048 },
  filters: { min: 4, max: 256 },
  /** The CIFAR CNN has the most convolutions. */
  convolutions: 4,
  maxWeights: 16_000_000,
  maxMacs: 150_000_000,
} as const;

// zod 4 numbers are finite: NaN and ±Infinity fail.
const paramRecord = z.record(z.string(), z.number());

/** A quantizer choice: `none` keeps the tensor in float32. */
export const QuantChoiceSchema = z.object({
  quantizer: z.enum(['none', ...QUANTIZER_IDS]),
  /** Checked against the quantizer's own range by `restoreConfig`; float choices carry 32. */
  bits: z.int().check(z.minimum(1), z.maximum(32)),
  params: z._default(paramRecord, {}),
});
export type QuantChoice = z.infer<typeof QuantChoiceSchema>;

/** Per-layer overrides of the global weight/activation choice; missing fields inherit. */
export const LayerOverrideSchema = z.object({
  keepFloat: z.optional(z.boolean()),
  weight: z.optional(QuantChoiceSchema),
  activation: z.optional(QuantChoiceSchema),
});
export type LayerOverride = z.infer<typeof LayerOverrideSchema>;

export const ExperimentConfigSchema = z.object({
  version: z.literal(CONFIG_VERSION),
  seed: z.int().check(z.minimum(0), z.maximum(2 ** 31 - 1)),
  dataset: z.object({
    id: z.enum(DATASET_IDS),
    /** Training examples used (0 = all). */
    trainLimit: z.int().check(z.minimum(0), z.maximum(60000)),
    /** Test examples used (0 = all). */
    testLimit: z.int().check(z.minimum(0), z.maximum(10000)),
  }),
  architecture: z.enum(ARCHITECTURE_IDS),
  /**
   * Widths of the hidden dense layers, one entry per layer (absent: the architecture's
   * own). Optional so that a config of an unchanged network stays as it was.
   */
  units: z.optional(
    z.array(z.int().check(z.minimum(WIDTH_LIMITS.units.min), z.maximum(WIDTH_LIMITS.units.max))).check(z.minLength(WIDTH_LIMITS.hiddenLayers.min), z.maxLength(WIDTH_LIMITS.hiddenLayers.max)),
  ),
  /** Filters of each convolution, as many as the architecture has (absent: its own). */
  filters: z.optional(
    z.array(z.int().check(z.minimum(WIDTH_LIMITS.filters.min), z.maximum(WIDTH_LIMITS.filters.max))).check(z.minLength(1), z.maxLength(WIDTH_LIMITS.convolutions)),
  ),
  batchNorm: z.boolean(),
  quant: z.object({
    weight: QuantChoiceSchema,
    activation: QuantChoiceSchema,
    estimator: z.object({ id: z.enum(ESTIMATOR_IDS), params: z._default(paramRecord, {}) }),
    /** The first and last layers stay float32 unless a layer override says otherwise. */
    keepFirstLastFloat: z.boolean(),
    /** Overrides by layer index (0 = first quantizable layer). */
    layers: z._default(z.record(z.string().check(z.regex(/^\d+$/)), LayerOverrideSchema), {}),
    /**
     * DoReFa-Net's stochastic k-bit quantization of every gradient before the optimizer
     * step (absent: float32 gradients). Optional so that existing configs stay as they were.
     */
    gradientBits: z.optional(z.int().check(z.minimum(GRADIENT_QUANTIZATION.bits.min), z.maximum(GRADIENT_QUANTIZATION.bits.max))),
  }),
  regularizer: z.object({
    id: z.enum(['none', ...REGULARIZER_IDS]),
    lambda: z.number().check(z.minimum(0), z.maximum(10)),
    params: z._default(paramRecord, {}),
  }),
  optimizer: z.object({
    id: z.enum(OPTIMIZER_IDS),
    learningRate: z.number().check(z.positive(), z.maximum(10)),
    momentum: z.number().check(z.minimum(0), z.maximum(0.999)),
    weightDecay: z.number().check(z.minimum(0), z.maximum(1)),
  }),
  schedule: z.object({
    id: z.enum(SCHEDULE_IDS),
    /** Step schedule: multiply the rate by `gamma` every `stepEpochs` epochs. */
    stepEpochs: z.int().check(z.minimum(1), z.maximum(100)),
    gamma: z.number().check(z.positive(), z.maximum(1)),
  }),
  /**
   * How training proceeds: an incremental schedule or ADMM instead of standard
   * quantization-aware training (absent: standard, so existing configs are unchanged).
   */
  training: z.optional(z.object({ method: z.enum(TRAINING_METHOD_IDS), params: z._default(paramRecord, {}) })),
  epochs: z.int().check(z.minimum(1), z.maximum(100)),
  batchSize: z.int().check(z.minimum(1), z.maximum(1024)),
  mode: z.enum(MODE_IDS),
  ptq: z.object({
    /** Training batches run through the float model to calibrate activation ranges. */
    calibrationBatches: z.int().check(z.minimum(1), z.maximum(100)),
    /** QAT epochs after post-training quantization (0 = none). */
    finetuneEpochs: z.int().check(z.minimum(0), z.maximum(20)),
  }),
  backend: z.enum(BACKEND_IDS),
});

export type ExperimentConfig = z.infer<typeof ExperimentConfigSchema>;
export type ArchitectureId = (typeof ARCHITECTURE_IDS)[number];
export type { DatasetId };
export type BackendId = (typeof BACKEND_IDS)[number];

/**
 * How each setting is named to the user (notices, the command line's refusals), by its
 * path in the config. Every leaf of the config has one (checked by a test).
 */
export const SETTING_LABELS: Readonly<Record<string, string>> = {
  seed: 'Seed',
  'dataset.id': 'Dataset',
  'dataset.trainLimit': 'Training examples',
  'dataset.testLimit': 'Test examples',
  architecture: 'Architecture',
  batchNorm: 'Batch norm',
  'quant.weight.quantizer': 'Weight quantizer',
  'quant.weight.bits': 'Weight bits',
  'quant.weight.params': 'Weight quantizer parameters',
  'quant.activation.quantizer': 'Activation quantizer',
  'quant.activation.bits': 'Activation bits',
  'quant.activation.params': 'Activation quantizer parameters',
  'quant.estimator.id': 'Gradient estimator',
  'quant.estimator.params': 'Estimator parameters',
  'quant.keepFirstLastFloat': 'Keep first and last layers float',
  'quant.layers': 'Per-layer settings',
  'quant.gradientBits': 'Gradient bits',
  'regularizer.id': 'Regularizer',
  'regularizer.lambda': 'Regularizer strength λ',
  'regularizer.params': 'Regularizer parameters',
  'optimizer.id': 'Optimizer',
  'optimizer.learningRate': 'Learning rate',
  'optimizer.momentum': 'Momentum',
  'optimizer.weightDecay': 'Weight decay',
  'schedule.id': 'Learning-rate schedule',
  'schedule.stepEpochs': 'Schedule step (epochs)',
  'schedule.gamma': 'Schedule factor γ',
  'training.method': 'Training method',
  'training.params': 'Training method parameters',
  epochs: 'Epochs',
  batchSize: 'Batch size',
  mode: 'Mode (QAT or PTQ)',
  'ptq.calibrationBatches': 'Calibration batches',
  'ptq.finetuneEpochs': 'Fine-tuning epochs',
  backend: 'Backend',
};

/**
 * Settings absent from the defaults that a config may carry besides the widths (which
 * `widths.ts` checks): restored when given, dropped with a notice when invalid.
 */
export const OPTIONAL_SETTINGS: readonly (readonly string[])[] = [['quant', 'gradientBits']];

/** The user's name for the setting at `path` (the dotted path itself when it has none). */
export const settingLabel = (path: readonly string[]) => SETTING_LABELS[path.join('.')] ?? path.join('.');
