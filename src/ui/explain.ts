import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { ExperimentConfig, QuantChoice } from '../experiment/config';
import { QUANTIZERS, quantizeOptions } from '../quant';

/** Points of the Explain plots: x from −2 to 2 in steps of 0.02. */
export const EXPLAIN_POINTS = 201;
export const EXPLAIN_RANGE: [number, number] = [-2, 2];

export const explainX = (): Float32Array =>
  Float32Array.from({ length: EXPLAIN_POINTS }, (_, i) => EXPLAIN_RANGE[0] + ((EXPLAIN_RANGE[1] - EXPLAIN_RANGE[0]) * i) / (EXPLAIN_POINTS - 1));

export interface TransferCurves {
  x: number[];
  forward: number[];
  backward: number[];
  levels: number[];
}

let ready: Promise<boolean> | undefined;
/** The Explain plots run on the tfjs CPU backend of the page (201 points are instant). */
export const explainBackendReady = () => (ready ??= tf.setBackend('cpu'));

/**
 * The forward transfer function q(x) and the backward pass ∂q/∂x of a quantizer under
 * an estimator. The quantizer is applied to the reference tensor x itself (201 evenly
 * spaced points on [−2, 2], per-tensor statistics), so scale-based quantizers place
 * their levels relative to that range; the backward curve is tf.grad of Σ q(x), which
 * is the gradient the training uses for this tensor.
 */
export function transferCurves(choice: QuantChoice, estimator: ExperimentConfig['quant']['estimator']): TransferCurves {
  const xs = explainX();
  const x = Array.from(xs);
  if (choice.quantizer === 'none') return { x, forward: x, backward: x.map(() => 1), levels: [] };
  const def = QUANTIZERS[choice.quantizer];
  const opts = quantizeOptions(choice.quantizer, { bits: choice.bits, params: choice.params, seed: 1, estimator: estimator.id, estimatorParams: estimator.params });
  return tf.tidy(() => {
    const input = tf.tensor1d(xs);
    const forward = def.quantize(input, opts);
    const backward = tf.grad((t: tf.Tensor) => def.quantize(t, opts))(input);
    return { x, forward: Array.from(forward.dataSync()), backward: Array.from(backward.dataSync()), levels: def.levels(input, opts) };
  });
}
