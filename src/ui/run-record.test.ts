import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { finalAccuracy, finalTrainAccuracy, nextRunName, noAccuracyReason, recordOfRun } from './run-record';
import { createRun } from './run-state';
import { storedConfig } from './runs-db';

describe('nextRunName', () => {
  it('numbers runs consecutively after the highest kept number, whatever the other names', () => {
    const config = defaultConfig();
    expect(nextRunName(config, 'BNN: sign + STE', [])).toBe('Run 1: BNN: sign + STE');
    expect(nextRunName(config, undefined, ['Run 1: a', 'renamed by hand', 'Run 3: b'])).toBe('Run 4: W xnor 1b / A sign 1b, approx-sign');
  });
});

describe('finalAccuracy', () => {
  it('has no value for a run that diverged before any epoch was evaluated', () => {
    const config = defaultConfig();
    const epoch = { phase: 'train' as const, trainAccuracy: 0.5 };
    expect(finalAccuracy({ status: 'diverged', epochs: [], config }, { testAccuracy: 0 })).toBeUndefined();
    expect(finalAccuracy({ status: 'diverged', epochs: [epoch], config }, { testAccuracy: 0.5 })).toBe(0.5);
    expect(finalAccuracy({ status: 'finished', epochs: [], config }, { testAccuracy: 0.9 })).toBe(0.9);
  });
});

describe('the result of a PTQ run', () => {
  const ptq = { ...defaultConfig(), mode: 'ptq' as const };
  it('is the quantized network\'s, and none when the run stopped before quantization', () => {
    const epochs = [{ phase: 'float' as const, trainAccuracy: 0.9 }];
    expect(finalAccuracy({ status: 'finished', epochs, config: ptq }, { testAccuracy: 0.75, resultPhase: 'calibrate' })).toBe(0.75);
    expect(finalAccuracy({ status: 'stopped', epochs, config: ptq }, { testAccuracy: 0.88, resultPhase: 'float' })).toBeUndefined();
    // Diverged in the float phase after an epoch: the same, and the reason says so.
    expect(finalAccuracy({ status: 'diverged', epochs, config: ptq }, { testAccuracy: 0.88, resultPhase: 'float' })).toBeUndefined();
    expect(noAccuracyReason({ status: 'diverged', epochs, config: ptq }, { resultPhase: 'float' })).toMatch(/^stopped before quantization/);
    expect(noAccuracyReason({ status: 'diverged', epochs: [], config: defaultConfig() }, { resultPhase: 'train' })).toBe('no epoch was evaluated');
    expect(noAccuracyReason({ status: 'diverged', epochs: [], config: ptq }, { resultPhase: 'float' })).toBe('no epoch was evaluated');
    expect(finalTrainAccuracy({ status: 'finished', epochs, config: ptq })).toBeUndefined();
    expect(finalTrainAccuracy({ status: 'finished', epochs: [...epochs, { phase: 'finetune', trainAccuracy: 0.8 }], config: ptq })).toBe(0.8);
  });
});

describe('a run and its lesson', () => {
  const done = { type: 'done' as const, status: 'finished' as const, testAccuracy: 0.9, resultPhase: 'train' as const, confusion: [[1]], samplePredictions: [0], seconds: 3 };
  const finished = (lesson?: string) => ({ ...createRun('r', 'Run 1', defaultConfig(), 0), lesson, status: 'finished' as const, done });

  it('the record keeps the lesson the run started with, or none', () => {
    expect(recordOfRun(finished('bnn'))?.lesson).toBe('bnn');
    const none = recordOfRun(finished());
    expect(none).toBeDefined();
    expect('lesson' in none!).toBe(false);
  });

  it('re-opening a run gives its own lesson, none for a run without one, and a notice for an unknown one', () => {
    expect(storedConfig(recordOfRun(finished('twn'))!)).toMatchObject({ lesson: 'twn', notices: [] });
    const without = storedConfig(recordOfRun(finished())!);
    expect(without.lesson).toBeUndefined();
    expect(without.notices).toEqual([]);
    for (const bad of ['nope', 7, '__proto__']) {
      const opened = storedConfig({ ...recordOfRun(finished())!, lesson: bad as string });
      expect(opened.lesson).toBeUndefined();
      expect(opened.notices).toEqual([`Unknown lesson "${String(bad)}" in this run; no lesson text is shown.`]);
    }
  });
});
