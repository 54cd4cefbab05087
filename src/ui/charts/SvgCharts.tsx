import { memo } from 'react';
import { extent, linearScale, linePath, niceTicks } from './scale';

/*
 * Plain SVG charts for the views that update several times a second while training:
 * a few dozen elements each, so a re-render costs well under a millisecond (a general
 * chart library spends tens of milliseconds per chart on the same data).
 */

export const W = 400;
export const M = { left: 44, right: 8, top: 8, bottom: 24 };

export const tickText = (v: number) => (v === 0 ? '0' : Math.abs(v) >= 1000 ? `${+(v / 1000).toFixed(1)}k` : Math.abs(v) < 0.01 ? v.toExponential(0) : String(+v.toPrecision(3)));

/** The axes, and the plotting rectangle from `top` to the x axis (`.plot-area`, a faint frame). */
export function Axes({ xTicks, yTicks, sx, sy, height, top = M.top, xFormat, yFormat, xLabel }: { xTicks: number[]; yTicks: number[]; sx: (v: number) => number; sy: (v: number) => number; height: number; top?: number; xFormat: (v: number) => string; yFormat: (v: number) => string; xLabel?: string }) {
  const bottom = height - M.bottom;
  return (
    <g className="axes" fontSize={10} fill="#6b7280">
      <rect className="plot-area" x={M.left} y={top} width={W - M.right - M.left} height={bottom - top} fill="none" stroke="#f1f5f9" />
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={M.left} x2={W - M.right} y1={sy(t)} y2={sy(t)} stroke="#e5e7eb" />
          <text x={M.left - 4} y={sy(t) + 3} textAnchor="end">
            {yFormat(t)}
          </text>
        </g>
      ))}
      <line x1={M.left} x2={W - M.right} y1={bottom} y2={bottom} stroke="#9ca3af" />
      {xTicks.map((t) => (
        <text key={`x${t}`} x={sx(t)} y={bottom + 12} textAnchor="middle">
          {xFormat(t)}
        </text>
      ))}
      {xLabel && (
        <text x={W - M.right} y={height - 2} textAnchor="end" fontStyle="italic">
          {xLabel}
        </text>
      )}
    </g>
  );
}

export interface SvgSeries {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  /** Points always drawn, larger (a single evaluation, such as a run's result). */
  marker?: boolean;
}

/** Lines over rows keyed by `xKey`, with a legend; points are drawn when there are few. */
export const LinesSvg = memo(function LinesSvg({ testId, rows, xKey, xLabel, series, yDomain, yFormat = tickText, height = 180 }: { testId: string; rows: readonly Record<string, number | undefined>[]; xKey: string; xLabel: string; series: readonly SvgSeries[]; yDomain?: [number, number]; yFormat?: (v: number) => string; height?: number }) {
  const xs = rows.map((r) => r[xKey] as number);
  const [x0, x1] = extent(xs) ?? [0, 1];
  const ys = yDomain ?? extent(rows.flatMap((r) => series.map((s) => r[s.key] as number))) ?? [0, 1];
  const sx = linearScale(x0, x1, M.left, W - M.right);
  const sy = linearScale(ys[0], ys[1], height - M.bottom, M.top);
  const xTicks = niceTicks(x0, x1, 5).filter((t) => t >= x0 && t <= x1);
  const yTicks = niceTicks(ys[0], ys[1], 4).filter((t) => t >= ys[0] - 1e-12 && t <= ys[1] + 1e-12);
  const showDots = rows.length < 30;
  return (
    <div className="chart" data-testid={testId} data-points={rows.length}>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={series.map((s) => s.label).join(', ')}>
        <Axes xTicks={xTicks} yTicks={yTicks} sx={sx} sy={sy} height={height} xFormat={tickText} yFormat={yFormat} xLabel={xLabel} />
        {series.map((s) => {
          const points = rows.map((r) => ({ x: r[xKey] as number, y: r[s.key] }));
          return (
            <g key={s.key} data-series={s.key}>
              <path className="line-curve" d={linePath(points, sx, sy)} fill="none" stroke={s.color} strokeWidth={1.5} strokeDasharray={s.dashed ? '5 3' : undefined} />
              {(showDots || s.marker) &&
                points.map((p, i) =>
                  p.y === undefined || !Number.isFinite(p.y) ? null : s.marker ? (
                    <circle key={i} className="line-marker" cx={sx(p.x)} cy={sy(p.y)} r={5} fill={s.color} stroke="#fff" strokeWidth={1.5} data-y={p.y} />
                  ) : (
                    <circle key={i} cx={sx(p.x)} cy={sy(p.y)} r={2.5} fill={s.color} />
                  ),
                )}
            </g>
          );
        })}
      </svg>
      <div className="legend">
        {series.map((s) => (
          <span key={s.key}>
            <i style={s.dashed ? { background: `repeating-linear-gradient(90deg, ${s.color} 0 5px, transparent 5px 8px)` } : s.marker ? { background: s.color, borderRadius: '50%', width: 8, height: 8 } : { background: s.color }} /> {s.label}
          </span>
        ))}
      </div>
    </div>
  );
});
