import * as tf from '@tensorflow/tfjs-core';
import type { ArchitectureId, ExperimentConfig, QuantChoice } from '../experiment/config';
import { resolveAllLayers, type LayerQuant } from '../experiment/resolve';
import { ESTIMATORS, QUANTIZERS, reluBeforeInput, resolveParams, runBits, STANDARD_TRAINING, TRAINING_METHODS } from '../quant';
import type { EstimatorId, QuantizeOptions, QuantizerDef } from '../quant';
import { placeLayers, type PlacedLayer } from './architectures';

import { BN_EPSILON, BN_MOMENTUM } from './batch-norm';

export { BN_EPSILON };

/** Per-step inputs of the forward pass. */
export interface ForwardContext {
  /** Training behaviour of the quantizers (a stochastic one draws) and, unless `batchStatistics` says otherwise, of batch norm. */
  training: boolean;
  /**
   * Batch norm normalises by the batch's moments and records them for the moving
   * statistics (default: `training`). Re-estimation sets it with `training` false, so the
   * statistics are those of the network that is evaluated (a Bayesian layer's mode, not its draws).
   */
  batchStatistics?: boolean;
  /** Global step: seeds the stochastic quantizers' draws. */
  step: number;
  /** Training progress in [0, 1] (IR-Net's EDE schedule). */
  progress: number;
}

/** A quantizer bound to one tensor of one layer, with its learned parameters. */
interface BoundQuantizer {
  def: QuantizerDef;
  choice: QuantChoice;
  params: Record<string, number>;
  learned: Record<string, tf.Variable>;
}

interface BatchNormState {
  gamma: tf.Variable;
  beta: tf.Variable;
  movingMean: tf.Variable;
  movingVariance: tf.Variable;
}

/** One quantizable layer: latent float weights, optional bias and batch norm, quantizers. */
export interface QuantLayer {
  placed: PlacedLayer;
  quant: LayerQuant;
  kernel: tf.Variable;
  bias?: tf.Variable;
  batchNorm?: BatchNormState;
  weightQuantizer?: BoundQuantizer;
  inputQuantizer?: BoundQuantizer;
  /**
   * Running second moment v ← β₂v + (1 − β₂)g² of the kernel's gradients, kept when the
   * weight quantizer `needsCurvature` (LAB's D = √v + ε); starts at 0.
   */
  secondMoment?: tf.Variable;
  /** ReLU after batch norm unless this is the last layer or the next layer's input quantizer replaces it. */
  relu: boolean;
  isLast: boolean;
}

let networkCount = 0;

/** β₂ of the second moment kept for curvature-aware quantizers: Adam's default (tfjs and the paper). */
export const SECOND_MOMENT_DECAY = 0.999;

/** A variable from a freshly made initial value, which is disposed (tf.variable keeps its own reference). */
function makeVariable(init: () => tf.Tensor, trainable: boolean, name: string): tf.Variable {
  return tf.tidy(() => tf.variable(init(), trainable, name));
}

function glorotUniform(shape: number[], seed: number): tf.Tensor {
  const fanIn = shape.length === 4 ? shape[0] * shape[1] * shape[2] : shape[0];
  const fanOut = shape.length === 4 ? shape[0] * shape[1] * shape[3] : shape[1];
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return tf.randomUniform(shape, -limit, limit, 'float32', seed);
}

/**
 * A network of quantized dense and convolutional layers that keeps full-precision
 * latent weights for the optimizer and quantizes weights and input activations on
 * the fly in every forward pass (quantization-aware training).
 */
export class QuantNetwork {
  readonly layers: QuantLayer[] = [];
  readonly estimator: EstimatorId;
  readonly estimatorParams: Record<string, number>;
  readonly batchNormEpsilon = BN_EPSILON;
  /** The training method puts the latent weights on levels itself: the forward uses them as they are. */
  readonly latentForward: boolean;
  /**
   * The running training method's own weights for a layer index (its `kernel` hook), used
   * by the forward in place of the kernel; set by the trainer for the method's phase.
   */
  methodKernel?: (index: number) => tf.Tensor | undefined;
  private readonly seed: number;
  /** Variable names are global in tfjs; a per-network prefix lets two networks coexist (PTQ). */
  private readonly prefix = `net${++networkCount}`;

