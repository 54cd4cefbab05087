import type { ExperimentConfig } from '../experiment/config';
import type { ModelSummary } from '../model/summary';
import type { EpochRow, LiveRun, LossPoint } from './run-state';

/** A finished or stopped run as kept in IndexedDB and exported. */
export interface RunRecord {
  id: string;
  name: string;
  createdAt: number;
  config: ExperimentConfig;
  /** The lesson shown when the run started; absent: none. */
  lesson?: string;
  status: 'finished' | 'stopped' | 'diverged';
  /** Why a diverged run stopped. */
  message?: string;
  backend: string;
  epochs: EpochRow[];
  losses: LossPoint[];
  final: {
    testAccuracy: number;
    seconds: number;
    evaluations: Record<string, number>;
    confusion: number[][];
  };
  summary?: ModelSummary['total'];
}

/** The record to keep for a run that ended with a `done` event, or undefined if it has not. */
export function recordOfRun(run: LiveRun): RunRecord | undefined {
  if (!run.done || (run.status !== 'finished' && run.status !== 'stopped' && run.status !== 'diverged')) return undefined;
  return {
    id: run.id,
    name: run.name,
    createdAt: run.createdAt,
    config: run.config,
    ...(run.lesson ? { lesson: run.lesson } : {}),
    status: run.status,
    ...(run.done.message ? { message: run.done.message } : {}),
    backend: run.start?.backend ?? 'unknown',
    epochs: run.epochs,
    losses: run.losses,
    final: {
      testAccuracy: run.done.testAccuracy,
      seconds: run.done.seconds,
      evaluations: run.evaluations,
      confusion: run.done.confusion,
    },
    summary: run.start?.summary.total,
  };
}

/** A short description of a run's quantization: "xnor 1b / sign 1b, approx-sign". */
export function describeQuant(config: ExperimentConfig): string {
  const choice = (c: ExperimentConfig['quant']['weight']) => (c.quantizer === 'none' ? 'float' : `${c.quantizer} ${c.bits}b`);
  return `W ${choice(config.quant.weight)} / A ${choice(config.quant.activation)}, ${config.quant.estimator.id}${config.mode === 'ptq' ? ', PTQ' : ''}`;
}

/**
 * The name of a new run: the next number after every "Run N" already kept, then the
 * lesson it runs or, when none, its quantization ("Run 4: BNN: sign + STE").
 */
export function nextRunName(config: ExperimentConfig, lessonTitle: string | undefined, existing: Iterable<string>): string {
  let last = 0;
  for (const name of existing) {
    const m = /^Run (\d+)\b/.exec(name);
    if (m) last = Math.max(last, Number(m[1]));
  }
  return `Run ${last + 1}: ${lessonTitle ?? describeQuant(config)}`;
}

/** A run's final test accuracy, or undefined when it diverged before any epoch was evaluated. */
export function finalAccuracy(run: { status: string; epochs: readonly unknown[] }, testAccuracy: number): number | undefined {
  return run.status === 'diverged' && run.epochs.length === 0 ? undefined : testAccuracy;
}
