import * as tf from '@tensorflow/tfjs-core';
import type { DeployLayer, DeploySpec } from '../kernels/spec';
import type { QuantLayer, QuantNetwork } from './network';

/** A network ready for the binary engine, or the reason it is not. */
export type DeployResult = { ok: true; spec: DeploySpec; binaryLayers: number } | { ok: false; reason: string };

const read = (t: tf.Tensor) => new Float32Array(t.dataSync());

function weightMode(network: QuantNetwork, layer: QuantLayer): Pick<DeployLayer, 'weightMode' | 'alpha' | 'delta' | 'weights'> | string {
  const q = layer.weightQuantizer;
  if (!q) return { weightMode: 'float', weights: read(layer.kernel) };
  const opts = network.quantizeOptions(q, 'weight', layer, { training: false, step: 0, progress: 1 });
  const form = q.def.packing.weights(opts.bits);
  if (form === 'none' || !q.def.packedParams) {
    return `${layer.placed.spec.name}: ${q.def.label} weights${q.def.bits.min === q.def.bits.max ? '' : ` at ${opts.bits} bits`} have no packed form (binary or ternary only)`;
  }
  return { weightMode: form, weights: read(layer.kernel), ...q.def.packedParams(layer.kernel, opts) };
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
    const weights = weightMode(network, layer);
    if (typeof weights === 'string') return { ok: false, reason: weights };
    const input = layer.inputQuantizer?.def;
    if (input && !input.packing.inputs) {
      return { ok: false, reason: `${placed.spec.name}: ${input.label} activations have no packed form (sign only)` };
    }
    const packedInput = !!input;
    if (weights.weightMode !== 'float' && packedInput) binaryLayers++;
    const bn = layer.batchNorm;
    layers.push({
      kind: placed.spec.kind,
      name: placed.spec.name,
      shape: placed.weightShape,
      ...weights,
      inputMode: packedInput ? 'binary' : 'float',
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
