import { describe, expect, it } from 'vitest';
import { layerMetricRows } from './layer-metric-data';

describe('layerMetricRows', () => {
  it('gives each epoch the layers\' values under l<index>, undefined where a record has none', () => {
    const rows = layerMetricRows(
      [
        { epoch: 1, method: { bits1: 8, bits3: 7, meanBits: 7.5 } },
        { epoch: 2, method: { bits1: 6 } },
        { epoch: 3 },
      ],
      'bits',
      [1, 3],
    );
    expect(rows).toEqual([
      { epoch: 1, l1: 8, l3: 7 },
      { epoch: 2, l1: 6, l3: undefined },
      { epoch: 3, l1: undefined, l3: undefined },
    ]);
  });
});
