import type { TrainPhase } from '../../train/events';
import type { RunRecord } from '../run-record';
import type { EpochRow, EvaluationPoint, LossPoint } from '../run-state';
import { PALETTE } from './chart-data';

/**
 * The series of the loss and accuracy curves, one per phase: a PTQ run's float phase
 * is drawn dashed in grey (it is not the network the run delivers), its quantized
 * evaluation as a marked point, and its fine-tuning from that point on.
 */
export interface CurveSeries {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  /** Drawn as marked points whatever the number of rows (a single evaluation). */
  marker?: boolean;
}

export interface Curves {
  rows: Record<string, number | undefined>[];
  series: CurveSeries[];
}

export const FLOAT_PHASE_COLORS = { train: '#9ca3af', test: '#6b7280' } as const;

type Row = Record<string, number | undefined>;

/** Rows by x, merged where several series share an x; only series with a point are kept. */
function curves(xKey: string, points: { key: string; x: number; y: number }[], series: CurveSeries[]): Curves {
  const rows = new Map<number, Row>();
  for (const { key, x, y } of points) {
    const row = rows.get(x) ?? { [xKey]: x };
    row[key] = y;
    rows.set(x, row);
  }
  const present = new Set(points.map((p) => p.key));
  return { rows: [...rows.values()].sort((a, b) => (a[xKey] as number) - (b[xKey] as number)), series: series.filter((s) => present.has(s.key)) };
}

const isFloat = (phase: TrainPhase | undefined) => phase === 'float';
/** The quantized evaluation of a PTQ run (after calibration), if it happened. */
const quantizedEvaluation = (points: readonly EvaluationPoint[]) => points.find((p) => p.phase === 'calibrate');

/** Training loss by step: the float phase and the quantized training as separate series. */
export function lossCurves(losses: readonly LossPoint[]): Curves {
  const ptq = losses.some((p) => isFloat(p.phase));
  const points = losses.map((p) => ({ key: isFloat(p.phase) ? 'float' : 'loss', x: p.step, y: p.loss }));
  return curves('step', points, [
    { key: 'float', label: 'float phase: training loss', color: FLOAT_PHASE_COLORS.train, dashed: true },
    { key: 'loss', label: ptq ? 'fine-tune: training loss' : 'training loss', color: PALETTE[0] },
  ]);
}

/**
 * Train and test accuracy by epoch counted across phases. A PTQ run's quantized
 * evaluation sits at the last float epoch as the `ptq` point; fine-tuning starts from it.
 */
export function accuracyCurves(epochs: readonly EpochRow[], evaluations: readonly EvaluationPoint[]): Curves {
  const ptq = quantizedEvaluation(evaluations);
  const points: { key: string; x: number; y: number }[] = [];
  epochs.forEach((e, i) => {
    const float = isFloat(e.phase);
    points.push({ key: float ? 'floatTrain' : 'train', x: i + 1, y: e.trainAccuracy }, { key: float ? 'floatTest' : 'test', x: i + 1, y: e.testAccuracy });
  });
  if (ptq) {
    points.push({ key: 'ptq', x: ptq.epoch, y: ptq.testAccuracy });
    if (epochs.some((e) => e.phase === 'finetune')) points.push({ key: 'test', x: ptq.epoch, y: ptq.testAccuracy });
  }
  const tuned = epochs.some((e) => isFloat(e.phase)) ? 'fine-tune: ' : '';
  return curves('epoch', points, [
    { key: 'floatTrain', label: 'float phase: train accuracy', color: FLOAT_PHASE_COLORS.train, dashed: true },
    { key: 'floatTest', label: 'float phase: test accuracy', color: FLOAT_PHASE_COLORS.test, dashed: true },
    { key: 'ptq', label: 'quantized (PTQ): test accuracy', color: PALETTE[1], marker: true },
    { key: 'train', label: `${tuned}train accuracy`, color: PALETTE[0] },
    { key: 'test', label: `${tuned}test accuracy`, color: PALETTE[1] },
  ]);
}

/** A stored run's quantized evaluation; older records have only its value, placed after the float epochs. */
function storedQuantizedEvaluation(run: RunRecord): { epoch: number; testAccuracy: number } | undefined {
  const point = quantizedEvaluation(run.final.evaluationPoints ?? []);
  if (point) return point;
  const value = run.final.evaluations.ptq;
  return value === undefined ? undefined : { epoch: run.epochs.filter((e) => isFloat(e.phase)).length, testAccuracy: value };
}

/**
 * Test accuracy of stored runs by epoch, one colour per run: its quantized network
 * solid (a PTQ run's from its quantized evaluation on, marked), a PTQ run's float phase dashed.
 */
export function comparisonCurves(runs: readonly RunRecord[]): Curves {
  const points: { key: string; x: number; y: number }[] = [];
  const series: CurveSeries[] = [];
  runs.forEach((run, i) => {
    const color = PALETTE[i % PALETTE.length];
    const ptq = storedQuantizedEvaluation(run);
    const float = `${run.id}:float`;
    series.push({ key: float, label: `${run.name} (float phase)`, color, dashed: true }, { key: run.id, label: run.name, color, marker: !!ptq });
    run.epochs.forEach((e, j) => points.push({ key: isFloat(e.phase) ? float : run.id, x: j + 1, y: e.testAccuracy }));
    if (ptq) points.push({ key: run.id, x: ptq.epoch, y: ptq.testAccuracy });
  });
  return curves('x', points, series);
}
