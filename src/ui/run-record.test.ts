import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { finalAccuracy, nextRunName, recordOfRun } from './run-record';
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
    expect(finalAccuracy({ status: 'diverged', epochs: [] }, 0)).toBeUndefined();
    expect(finalAccuracy({ status: 'diverged', epochs: [{}] }, 0.5)).toBe(0.5);
    expect(finalAccuracy({ status: 'finished', epochs: [] }, 0.9)).toBe(0.9);
  });
});

describe('a run and its lesson', () => {
  const done = { type: 'done' as const, status: 'finished' as const, testAccuracy: 0.9, confusion: [[1]], samplePredictions: [0], seconds: 3 };
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
