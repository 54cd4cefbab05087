import * as tf from '@tensorflow/tfjs-core';
import { limitedCount, makeBatch, seededShuffle } from '../data/batch';
import type { Dataset, Split } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { QuantNetwork, type ForwardContext } from '../model/network';
import { SnapshotTaker } from '../model/snapshot';
import { summarizeModel } from '../model/summary';
import { quantizeGradient, REGULARIZERS, resolveParams, STANDARD_TRAINING, TRAINING_METHODS, type MethodLayer, type MethodRun } from '../quant';
import { divergedLayer, divergenceMessage, LossWatch, weightProblem, type Divergence } from './divergence';
import type { EpochRecord, LiveSetting, TrainEvent, TrainPhase } from './events';

/**
 * The gradients as the optimizer takes them: DoReFa's stochastic k-bit quantization of
 * each (a seed per run, step and variable), or unchanged when `bits` is absent.
 */
export function quantizedGradients(grads: tf.NamedTensorMap, bits: number | undefined, seed: number, step: number): tf.NamedTensorMap {
  if (bits === undefined) return grads;
  const out: tf.NamedTensorMap = {};
  Object.keys(grads).forEach((name, i) => {
    out[name] = quantizeGradient(grads[name], bits, (seed * 1_000_003 + step * 1009 + i) % 2 ** 31);
  });
  return out;
}

/** Pause, single steps, live settings and cancel, shared between the trainer and whoever drives it. */
export class RunControl {
  cancelled = false;
  paused = false;
  constructor() {
    // Nobody need wait on `failed`: its rejection is not an unhandled one.
    this.failed.catch(() => {});
  }
  /** Batches a paused run may still take, one per `step()`. */
  private steps = 0;
  private settings: Partial<Record<LiveSetting, number>> = {};
  private resumeWaiters: (() => void)[] = [];

  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
    this.steps = 0;
    this.wake();
  }
  cancel(): void {
    this.cancelled = true;
    this.resume();
  }
  /** Why the run must stop with an error (a GPU error): thrown by the trainer where it waits or before its next step. */
  failure: Error | undefined;
  private rejectFailed: (error: Error) => void = () => {};
  /** Rejects with the failure: a read-back from a failed GPU device may never resolve, so reads race it. */
  readonly failed = new Promise<never>((_, reject) => (this.rejectFailed = reject));
  /** Stops the run with `error`, which the trainer throws (as it would its own). */
  fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.rejectFailed(error);
    this.cancel();
  }
  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
  /** Lets a paused run take one batch; does nothing while it runs. */
  step(): void {
    if (!this.paused || this.cancelled) return;
    this.steps++;
    this.wake();
  }
  /** Sets a live setting; the trainer takes it before its next batch. */
  set(setting: LiveSetting, value: number): void {
    this.settings[setting] = value;
  }
  /** The settings set since the last call. */
  takeSettings(): Partial<Record<LiveSetting, number>> {
    const taken = this.settings;
    this.settings = {};
    return taken;
  }
  /**
   * Resolves when the next batch may run: at once while running, on `step()` or
   * `resume()` while paused. True when the batch is a single step of a paused run.
   */
  async nextBatch(): Promise<boolean> {
    while (this.paused && !this.cancelled) {
      if (this.steps > 0) {
        this.steps--;
        return true;
      }
      await new Promise<void>((wake) => this.resumeWaiters.push(wake));
    }
    return false;
  }
  private wake(): void {
    for (const wake of this.resumeWaiters.splice(0)) wake();
  }
}

export interface TrainOptions {
  config: ExperimentConfig;
  /** The training split may still grow while the run starts (a streamed download). */
  dataset: Dataset;
  onEvent: (event: TrainEvent) => void;
  control?: RunControl;
  /** Least time between two weight snapshots (default 500 ms). */
  snapshotIntervalMs?: number;
  /**
   * False: no weight snapshots at all, for runs that only need the accuracy. The loop
   * itself reads back only asynchronously, so such a run also trains on a WebGPU device
   * without synchronous reads (snapshots and the fitted quantizers need them).
   */
  snapshots?: boolean;
  /** Least time between two batch events (default 0: every batch). */
  batchEventIntervalMs?: number;
  /** Name of the active tfjs backend, for the start event. */
  backend?: string;
  /** Test images whose predictions the done event carries (default 32). */
  samplePredictions?: number;
  /** Called with the trained network before it is disposed (e.g. to export it for the binary engine). */
  onTrained?: (network: QuantNetwork) => void;
  /**
   * Post-training quantization only: starts from this trained float network (same
   * architecture; not disposed) instead of training one, so many quantized variants
   * share one float training (layer sensitivity, mixed precision).
   */
  pretrained?: QuantNetwork;
}

