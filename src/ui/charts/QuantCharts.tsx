import { memo } from 'react';
import type { Histogram } from '../../train/events';
import { formatValue, levelColor, levelsInside, regionSpans, shareCurves, staircase, type RegionSpan } from './chart-data';
import { useDragSelect } from './drag-select';
import { splitMarks } from './histogram-window';
import { extent, linearScale, linePath, niceTicks } from './scale';
import { Axes, M, tickText, W } from './SvgCharts';

/*
 * The three views of a layer's weights against its quantizer, plain SVG like the other
 * live charts: latent (thresholds and level regions over the latent histogram), quantized
 * (levels and counts in the output domain) and transfer (q(w) over the latent range).
 */

/** A scope's decision regions as the charts need them. */
export interface RegionData {
  thresholds: ArrayLike<number>;
  below: ArrayLike<number>;
  above: ArrayLike<number>;
  levels: ArrayLike<number>;
  counts: ArrayLike<number>;
}

const TOP = 30;
const NEUTRAL = '#94a3b8';

/** The distinct levels of some regions, ascending (the colour order). */
export function distinctLevels(levels: ArrayLike<number>): number[] {
  return [...new Set(Array.from(levels))].sort((a, b) => a - b);
}

/** Marks of one kind beyond the shown x range: drawn at the edge they lie past, with their values. */
export interface OffRange {
  kind: string;
  below: number[];
  above: number[];
}

function valuesText(values: number[]): string {
  return values.length <= 3 ? values.map(formatValue).join(', ') : `${values.length}: ${formatValue(values[0])} … ${formatValue(values[values.length - 1])}`;
}

/** An arrow at the plot's left or right edge per kind of mark beyond it, labelled with the values. */
function EdgeMarkers({ items, top, right }: { items: OffRange[]; top: number; right: number }) {
  const rows = items.flatMap((item) => [
    ...(item.below.length ? [{ side: 'left' as const, kind: item.kind, values: item.below }] : []),
    ...(item.above.length ? [{ side: 'right' as const, kind: item.kind, values: item.above }] : []),
  ]);
  const row = { left: 0, right: 0 };
  return (
    <g className="edge-markers" fontSize={9} fill="#b91c1c">
      {rows.map((r) => {
        const y = top + 12 + 12 * row[r.side]++;
        const left = r.side === 'left';
        const x = left ? M.left + 1 : right - 1;
        const label = `${r.kind} ${valuesText(r.values)}`;
        return (
          <g key={`${r.side}${r.kind}`} data-testid="edge-marker" data-side={r.side} data-kind={r.kind} data-count={r.values.length} data-values={r.values.join(',')}>
            <path d={left ? `M${x},${y - 3} l7,-4 v8 z` : `M${x},${y - 3} l-7,-4 v8 z`} />
            <text x={left ? x + 9 : x - 9} y={y} textAnchor={left ? 'start' : 'end'} stroke="#fff" strokeWidth={3} paintOrder="stroke">
              {label}
            </text>
            <title>{`${r.values.length} ${r.kind}${r.values.length === 1 ? '' : 's'} ${left ? 'left' : 'right'} of the shown range: ${r.values.map(formatValue).join(', ')}`}</title>
          </g>
        );
      })}
    </g>
  );
}

/** x ticks inside the shown range. */
function xTicksIn([lo, hi]: readonly [number, number]): number[] {
  return niceTicks(lo, hi, 6).filter((t) => t >= lo && t <= hi);
}

function Bars({ histogram, sx, sy, bottom, color }: { histogram: Histogram; sx: (v: number) => number; sy: (v: number) => number; bottom: number; color: (x0: number, x1: number) => string }) {
  const bars = [];
  for (let i = 0; i < histogram.counts.length; i++) {
    const e0 = histogram.edges[i];
    const e1 = histogram.edges[i + 1];
    const x0 = sx(e0);
    const y = sy(histogram.counts[i]);
    bars.push(
      <rect key={i} className="bar" data-testid="histogram-bar" data-x0={e0} data-x1={e1} x={x0} y={y} width={Math.max(0.5, sx(e1) - x0 - 0.3)} height={Math.max(0, bottom - y)} fill={color(e0, e1)}>
        <title>{`[${formatValue(e0)}, ${formatValue(e1)}): ${histogram.counts[i]} weights`}</title>
      </rect>,
    );
  }
  return <>{bars}</>;
}

