/**
 * The float simulation of a {@link DeploySpec} in plain tfjs ops: the reference the
 * packed engine must reproduce and the model's own evaluation must agree with.
 *
 * Fixed op order per layer (see `spec.ts`):
 *   1. flatten (dense with flattenBefore: reshape [N, h·w·c], NHWC row-major)
 *   2. input quantization: binary → where(x < 0, −1, +1)
 *   3. weight quantization: binary alpha[c]·sign(W) (sign(0) = +1), ternary alpha[c]·t
 *   4. tf.conv2d(x, W, stride, padding) — 'same' pads the quantized input with zeros —
 *      or tf.matMul(x, W)
 *   5. tf.add(bias)
 *   6. tf.maxPool(2, 2, 'valid')
 *   7. tf.batchNorm(x, mean, variance, beta, gamma, ε)
 *   8. tf.relu
 */
import * as tf from '@tensorflow/tfjs-core';
import type { DeployLayer, DeploySpec } from './spec';
import { outChannels, ternaryOf } from './spec';

/** Quantized weights W_q of a layer, as floats in the layer's own shape. */
export function quantizedWeights(l: DeployLayer): Float32Array {
  if (l.weightMode === 'float') return l.weights;
  const cout = outChannels(l);
  const out = new Float32Array(l.weights.length);
  for (let i = 0; i < out.length; i++) {
    const c = i % cout;
    const w = l.weights[i];
    const t = l.weightMode === 'binary' ? (w < 0 ? -1 : 1) : ternaryOf(w, l.delta![c]);
    out[i] = l.alpha![c] * t;
  }
  return out;
}

/** sign(x) with sign(0) = +1 (and NaN → +1), as ±1 floats. */
export function signPlusOne(x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.where(tf.less(x, 0), tf.fill(x.shape, -1), tf.onesLike(x)));
}

/**
 * One layer of the float simulation, steps 1–8 of the file header. `x` is NHWC for
 * conv layers and [N, features] or NHWC for dense layers.
 */
export function floatLayer(l: DeployLayer, x: tf.Tensor, wq?: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    let h = x;
    if (l.kind === 'dense' && h.rank !== 2) h = tf.reshape(h, [h.shape[0], -1]);
    if (l.inputMode === 'binary') h = signPlusOne(h);
    const w = wq ?? tf.tensor(quantizedWeights(l), l.shape);
    let y: tf.Tensor =
      l.kind === 'conv2d'
        ? tf.conv2d(h as tf.Tensor4D, w as tf.Tensor4D, l.stride ?? 1, l.padding ?? 'same')
        : tf.matMul(h as tf.Tensor2D, w as tf.Tensor2D);
    if (l.bias) y = tf.add(y, tf.tensor1d(l.bias));
    if (l.pool) y = tf.maxPool(y as tf.Tensor4D, 2, 2, 'valid');
    if (l.batchNorm) {
      const bn = l.batchNorm;
      y = tf.batchNorm(y, tf.tensor1d(bn.mean), tf.tensor1d(bn.variance), tf.tensor1d(bn.beta), tf.tensor1d(bn.gamma), bn.epsilon);
    }
    if (l.activation === 'relu') y = tf.relu(y);
    return y;
  });
}

/** Reshapes a network input (flat or NHWC) to NHWC. */
export function asNHWC(spec: DeploySpec, x: tf.Tensor): tf.Tensor4D {
  const [h, w, c] = spec.inputShape;
  return tf.reshape(x, [-1, h, w, c]) as tf.Tensor4D;
}

/**
 * Every layer's output (after step 8) of the float simulation; the last one is the
 * logits. The caller disposes the tensors.
 */
export function floatTrace(spec: DeploySpec, x: tf.Tensor): tf.Tensor[] {
  const outs: tf.Tensor[] = [];
  const input = asNHWC(spec, x);
  let h: tf.Tensor = input;
  for (const l of spec.layers) {
    h = floatLayer(l, h);
    outs.push(h);
  }
  input.dispose();
  return outs;
}

/** The float simulation: logits [N, classes] of a spec for input x (flat or NHWC). */
export function floatForward(spec: DeploySpec, x: tf.Tensor): tf.Tensor2D {
  return tf.tidy(() => {
    let h: tf.Tensor = asNHWC(spec, x);
    for (const l of spec.layers) h = floatLayer(l, h);
    return tf.reshape(h, [h.shape[0], spec.classes]) as tf.Tensor2D;
  });
}
