import type { ExperimentConfig } from '../experiment/config';
import type { LiveSetting, SettingChange } from '../train/events';
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

/** "learning rate 0.001 → 0.01 from step 38". */
export const describeSettingChange = (c: SettingChange) => `${settingLabel(c.setting)} ${settingValue(c.previous)} → ${settingValue(c.value)} from step ${c.fromStep}`;

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