function countScale(histogram: Histogram, height: number, top: number) {
  let max = 0;
  for (const c of histogram.counts) if (c > max) max = c;
  const yTicks = niceTicks(0, max || 1, 4);
  // The axis ends on a labelled tick at or above the tallest bar.
  const last = yTicks[yTicks.length - 1] ?? 1;
  if (yTicks.length > 1 && last < max) yTicks.push(+(last + yTicks[1] - yTicks[0]).toPrecision(12));
  return { yTicks, sy: linearScale(0, Math.max(max, yTicks[yTicks.length - 1] ?? 1), height - M.bottom, top) };
}

/** Colours a bar by the region it lies in entirely, else neutral (it holds weights of two levels). */
function regionColor(spans: readonly RegionSpan[], order: number[]) {
  return (x0: number, x1: number) => {
    const s = spans.find((r) => r.x0 <= x0 + 1e-12 * Math.abs(x0) && x1 <= r.x1 + 1e-12 * Math.abs(x1));
    return s ? levelColor(order.indexOf(s.level), order.length) : NEUTRAL;
  };
}

/**
 * The latent view: the latent histogram, each level's region shaded in its colour and
 * labelled with the level it maps to, a line at every decision threshold (a grey band
 * where the gap between the neighbouring weights is visible: the threshold lies in it);
 * or, for a stochastic quantizer, each level's share per bin as a curve (right axis).
 * `ticks` marks other channels' thresholds along the top.
 */
export const LatentSvg = memo(function LatentSvg({
  histogram,
  domain,
  regions,
  shares,
  ticks,
  frozen,
  onSelect,
  height = 240,
  xLabel = 'latent w',
}: {
  histogram: Histogram;
  /** The x range shown (it holds every bar). */
  domain: [number, number];
  regions?: RegionData;
  /** Incremental schedules: of each bar's weights, those frozen on a level (same bins as `histogram`), drawn in their own colour. */
  frozen?: Histogram;
  shares?: { levels: Float32Array; counts: Uint32Array };
  ticks?: number[];
  onSelect?: (range: [number, number]) => void;
  height?: number;
  /** What the x axis holds: the latent weights, or a view of them (a probability). */
  xLabel?: string;
}) {
  const [lo, hi] = domain;
  const right = W - M.right - (shares ? 22 : 0);
  const sx = linearScale(lo, hi, M.left, right);
  const { yTicks, sy } = countScale(histogram, height, TOP);
  const bottom = height - M.bottom;
  const drag = useDragSelect(domain, M.left, right, TOP, bottom, onSelect);
  const order = regions ? distinctLevels(regions.levels) : shares ? Array.from(shares.levels) : [];
  const spans = regions ? regionSpans(regions.thresholds, regions.levels, regions.counts, domain) : [];
  const curves = shares ? shareCurves(histogram, shares).curves : [];
  const sp = linearScale(0, 1, bottom, TOP);
  const thresholds = regions ? Array.from(regions.thresholds) : [];
  const off = [
    { kind: 'threshold', ...splitMarks(thresholds, domain) },
    { kind: 'channel threshold', ...splitMarks(ticks ?? [], domain) },
  ];
  // Labels need about 6 px a character; when one row is too narrow, two staggered rows.
  const width = (s: RegionSpan) => sx(s.x1) - sx(s.x0);
  const crowded = spans.some((s) => width(s) < 6 * (formatValue(s.level).length + 2));
  const labelFits = (s: RegionSpan, i: number) => {
    if (!crowded) return true;
    const neighbours = (spans[i - 1] ? width(spans[i - 1]) / 2 : 0) + (spans[i + 1] ? width(spans[i + 1]) / 2 : 0);
    return width(s) + neighbours > 5.5 * formatValue(s.level).length + 4;
  };
  return (
    <div className="chart" data-testid="histogram" data-view="latent" data-thresholds={thresholds.length} data-bins={histogram.counts.length} data-lo={lo} data-hi={hi}>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label="Latent weights against the decision thresholds" {...drag.handlers}>
        {spans.map((s, i) => {
          const color = levelColor(order.indexOf(s.level), order.length);
          const x0 = sx(s.x0);
          const x1 = sx(s.x1);
          return (
            <g key={`r${i}`} className="level-region" data-level={s.level}>
              <rect x={x0} y={TOP} width={Math.max(0, x1 - x0)} height={bottom - TOP} fill={color} fillOpacity={0.1} />
              {labelFits(s, i) && (
                <text x={(x0 + x1) / 2} y={crowded && i % 2 === 1 ? TOP - 16 : TOP - 5} textAnchor="middle" fontSize={crowded ? 9 : 10} fontWeight={600} fill={color}>
                  {crowded ? formatValue(s.level) : `→ ${formatValue(s.level)}`}
                </text>
              )}
            </g>
          );
        })}
        <Axes top={TOP} xTicks={xTicksIn(domain)} yTicks={yTicks} sx={sx} sy={sy} height={height} xFormat={tickText} yFormat={tickText} xLabel={xLabel} />
        <Bars histogram={histogram} sx={sx} sy={sy} bottom={bottom} color={regions ? regionColor(spans, order) : () => FREE_COLOR} />
        {frozen && <FrozenBars frozen={frozen} sx={sx} sy={sy} bottom={bottom} />}
        {regions &&
          thresholds.map((t, i) => {
            if (!(t >= lo && t <= hi)) return null;
            const gap0 = sx(Math.max(lo, regions.below[i]));
            const gap1 = sx(Math.min(hi, regions.above[i]));
            return (
              <g key={`t${i}`}>
                {gap1 - gap0 > 2 && <rect className="threshold-gap" x={gap0} y={TOP} width={gap1 - gap0} height={bottom - TOP} fill="#6b7280" fillOpacity={0.18} />}
                <line data-testid="histogram-threshold" data-x={t} className="threshold-line" x1={sx(t)} x2={sx(t)} y1={TOP} y2={bottom} stroke="#111827" strokeWidth={1.5}>
                  <title>{`threshold at w = ${formatValue(t)} (between the weights ${formatValue(regions.below[i])} and ${formatValue(regions.above[i])}): left → ${formatValue(regions.levels[i])}, right → ${formatValue(regions.levels[i + 1])}`}</title>
                </line>
              </g>
            );
          })}
        {ticks && (
          <g className="channel-thresholds" data-count={ticks.length}>
            {ticks.map((t, i) => (t >= lo && t <= hi ? <line key={i} className="channel-threshold" x1={sx(t)} x2={sx(t)} y1={TOP - 10} y2={TOP} stroke="#111827" strokeOpacity={0.5} /> : null))}
          </g>
        )}
        {curves.map((points, j) => (
          <path key={`p${j}`} data-testid="histogram-probability" data-level={order[j]} d={linePath(points, sx, sp)} fill="none" stroke={levelColor(j, order.length)} strokeWidth={2} />
        ))}
        {shares && (
          <g fontSize={10} fill="#6b7280">
            {[0, 0.5, 1].map((p) => (
              <text key={p} x={W - M.right} y={sp(p) + 3} textAnchor="end">
                {p}
              </text>
            ))}
            <text x={W - M.right} y={TOP - 8} textAnchor="end" fontStyle="italic">
              P
            </text>
          </g>
        )}
        <EdgeMarkers items={off} top={TOP} right={right} />
        {drag.band}
      </svg>
      <Legend levels={order} counts={regions ? countsByLevel(regions, order) : shares ? shareTotals(shares) : []} />
      {frozen && <FrozenLegend frozen={frozen} all={histogram} />}
    </div>
  );
});

