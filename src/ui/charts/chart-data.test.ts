import { describe, expect, it } from 'vitest';
import { formatValue, levelColor, regionSpans, shareCurves, staircase } from './chart-data';

describe('quantizer chart data', () => {
  it('clips the level regions to the shown range and drops empty ones', () => {
    const spans = regionSpans([-0.5, 0, 0.5], [-1, -1 / 3, 1 / 3, 1], [1, 2, 3, 4], [-0.2, 0.7]);
    expect(spans).toEqual([
      { x0: -0.2, x1: 0, level: -1 / 3, count: 2 },
      { x0: 0, x1: 0.5, level: 1 / 3, count: 3 },
      { x0: 0.5, x1: 0.7, level: 1, count: 4 },
    ]);
    expect(regionSpans([2], [0, 1], [5, 0], [-1, 1])).toEqual([{ x0: -1, x1: 1, level: 0, count: 5 }]);
  });

  it('draws q(w) as a staircase that steps at each threshold', () => {
    const spans = regionSpans([0], [-1, 1], [1, 1], [-2, 2]);
    expect(staircase(spans)).toEqual([
      { x: -2, y: -1 },
      { x: 0, y: -1 },
      { x: 0, y: 1 },
      { x: 2, y: 1 },
    ]);
  });

  it('turns per-bin level counts into shares and the mean of the draw', () => {
    const h = { edges: new Float32Array([0, 1, 2, 3]), counts: new Uint32Array([4, 0, 2]) };
    const { curves, mean } = shareCurves(h, { levels: [-1, 1], counts: [3, 1, 0, 0, 0, 2] });
    expect(curves[1]).toEqual([
      { x: 0.5, y: 0.25 },
      { x: 2.5, y: 1 },
    ]);
    expect(mean).toEqual([
      { x: 0.5, y: -0.5 },
      { x: 2.5, y: 1 },
    ]);
  });

  it('formats values and colours levels', () => {
    expect(formatValue(-1 / 3)).toBe('-0.333');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(2e-5)).toBe('2.00e-5');
    expect(new Set([0, 1, 2, 3].map((r) => levelColor(r, 4))).size).toBe(4);
    expect(levelColor(0, 255)).toBe(levelColor(2, 255));
  });
});
