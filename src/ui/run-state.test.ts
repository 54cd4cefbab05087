import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import type { LayerSnapshot, TrainEvent } from '../train/events';
import { activeMs, applyEvents, createRun, etaSeconds, formatDuration, halve, MAX_LOSS_POINTS, MAX_SNAPSHOTS, progressOf } from './run-state';

const batch = (step: number, totalSteps = 1000): TrainEvent => ({
  type: 'batch', phase: 'train', epoch: 1, batch: step, batchesPerEpoch: totalSteps, step, totalSteps, loss: 1 / step, accuracy: 0.5, learningRate: 0.001, examplesPerSecond: 100,
});
const layer = (mse: number): LayerSnapshot => ({
  layer: 'dense1', index: 0, weightQuantizer: 'xnor', histogram: { edges: new Float32Array([0, 1]), counts: new Uint32Array([3]) },
  quantizedHistogram: { edges: new Float32Array([0, 1]), counts: new Uint32Array([3]) }, levels: [-0.1, 0.1], mse, flipRatio: mse / 2,
});
const snapshot = (epoch: number, step: number): TrainEvent => ({ type: 'snapshot', phase: 'train', epoch, step, layers: [layer(step)] });

describe('applyEvents', () => {
  it('keeps one snapshot per epoch (the latest of it) and every error point', () => {
    const run = applyEvents(createRun('r', 'r', defaultConfig(), 0), [snapshot(0, 0), snapshot(1, 5), snapshot(1, 9), snapshot(2, 12)]);
    expect(run.snapshots.map((s) => [s.epoch, s.step])).toEqual([[0, 0], [1, 9], [2, 12]]);
    expect(run.layerErrors.map((p) => p.mse[0])).toEqual([0, 5, 9, 12]);
    expect(run.layerErrors[3].flipRatio[0]).toBe(6);
  });

  it('caps the snapshots, keeping the initial weights and the newest epochs', () => {
    const events = Array.from({ length: MAX_SNAPSHOTS + 10 }, (_, i) => snapshot(i, i));
    const run = applyEvents(createRun('r', 'r', defaultConfig(), 0), events);
    expect(run.snapshots).toHaveLength(MAX_SNAPSHOTS);
    expect(run.snapshots[0].epoch).toBe(0);
    expect(run.snapshots[run.snapshots.length - 1].epoch).toBe(MAX_SNAPSHOTS + 9);
  });

  it('downsamples the loss curve to at most MAX_LOSS_POINTS, spanning the whole run', () => {
    let run = createRun('r', 'r', defaultConfig(), 0);
    for (let step = 1; step <= 5000; step += 50) run = applyEvents(run, Array.from({ length: 50 }, (_, i) => batch(step + i, 5000)));
    expect(run.losses.length).toBeLessThanOrEqual(MAX_LOSS_POINTS);
    expect(run.losses.length).toBeGreaterThan(MAX_LOSS_POINTS / 4);
    expect(run.losses[0].step).toBe(1);
    expect(run.losses[run.losses.length - 1].step).toBeGreaterThan(4900);
    const steps = run.losses.map((p) => p.step);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('does not mutate the run it was given', () => {
    const before = createRun('r', 'r', defaultConfig(), 0);
    const after = applyEvents(before, [batch(1), snapshot(0, 1), { type: 'epoch', phase: 'train', epoch: 1, loss: 1, trainAccuracy: 0.5, testAccuracy: 0.4, testLoss: 1.2, learningRate: 0.001, seconds: 2 }]);
    expect(before.losses).toHaveLength(0);
    expect(before.snapshots).toHaveLength(0);
    expect(before.epochs).toHaveLength(0);
    expect(after.epochs[0]).toMatchObject({ epoch: 1, testAccuracy: 0.4 });
  });

  it('maps done to finished or stopped', () => {
    const done = (status: 'finished' | 'cancelled'): TrainEvent => ({ type: 'done', status, testAccuracy: 0.9, resultPhase: 'train', confusion: [[1]], samplePredictions: [0], seconds: 3 });
    expect(applyEvents(createRun('r', 'r', defaultConfig(), 0), [done('finished')]).status).toBe('finished');
    expect(applyEvents(createRun('r', 'r', defaultConfig(), 0), [done('cancelled')]).status).toBe('stopped');
  });
});

describe('progress and ETA', () => {
  it('estimates the time left from the active time per step', () => {
    expect(etaSeconds(10_000, 100, 400)).toBeCloseTo(30);
    expect(etaSeconds(10_000, 400, 400)).toBe(0);
    expect(etaSeconds(10_000, 0, 400)).toBeUndefined();
  });

  it('leaves paused time out of the active time', () => {
    const run = { ...createRun('r', 'r', defaultConfig(), 1000), pausedMs: 2000 };
    expect(activeMs(run, 11_000)).toBe(8000);
    expect(activeMs({ ...run, pausedAt: 9000 }, 11_000)).toBe(6000);
  });

  it('reports epoch and run progress from the last batch', () => {
    const run = applyEvents(createRun('r', 'r', defaultConfig(), 0), [{ ...batch(30, 120), batch: 10, batchesPerEpoch: 40 } as TrainEvent]);
    expect(progressOf(run)).toEqual({ epoch: 0.25, run: 0.25 });
  });

  it('formats durations', () => {
    expect(formatDuration(12.4)).toBe('12 s');
    expect(formatDuration(65)).toBe('1 min 05 s');
    expect(formatDuration(undefined)).toBe('—');
  });

  it('halves a series keeping both ends', () => {
    expect(halve([1, 2, 3, 4])).toEqual([1, 3, 4]);
    expect(halve([1, 2, 3])).toEqual([1, 3]);
  });
});

describe('applyEvents sharing', () => {
  it('keeps the arrays no event touched, so their charts need not re-render', () => {
    const before = applyEvents(createRun('r', 'r', defaultConfig(), 0), [snapshot(0, 0)]);
    const after = applyEvents(before, [batch(1)]);
    expect(after.snapshots).toBe(before.snapshots);
    expect(after.layerErrors).toBe(before.layerErrors);
    expect(after.epochs).toBe(before.epochs);
    expect(after.losses).not.toBe(before.losses);
  });
});