  constructor(
    readonly config: ExperimentConfig,
    readonly imageShape: [number, number, number],
    readonly classes: number,
    options: { floatPhase?: boolean } = {},
  ) {
    const architecture: ArchitectureId = config.architecture;
    const placed = placeLayers(config, imageShape);
    const last = placed[placed.length - 1];
    if (last.spec.kind !== 'dense' || last.outputShape[0] !== classes) {
      throw new Error(`${architecture} ends in ${last.outputShape[0]} outputs, the dataset has ${classes} classes`);
    }
    const quants = resolveAllLayers(config, placed.length, options.floatPhase);
    this.seed = config.seed;
    this.latentForward = TRAINING_METHODS[config.training?.method ?? STANDARD_TRAINING].latentForward;
    this.estimator = config.quant.estimator.id;
    this.estimatorParams = resolveParams(ESTIMATORS[this.estimator].params, config.quant.estimator.params);
    placed.forEach((p, i) => {
      const isLast = i === placed.length - 1;
      const channels = p.opOutputShape[p.opOutputShape.length - 1];
      const kernel = makeVariable(() => glorotUniform(p.weightShape, config.seed * 1000 + i), true, `${this.prefix}/${p.spec.name}/kernel`);
      const withBatchNorm = config.batchNorm && !isLast;
      const layer: QuantLayer = {
        placed: p,
        quant: quants[i],
        kernel,
        bias: withBatchNorm ? undefined : makeVariable(() => tf.zeros([channels]), true, `${this.prefix}/${p.spec.name}/bias`),
        batchNorm: withBatchNorm
          ? {
              gamma: makeVariable(() => tf.ones([channels]), true, `${this.prefix}/${p.spec.name}/gamma`),
              beta: makeVariable(() => tf.zeros([channels]), true, `${this.prefix}/${p.spec.name}/beta`),
              movingMean: makeVariable(() => tf.zeros([channels]), false, `${this.prefix}/${p.spec.name}/moving_mean`),
              movingVariance: makeVariable(() => tf.ones([channels]), false, `${this.prefix}/${p.spec.name}/moving_variance`),
            }
          : undefined,
        relu: reluBeforeInput(quants[i + 1]?.activation),
        isLast,
      };
      layer.weightQuantizer = this.bind(quants[i].weight, `${this.prefix}/${p.spec.name}/w`, kernel);
      layer.inputQuantizer = this.bind(quants[i].activation, `${this.prefix}/${p.spec.name}/a`);
      if (layer.weightQuantizer?.def.needsCurvature) {
        layer.secondMoment = makeVariable(() => tf.zeros(p.weightShape), false, `${this.prefix}/${p.spec.name}/w/second_moment`);
      }
      this.layers.push(layer);
    });
  }

  private bind(choice: QuantChoice, prefix: string, initFrom?: tf.Tensor): BoundQuantizer | undefined {
    if (choice.quantizer === 'none') return undefined;
    const def = QUANTIZERS[choice.quantizer];
    const params = resolveParams(def.params, choice.params);
    const learned: Record<string, tf.Variable> = {};
    const fitted = initFrom && def.initLearned ? def.initLearned(initFrom, this.options(def, choice, params, 0)) : {};
    for (const [name, spec] of Object.entries(def.params)) {
      if (!spec.learned) continue;
      const initial = fitted[name] ?? [params[name]];
      learned[name] = makeVariable(() => (initial.length === 1 ? tf.scalar(initial[0]) : tf.tensor1d(initial)), true, `${prefix}/${name}`);
    }
    return { def, choice, params, learned };
  }

  private options(def: QuantizerDef, choice: QuantChoice, params: Record<string, number>, seed: number, progress = 0, learned?: Record<string, tf.Tensor>): QuantizeOptions {
    return {
      bits: runBits(def, choice.bits),
      params,
      seed,
      estimator: this.estimator,
      estimatorParams: { ...this.estimatorParams, ...(ESTIMATORS[this.estimator].followsProgress ? { progress } : {}) },
      learned,
    };
  }

  /** Options for quantizing a layer's weights (per output channel) or inputs (per tensor). */
  quantizeOptions(q: BoundQuantizer, target: 'weight' | 'input', layer: QuantLayer, ctx: ForwardContext): QuantizeOptions {
    const opts = this.options(q.def, q.choice, q.params, this.stepSeed(ctx.step, layer.placed.index, target), ctx.progress, q.learned);
    opts.training = ctx.training;
    if (target === 'weight') {
      opts.reduceAxes = layer.placed.weightShape.slice(0, -1).map((_, i) => i);
      if (layer.secondMoment) opts.secondMoment = layer.secondMoment;
    }
    return opts;
  }

