/**
 * An experiment as one self-contained PyTorch script: the network as the lab builds it,
 * every method it uses (the registry entry's `pytorch` class in the Python library), the
 * optimiser, schedule and training loop, IDX / CIFAR-10 loading, torchrun-ready DDP, and
 * optionally the trained weights. No DOM and no tfjs: the page can call it too.
 */
import type { ExperimentConfig, QuantChoice } from '../experiment/config';
import { resolveAllLayers, type LayerQuant } from '../experiment/resolve';
import { DATASET_INFO } from '../data/types';
import { placeLayers } from '../model/architectures';
import { BN_EPSILON, BN_MOMENTUM } from '../model/batch-norm';
import type { WeightsFile } from '../model/weights-file';
import { ESTIMATOR_FACTS, QUANTIZER_FACTS, REGULARIZER_FACTS, reluBeforeInput, resolveParams, runBits } from '../quant/facts';
import { PYTORCH_LIBRARY } from './pytorch-library';

/** What the script's Python reads about one quantizer of one layer. */
interface QuantizerSpec {
  id: string;
  pytorch: string;
  bits: number;
  params: Record<string, number>;
  clipLatent: boolean;
  auxiliaryLoss?: { param: string; coefficient: string };
  weightPenalty?: { coefficient: string };
}

function quantizerSpec(choice: QuantChoice): QuantizerSpec | null {
  if (choice.quantizer === 'none') return null;
  const facts = QUANTIZER_FACTS[choice.quantizer];
  const bits = runBits(facts, choice.bits);
  return {
    id: facts.id,
    pytorch: facts.pytorch.name,
    bits,
    params: resolveParams(facts.params, choice.params),
    clipLatent: facts.clipLatent,
    ...(facts.auxiliaryLoss ? { auxiliaryLoss: { param: facts.auxiliaryLoss.param, coefficient: facts.auxiliaryLoss.coefficient } } : {}),
    ...(facts.weightPenalty ? { weightPenalty: { coefficient: facts.weightPenalty.coefficient } } : {}),
  };
}

/** The layers as the lab's QuantNetwork builds them for these per-layer quantizations. */
function layerSpecs(config: ExperimentConfig, quants: LayerQuant[]) {
  const placed = placeLayers(config.architecture, DATASET_INFO[config.dataset.id].imageShape);
  return placed.map((p, i) => {
    const isLast = i === placed.length - 1;
    const spec = p.spec;
    return {
      name: spec.name,
      kind: spec.kind,
      ...(spec.kind === 'conv2d' ? { kernelSize: spec.kernelSize, stride: spec.stride, padding: spec.padding, pool: spec.pool } : {}),
      weightShape: p.weightShape,
      flattenBefore: p.flattenBefore,
      batchNorm: config.batchNorm && !isLast,
      relu: reluBeforeInput(quants[i + 1]?.activation),
      weight: quantizerSpec(quants[i].weight),
      activation: quantizerSpec(quants[i].activation),
    };
  });
}

/** Float32 values as base64 of their little-endian bytes. */
function float32Base64(values: readonly number[]): string {
  const bytes = new Uint8Array(Float32Array.from(values).buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** JSON inside a Python raw '''…''' string: no single quote can end it early. */
const pythonJson = (value: unknown, indent?: number) => JSON.stringify(value, null, indent).replace(/'/g, '\\u0027');

/**
 * The PyTorch script of an experiment. With `weights` (a `qlab train --save-weights`
 * file of the same network) they are embedded: the script starts from them and
 * `--evaluate-only` evaluates them.
 */
export function toPytorch(config: ExperimentConfig, weights?: WeightsFile): string {
  const n = placeLayers(config.architecture, DATASET_INFO[config.dataset.id].imageShape).length;
  const estimatorFacts = ESTIMATOR_FACTS[config.quant.estimator.id];
  const regularizer = config.regularizer.id === 'none' ? null : REGULARIZER_FACTS[config.regularizer.id];
  const { imageShape, classNames } = DATASET_INFO[config.dataset.id];
  const experiment = {
    config,
    dataset: { id: config.dataset.id, imageShape, classes: classNames.length },
    bnMomentum: BN_MOMENTUM,
    bnEpsilon: BN_EPSILON,
    layers: layerSpecs(config, resolveAllLayers(config, n)),
    floatLayers: layerSpecs(config, resolveAllLayers(config, n, true)),
    estimator: {
      id: estimatorFacts.id,
      pytorch: estimatorFacts.pytorch.name,
      params: resolveParams(estimatorFacts.params, config.quant.estimator.params),
      followsProgress: estimatorFacts.followsProgress,
    },
    regularizer: regularizer && {
      id: regularizer.id,
      pytorch: regularizer.pytorch.name,
      lambda: config.regularizer.lambda,
      params: resolveParams(regularizer.params, config.regularizer.params),
      needsLevels: regularizer.needsLevels,
    },
  };
  const embedded = weights
    ? Object.fromEntries(Object.entries(weights.variables).map(([name, v]) => [name, { shape: v.shape, float32: float32Base64(v.values) }]))
    : null;
  const layerLines = experiment.layers.map(
    (l) => `#   ${l.name}: ${l.kind}, weights ${l.weight ? `${l.weight.id} ${l.weight.bits}-bit` : 'float'}, inputs ${l.activation ? `${l.activation.id} ${l.activation.bits}-bit` : 'float'}`,
  );
  return [
    '#!/usr/bin/env python3',
    '# A Quantization Lab experiment as a self-contained PyTorch script.',
    `#   ${config.architecture} on ${config.dataset.id}, ${config.mode.toUpperCase()}, estimator ${estimatorFacts.id}, ${config.optimizer.id} lr ${config.optimizer.learningRate}, ${config.schedule.id} schedule, ${config.epochs} epoch${config.epochs === 1 ? '' : 's'}, batch ${config.batchSize}, seed ${config.seed}`,
    ...layerLines,
    `#   weights: ${weights ? `embedded (test accuracy ${(100 * weights.testAccuracy).toFixed(2)}% in the lab on ${weights.testImages} images)` : 'none embedded (Glorot-uniform as in the lab, from torch\'s random numbers; or --weights FILE)'}`,
    '#',
    '# Run: python3 THIS.py [--data DIR_OR_TARBALL] [--epochs N] [--weights FILE] [--evaluate-only] [--save FILE] [--json]',
    '#      torchrun --nproc_per_node=N THIS.py ...   (DistributedDataParallel: gloo on CPU, nccl on GPU)',
    '',
    "EXPERIMENT = __import__('json').loads(r'''",
    pythonJson(experiment, 1),
    "''')",
    '',
    PYTORCH_LIBRARY.trim(),
    '',
    '',
    '# Trained variables by the lab\'s names, float32 little-endian in base64 (None: none embedded).',
    embedded ? `WEIGHTS = __import__('json').loads(r'''${pythonJson(embedded)}''')` : 'WEIGHTS = None',
    '',
    "if __name__ == '__main__':",
    '    main()',
    '',
  ].join('\n');
}