const FREE_COLOR = '#2563eb';
const FROZEN_COLOR = '#ea580c';

/** The frozen part of each bar, from its foot: the rest of the bar above it is the free weights. */
function FrozenBars({ frozen, sx, sy, bottom }: { frozen: Histogram; sx: (v: number) => number; sy: (v: number) => number; bottom: number }) {
  const bars = [];
  for (let i = 0; i < frozen.counts.length; i++) {
    if (!frozen.counts[i]) continue;
    const x0 = sx(frozen.edges[i]);
    const y = sy(frozen.counts[i]);
    bars.push(
      <rect key={i} data-testid="histogram-frozen-bar" x={x0} y={y} width={Math.max(0.5, sx(frozen.edges[i + 1]) - x0 - 0.3)} height={Math.max(0, bottom - y)} fill={FROZEN_COLOR}>
        <title>{`[${formatValue(frozen.edges[i])}, ${formatValue(frozen.edges[i + 1])}): ${frozen.counts[i]} frozen weights`}</title>
      </rect>,
    );
  }
  return <>{bars}</>;
}

function FrozenLegend({ frozen, all }: { frozen: Histogram; all: Histogram }) {
  const sum = (h: Histogram) => h.counts.reduce((a, c) => a + c, 0);
  const f = sum(frozen);
  return (
    <div className="legend" data-testid="histogram-frozen-legend" data-frozen={f} data-free={sum(all) - f}>
      <span>
        <i style={{ background: FROZEN_COLOR, height: 8 }} /> frozen on a level ({f} weights)
      </span>
      <span>
        <i style={{ background: FREE_COLOR, height: 8 }} /> free, still training ({sum(all) - f} weights)
      </span>
    </div>
  );
}

