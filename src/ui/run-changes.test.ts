import { describe, expect, it } from 'vitest';
import type { ExperimentConfig } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import { describeChanges, nextRunChanges, pathLabel } from './next-run-changes';
import { liveEdits } from './run-changes';
import { createRun } from './run-state';

const edited = (edit: (c: ExperimentConfig) => void) => {
  const c = structuredClone(defaultConfig());
  edit(c);
  return c;
};

describe('edits during a run', () => {
  const start = edited((c) => {
    c.quant.weight = { quantizer: 'uniform', bits: 4, params: {} };
    c.regularizer = { id: 'level-distance', lambda: 0.1, params: {} };
  });
  const run = createRun('r', 'r', start, 0);

  it('the learning rate and λ of the same regularizer are live; they are not the next run\'s', () => {
    const config = edited((c) => {
      Object.assign(c, structuredClone(start));
      c.optimizer.learningRate = 0.01;
      c.regularizer.lambda = 0.5;
    });
    expect(liveEdits(run, config)).toEqual({ learningRate: 0.01, lambda: 0.5 });
    // Once sent, the run trains with them: nothing is left for the next run.
    const sent = { ...run, live: { learningRate: 0.01, lambda: 0.5 } };
    expect(liveEdits(sent, config)).toEqual({});
    expect(nextRunChanges(sent, config)).toEqual([]);
  });

  it('every other edit applies to the next run, named as the page names it', () => {
    const config = edited((c) => {
      Object.assign(c, structuredClone(start));
      c.quant.weight.bits = 2;
      c.epochs = 7;
      c.quant.layers = { '1': { keepFloat: true } };
    });
    expect(liveEdits(run, config)).toEqual({});
    const changes = nextRunChanges(run, config);
    expect(changes.map((c) => [c.label, c.from, c.to])).toEqual([
      ['weight bits', '4', '2'],
      ['epochs', String(start.epochs), '7'],
      ['layer 1 in float', '—', 'on'],
    ]);
    expect(describeChanges(changes)).toBe(`weight bits 4 → 2; epochs ${start.epochs} → 7; layer 1 in float — → on`);
    expect(describeChanges(changes, 1)).toBe('weight bits 4 → 2; and 2 more');
  });

  it('λ of a newly chosen regularizer is the next run\'s, not live', () => {
    const config = edited((c) => {
      Object.assign(c, structuredClone(start));
      c.regularizer = { id: 'binary', lambda: 0.7, params: {} };
    });
    expect(liveEdits(run, config)).toEqual({});
    expect(nextRunChanges(run, config).map((c) => c.label)).toEqual(['regularizer', 'λ']);
  });

  it('names parameters and per-layer overrides', () => {
    expect(pathLabel('quant.estimator.params.alpha')).toBe('estimator alpha');
    expect(pathLabel('quant.layers.2.weight.bits')).toBe('layer 2 weight bits');
    expect(pathLabel('something.new')).toBe('something.new');
  });
});
