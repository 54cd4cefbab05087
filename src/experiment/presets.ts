import { settingLabel, type ExperimentConfig, type QuantChoice } from './config';
import { defaultConfig } from './defaults';

/** A guided lesson: a short explanation and the experiment that shows it. */
export interface Preset {
  id: string;
  title: string;
  /** What to look at, in two or three sentences. */
  lesson: string;
  /** Presets that are meant to be run side by side share a group. */
  group: string;
  config: ExperimentConfig;
}

const FLOAT: QuantChoice = { quantizer: 'none', bits: 32, params: {} };
const SIGN: QuantChoice = { quantizer: 'sign', bits: 1, params: {} };

function preset(id: string, title: string, group: string, lesson: string, edit: (c: ExperimentConfig) => void): Preset {
  const config = defaultConfig();
  config.epochs = 3;
  edit(config);
  return { id, title, group, lesson, config };
}

const binaryNet = (c: ExperimentConfig, estimator: ExperimentConfig['quant']['estimator']['id']) => {
  c.quant.weight = { ...SIGN };
  c.quant.activation = { ...SIGN };
  c.quant.estimator = { id: estimator, params: {} };
};

const ptqVsQat = (bits: number, mode: 'ptq' | 'qat') => (c: ExperimentConfig) => {
  c.mode = mode;
  c.quant.weight = { quantizer: 'uniform', bits, params: {} };
  c.quant.activation = { quantizer: 'affine', bits, params: {} };
  c.quant.estimator = { id: 'ste', params: {} };
  c.ptq.calibrationBatches = 20;
};