  private stepSeed(step: number, layerIndex: number, target: 'weight' | 'input'): number {
    return (this.seed * 1_000_003 + step * 131 + layerIndex * 2 + (target === 'weight' ? 0 : 1)) % 2_147_483_647;
  }

  /** The layer's weights as the forward pass uses them. */
  quantizedKernel(layer: QuantLayer, ctx: ForwardContext): tf.Tensor {
    const q = layer.weightQuantizer;
    const own = this.methodKernel?.(layer.placed.index);
    if (own) return own;
    if (this.latentForward) return layer.kernel;
    return q ? q.def.quantize(layer.kernel, this.quantizeOptions(q, 'weight', layer, ctx)) : layer.kernel;
  }

  /** Logits for a batch of images [B, H, W, C] with values in [0, 1]. */
  forward(images: tf.Tensor4D, ctx: ForwardContext): tf.Tensor2D {
    return tf.tidy(() => {
      let x: tf.Tensor = images;
      for (const layer of this.layers) x = this.layerForward(layer, x, ctx);
      return x as tf.Tensor2D;
    });
  }

  /** One layer: quantize input and weights, convolve or multiply, bias, pool, batch norm, ReLU. */
  layerForward(layer: QuantLayer, input: tf.Tensor, ctx: ForwardContext): tf.Tensor {
    const { placed } = layer;
    let x = input;
    if (placed.flattenBefore) x = tf.reshape(x, [x.shape[0], -1]);
    if (layer.inputQuantizer) x = layer.inputQuantizer.def.quantize(x, this.quantizeOptions(layer.inputQuantizer, 'input', layer, ctx));
    const w = this.quantizedKernel(layer, ctx);
    let y: tf.Tensor =
      placed.spec.kind === 'conv2d'
        ? tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, placed.spec.stride, placed.spec.padding)
        : tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D);
    if (layer.bias) y = tf.add(y, layer.bias);
    if (placed.spec.kind === 'conv2d' && placed.spec.pool) y = tf.maxPool(y as tf.Tensor4D, 2, 2, 'valid');
    if (layer.batchNorm) y = this.batchNorm(layer.batchNorm, y, ctx.batchStatistics ?? ctx.training);
    if (layer.relu) y = tf.relu(y);
    return y;
  }

  private batchNorm(bn: BatchNormState, y: tf.Tensor, batchStatistics: boolean): tf.Tensor {
    if (!batchStatistics) return tf.batchNorm(y, bn.movingMean, bn.movingVariance, bn.beta, bn.gamma, BN_EPSILON);
    const axes = y.shape.slice(0, -1).map((_, i) => i);
    const { mean, variance } = tf.moments(y, axes);
    // Moving statistics are state, not parameters: they are updated after the step, off the loss.
    const m = tf.keep(mean);
    const v = tf.keep(variance);
    this.pendingStats.push({ bn, mean: m, variance: v });
    return batchNormTraining(y, mean, variance, bn.gamma, bn.beta, axes);
  }

  private pendingStats: { bn: BatchNormState; mean: tf.Tensor; variance: tf.Tensor }[] = [];

  /**
   * Folds the batch statistics of the last training forward pass into the moving
   * averages (momentum `BN_MOMENTUM`, or a plain running mean during calibration).
   */
  commitBatchNormStats(momentum = BN_MOMENTUM): void {
    for (const { bn, mean, variance } of this.pendingStats) {
      tf.tidy(() => {
        bn.movingMean.assign(tf.add(tf.mul(bn.movingMean, momentum), tf.mul(mean, 1 - momentum)));
        bn.movingVariance.assign(tf.add(tf.mul(bn.movingVariance, momentum), tf.mul(variance, 1 - momentum)));
      });
      mean.dispose();
      variance.dispose();
    }
    this.pendingStats = [];
  }

  /** Drops batch statistics of a forward pass whose step was not applied. */
  discardBatchNormStats(): void {
    for (const { mean, variance } of this.pendingStats) {
      mean.dispose();
      variance.dispose();
    }
    this.pendingStats = [];
  }

  /**
   * Folds a step's gradients (by variable name, as `tf.variableGrads` gives them) into the
   * second moments of the kernels that keep one: v ← β₂v + (1 − β₂)g².
   */
  observeGradients(grads: Record<string, tf.Tensor>): void {
    for (const layer of this.layers) {
      const v = layer.secondMoment;
      const g = grads[layer.kernel.name];
      if (!v || !g) continue;
      tf.tidy(() => v.assign(tf.add(tf.mul(v, SECOND_MOMENT_DECAY), tf.mul(tf.square(g), 1 - SECOND_MOMENT_DECAY))));
    }
  }

  /** Clips the latent weights of binary and ternary layers to [−1, 1] (BinaryConnect). */
  clipLatentWeights(): void {
    for (const layer of this.layers) {
      if (layer.weightQuantizer?.def.clipLatent) tf.tidy(() => layer.kernel.assign(tf.clipByValue(layer.kernel, -1, 1)));
    }
  }

  /** Every trainable variable: kernels, biases, batch-norm scales and learned quantizer parameters. */
  trainableVariables(): tf.Variable[] {
    const vars: tf.Variable[] = [];
    for (const layer of this.layers) {
      vars.push(layer.kernel);
      if (layer.bias) vars.push(layer.bias);
      if (layer.batchNorm) vars.push(layer.batchNorm.gamma, layer.batchNorm.beta);
      for (const q of [layer.weightQuantizer, layer.inputQuantizer]) if (q) vars.push(...Object.values(q.learned));
    }
    return vars;
  }

  /** Every variable including batch-norm moving statistics. */
  allVariables(): tf.Variable[] {
    const vars = this.trainableVariables();
    for (const layer of this.layers) {
      if (layer.batchNorm) vars.push(layer.batchNorm.movingMean, layer.batchNorm.movingVariance);
      if (layer.secondMoment) vars.push(layer.secondMoment);
    }
    return vars;
  }

  /** Copies every variable of another network with the same architecture (PTQ: float → quantized). */
  copyWeightsFrom(other: QuantNetwork): void {
    this.layers.forEach((layer, i) => {
      const src = other.layers[i];
      layer.kernel.assign(src.kernel);
      if (layer.bias && src.bias) layer.bias.assign(src.bias);
      if (layer.batchNorm && src.batchNorm) {
        layer.batchNorm.gamma.assign(src.batchNorm.gamma);
        layer.batchNorm.beta.assign(src.batchNorm.beta);
        layer.batchNorm.movingMean.assign(src.batchNorm.movingMean);
        layer.batchNorm.movingVariance.assign(src.batchNorm.movingVariance);
      }
      if (layer.weightQuantizer?.def.initLearned) {
        const fitted = layer.weightQuantizer.def.initLearned(layer.kernel, this.quantizeOptions(layer.weightQuantizer, 'weight', layer, { training: false, step: 0, progress: 0 }));
        for (const [name, values] of Object.entries(fitted)) {
          const v = layer.weightQuantizer.learned[name];
          if (v) tf.tidy(() => v.assign(values.length === 1 ? tf.scalar(values[0]) : tf.tensor1d(values)));
        }
      }
    });
  }

  dispose(): void {
    this.discardBatchNormStats();
    for (const v of this.allVariables()) v.dispose();
  }
}

