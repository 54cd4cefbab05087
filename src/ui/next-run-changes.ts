import type { ExperimentConfig } from '../experiment/config';
import { effectiveConfig, settingValue } from './run-changes';
import type { LiveRun } from './run-state';

/*
 * The edits of the page's config a run does not take: the notice lists them while a
 * run is active. Loaded with that notice, not with the page.
 */

const LABELS: Record<string, string> = {
  seed: 'seed',
  'dataset.id': 'dataset',
  'dataset.trainLimit': 'training examples',
  'dataset.testLimit': 'test examples',
  architecture: 'architecture',
  batchNorm: 'batch norm',
  'quant.weight.quantizer': 'weight quantizer',
  'quant.weight.bits': 'weight bits',
  'quant.activation.quantizer': 'activation quantizer',
  'quant.activation.bits': 'activation bits',
  'quant.estimator.id': 'estimator',
  'quant.keepFirstLastFloat': 'first and last layers in float',
  'regularizer.id': 'regularizer',
  'regularizer.lambda': 'λ',
  'optimizer.id': 'optimizer',
  'optimizer.learningRate': 'learning rate',
  'optimizer.momentum': 'momentum',
  'optimizer.weightDecay': 'weight decay',
  'schedule.id': 'schedule',
  'schedule.stepEpochs': 'schedule step (epochs)',
  'schedule.gamma': 'schedule γ',
  epochs: 'epochs',
  batchSize: 'batch size',
  mode: 'QAT or PTQ',
  'ptq.calibrationBatches': 'calibration batches',
  'ptq.finetuneEpochs': 'fine-tune epochs',
  backend: 'tfjs backend',
};

const PARAM_OWNERS: Record<string, string> = {
  'quant.weight.params': 'weight quantizer',
  'quant.activation.params': 'activation quantizer',
  'quant.estimator.params': 'estimator',
  'regularizer.params': 'regularizer',
};

/** The page's name of a config path: "weight bits", "estimator alpha", "layer 2 weight bits". */
export function pathLabel(path: string): string {
  if (LABELS[path]) return LABELS[path];
  const layer = /^quant\.layers\.(\d+)\.(.+)$/.exec(path);
  if (layer) {
    const rest = layer[2] === 'keepFloat' ? 'in float' : pathLabel(`quant.${layer[2]}`);
    return `layer ${layer[1]} ${rest}`;
  }
  for (const [owner, label] of Object.entries(PARAM_OWNERS)) if (path.startsWith(`${owner}.`)) return `${label} ${path.slice(owner.length + 1)}`;
  return path;
}

/** Leaf values of a config by dotted path. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, value);
  return out;
}

export interface PendingChange {
  path: string;
  label: string;
  from: string;
  to: string;
}

/** The settings of `config` that differ from what `run` trains with: they apply to the next run. */
export function nextRunChanges(run: LiveRun, config: ExperimentConfig): PendingChange[] {
  const now = flatten(effectiveConfig(run), '', new Map());
  const next = flatten(config, '', new Map());
  const changes: PendingChange[] = [];
  for (const path of new Set([...now.keys(), ...next.keys()])) {
    const [a, b] = [now.get(path), next.get(path)];
    if (a !== b) changes.push({ path, label: pathLabel(path), from: settingValue(a), to: settingValue(b) });
  }
  return changes;
}

/** "weight bits 4 → 2; epochs 1 → 3", the first `max` of them and how many more. */
export function describeChanges(changes: readonly PendingChange[], max = 6): string {
  const shown = changes.slice(0, max).map((c) => `${c.label} ${c.from} → ${c.to}`);
  const more = changes.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}
