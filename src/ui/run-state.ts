import type { ExperimentConfig } from '../experiment/config';
import type { EpochRecord, LayerSnapshot, LiveSetting, SettingChange, TrainEvent, TrainEventOf, TrainPhase } from '../train/events';

/** Most loss points kept for a run; beyond it every other point is dropped. */
export const MAX_LOSS_POINTS = 240;
/** Most per-snapshot error points (MSE, flip ratio) kept for a run. */
export const MAX_SERIES_POINTS = 400;
/** Most weight snapshots kept: one per epoch and phase, plus the latest. */
export const MAX_SNAPSHOTS = 120;

export type RunStatus = 'running' | 'paused' | 'finished' | 'stopped' | 'diverged' | 'error';

export interface LossPoint {
  /** Missing in runs stored before phases were kept per point. */
  phase?: TrainPhase;
  step: number;
  loss: number;
  accuracy: number;
}

/** One finished epoch, as the training engine reports it (stored with the run). */
export type EpochRow = EpochRecord;

/** A named evaluation outside the epochs (PTQ's `float` and `ptq`), where it happened. */
export type EvaluationPoint = Omit<TrainEventOf<'evaluation'>, 'type'>;

export interface SnapshotFrame {
  phase: TrainPhase;
  epoch: number;
  step: number;
  layers: LayerSnapshot[];
}

/** Quantization error of every layer at one snapshot. */
export interface LayerErrorPoint {
  step: number;
  mse: number[];
  flipRatio: number[];
}

/** The run in progress (or just ended), as the page shows it. */
export interface LiveRun {
  id: string;
  name: string;
  config: ExperimentConfig;
  /** The lesson shown when the run started (undefined: none). */
  lesson?: string;
  createdAt: number;
  status: RunStatus;
  /** Clock (ms) when the run started, paused time excluded through `pausedMs`. */
  startedAt: number;
  pausedMs: number;
  pausedAt?: number;
  start?: TrainEventOf<'start'>;
  phase: TrainPhase;
  phaseMessage?: string;
  lastBatch?: TrainEventOf<'batch'>;
  losses: LossPoint[];
  /** Batch events per recorded loss point (doubles whenever the points are halved). */
  lossStride: number;
  batchEventsSeen: number;
  epochs: EpochRow[];
  snapshots: SnapshotFrame[];
  layerErrors: LayerErrorPoint[];
  evaluations: Record<string, number>;
  evaluationPoints: EvaluationPoint[];
  /** The live settings last sent to the run (what it trains with from its next batch). */
  live: Record<LiveSetting, number>;
  /** The live settings as the run applied them, in order. */
  settingChanges: SettingChange[];
  done?: TrainEventOf<'done'>;
  error?: string;
}

/** A new run, `running` or, to go through it step by step, `paused` from its start. */
export function createRun(id: string, name: string, config: ExperimentConfig, now: number, paused = false): LiveRun {
  return {
    id,
    name,
    config,
    createdAt: Date.now(),
    status: paused ? 'paused' : 'running',
    startedAt: now,
    pausedMs: 0,
    ...(paused ? { pausedAt: now } : {}),
    phase: config.mode === 'ptq' ? 'float' : 'train',
    losses: [],
    lossStride: 1,
    batchEventsSeen: 0,
    epochs: [],
    snapshots: [],
    layerErrors: [],
    evaluations: {},
    evaluationPoints: [],
    live: { learningRate: config.optimizer.learningRate, lambda: config.regularizer.lambda },
    settingChanges: [],
  };
}

/** Keeps every other element (the first and the last always). */
export function halve<T>(points: T[]): T[] {
  const kept = points.filter((_, i) => i % 2 === 0);
  const last = points[points.length - 1];
  if (points.length > 0 && kept[kept.length - 1] !== last) kept.push(last);
  return kept;
}

/**
 * Applies a batch of training events to a run, returning a new run object. Only the
 * arrays the events touch are copied (once per call), so charts of untouched series
 * keep their data and do not re-render.
 */
