import type { ExperimentConfig } from '../experiment/config';
import type { ModelSummary } from '../model/summary';
import type { SettingChange, TrainPhase } from '../train/events';
import type { EpochRow, EvaluationPoint, LiveRun, LossPoint } from './run-state';

/** A finished or stopped run as kept in IndexedDB and exported. */
export interface RunRecord {
  id: string;
  name: string;
  createdAt: number;
  config: ExperimentConfig;
  /** The lesson shown when the run started; absent: none. */
  lesson?: string;
  /** `interrupted`: kept as its epochs finished; the tab closed or the worker stopped before it ended. */
  status: 'finished' | 'stopped' | 'diverged' | 'interrupted';
  /** Why a diverged or interrupted run stopped. */
  message?: string;
  backend: string;
  epochs: EpochRow[];
  losses: LossPoint[];
  final: {
    testAccuracy: number;
    /** The phase whose network `testAccuracy` measures; missing in older records. */
    resultPhase?: TrainPhase;
    seconds: number;
    evaluations: Record<string, number>;
    /** Where each evaluation happened; missing in older records. */
    evaluationPoints?: EvaluationPoint[];
    confusion: number[][];
  };
  /** The live settings changed during the run (`config` holds their starting values). */
  changes?: SettingChange[];
  summary?: ModelSummary['total'];
}

/** What names a run in its record, whichever way it ended. */
const runIdentity = (run: LiveRun) => ({
  id: run.id,
  name: run.name,
  createdAt: run.createdAt,
  config: run.config,
  ...(run.lesson ? { lesson: run.lesson } : {}),
});

/** The record to keep for a run that ended with a `done` event, or undefined if it has not. */
export function recordOfRun(run: LiveRun): RunRecord | undefined {
  if (!run.done || (run.status !== 'finished' && run.status !== 'stopped' && run.status !== 'diverged')) return undefined;
  return {
    ...runIdentity(run),
    status: run.status,
    ...(run.done.message ? { message: run.done.message } : {}),
    backend: run.start?.backend ?? 'unknown',
    epochs: run.epochs,
    losses: run.losses,
    final: {
      testAccuracy: run.done.testAccuracy,
      resultPhase: run.done.resultPhase,
      seconds: run.done.seconds,
      evaluations: run.evaluations,
      evaluationPoints: run.evaluationPoints,
      confusion: run.done.confusion,
    },
    ...(run.settingChanges.length ? { changes: run.settingChanges } : {}),
    summary: run.start?.summary.total,
  };
}

/**
 * The record of a run still in progress (or cut off): its finished epochs, marked
 * `interrupted`. Kept after every epoch, so that a reload, a closed tab or a lost worker
 * leaves the epochs done; the run's own record replaces it when it ends.
 */
export function interruptedRecordOfRun(run: LiveRun, message?: string): RunRecord {
  const last = run.epochs[run.epochs.length - 1];
  return {
    ...runIdentity(run),
    status: 'interrupted',
    ...(message ? { message } : {}),
    backend: run.start?.backend ?? 'unknown',
    epochs: run.epochs,
    losses: run.losses,
    final: {
      testAccuracy: last?.testAccuracy ?? 0,
      resultPhase: last?.phase,
      seconds: run.epochs.reduce((a, e) => a + e.seconds, 0),
      evaluations: run.evaluations,
      evaluationPoints: run.evaluationPoints,
      confusion: [],
    },
    ...(run.settingChanges.length ? { changes: run.settingChanges } : {}),
    ...(run.start ? { summary: run.start.summary.total } : {}),
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

/** What `finalAccuracy` needs of a live run or a record. */
export interface RunResultSource {
  status: string;
  epochs: readonly { phase: TrainPhase; trainAccuracy: number }[];
  config: Pick<ExperimentConfig, 'mode'>;
}

/**
 * A run's final test accuracy: that of its quantized network (after PTQ, the quantized
 * evaluation or the last fine-tuning epoch). Undefined when it diverged before any epoch
 * was evaluated, or when a PTQ run stopped before it quantized its float network.
 */
export function finalAccuracy(run: RunResultSource, final: { testAccuracy: number; resultPhase?: TrainPhase }): number | undefined {
  if ((run.status === 'diverged' || run.status === 'interrupted') && run.epochs.length === 0) return undefined;
  if (run.config.mode === 'ptq' && final.resultPhase === 'float') return undefined;
  return final.testAccuracy;
}

/** Why `finalAccuracy` has no value, for the place that shows "—". */
export function noAccuracyReason(run: RunResultSource, final: { resultPhase?: TrainPhase }): string {
  return run.epochs.length > 0 && run.config.mode === 'ptq' && final.resultPhase === 'float' ? 'stopped before quantization: only the float network was evaluated' : 'no epoch was evaluated';
}

/**
 * The training accuracy of the last epoch of a quantized network: undefined for a PTQ
 * run without fine-tuning, whose only trained network is the float one.
 */
export function finalTrainAccuracy(run: RunResultSource): number | undefined {
  const quantized = run.epochs.filter((e) => e.phase !== 'float');
  return quantized[quantized.length - 1]?.trainAccuracy;
}

const STATUSES: readonly string[] = ['finished', 'stopped', 'diverged', 'interrupted'] satisfies RunRecord['status'][];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether a stored or imported value has the shape of a run record, down to what the
 * run list and the comparison read (the config itself is made valid by `restoreConfig`).
 */
export function isRunRecord(value: unknown): value is RunRecord {
  if (!isObject(value)) return false;
  const { id, name, createdAt, config, status, backend, epochs, losses, final } = value;
  return (
    typeof id === 'string' && id.length > 0 && typeof name === 'string' && typeof createdAt === 'number' && Number.isFinite(createdAt) &&
    isObject(config) && typeof status === 'string' && STATUSES.includes(status) && typeof backend === 'string' &&
    Array.isArray(epochs) && epochs.every((e) => isObject(e) && typeof e.epoch === 'number' && typeof e.testAccuracy === 'number' && typeof e.phase === 'string') &&
    Array.isArray(losses) &&
    isObject(final) && typeof final.testAccuracy === 'number' && typeof final.seconds === 'number' && isObject(final.evaluations) && Array.isArray(final.confusion)
  );
}