function countsByLevel(regions: RegionData, order: number[]): number[] {
  const counts = order.map(() => 0);
  for (let r = 0; r < regions.levels.length; r++) counts[order.indexOf(regions.levels[r])] += regions.counts[r];
  return counts;
}

function shareTotals(shares: { levels: Float32Array; counts: Uint32Array }): number[] {
  const k = shares.levels.length;
  const totals = new Array(k).fill(0);
  for (let i = 0; i < shares.counts.length; i++) totals[i % k] += shares.counts[i];
  return totals;
}

function Legend({ levels, counts }: { levels: number[]; counts: number[] }) {
  if (!levels.length) return null;
  if (levels.length > 8) return <div className="legend">{`${levels.length} levels, in alternating colours`}</div>;
  return (
    <div className="legend" data-testid="histogram-legend">
      {levels.map((l, i) => (
        <span key={l}>
          <i style={{ background: levelColor(i, levels.length), height: 8 }} /> → {formatValue(l)} ({counts[i]} weights)
        </span>
      ))}
    </div>
  );
}

/**
 * The quantized view: the histogram of the quantized weights over their own range (the
 * output domain), a dashed line at each level with its count of weights on top, and each
 * channel's own levels as ticks (per-channel scales).
 */
export const QuantizedSvg = memo(function QuantizedSvg({
  histogram,
  domain,
  levels,
  levelCounts,
  channelLevels,
  onSelect,
  height = 240,
}: {
  histogram: Histogram;
  /** The x range shown (it holds every bar). */
  domain: [number, number];
  levels: number[];
  levelCounts?: { values: Float32Array; counts: Uint32Array };
  channelLevels?: Float32Array;
  onSelect?: (range: [number, number]) => void;
  height?: number;
}) {
  const [lo, hi] = domain;
  const right = W - M.right;
  const sx = linearScale(lo, hi, M.left, right);
  const { yTicks, sy } = countScale(histogram, height, TOP);
  const bottom = height - M.bottom;
  const drag = useDragSelect(domain, M.left, right, TOP, bottom, onSelect);
  const levelMarks = splitMarks(levels, domain);
  const shown = levelMarks.inside;
  const off = [
    { kind: 'level', ...levelMarks },
    { kind: 'channel level', ...splitMarks(channelLevels ?? [], domain) },
  ];
  const countOf = (level: number) => {
    if (!levelCounts) return undefined;
    let best = -1;
    levelCounts.values.forEach((v, i) => {
      if (Math.abs(v - level) <= 1e-5 * Math.max(1, Math.abs(level)) && (best < 0 || Math.abs(v - level) < Math.abs(levelCounts.values[best] - level))) best = i;
    });
    return best < 0 ? 0 : levelCounts.counts[best];
  };
  return (
    <div className="chart" data-testid="histogram" data-view="quantized" data-levels={shown.length} data-bins={histogram.counts.length} data-lo={lo} data-hi={hi}>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label="Quantized weights at their levels" {...drag.handlers}>
        <Axes top={TOP} xTicks={xTicksIn(domain)} yTicks={yTicks} sx={sx} sy={sy} height={height} xFormat={tickText} yFormat={tickText} xLabel="quantized q(w)" />
        <Bars histogram={histogram} sx={sx} sy={sy} bottom={bottom} color={() => '#7c3aed'} />
        {channelLevels && (
          <g className="channel-levels" data-count={channelLevels.length}>
            {Array.from(channelLevels).map((v, i) =>
              v >= lo && v <= hi ? <line key={i} className="channel-level" x1={sx(v)} x2={sx(v)} y1={TOP} y2={TOP + 10} stroke="#dc2626" strokeOpacity={0.35} strokeWidth={1} /> : null,
            )}
          </g>
        )}
        {shown.map((level, i) => {
          const n = countOf(level);
          return (
            <g key={`${i}-${level}`}>
              <line className="level-line" data-testid="histogram-level" data-x={level} x1={sx(level)} x2={sx(level)} y1={TOP} y2={bottom} stroke="#dc2626" strokeWidth={1.5} strokeDasharray="4 2">
                <title>{`level ${formatValue(level)}${n === undefined ? '' : `: ${n} weights`}`}</title>
              </line>
              {n !== undefined && shown.length <= 16 && (
                <text className="level-count" data-testid="level-count" data-level={level} x={sx(level)} y={TOP - 6} textAnchor="middle" fontSize={10} fill="#dc2626">
                  {`${formatValue(level)}: ${n}`}
                </text>
              )}
            </g>
          );
        })}
        <EdgeMarkers items={off} top={TOP} right={right} />
        {drag.band}
      </svg>
    </div>
  );
});