/** Batches between two checks of the weights for blown-up values. */
const WEIGHT_CHECK_INTERVAL = 25;

export interface TrainResult {
  status: 'finished' | 'cancelled' | 'diverged';
  /** Why a diverged run stopped, with the setting to change. */
  message?: string;
  testAccuracy: number;
  /** The phase whose network `testAccuracy` measures. */
  resultPhase: TrainPhase;
  epochs: EpochRecord[];
  /** Named evaluations: `float` and `ptq` in post-training quantization. */
  evaluations: Record<string, number>;
  confusion: number[][];
  seconds: number;
}

/** Learning rate at `progress` ∈ [0, 1] of a phase of `epochs` epochs; the schedule scales `base`. */
export function learningRateAt(config: ExperimentConfig, progress: number, epochs: number, base = config.optimizer.learningRate): number {
  const { id, stepEpochs, gamma } = config.schedule;
  if (id === 'step') return base * gamma ** Math.floor((progress * epochs + 1e-9) / stepEpochs);
  if (id === 'cosine') return base * 0.5 * (1 + Math.cos(Math.PI * Math.min(1, progress)));
  return base;
}

function makeOptimizer(config: ExperimentConfig): tf.Optimizer {
  const { id, learningRate, momentum } = config.optimizer;
  return id === 'adam' ? tf.train.adam(learningRate) : tf.train.momentum(learningRate, momentum);
}

/** SGD and momentum keep the rate as a tensor behind `setLearningRate`; Adam reads a plain field. */
function setLearningRate(optimizer: tf.Optimizer, lr: number): void {
  const o = optimizer as unknown as { learningRate: number; setLearningRate?: (lr: number) => void };
  if (typeof o.setLearningRate === 'function') o.setLearningRate(lr);
  else o.learningRate = lr;
}

/**
 * Disposes an optimizer and everything it holds. tfjs 4's MomentumOptimizer.dispose()
 * does not call SGDOptimizer's, which leaves the learning-rate scalar `c` behind.
 */
