import type { Histogram } from '../../train/events';

/*
 * What part of a weight histogram the histogram view shows, and at what resolution. A
 * snapshot's histograms have many fine equal bins (`HISTOGRAM_BINS`); the view sums
 * them into the bins asked for over the x range asked for, so every bar counts exactly
 * the weights between its drawn edges.
 */

/** The bin counts offered (each divides the snapshot's 1200 fine bins, so bars over the whole range are exact). */
export const BIN_CHOICES = [20, 30, 40, 60, 80, 100, 120, 150, 200] as const;

/** Bins when none are chosen: about 4 weights a bin, between 8 and 60. */
export function autoBins(total: number): number {
  return Math.min(60, Math.max(8, Math.ceil(total / 4)));
}

export interface Rebinned {
  histogram: Histogram;
  /** The first fine bin shown and how many fine bins each shown bin sums. */
  first: number;
  group: number;
  /** Weights left and right of the shown bins. */
  left: number;
  right: number;
}

/**
 * Sums an equal-width histogram into about `bins` equal bins over `window` (its whole
 * range when absent), each a whole number of its bins. When the window is narrower than
 * `bins` fine bins, each shown bin is one fine bin (the finest resolution there is).
 */
export function rebin(h: Histogram, bins: number, window?: readonly [number, number] | null): Rebinned {
  const n = h.counts.length;
  const e0 = h.edges[0];
  const width = (h.edges[n] - e0) / n;
  let i0 = 0;
  let i1 = n;
  if (window && width > 0 && window[1] > window[0]) {
    i0 = clamp(Math.floor((window[0] - e0) / width + 1e-9), 0, n - 1);
    i1 = clamp(Math.ceil((window[1] - e0) / width - 1e-9), i0 + 1, n);
  }
  const group = Math.max(1, Math.round((i1 - i0) / Math.max(1, Math.floor(bins) || 1)));
  const count = Math.ceil((i1 - i0) / group);
  const edges = new Float32Array(count + 1);
  const counts = new Uint32Array(count);
  for (let j = 0; j <= count; j++) edges[j] = e0 + width * (i0 + j * group);
  // The last shown bin may reach past the window's last fine bin: it counts what its edges hold.
  const end = Math.min(n, i0 + count * group);
  for (let s = i0; s < end; s++) counts[Math.floor((s - i0) / group)] += h.counts[s];
  let left = 0;
  let right = 0;
  for (let s = 0; s < i0; s++) left += h.counts[s];
  for (let s = end; s < n; s++) right += h.counts[s];
  return { histogram: { edges, counts }, first: i0, group, left, right };
}

/** Per-bin level shares (bin-major, `levels.length` a bin) summed into the bins of `r`. */
export function rebinShares(shares: { levels: Float32Array; counts: Uint32Array }, r: Rebinned): { levels: Float32Array; counts: Uint32Array } {
  const k = shares.levels.length;
  const n = k ? shares.counts.length / k : 0;
  const count = r.histogram.counts.length;
  const counts = new Uint32Array(count * k);
  for (let j = 0; j < count; j++) {
    for (let s = r.first + j * r.group; s < Math.min(n, r.first + (j + 1) * r.group); s++) {
      for (let l = 0; l < k; l++) counts[j * k + l] += shares.counts[s * k + l];
    }
  }
  return { levels: shares.levels, counts };
}

/**
 * The x range of a plot of weights over `extent`: the weights' range with `margin` of
 * its span either side, widened to take in the marks (levels, thresholds) within
 * `reach` of the span beyond it. Marks farther out stay outside (drawn at the edge).
 */
export function viewDomain([lo, hi]: readonly [number, number], marks: ArrayLike<number> = [], margin = 0.04, reach = 0.5): [number, number] {
  const span = hi > lo ? hi - lo : Math.max(Math.abs(lo) * 0.1, 1e-6);
  let a = lo - margin * span;
  let b = hi + margin * span;
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    if (!Number.isFinite(m)) continue;
    if (m < a && m >= lo - reach * span) a = m - margin * span;
    if (m > b && m <= hi + reach * span) b = m + margin * span;
  }
  return [a, b];
}

/** Marks split into those inside [lo, hi] and those beyond either end, each ascending. */
export function splitMarks(marks: ArrayLike<number>, [lo, hi]: readonly [number, number]): { inside: number[]; below: number[]; above: number[] } {
  const inside: number[] = [];
  const below: number[] = [];
  const above: number[] = [];
  for (const m of Array.from(marks).sort((x, y) => x - y)) {
    if (!Number.isFinite(m)) continue;
    if (m < lo) below.push(m);
    else if (m > hi) above.push(m);
    else inside.push(m);
  }
  return { inside, below, above };
}

/**
 * A zoom window `factor` times as wide as `current` (the whole of `full` when null),
 * around its centre and kept inside `full`; null when it would cover all of `full`.
 */
export function zoomWindow(current: readonly [number, number] | null, full: readonly [number, number], factor: number): [number, number] | null {
  const [a, b] = current ?? full;
  const fullSpan = full[1] - full[0];
  const span = (b - a) * factor;
  if (!(fullSpan > 0) || !(span > 0) || span >= fullSpan) return null;
  let lo = (a + b) / 2 - span / 2;
  lo = clamp(lo, full[0], full[1] - span);
  return [lo, lo + span];
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
