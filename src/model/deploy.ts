import * as tf from '@tensorflow/tfjs-core';
import type { DeployLayer, DeploySpec } from '../kernels/spec';
import type { QuantLayer, QuantNetwork } from './network';

/** A network ready for the binary engine, or the reason it is not. */
export type DeployResult = { ok: true; spec: DeploySpec; binaryLayers: number } | { ok: false; reason: string };

const read = (t: tf.Tensor) => new Float32Array(t.dataSync());

/** Per-output-channel mean |W| (XNOR-Net's α) of a kernel whose last axis is the output channel. */
function channelMeanAbs(kernel: tf.Tensor): Float32Array {
  return tf.tidy(() => read(tf.mean(tf.abs(kernel), kernel.shape.slice(0, -1).map((_, i) => i))));
}

function weightMode(layer: QuantLayer): Pick<DeployLayer, 'weightMode' | 'alpha' | 'delta' | 'weights'> | string {
  const q = layer.weightQuantizer;
  const channels = layer.placed.weightShape[layer.placed.weightShape.length - 1];
  if (!q) return { weightMode: 'float', weights: read(layer.kernel) };
  switch (q.def.id) {
    case 'sign':
      return { weightMode: 'binary', weights: read(layer.kernel), alpha: new Float32Array(channels).fill(1) };
    case 'xnor':
      return { weightMode: 'binary', weights: read(layer.kernel), alpha: channelMeanAbs(layer.kernel) };
    case 'dorefa':
      if (q.choice.bits === 1) return { weightMode: 'binary', weights: read(layer.kernel), alpha: channelMeanAbs(layer.kernel) };
      break;
    case 'twn':
      return tf.tidy(() => {
        const axes = layer.kernel.shape.slice(0, -1).map((_, i) => i);
        const abs = tf.abs(layer.kernel);
        const delta = tf.mul(0.7, tf.mean(abs, axes, true));
        const mask = tf.cast(tf.greater(abs, delta), 'float32');
        const alpha = tf.div(tf.sum(tf.mul(abs, mask), axes), tf.maximum(tf.sum(mask, axes), 1));
        return { weightMode: 'ternary' as const, weights: read(layer.kernel), alpha: read(alpha), delta: read(tf.reshape(delta, [-1])) };
      });
  }
  return `${layer.placed.spec.name}: ${q.def.label} weights have no packed form (binary or ternary only)`;
}

/**
 * Describes a trained network for the binary engine (`src/kernels`): float layers stay
 * float, sign/XNOR (and 1-bit DoReFa) weights become bit planes with per-channel α,
 * TWN weights two bit planes, sign activations packed bits. Quantizers with no packed
 * form make the network not deployable, with the reason.
 */
export function toDeploySpec(network: QuantNetwork): DeployResult {
  const layers: DeployLayer[] = [];
  let binaryLayers = 0;
  for (const layer of network.layers) {
    const { placed } = layer;
    const weights = weightMode(layer);
    if (typeof weights === 'string') return { ok: false, reason: weights };
    const input = layer.inputQuantizer?.def.id;
    if (input !== undefined && input !== 'sign') {
      return { ok: false, reason: `${placed.spec.name}: ${layer.inputQuantizer!.def.label} activations have no packed form (sign only)` };
    }
    if (weights.weightMode !== 'float' && input === 'sign') binaryLayers++;
    const bn = layer.batchNorm;
    layers.push({
      kind: placed.spec.kind,
      name: placed.spec.name,
      shape: placed.weightShape,
      ...weights,
      inputMode: input === 'sign' ? 'binary' : 'float',
      bias: layer.bias ? read(layer.bias) : undefined,
      ...(placed.spec.kind === 'conv2d'
        ? { stride: placed.spec.stride, padding: placed.spec.padding, pool: placed.spec.pool ? { size: 2, stride: 2 } : undefined }
        : {}),
      batchNorm: bn
        ? { gamma: read(bn.gamma), beta: read(bn.beta), mean: read(bn.movingMean), variance: read(bn.movingVariance), epsilon: network.batchNormEpsilon }
        : undefined,
      activation: layer.relu ? 'relu' : 'none',
      flattenBefore: placed.flattenBefore,
    });
  }
  return { ok: true, spec: { inputShape: network.imageShape, classes: network.classes, layers }, binaryLayers };
}