function disposeOptimizer(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  const rate = (optimizer as unknown as { c?: tf.Tensor }).c;
  if (rate && !rate.isDisposed) rate.dispose();
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Lets queued messages (pause, cancel) in between batches without slowing the loop much. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface Evaluation {
  accuracy: number;
  loss: number;
  confusion: number[][];
  predictions: Int32Array;
}

const EVAL_BATCH = 500;

/**
 * Accuracy, mean loss and confusion matrix of `network` on the first `limit` examples of
 * `split`, in batches of 500 whatever the training batch size. Reads back asynchronously:
 * WebGPU has no synchronous read on every adapter.
 */
export async function evaluate(network: QuantNetwork, split: Split, limit: number, imageShape: [number, number, number], classes: number, control?: RunControl): Promise<Evaluation> {
  const count = limit > 0 ? Math.min(limit, split.count) : split.count;
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  const predictions = new Int32Array(count);
  let correct = 0;
  let lossSum = 0;
  const ctx: ForwardContext = { training: false, step: 0, progress: 1 };
  for (let start = 0; start < count; start += EVAL_BATCH) {
    const indices = Array.from({ length: Math.min(EVAL_BATCH, count - start) }, (_, i) => start + i);
    const [predictedT, lossT] = tf.tidy(() => {
      const { xs, ys } = makeBatch(split, indices, imageShape);
      const logits = network.forward(xs, ctx);
      return [tf.argMax(logits, 1), tf.losses.softmaxCrossEntropy(ys, logits, undefined, 0, tf.Reduction.SUM)];
    });
    const [predicted, loss] = await readAndDispose(control, predictedT, lossT);
    lossSum += loss[0];
    predicted.forEach((p, i) => {
      const truth = split.labels[start + i];
      predictions[start + i] = p;
      confusion[truth][p]++;
      if (p === truth) correct++;
    });
  }
  return { accuracy: count ? correct / count : 0, loss: count ? lossSum / count : 0, confusion, predictions };
}

/**
 * The values of some tensors, read asynchronously; the tensors are disposed. With a run
 * control, a failure of the run (a GPU error) ends the wait.
 */
async function readAndDispose(control: RunControl | undefined, ...tensors: tf.Tensor[]): Promise<tf.TypedArray[]> {
  try {
    const reads = Promise.all(tensors.map((t) => t.data()));
    return await (control ? Promise.race([reads, control.failed]) : reads);
  } finally {
    for (const t of tensors) t.dispose();
  }
}

/**
 * Trains a network as the config says (quantization-aware training, or post-training
 * quantization with optional fine-tuning), reporting progress as typed events.
 * Runs unchanged in a Web Worker and in Node; leaves no tensors behind.
 */
export async function train(options: TrainOptions): Promise<TrainResult> {
  const { config, dataset, onEvent } = options;
  const control = options.control ?? new RunControl();
  const snapshotInterval = options.snapshotIntervalMs ?? 500;
  const batchInterval = options.batchEventIntervalMs ?? 0;
  const imageShape = dataset.imageShape;
  const classes = dataset.classNames.length;
  const started = now();
  const epochs: EpochRecord[] = [];
  const evaluations: Record<string, number> = {};
  const trainCount = () => limitedCount(config.dataset.trainLimit, dataset.train.count);
  const testCount = limitedCount(config.dataset.testLimit, dataset.test.count);
  const batchesPerEpoch = Math.ceil(trainCount() / config.batchSize);
  const ptq = config.mode === 'ptq';
  const phases: { phase: TrainPhase; epochs: number; floatPhase: boolean }[] = ptq
    ? [
        { phase: 'float', epochs: options.pretrained ? 0 : config.epochs, floatPhase: true },
        ...(config.ptq.finetuneEpochs > 0 ? [{ phase: 'finetune' as const, epochs: config.ptq.finetuneEpochs, floatPhase: false }] : []),
      ]
    : [{ phase: 'train', epochs: config.epochs, floatPhase: false }];
  const totalSteps = phases.reduce((a, p) => a + p.epochs * batchesPerEpoch, 0);

  onEvent({
    type: 'start',
    backend: options.backend ?? tf.getBackend(),
    epochs: config.epochs,
    batchesPerEpoch,
    trainCount: trainCount(),
    testCount,
    summary: summarizeModel(config, imageShape),
  });

  let network = new QuantNetwork(config, imageShape, classes, { floatPhase: ptq });
  if (ptq && options.pretrained) network.copyWeightsFrom(options.pretrained);
  const snapshots = new SnapshotTaker();
  let step = 0;
  let lastSnapshot = -Infinity;
  let lastBatchEvent = -Infinity;
  let lastYield = now();
  let finalEval: Evaluation | undefined;
  /** The phase of the network `finalEval` measured. */
  let finalPhase: TrainPhase = phases[0].phase;
  // Live settings: the base learning rate the schedule scales, and the regularizer's λ.
  const live: Record<LiveSetting, number> = { learningRate: config.optimizer.learningRate, lambda: config.regularizer.lambda };
  const takeSettings = () => {
    for (const [setting, value] of Object.entries(control.takeSettings()) as [LiveSetting, number][]) {
      if (!Number.isFinite(value) || value === live[setting]) continue;
      onEvent({ type: 'setting', setting, previous: live[setting], value, fromStep: step + 1 });
      live[setting] = value;
    }
  };
  let diverged: Divergence | undefined;
  const lossWatch = new LossWatch(classes);

  const method = TRAINING_METHODS[config.training?.method ?? STANDARD_TRAINING];
  let methodRun: MethodRun | undefined;
  let liveOptimizer: tf.Optimizer | undefined;
  const snapshot = (phase: TrainPhase, epoch: number) => {
    if (options.snapshots === false) return;
    const frozen = methodRun?.frozen;
    onEvent({ type: 'snapshot', phase, epoch, step, layers: snapshots.take(network, { training: false, step, progress: step / Math.max(1, totalSteps) }, frozen && ((index) => frozen(index))) });
    lastSnapshot = now();
  };

  try {
    for (const [phaseIndex, { phase, epochs: phaseEpochs, floatPhase }] of phases.entries()) {
      if (ptq) onEvent({ type: 'phase', phase, message: phaseMessage(phase) });
      const optimizer = makeOptimizer(config);
      liveOptimizer = optimizer;
      const vars = network.trainableVariables();
      const regularizer = config.regularizer.id === 'none' ? undefined : REGULARIZERS[config.regularizer.id];
      const regParams = regularizer ? resolveParams(regularizer.params, config.regularizer.params) : {};
      // The training method runs in the quantized phases (restore allows it in QAT only).
      methodRun = floatPhase ? undefined : method.start({ layers: methodLayers(network), totalSteps: phaseEpochs * batchesPerEpoch, params: resolveParams(method.params, config.training?.params ?? {}) });
      const run = methodRun;
      network.methodKernel = run?.kernel && ((index) => run.kernel?.(index));
      // A method's own variables can change between steps (BSQ drops planes): asked every step.
      const stepVars = () => (run?.variables ? [...vars, ...run.variables()] : vars);
      let phaseStep = 0;
      snapshot(phase, 0);
      for (let epoch = 1; epoch <= phaseEpochs && !control.cancelled && !diverged; epoch++) {
        const epochStart = now();
        const count = trainCount();
        const order = seededShuffle(count, config.seed * 7919 + epoch + phaseIndex * 1000);
        const batches = Math.ceil(count / config.batchSize);
        let lossSum = 0;
        let correct = 0;
        let seen = 0;
        for (let b = 0; b < batches; b++) {
          const stepped = await control.nextBatch();
          if (control.cancelled) break;
          takeSettings();
          const progress = step / Math.max(1, totalSteps);
          const phaseProgress = ((epoch - 1) * batches + b) / (phaseEpochs * batches);
          const lr = learningRateAt(config, phaseProgress, phaseEpochs, live.learningRate);
          setLearningRate(optimizer, lr);
          const indices = order.subarray(b * config.batchSize, Math.min(count, (b + 1) * config.batchSize));
          const ctx: ForwardContext = { training: true, step, progress };
          // The method's own term (BSQ's group Lasso can dwarf the cross-entropy) is not watched for divergence.
          let methodScalar: tf.Scalar | undefined;
          const [lossT, hitsT] = tf.tidy(() => {
            const { xs, ys } = makeBatch(dataset.train, indices, imageShape);
            let logits: tf.Tensor2D | undefined;
            const { value, grads } = tf.variableGrads(() => {
              logits = tf.keep(network.forward(xs, ctx));
              let total = tf.losses.softmaxCrossEntropy(ys, logits) as tf.Scalar;
              if (!floatPhase) total = tf.add(total, regularizationLoss(network, ctx, regularizer, live.lambda, regParams));
              const methodLoss = methodRun?.loss?.();
              if (methodLoss) {
                total = tf.add(total, methodLoss);
                methodScalar = tf.keep(methodLoss);
              }
              total = tf.add(total, weightDecayLoss(network, config.optimizer.weightDecay));
              return total as tf.Scalar;
            }, stepVars());
            const applied = quantizedGradients(grads, config.quant.gradientBits, config.seed, step);
            network.observeGradients(applied);
            optimizer.applyGradients(applied);
            const hitCount = tf.sum(tf.cast(tf.equal(tf.argMax(logits!, 1), tf.argMax(ys, 1)), 'int32'));
            // Kept to escape variableGrads' cleanup, so this tidy does not own it.
            logits!.dispose();
            return [value, hitCount];
          });
          const [lossValue, hitsValue, methodValues] = await readAndDispose(control, lossT, hitsT, ...(methodScalar ? [methodScalar] : []));
          const loss = lossValue[0];
          const hits = hitsValue[0];
          const methodValue = methodValues?.[0] ?? 0;
          network.commitBatchNormStats();
          network.clipLatentWeights();
          phaseStep++;
          methodRun?.afterStep(phaseStep, epoch === phaseEpochs && b === batches - 1);
          const lossProblem = lossWatch.observe(loss - methodValue);
          // A diverged loss names the layer too: the first with non-finite (or blown-up) weights, else the largest.
          const what = lossProblem
            ? `${lossProblem}; ${await divergedLayer(network)}`
            : step % WEIGHT_CHECK_INTERVAL === 0 || b === batches - 1 ? await weightProblem(network) : undefined;
          if (what) {
            diverged = { epoch, step: step + 1, what };
            break;
          }
          lossSum += loss * indices.length;
          correct += hits;
          seen += indices.length;
          step++;
          const t = now();
          // A single step updates every view: its batch event and snapshot are never skipped.
          if (stepped || t - lastBatchEvent >= batchInterval || b === batches - 1) {
            onEvent({
              type: 'batch', phase, epoch, batch: b + 1, batchesPerEpoch: batches, step, totalSteps, loss,
              accuracy: hits / indices.length, learningRate: lr,
              examplesPerSecond: (seen * 1000) / Math.max(1, t - epochStart),
            });
            lastBatchEvent = t;
          }
          if (stepped || t - lastSnapshot >= snapshotInterval) snapshot(phase, epoch);
          if (t - lastYield >= 30) {
            await yieldToEventLoop();
            lastYield = now();
          }
        }
        if (control.cancelled || diverged) break;
        // The moving statistics lag the weights (most in short runs): re-estimated with the final weights.
        if (config.batchNorm) calibrateBatchNorm(network, dataset.train, count, config, imageShape);
        const evaluation = await evaluate(network, dataset.test, testCount, imageShape, classes, control);
        const record: EpochRecord = {
          phase, epoch, loss: seen ? lossSum / seen : 0, trainAccuracy: seen ? correct / seen : 0,
          testAccuracy: evaluation.accuracy, testLoss: evaluation.loss,
          learningRate: learningRateAt(config, epoch / phaseEpochs, phaseEpochs, live.learningRate), seconds: (now() - epochStart) / 1000,
          ...(methodRun?.metrics ? { method: methodRun.metrics() } : {}),
        };
        epochs.push(record);
        onEvent({ type: 'epoch', ...record });
        snapshot(phase, epoch);
        finalEval = evaluation;
        finalPhase = phase;
      }
      disposeOptimizer(optimizer);
      liveOptimizer = undefined;
      methodRun?.dispose();
      methodRun = undefined;
      network.methodKernel = undefined;
      if (control.cancelled || diverged) break;
      if (ptq && phase === 'float') {
        if (options.pretrained) finalEval = await evaluate(network, dataset.test, testCount, imageShape, classes, control);
        evaluations.float = finalEval?.accuracy ?? 0;
        onEvent({ type: 'evaluation', label: 'float', phase: 'float', testAccuracy: evaluations.float, testLoss: finalEval?.loss ?? 0, step, epoch: config.epochs });
        // Post-training quantization: the float weights move into the quantized network,
        // batch norm is re-estimated on training batches, and the result is evaluated;
        // a fine-tuning phase, if any, continues from there.
        const quantized = new QuantNetwork(config, imageShape, classes);
        quantized.copyWeightsFrom(network);
        network.dispose();
        network = quantized;
        onEvent({ type: 'phase', phase: 'calibrate', message: phaseMessage('calibrate') });
        calibrateBatchNorm(network, dataset.train, trainCount(), config, imageShape);
        finalEval = await evaluate(network, dataset.test, testCount, imageShape, classes, control);
        finalPhase = 'calibrate';
        evaluations.ptq = finalEval.accuracy;
        onEvent({ type: 'evaluation', label: 'ptq', phase: 'calibrate', testAccuracy: finalEval.accuracy, testLoss: finalEval.loss, step, epoch: config.epochs });
        snapshot('calibrate', config.epochs);
      }
    }
    if (diverged) {
      // The weights are no longer numbers worth evaluating, plotting or packing: the run
      // ends with its finished epochs and the reason.
      const message = divergenceMessage(diverged, config);
      const seconds = (now() - started) / 1000;
      const testAccuracy = finalEval?.accuracy ?? 0;
      const resultPhase = finalPhase;
      onEvent({ type: 'done', status: 'diverged', message, testAccuracy, resultPhase, confusion: [], samplePredictions: [], seconds });
      return { status: 'diverged', message, testAccuracy, resultPhase, epochs, evaluations, confusion: [], seconds };
    }
    control.throwIfFailed();
    const status = control.cancelled ? 'cancelled' : 'finished';
    const final = finalEval ?? (await evaluate(network, dataset.test, testCount, imageShape, classes, control));
    const seconds = (now() - started) / 1000;
    const samples = Array.from(final.predictions.subarray(0, options.samplePredictions ?? 32));
    options.onTrained?.(network);
    onEvent({ type: 'done', status, testAccuracy: final.accuracy, resultPhase: finalPhase, confusion: final.confusion, samplePredictions: samples, seconds });
    return { status, testAccuracy: final.accuracy, resultPhase: finalPhase, epochs, evaluations, confusion: final.confusion, seconds };
  } finally {
    // A run that throws (a GPU error) leaves its phase's optimizer too.
    if (liveOptimizer) disposeOptimizer(liveOptimizer);
    methodRun?.dispose();
    network.dispose();
  }
}

/** The quantized layers as a training method sees them; levels are the weight quantizer's for the whole tensor. */
function methodLayers(network: QuantNetwork): MethodLayer[] {
  return network.layers.flatMap((layer) => {
    const q = layer.weightQuantizer;
    if (!q) return [];
    const ctx: ForwardContext = { training: false, step: 0, progress: 1 };
    const levels = (w: tf.Tensor) => q.def.levels(w, { ...network.quantizeOptions(q, 'weight', layer, ctx), reduceAxes: undefined });
    return [{ index: layer.placed.index, kernel: layer.kernel, levels }];
  });
}

function phaseMessage(phase: TrainPhase): string {
  switch (phase) {
    case 'float':
      return 'Post-training quantization: training the float network first';
    case 'calibrate':
      return 'Quantizing the trained weights and re-estimating batch norm on training batches';
    case 'finetune':
      return 'Fine-tuning the quantized network (quantization-aware)';
    default:
      return 'Quantization-aware training';
  }
}

/** The configured regularizer summed over the quantized layers' latent weights. */
function regularizationLoss(
  network: QuantNetwork,
  ctx: ForwardContext,
  regularizer: (typeof REGULARIZERS)[keyof typeof REGULARIZERS] | undefined,
  lambda: number,
  params: Record<string, number>,
): tf.Scalar {
  let total: tf.Scalar = tf.scalar(0);
  for (const layer of network.layers) {
    const q = layer.weightQuantizer;
    if (regularizer && q && lambda > 0) {
      const levels = regularizer.needsLevels ? q.def.levels(layer.kernel, network.quantizeOptions(q, 'weight', layer, ctx)) : undefined;
      total = tf.add(total, regularizer.penalty(layer.kernel, lambda, params, { levels }));
    }
    for (const quantizer of [layer.weightQuantizer, layer.inputQuantizer]) {
      const aux = quantizer?.def.auxiliaryLoss;
      if (!quantizer || !aux) continue;
      const coefficient = quantizer.params[aux.coefficient] ?? 0;
      const value = quantizer.learned[aux.param];
      if (value && coefficient > 0) total = tf.add(total, tf.mul(coefficient, tf.sum(tf.square(value))));
    }
    // A penalty the weight quantizer puts on its latent weights (the Bayesian layer's KL term).
    const penalty = q?.def.weightPenalty;
    const coefficient = penalty ? (q.params[penalty.coefficient] ?? 0) : 0;
    if (q && q.def.penalty && coefficient > 0) total = tf.add(total, tf.mul(coefficient, q.def.penalty(layer.kernel, network.quantizeOptions(q, 'weight', layer, ctx))));
  }
  return total;
}

/** L2 weight decay (wd/2)·Σw² on every kernel. */
function weightDecayLoss(network: QuantNetwork, weightDecay: number): tf.Scalar {
  if (weightDecay <= 0) return tf.scalar(0);
  return tf.mul(weightDecay / 2, tf.addN(network.layers.map((l) => tf.sum(tf.square(l.kernel))))) as tf.Scalar;
}

/**
 * Replaces batch-norm moving statistics by their average over `config.ptq.calibrationBatches`
 * training batches, measured on the network as it is evaluated (quantizers in evaluation mode).
 */
function calibrateBatchNorm(network: QuantNetwork, split: Split, count: number, config: ExperimentConfig, imageShape: [number, number, number]): void {
  const order = seededShuffle(count, config.seed * 104729 + 1);
  const batches = Math.min(config.ptq.calibrationBatches, Math.ceil(count / config.batchSize));
  for (let b = 0; b < batches; b++) {
    const indices = order.subarray(b * config.batchSize, Math.min(count, (b + 1) * config.batchSize));
    tf.tidy(() => {
      const { xs } = makeBatch(split, indices, imageShape);
      network.forward(xs, { training: false, batchStatistics: true, step: b, progress: 1 });
    });
    // A running mean over calibration batches: the b-th batch has weight 1/(b+1).
    network.commitBatchNormStats(b / (b + 1));
  }
}
