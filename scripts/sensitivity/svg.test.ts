import { describe, expect, it } from 'vitest';
import type { MixedPoint } from '../../src/train/mixed';
import { paretoFront } from '../../src/train/mixed';
import type { SensitivityTable } from '../../src/train/sensitivity';
import { dropColour, heatmapSvg, paretoSvg } from './svg';

const table: SensitivityTable = {
  bits: [1, 8],
  finetuneEpochs: 0,
  floatAccuracy: 0.98,
  floatEpochs: 2,
  trainCount: 60000,
  testCount: 10000,
  seconds: 1,
  layers: [
    { index: 0, name: 'dense1', costs: {}, cells: [{ bits: 1, accuracy: 0.5, drop: 0.48, weight: 'affine.1' }, { bits: 8, accuracy: 0.98, drop: 0, weight: 'affine.8' }] },
    { index: 1, name: 'dense2', costs: {}, cells: [{ bits: 1, accuracy: 0.9, drop: 0.08, weight: 'affine.1' }] },
  ],
};

const point = (kind: MixedPoint['kind'], bytes: number, accuracy: number, label: string = kind): MixedPoint => ({ kind, label, allocation: [4, 32], bytes, bops: 0, accuracy, link: '' });

describe('sensitivity images', () => {
  it('the heat map has a cell per layer and measured width, the largest drop darkest, a gap for a width not measured', () => {
    const svg = heatmapSvg(table, 'title <a&b>');
    expect(svg).toContain('title &lt;a&amp;b&gt;');
    expect(svg).toContain('>48.00<');
    expect(svg).toContain('>8.00<');
    expect(svg).toContain('>–<');
    expect(svg.match(/<rect x=/g)).toHaveLength(4);
    expect(dropColour(0.48, 0.48)).toBe('rgb(165,15,21)');
    expect(dropColour(0, 0.48)).toBe('rgb(255,255,255)');
  });

  it('the Pareto front keeps the points nothing smaller beats, and the plot draws every point', () => {
    const points = [point('float', 1e6, 0.98), point('uniform', 5e4, 0.2, 'uniform 1-bit'), point('uniform', 1e5, 0.97, 'uniform 4-bit'), point('uniform', 2e5, 0.96, 'uniform 8-bit'), point('searched', 8e4, 0.95)];
    expect(paretoFront(points, (p) => p.bytes).map((p) => p.bytes)).toEqual([5e4, 8e4, 1e5, 1e6]);
    const svg = paretoSvg(points, 'plot');
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg.match(/<path d=/g)).toHaveLength(1);
    expect(svg).toContain('>4/f<');
  });
});