/** The lab's guided tours, one lesson of the surveys each. */
export const PRESETS: Preset[] = [
  preset('float', 'Float baseline', 'baselines', 'A float32 MLP with ReLU: the accuracy every quantized network is measured against. Its weight histogram is a smooth bell with no levels.', (c) => {
    c.quant.weight = { ...FLOAT };
    c.quant.activation = { ...FLOAT };
    c.quant.estimator = { id: 'ste', params: {} };
  }),
  preset('bnn', 'BNN: sign + STE', 'binary', 'BinaryNet: weights and activations are ±1 and the sign is trained through the clipped straight-through estimator. Watch the flip ratio fall as training settles (on the full lesson about 11%, 5% and 1.4% of the hidden layer’s weights change sign in epochs 1–3). The latent weights stay in a bell within about ±0.25, far inside the clip edges ±1: Adam’s small steps do not reach them in three epochs, so the clipping never acts here.', (c) =>
    binaryNet(c, 'clipped-ste'),
  ),
  preset('xnor-net', 'XNOR-Net scales', 'binary', 'The same binary network, with each output channel of the weights scaled by α = mean|W|: the two levels ±α sit inside the histogram instead of at ±1, and accuracy improves for free.', (c) => {
    binaryNet(c, 'clipped-ste');
    c.quant.weight = { quantizer: 'xnor', bits: 1, params: {} };
  }),
  preset('twn', 'TWN: ternary weights', 'ternary', 'Ternary Weight Networks: weights become {−α, 0, α} with the threshold Δ = 0.7·mean|W|. The zero bin is a large share of the weights: sparsity for free.', (c) => {
    c.quant.weight = { quantizer: 'twn', bits: 2, params: {} };
    c.quant.activation = { ...FLOAT };
    c.quant.estimator = { id: 'ste', params: {} };
  }),
  preset('ttq', 'TTQ: learned ternary scales', 'ternary', 'Trained Ternary Quantization learns separate positive and negative scales wp and wn: compare with TWN, whose two levels are always symmetric.', (c) => {
    c.quant.weight = { quantizer: 'ttq', bits: 2, params: {} };
    c.quant.activation = { ...FLOAT };
    c.quant.estimator = { id: 'ste', params: {} };
  }),
  preset('dorefa-2bit', 'DoReFa-Net 2-bit', 'multi-bit', 'DoReFa-Net with 2-bit weights (tanh-normalised, four levels) and 2-bit activations in [0, 1]. The tanh squashes outliers before rounding.', (c) => {
    c.quant.weight = { quantizer: 'dorefa', bits: 2, params: {} };
    c.quant.activation = { quantizer: 'dorefa-act', bits: 2, params: {} };
    c.quant.estimator = { id: 'ste', params: {} };
  }),
  preset('pact-4bit', 'PACT 4-bit activations', 'multi-bit', 'PACT learns the clipping level α of the activations: 4-bit activations with a trained range, DoReFa 4-bit weights.', (c) => {
    c.quant.weight = { quantizer: 'dorefa', bits: 4, params: {} };
    c.quant.activation = { quantizer: 'pact', bits: 4, params: {} };
    c.quant.estimator = { id: 'ste', params: {} };
  }),
  preset('log2', 'Power-of-two weights', 'multi-bit', 'Logarithmic quantization: every weight becomes 0 or ±2^e, so a multiplication becomes a bit shift. The levels crowd near zero where most weights are.', (c) => {
    c.quant.weight = { quantizer: 'log2', bits: 4, params: {} };
    c.quant.activation = { ...FLOAT };
    c.quant.estimator = { id: 'ste', params: {} };
  }),
  preset('kmeans-3bit', 'k-means 3-bit (Deep Compression)', 'multi-bit', 'Deep Compression clusters the weights into 8 shared values with k-means: the levels follow the histogram instead of a fixed grid.', (c) => {
    c.quant.weight = { quantizer: 'kmeans', bits: 3, params: {} };
    c.quant.activation = { ...FLOAT };
    c.quant.estimator = { id: 'ste', params: {} };
  }),
  preset('bnn-ste', 'Estimators: STE', 'estimators', 'One binary network, three gradient estimators, the same seed: plain STE passes the gradient everywhere, even far from the sign switch.', (c) => binaryNet(c, 'ste')),
  preset('bnn-approx-sign', 'Estimators: ApproxSign', 'estimators', 'Bi-Real Net’s ApproxSign: a piecewise quadratic derivative that is largest at 0 and vanishes beyond ±1, closer to the true sign than STE.', (c) =>
    binaryNet(c, 'approx-sign'),
  ),
  preset('bnn-ede', 'Estimators: EDE', 'estimators', 'IR-Net’s error decay estimator starts like a smooth identity and sharpens towards the sign as training progresses. While the run trains, the Explain panel’s backward plot follows it: nearly flat at first (t = 0.1), then narrowing to a peak at 0 as t grows to 10.', (c) =>
    binaryNet(c, 'ede'),
  ),
  preset('binary-regularizer', 'Binary regularizer', 'regularizers', 'Tang et al.’s regularizer λΣ(1 − w²) rewards latent weights for moving away from 0 towards ±1. At λ = 1e-5 the pull is weak: on the full lesson the latent weights spread a little wider than XNOR-Net’s (about ±0.28 against ±0.24 after three epochs) and slightly fewer weights flip (10.5%, 4.3%, 1.3% against 11.1%, 4.8%, 1.5% in epochs 1–3), but the histogram stays a single bell.', (c) => {
    binaryNet(c, 'clipped-ste');
    c.quant.weight = { quantizer: 'xnor', bits: 1, params: {} };
    c.regularizer = { id: 'binary', lambda: 1e-5, params: {} };
  }),
  preset('first-last-float', 'First and last layers float', 'first-last', 'The usual practice: the first and last layers stay in float32. Compare with the next lesson, where every layer is binary.', (c) => {
    binaryNet(c, 'approx-sign');
    c.quant.weight = { quantizer: 'xnor', bits: 1, params: {} };
    c.quant.keepFirstLastFloat = true;
  }),
  preset('all-binary', 'Every layer binary', 'first-last', 'Every layer binary, the first included: sign maps every pixel (all lie in [0, 1]) to +1, so the first layer sees the same blank image for every digit and the network stays at chance, about 10%. That is why binary networks keep the first layer’s input in 8 bits or float (BinaryNet, XNOR-Net), as the next lesson does. Compare with the previous lesson.', (c) => {
    binaryNet(c, 'approx-sign');
    c.quant.weight = { quantizer: 'xnor', bits: 1, params: {} };
    c.quant.keepFirstLastFloat = false;
  }),
  preset('binary-weights-pixels-kept', 'Binary weights everywhere, pixels kept', 'first-last', 'Every layer’s weights binary, but the first layer reads the pixels as they are, as in BinaryNet, whose binary first layer takes 8-bit pixels (MNIST’s pixels are 8-bit). Now the network learns: on the full lesson 95.8% after three epochs, against 97.3% with the first and last layers float, in 42.9 KiB instead of 811 KiB, because the float first layer alone holds 784 × 256 float32 weights. The model summary shows where the bytes go.', (c) => {
    binaryNet(c, 'approx-sign');
    c.quant.weight = { quantizer: 'xnor', bits: 1, params: {} };
    c.quant.keepFirstLastFloat = false;
    c.quant.layers = { '0': { activation: { ...FLOAT } } };
  }),
  preset('too-high-lr', 'Too high a learning rate', 'training', 'Plain SGD at learning rate 10 with momentum 0.999 and no batch norm, on a float MLP: every step overshoots, the weights blow up within the first epoch and the run stops with a message naming the epoch and the step. Set the learning rate to 0.01 and the momentum to 0.9 and the same network trains.', (c) => {
    c.quant.weight = { ...FLOAT };
    c.quant.activation = { ...FLOAT };
    c.quant.estimator = { id: 'ste', params: {} };
    c.batchNorm = false;
    c.optimizer = { ...c.optimizer, id: 'sgd', learningRate: 10, momentum: 0.999 };
    c.schedule = { ...c.schedule, id: 'constant' };
  }),
  preset('cnn-small', 'Small CNN: XNOR-Net convolutions', 'cnn', 'The small CNN on 2000 MNIST images: the second convolution and the first dense layer get XNOR weights and sign inputs, the first and last layers stay float. Pick a layer in the histogram to see a convolution kernel meet ±α, then swap the quantizer and run again.', (c) => {
    c.architecture = 'cnn-small';
    c.dataset.trainLimit = 2000;
    c.dataset.testLimit = 2000;
  }),
  preset('ptq-4bit', 'PTQ at 4 bits', 'ptq-vs-qat', 'Post-training quantization: train in float, round to 4 bits, re-estimate batch norm. At 4 bits little is lost: the accuracy matrix’s ptq-4 row (5 epochs on all 60000 images) keeps 98.28% of its float phase’s 98.32%. Compare with QAT at 4 bits.', ptqVsQat(4, 'ptq')),
  preset('qat-4bit', 'QAT at 4 bits', 'ptq-vs-qat', 'Quantization-aware training at 4 bits: the network learns around the rounding from the first step.', ptqVsQat(4, 'qat')),
  preset('ptq-2bit', 'PTQ at 2 bits', 'ptq-vs-qat', 'Post-training quantization at 2 bits: four levels cost clearly more than sixteen. On 1000 training images and 2 epochs the float phase’s 82.6% falls to 77.6%; on the matrix’s full run (ptq-2) 98.32% falls to 96.93%.', ptqVsQat(2, 'ptq')),
  preset('qat-2bit', 'QAT at 2 bits', 'ptq-vs-qat', 'Quantization-aware training at 2 bits wins back part of what PTQ loses at the same width: on 1000 training images and 2 epochs 79.4% against PTQ’s 77.6% (float phase 82.6%); on the matrix’s full runs 97.89% against PTQ’s 96.93% (float phase 98.32%).', ptqVsQat(2, 'qat')),
];

