import * as tf from '@tensorflow/tfjs-core';
import type { ExperimentConfig } from '../experiment/config';
import type { QuantNetwork } from '../model/network';

/** Latent weights beyond this magnitude mean the updates have blown up (trained ones stay within a few units). */
export const WEIGHT_LIMIT = 1e6;
/** Batches averaged at the start and at the end of the window when comparing losses. */
const LOSS_WINDOW = 10;
/** A loss this many times its starting level (and at least this many times ln(classes)) is a divergence. */
const LOSS_GROWTH = 10;

/** Where and why a run diverged. */
export interface Divergence {
  epoch: number;
  step: number;
  /** A sentence naming what went wrong (and the layer when it is the weights). */
  what: string;
}

/**
 * Watches the training loss for a run that has diverged: a loss that is not finite, or
 * whose recent mean has grown to many times its starting mean.
 */
export class LossWatch {
  private readonly start: number[] = [];
  private readonly recent: number[] = [];

  constructor(private readonly classes: number) {}

  /** The reason the run diverged at this batch, or undefined. */
  observe(loss: number): string | undefined {
    if (!Number.isFinite(loss)) return `the loss became ${loss}`;
    if (this.start.length < LOSS_WINDOW) this.start.push(loss);
    this.recent.push(loss);
    if (this.recent.length > LOSS_WINDOW) this.recent.shift();
    if (this.start.length < LOSS_WINDOW || this.recent.length < LOSS_WINDOW) return undefined;
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const begin = mean(this.start);
    const now = mean(this.recent);
    // The baseline is capped: a run whose first batches already blew up (Adam at a high
    // rate) is measured against an untrained network's loss, not against its own.
    const chance = Math.log(this.classes);
    const limit = LOSS_GROWTH * Math.min(Math.max(begin, chance), LOSS_GROWTH * chance);
    if (now <= limit) return undefined;
    return begin > LOSS_GROWTH * chance ? `the loss reached ${now.toPrecision(3)} (an untrained network's is ${chance.toFixed(2)})` : `the loss grew from ${begin.toFixed(2)} to ${now.toPrecision(3)}`;
  }
}

/** Each layer's latent weights (and batch-norm scales) with the peak |value| of each, in layer order. */
async function weightPeaks(network: QuantNetwork): Promise<{ name: string; layer: string; peak: number }[]> {
  const tensors = network.layers.flatMap((l) => [
    { name: `${l.placed.spec.name}'s weights`, layer: l.placed.spec.name, t: l.kernel },
    ...(l.batchNorm ? [{ name: `${l.placed.spec.name}'s batch-norm scale`, layer: l.placed.spec.name, t: l.batchNorm.gamma }] : []),
  ]);
  const stacked = tf.tidy(() => tf.stack(tensors.map(({ t }) => tf.max(tf.abs(t)))));
  const peaks = await stacked.data();
  stacked.dispose();
  return tensors.map(({ name, layer }, i) => ({ name, layer, peak: peaks[i] }));
}

/** The first layer whose latent weights (or batch-norm scales) are not finite or beyond {@link WEIGHT_LIMIT}, as a sentence. */
export async function weightProblem(network: QuantNetwork): Promise<string | undefined> {
  const peaks = await weightPeaks(network);
  const bad = peaks.find(({ peak }) => !Number.isFinite(peak)) ?? peaks.find(({ peak }) => peak > WEIGHT_LIMIT);
  if (!bad) return undefined;
  return Number.isFinite(bad.peak) ? `${bad.name} reached ${bad.peak.toExponential(1)}` : `${bad.name} became ${bad.peak}`;
}

/**
 * The layer to name when the loss diverged: the first whose weights are not finite or
 * blown up, else the one with the largest weights (where the updates grew most).
 */
export async function divergedLayer(network: QuantNetwork): Promise<string> {
  const problem = await weightProblem(network);
  if (problem) return problem;
  const peaks = await weightPeaks(network);
  const largest = peaks.reduce((a, b) => (b.peak > a.peak ? b : a), peaks[0]);
  return `the largest weights were ${largest.name} (max |w| ${largest.peak.toPrecision(3)})`;
}

/** The message a diverged run ends with: where, what, and the setting to change. */
export function divergenceMessage(d: Divergence, config: ExperimentConfig): string {
  const { id, learningRate, momentum } = config.optimizer;
  const optimizer = id === 'sgd' ? `SGD with momentum ${momentum}` : 'Adam';
  return (
    `Training diverged in epoch ${d.epoch} at step ${d.step}: ${d.what}. ` +
    `The learning rate ${learningRate} is likely too high for ${optimizer}${config.batchNorm ? '' : ' without batch norm'}: lower it (for example to ${+(learningRate / 10).toPrecision(2)}) and train again.`
  );
}
