import type { Histogram } from '../../train/events';

export const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777'];

export interface HistogramBar {
  /** Bin centre. */
  x: number;
  count: number;
}

/** Histogram counts at their bin centres. */
export function histogramBars(h: Histogram): HistogramBar[] {
  const bars: HistogramBar[] = [];
  for (let i = 0; i < h.counts.length; i++) bars.push({ x: (h.edges[i] + h.edges[i + 1]) / 2, count: h.counts[i] });
  return bars;
}

/** The x range [first edge, last edge] of a histogram. */
export function histogramDomain(h: Histogram): [number, number] {
  return [h.edges[0], h.edges[h.edges.length - 1]];
}

/** Levels inside a closed range (lines outside it are not drawn). */
export function levelsInside(levels: readonly number[], [lo, hi]: [number, number]): number[] {
  return levels.filter((l) => l >= lo && l <= hi);
}

/**
 * Rows for a multi-series line chart keyed by `x`: one row per x value present in any
 * series, with `undefined` where a series has no point (the chart connects across).
 */
export function mergeSeries(series: { key: string; points: { x: number; y: number }[] }[]): Record<string, number | undefined>[] {
  const rows = new Map<number, Record<string, number | undefined>>();
  for (const { key, points } of series) {
    for (const { x, y } of points) {
      const row = rows.get(x) ?? { x };
      row[key] = y;
      rows.set(x, row);
    }
  }
  return [...rows.values()].sort((a, b) => (a.x as number) - (b.x as number));
}

/** Per-layer series of a quantity from snapshot points, keyed `l0`, `l1`, …, only for layers with a quantizer. */
export function layerErrorRows(points: { step: number; mse: number[]; flipRatio: number[] }[], quantity: 'mse' | 'flipRatio', layers: readonly number[]): Record<string, number>[] {
  return points.map((p) => {
    const row: Record<string, number> = { step: p.step };
    for (const i of layers) row[`l${i}`] = p[quantity][i];
    return row;
  });
}

/** A level's region in the latent domain, clipped to the shown range. */
export interface RegionSpan {
  x0: number;
  x1: number;
  level: number;
  count: number;
}

/** The regions between consecutive thresholds (the outer ones open), clipped to [lo, hi]; empty ones dropped. */
export function regionSpans(thresholds: ArrayLike<number>, levels: ArrayLike<number>, counts: ArrayLike<number>, [lo, hi]: [number, number]): RegionSpan[] {
  const spans: RegionSpan[] = [];
  for (let r = 0; r < levels.length; r++) {
    const x0 = Math.max(lo, r === 0 ? -Infinity : thresholds[r - 1]);
    const x1 = Math.min(hi, r === levels.length - 1 ? Infinity : thresholds[r]);
    if (x1 > x0) spans.push({ x0, x1, level: levels[r], count: counts[r] });
  }
  return spans;
}

/** The points of q(w) as a staircase over [lo, hi]: flat on each region, vertical at each threshold. */
export function staircase(spans: readonly RegionSpan[]): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  for (const s of spans) points.push({ x: s.x0, y: s.level }, { x: s.x1, y: s.level });
  return points;
}

const LEVEL_COLORS = ['#2563eb', '#ea580c', '#16a34a', '#9333ea', '#0891b2', '#ca8a04', '#db2777', '#4b5563'];

/** A level's colour by its rank among `count` levels: distinct for up to 8, two alternating beyond. */
export function levelColor(rank: number, count: number): string {
  if (count <= LEVEL_COLORS.length) return LEVEL_COLORS[rank];
  return rank % 2 === 0 ? '#2563eb' : '#ea580c';
}

/** Short text for a level or threshold value. */
export function formatValue(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 1e4 || a < 1e-3 ? v.toExponential(2) : String(+v.toPrecision(3));
}

/**
 * Per level, its share of each bin's weights at the bin centres (bins without weights
 * skipped): the probability estimate of a stochastic quantizer, and the mean of the draw.
 */
export function shareCurves(h: Histogram, shares: { levels: ArrayLike<number>; counts: ArrayLike<number> }): { curves: { x: number; y: number }[][]; mean: { x: number; y: number }[] } {
  const k = shares.levels.length;
  const curves: { x: number; y: number }[][] = Array.from({ length: k }, () => []);
  const mean: { x: number; y: number }[] = [];
  for (let b = 0; b < h.counts.length; b++) {
    let total = 0;
    let sum = 0;
    for (let j = 0; j < k; j++) {
      total += shares.counts[b * k + j];
      sum += shares.counts[b * k + j] * shares.levels[j];
    }
    if (!total) continue;
    const x = (h.edges[b] + h.edges[b + 1]) / 2;
    for (let j = 0; j < k; j++) curves[j].push({ x, y: shares.counts[b * k + j] / total });
    mean.push({ x, y: sum / total });
  }
  return { curves, mean };
}
