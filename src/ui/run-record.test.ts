import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { finalAccuracy, nextRunName } from './run-record';

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
