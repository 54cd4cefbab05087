import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../experiment/defaults';
import type { TrainEvent } from '../../train/events';
import { recordOfRun } from '../run-record';
import { applyEvents, createRun, type EpochRow } from '../run-state';
import { accuracyCurves, comparisonCurves, lossCurves } from './curve-data';

const epoch = (phase: EpochRow['phase'], n: number, test: number): TrainEvent => ({ type: 'epoch', phase, epoch: n, loss: 1, trainAccuracy: test + 0.02, testAccuracy: test, testLoss: 1, learningRate: 0.001, seconds: 1 });
const batch = (phase: EpochRow['phase'], step: number, loss: number): TrainEvent => ({
  type: 'batch', phase, epoch: 1, batch: step, batchesPerEpoch: 10, step, totalSteps: 20, loss, accuracy: 0.5, learningRate: 0.001, examplesPerSecond: 1,
});

/** A PTQ run as the trainer reports it: two float epochs at 87%, quantized 75%, optionally one fine-tuning epoch at 80%. */
function ptqRun(finetune: boolean) {
  const config = { ...defaultConfig(), mode: 'ptq' as const, epochs: 2 };
  const events: TrainEvent[] = [
    batch('float', 1, 2), batch('float', 2, 1.5),
    epoch('float', 1, 0.86), epoch('float', 2, 0.87),
    { type: 'evaluation', label: 'float', phase: 'float', testAccuracy: 0.87, testLoss: 0.4, step: 2, epoch: 2 },
    { type: 'evaluation', label: 'ptq', phase: 'calibrate', testAccuracy: 0.75, testLoss: 0.9, step: 2, epoch: 2 },
    ...(finetune ? [batch('finetune', 3, 0.8), epoch('finetune', 1, 0.8)] : []),
    { type: 'done', status: 'finished', testAccuracy: finetune ? 0.8 : 0.75, resultPhase: finetune ? 'finetune' : 'calibrate', confusion: [], samplePredictions: [], seconds: 1 },
  ];
  return applyEvents(createRun('p', 'PTQ run', config, 0), events);
}

describe('phases in the curves', () => {
  it('a PTQ run: the float phase, the quantized evaluation and fine-tuning are separate series', () => {
    const run = ptqRun(true);
    const accuracy = accuracyCurves(run.epochs, run.evaluationPoints);
    expect(accuracy.series.map((s) => [s.key, !!s.dashed, !!s.marker])).toEqual([
      ['floatTrain', true, false],
      ['floatTest', true, false],
      ['ptq', false, true],
      ['train', false, false],
      ['test', false, false],
    ]);
    const at = (x: number) => accuracy.rows.find((r) => r.epoch === x);
    expect(at(2)).toMatchObject({ floatTest: 0.87, ptq: 0.75, test: 0.75 });
    expect(at(3)).toMatchObject({ test: 0.8 });
    expect(at(3)?.floatTest).toBeUndefined();
    const loss = lossCurves(run.losses);
    expect(loss.series.map((s) => s.key)).toEqual(['float', 'loss']);
    expect(loss.rows.map((r) => [r.step, r.float, r.loss])).toEqual([[1, 2, undefined], [2, 1.5, undefined], [3, undefined, 0.8]]);
  });

  it('a QAT run keeps one train and one test series', () => {
    const run = applyEvents(createRun('q', 'q', defaultConfig(), 0), [batch('train', 1, 2), epoch('train', 1, 0.8)]);
    expect(accuracyCurves(run.epochs, run.evaluationPoints).series.map((s) => s.label)).toEqual(['train accuracy', 'test accuracy']);
    expect(lossCurves(run.losses).series.map((s) => s.label)).toEqual(['training loss']);
  });

  it('a PTQ run\'s record has the quantized evaluation as its final accuracy, not the float phase\'s', () => {
    const record = recordOfRun(ptqRun(false))!;
    expect(record.final.testAccuracy).toBe(0.75);
    expect(record.final.testAccuracy).toBe(record.final.evaluations.ptq);
    expect(record.final.resultPhase).toBe('calibrate');
    // In the comparison the run's own line is its quantized result (marked), the float phase a dashed line of its own.
    const compared = comparisonCurves([record]);
    expect(compared.series).toEqual([
      { key: 'p:float', label: 'PTQ run (float phase)', color: expect.any(String), dashed: true },
      { key: 'p', label: 'PTQ run', color: expect.any(String), marker: true },
    ]);
    expect(compared.rows).toEqual([{ x: 1, 'p:float': 0.86 }, { x: 2, 'p:float': 0.87, p: 0.75 }]);
  });

  it('a stored record without evaluation points places its PTQ result after its float epochs', () => {
    const record = recordOfRun(ptqRun(true))!;
    const old = { ...record, final: { ...record.final, evaluationPoints: undefined } };
    expect(comparisonCurves([old]).rows).toEqual(comparisonCurves([record]).rows);
  });
});