export const PRESETS_BY_ID: ReadonlyMap<string, Preset> = new Map(PRESETS.map((p) => [p.id, p]));

/**
 * The experiment a lesson sets up on a page whose config is `current`: the lesson's
 * config, with the dataset, the example counts and the backend of the page (they belong
 * to the machine, not the lesson). A lesson that names its example counts (the CNN one)
 * sets them where the page uses all examples.
 */
export function applyLesson(preset: Preset, current: ExperimentConfig): ExperimentConfig {
  const limit = (mine: number, lesson: number) => (mine > 0 ? mine : lesson);
  const dataset = {
    ...current.dataset,
    trainLimit: limit(current.dataset.trainLimit, preset.config.dataset.trainLimit),
    testLimit: limit(current.dataset.testLimit, preset.config.dataset.testLimit),
  };
  return { ...structuredClone(preset.config), dataset, backend: current.backend };
}

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A value's JSON with object keys sorted, so records built in another order compare equal. */
const canonical = (v: unknown): string => (isTree(v) ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}` : JSON.stringify(v));

/**
 * The settings (by their labels) in which `config` differs from what the lesson would
 * set up on this page; empty when the page runs the lesson as it is.
 */
export function lessonDifferences(preset: Preset, config: ExperimentConfig): string[] {
  const lesson = applyLesson(preset, config);
  const out: string[] = [];
  const walk = (a: unknown, b: unknown, path: string[]) => {
    const last = path[path.length - 1];
    if (isTree(a) && isTree(b) && last !== 'params' && last !== 'layers') {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[key], b[key], [...path, key]);
    } else if (canonical(a) !== canonical(b)) out.push(settingLabel(path));
  };
  walk(lesson, config, []);
  return out;
}
