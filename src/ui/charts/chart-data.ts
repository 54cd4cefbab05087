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
