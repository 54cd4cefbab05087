import type { ExperimentConfig } from '../experiment/config';
import type { LiveSetting } from '../train/events';
import type { LiveRun } from './run-state';

/*
 * A run trains with the config it started with, except for its live settings (the
 * learning rate and the regularizer's λ), which the page sends while it trains. Every
 * other edit of the page's config is for the next run, and the page says so.
 */

const SETTING_LABELS: Record<LiveSetting, string> = { learningRate: 'learning rate', lambda: 'λ' };

export const settingLabel = (setting: LiveSetting) => SETTING_LABELS[setting];

/** A setting's value as the page shows it: 0.001, 2, on/off, xnor, — when missing. */
export function settingValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'number') return String(+value.toPrecision(4));
  return String(value);
}

/** The live settings the page's `config` asks of `run` that it has not been sent yet. */
export function liveEdits(run: LiveRun, config: ExperimentConfig): Partial<Record<LiveSetting, number>> {
  const edits: Partial<Record<LiveSetting, number>> = {};
  if (config.optimizer.learningRate !== run.live.learningRate) edits.learningRate = config.optimizer.learningRate;
  // λ is live only for the regularizer the run started with; a new regularizer is the next run's.
  if (config.regularizer.id === run.config.regularizer.id && config.regularizer.lambda !== run.live.lambda) edits.lambda = config.regularizer.lambda;
  return edits;
}

/** The run's config as it trains now: its starting config with the live settings sent to it. */
export function effectiveConfig(run: LiveRun): ExperimentConfig {
  const c = run.config;
  return { ...c, optimizer: { ...c.optimizer, learningRate: run.live.learningRate }, regularizer: { ...c.regularizer, lambda: run.live.lambda } };
}

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
