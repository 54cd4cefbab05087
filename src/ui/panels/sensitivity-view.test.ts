import { describe, expect, it } from 'vitest';
import type { SensitivityUpdate } from '../../worker/protocol';
import { applyUpdate } from './SensitivityPanel';

const start: SensitivityUpdate = { kind: 'start', layers: [{ index: 0, name: 'dense1' }, { index: 1, name: 'dense2' }], bits: [1, 8], cells: 4, points: 2 };
const cell = (layer: number, bits: number): SensitivityUpdate => ({ kind: 'cell', layer, cell: { bits, accuracy: 0.9, drop: 0.05, weight: `affine.${bits}` }, done: layer * 2 + (bits === 1 ? 1 : 2), total: 4 });

describe("the Sensitivity panel's view", () => {
  it('fills the heat map cell by cell, counts float epochs, cells and points towards the progress bar, and drops updates of another measurement', () => {
    let v = applyUpdate({ status: 'idle', layers: [], bits: [], cells: {}, points: [], done: 0, total: 0, infeasible: [] }, 'a', start, 2);
    expect(v.total).toBe(2 + 4 + 2);
    v = applyUpdate(v, 'a', { kind: 'float-epoch', epoch: 2, epochs: 2, testAccuracy: 0.95 }, 2);
    v = applyUpdate(v, 'a', cell(0, 1), 2);
    expect(Object.keys(v.cells)).toEqual(['0:1']);
    expect(v.done).toBe(3);
    expect(v.floatAccuracy).toBe(0.95);
    expect(applyUpdate(v, 'b', cell(1, 8), 2)).toBe(v);
    v = applyUpdate(v, 'a', { kind: 'done', status: 'finished', infeasible: [5] }, 2);
    expect(v.status).toBe('finished');
    expect(v.done).toBe(v.total);
    expect(v.infeasible).toEqual([5]);
  });
});
