import { describe, expect, it } from 'vitest';
import { HISTOGRAM_BINS, histogram } from '../../model/snapshot';
import { autoBins, BIN_CHOICES, rebin, rebinShares, splitMarks, viewDomain, zoomWindow } from './histogram-window';

const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);

/** Deterministic weights spread over [-1, 1). */
function weights(n: number): Float32Array {
  const w = new Float32Array(n);
  for (let i = 0; i < n; i++) w[i] = Math.sin(i * 12.9898) * 0.999;
  return w;
}

describe('the histogram window', () => {
  const values = weights(5000);
  const fine = histogram(values, -1, 1, 1200);

  it('sums the fine bins into the chosen bin count; every bar counts exactly the weights between its edges', () => {
    for (const bins of BIN_CHOICES) {
      const { histogram: h, left, right } = rebin(fine, bins);
      expect(h.counts).toHaveLength(bins);
      expect(sum(h.counts) + left + right).toBe(values.length);
      expect(left + right).toBe(0);
      expect(h.edges[0]).toBeCloseTo(-1, 6);
      expect(h.edges[bins]).toBeCloseTo(1, 6);
      for (let j = 0; j < bins; j++) {
        // Recount from the raw weights (a bar's edges are fine-bin edges, so the count is exact).
        const [e0, e1] = [h.edges[j], h.edges[j + 1]];
        const direct = values.filter((v) => v >= e0 - 1e-6 && (j === bins - 1 ? v <= e1 : v < e1 - 1e-6)).length;
        expect(Math.abs(h.counts[j] - direct)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('zoomed in, shows only the window, at up to the fine resolution, and counts the weights left and right of it', () => {
    const r = rebin(fine, 60, [0.1, 0.3]);
    const h = r.histogram;
    expect(h.edges[0]).toBeLessThanOrEqual(0.1 + 1e-6);
    expect(h.edges[h.counts.length]).toBeGreaterThanOrEqual(0.3 - 1e-6);
    expect(h.counts.length).toBeGreaterThan(50);
    expect(sum(h.counts) + r.left + r.right).toBe(values.length);
    expect(r.left).toBe(values.filter((v) => v < h.edges[0] - 1e-6).length);
    // A window a few fine bins wide: one fine bin a bar.
    const narrow = rebin(fine, 200, [0, 0.01]);
    expect(narrow.group).toBe(1);
    expect(narrow.histogram.counts.length).toBe(6);
    // A window outside the data or inverted falls back to whole bins at an end, never an empty chart.
    expect(rebin(fine, 60, [5, 6]).histogram.counts.length).toBeGreaterThan(0);
    expect(rebin(fine, 60, [0.3, 0.1]).histogram.counts).toHaveLength(60);
  });

  it('sums the stochastic level shares into the same bins', () => {
    const h = { edges: new Float32Array([0, 1, 2, 3, 4]), counts: new Uint32Array([2, 2, 1, 3]) };
    const shares = { levels: new Float32Array([-1, 1]), counts: new Uint32Array([1, 1, 2, 0, 0, 1, 1, 2]) };
    const r = rebin(h, 2);
    expect(Array.from(r.histogram.counts)).toEqual([4, 4]);
    expect(Array.from(rebinShares(shares, r).counts)).toEqual([3, 1, 1, 3]);
  });

  it('offers bin counts that divide the snapshot’s fine bins', () => {
    for (const bins of BIN_CHOICES) expect(HISTOGRAM_BINS % bins).toBe(0);
  });

  it('picks about four weights a bin when no bin count is chosen', () => {
    expect(autoBins(9)).toBe(8);
    expect(autoBins(100)).toBe(25);
    expect(autoBins(200_000)).toBe(60);
  });

  it('spans the weights with a margin, takes in nearby marks and leaves far ones for the edge', () => {
    const [a, b] = viewDomain([-1, 1]);
    expect(a).toBeCloseTo(-1.08);
    expect(b).toBeCloseTo(1.08);
    // A level at 1.5 (a quarter span beyond) is taken in with a margin; one at 10 is not.
    const [c, d] = viewDomain([-1, 1], [-0.5, 1.5, 10]);
    expect(c).toBeCloseTo(-1.08);
    expect(d).toBeCloseTo(1.58);
    const { inside, below, above } = splitMarks([10, -0.5, 1.5, -7, Number.NaN], [c, d]);
    expect(inside).toEqual([-0.5, 1.5]);
    expect(below).toEqual([-7]);
    expect(above).toEqual([10]);
    // Equal weights still get a range around them.
    const [e, f] = viewDomain([2, 2]);
    expect(e).toBeLessThan(2);
    expect(f).toBeGreaterThan(2);
  });

  it('zooms around the centre inside the full range, and back out to none', () => {
    expect(zoomWindow(null, [-1, 1], 0.5)).toEqual([-0.5, 0.5]);
    const [a, b] = zoomWindow([0.6, 1], [-1, 1], 2)!;
    expect(a).toBeCloseTo(0.2, 12);
    expect(b).toBe(1);
    expect(zoomWindow([-0.5, 0.5], [-1, 1], 2)).toBeNull();
    expect(zoomWindow(null, [1, 1], 0.5)).toBeNull();
  });
});
