import { describe, expect, it } from 'vitest';
import { extent, linearScale, linePath, niceTicks } from './scale';

describe('chart scales', () => {
  it('maps a domain linearly onto a range, flipped for SVG y', () => {
    const sy = linearScale(0, 10, 100, 0);
    expect(sy(0)).toBe(100);
    expect(sy(2.5)).toBe(75);
    expect(linearScale(3, 3, 0, 50)(3)).toBe(25);
  });

  it('picks round ticks inside the range', () => {
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.5, 1]);
    expect(niceTicks(-0.08, 0.08, 4)).toEqual([-0.05, 0, 0.05]);
    expect(niceTicks(0, 3600, 4)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(2, 2)).toEqual([2]);
  });

  it('finds the extent of finite values and pads a single value', () => {
    expect(extent([3, NaN, -1, 2])).toEqual([-1, 3]);
    expect(extent([2, 2])).toEqual([1.9, 2.1]);
    expect(extent([])).toBeUndefined();
  });

  it('draws a path through the defined points only', () => {
    const id = (v: number) => v;
    expect(linePath([{ x: 0, y: 1 }, { x: 1, y: undefined }, { x: 2, y: 3 }], id, id)).toBe('M0.0,1.0L2.0,3.0');
  });
});