/**
 * The transfer view: q(w) over the latent range of the scope, on the same x axis as the
 * latent histogram (drawn faintly along the bottom): a staircase per scope (several: one
 * per sampled channel), or for a stochastic quantizer the mean of the draw per bin.
 */
export const TransferSvg = memo(function TransferSvg({
  histogram,
  domain,
  scopes,
  shares,
  levels,
  onSelect,
  height = 240,
}: {
  histogram: Histogram;
  /** The x range shown (it holds every bar). */
  domain: [number, number];
  scopes: RegionData[];
  shares?: { levels: Float32Array; counts: Uint32Array };
  levels: number[];
  onSelect?: (range: [number, number]) => void;
  height?: number;
}) {
  const [lo, hi] = domain;
  const right = W - M.right;
  const sx = linearScale(lo, hi, M.left, right);
  const bottom = height - M.bottom;
  const drag = useDragSelect(domain, M.left, right, TOP, bottom, onSelect);
  const stairs = scopes.map((r) => staircase(regionSpans(r.thresholds, r.levels, r.counts, domain)));
  const mean = shares ? shareCurves(histogram, shares).mean : [];
  const outputLevels = shares ? Array.from(shares.levels) : levels;
  // Every level is on the y axis, also those q(w) does not reach inside the shown x range.
  const ys = extent([...stairs.flat().map((p) => p.y), ...mean.map((p) => p.y), ...outputLevels]) ?? [-1, 1];
  const off = [{ kind: 'threshold', ...splitMarks(scopes.flatMap((r) => Array.from(r.thresholds)), domain) }];
  const pad = (ys[1] - ys[0]) * 0.05;
  // q(w) in the upper three quarters, the latent histogram below it, on the same x axis.
  const strip = (bottom - TOP) * 0.22;
  const sy = linearScale(ys[0] - pad, ys[1] + pad, bottom - strip - 6, TOP);
  const yTicks = niceTicks(ys[0], ys[1], 4).filter((t) => t >= ys[0] - pad && t <= ys[1] + pad);
  let max = 0;
  for (const c of histogram.counts) if (c > max) max = c;
  const sc = linearScale(0, max || 1, bottom, bottom - strip);
  return (
    <div className="chart" data-testid="histogram" data-view="transfer" data-scopes={scopes.length} data-bins={histogram.counts.length} data-lo={lo} data-hi={hi}>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label="The quantizer's q(w) over the latent range" {...drag.handlers}>
        {Array.from(histogram.counts).map((c, i) => {
          const x0 = sx(histogram.edges[i]);
          return <rect key={`h${i}`} className="bar" data-testid="histogram-bar" data-x0={histogram.edges[i]} data-x1={histogram.edges[i + 1]} x={x0} y={sc(c)} width={Math.max(0.5, sx(histogram.edges[i + 1]) - x0 - 0.3)} height={bottom - sc(c)} fill="#cbd5e1" />;
        })}
        <Axes top={TOP} xTicks={xTicksIn(domain)} yTicks={yTicks} sx={sx} sy={sy} height={height} xFormat={tickText} yFormat={tickText} xLabel="latent w" />
        {levelsInside(outputLevels, [ys[0] - pad, ys[1] + pad]).map((l) => (
          <line key={`l${l}`} x1={M.left} x2={W - M.right} y1={sy(l)} y2={sy(l)} stroke="#dc2626" strokeOpacity={0.4} strokeDasharray="4 2" />
        ))}
        {stairs.map((points, i) => (
          <path key={`s${i}`} data-testid="transfer-step" d={linePath(points, sx, sy)} fill="none" stroke="#111827" strokeOpacity={scopes.length > 1 ? 0.45 : 1} strokeWidth={scopes.length > 1 ? 1 : 2} />
        ))}
        {shares && <path data-testid="transfer-mean" d={linePath(mean, sx, sy)} fill="none" stroke="#111827" strokeWidth={2} />}
        <text x={M.left + 4} y={TOP - 8} fontSize={10} fill="#6b7280" fontStyle="italic">
          {shares ? 'q(w): mean of the last draw per bin' : 'q(w)'}
        </text>
        <EdgeMarkers items={off} top={TOP + 12} right={right} />
        {drag.band}
      </svg>
    </div>
  );
});