export function applyEvents(run: LiveRun, events: readonly TrainEvent[]): LiveRun {
  if (events.length === 0) return run;
  const next: LiveRun = { ...run };
  const copied = new Set<'losses' | 'epochs' | 'snapshots' | 'layerErrors' | 'evaluations'>();
  const own = <K extends 'losses' | 'epochs' | 'snapshots' | 'layerErrors'>(key: K): LiveRun[K] => {
    if (!copied.has(key)) {
      copied.add(key);
      next[key] = [...next[key]] as LiveRun[K];
    }
    return next[key];
  };
  for (const event of events) applyOne(next, event, own);
  return next;
}

type Own = <K extends 'losses' | 'epochs' | 'snapshots' | 'layerErrors'>(key: K) => LiveRun[K];

function applyOne(run: LiveRun, event: TrainEvent, own: Own): void {
  switch (event.type) {
    case 'start':
      run.start = event;
      return;
    case 'phase':
      run.phase = event.phase;
      run.phaseMessage = event.message;
      return;
    case 'batch':
      run.lastBatch = event;
      run.phase = event.phase;
      if (run.batchEventsSeen++ % run.lossStride === 0) {
        own('losses').push({ phase: event.phase, step: event.step, loss: event.loss, accuracy: event.accuracy });
        if (run.losses.length > MAX_LOSS_POINTS) {
          run.losses = halve(run.losses);
          run.lossStride *= 2;
        }
      }
      return;
    case 'epoch': {
      const { type: _type, ...row } = event;
      own('epochs').push(row);
      return;
    }
    case 'snapshot': {
      const frame: SnapshotFrame = { phase: event.phase, epoch: event.epoch, step: event.step, layers: event.layers };
      const snapshots = own('snapshots');
      const last = snapshots[snapshots.length - 1];
      if (last && last.phase === frame.phase && last.epoch === frame.epoch) snapshots[snapshots.length - 1] = frame;
      else snapshots.push(frame);
      // The first frame (the initial weights) stays; the oldest epochs after it go.
      if (snapshots.length > MAX_SNAPSHOTS) snapshots.splice(1, 1);
      own('layerErrors').push({ step: event.step, mse: event.layers.map((l) => l.mse), flipRatio: event.layers.map((l) => l.flipRatio) });
      if (run.layerErrors.length > MAX_SERIES_POINTS) run.layerErrors = halve(run.layerErrors);
      return;
    }
    case 'evaluation': {
      const { type: _type, ...point } = event;
      run.evaluations = { ...run.evaluations, [event.label]: event.testAccuracy };
      run.evaluationPoints = [...run.evaluationPoints, point];
      return;
    }
    case 'setting': {
      const { type: _type, ...change } = event;
      run.settingChanges = [...run.settingChanges, change];
      return;
    }
    case 'done':
      run.done = event;
      run.status = event.status === 'cancelled' ? 'stopped' : event.status;
      return;
  }
}

/** Seconds left, from the active time spent on `step` of `totalSteps`; undefined before the first step. */
export function etaSeconds(activeMs: number, step: number, totalSteps: number): number | undefined {
  if (!(step > 0) || !(totalSteps > 0) || !(activeMs >= 0)) return undefined;
  const remaining = Math.max(0, totalSteps - step);
  return (activeMs / step) * remaining / 1000;
}

/** Milliseconds the run has spent not paused, up to `now`. */
export function activeMs(run: LiveRun, now: number): number {
  const pausedNow = run.pausedAt !== undefined ? now - run.pausedAt : 0;
  return Math.max(0, now - run.startedAt - run.pausedMs - pausedNow);
}

/** "1 min 05 s", "12 s", "—". */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** Epoch and run progress in [0, 1] from the latest batch event. */
export function progressOf(run: LiveRun): { epoch: number; run: number } {
  const b = run.lastBatch;
  if (run.status === 'finished') return { epoch: 1, run: 1 };
  if (!b) return { epoch: 0, run: 0 };
  return { epoch: b.batchesPerEpoch ? b.batch / b.batchesPerEpoch : 0, run: b.totalSteps ? b.step / b.totalSteps : 0 };
}
