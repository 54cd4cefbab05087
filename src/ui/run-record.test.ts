import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { nextRunName } from './run-record';

describe('nextRunName', () => {
  it('numbers runs consecutively after the highest kept number, whatever the other names', () => {
    const config = defaultConfig();
    expect(nextRunName(config, 'BNN: sign + STE', [])).toBe('Run 1: BNN: sign + STE');
    expect(nextRunName(config, undefined, ['Run 1: a', 'renamed by hand', 'Run 3: b'])).toBe('Run 4: W xnor 1b / A sign 1b, approx-sign');
  });
});