/**
 * Batch norm on the batch's own statistics, with the textbook gradient in one step
 * (x̂ = (x − μ)·σ⁻¹; dx = γσ⁻¹·(dy − mean(dy) − x̂·mean(dy·x̂)), which already
 * accounts for μ and σ depending on x); tfjs's composed gradient of
 * `batchNorm(x, moments(x))` costs several times more. `mean` and `variance` get no
 * gradient of their own.
 */
export function batchNormTraining(x: tf.Tensor, mean: tf.Tensor, variance: tf.Tensor, gamma: tf.Tensor, beta: tf.Tensor, axes: number[]): tf.Tensor {
  const count = x.shape.slice(0, -1).reduce((a, b) => a * b, 1);
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [input, mu, sigma2, g, b] = args as tf.Tensor[];
    const save = args[5] as tf.GradSaveFunc;
    const inverse = tf.rsqrt(tf.add(sigma2, BN_EPSILON));
    const normalized = tf.mul(tf.sub(input, mu), inverse);
    save([normalized, inverse, g]);
    return {
      value: tf.add(tf.mul(normalized, g), b),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xHat, inv, scale] = saved;
        const dBeta = tf.sum(dy, axes);
        const dGamma = tf.sum(tf.mul(dy, xHat), axes);
        const centred = tf.sub(tf.sub(dy, tf.div(dBeta, count)), tf.mul(xHat, tf.div(dGamma, count)));
        const dx = tf.mul(centred, tf.mul(scale, inv));
        return [dx, tf.zerosLike(mu), tf.zerosLike(sigma2), dGamma, dBeta];
      },
    };
  });
  return f(x, mean, variance, gamma, beta);
}
