import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface SeriesSpec {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  /** Dots always drawn, larger (a single evaluation, such as a PTQ run's result). */
  marker?: boolean;
}

/** A small line chart without animation; memoized, so pass stable series and formatters. */
export const LineChartBox = memo(function LineChartBox({ testId, data, xKey, xLabel, series, yDomain, yFormat, height = 180 }: { testId: string; data: Record<string, number | undefined>[]; xKey: string; xLabel: string; series: SeriesSpec[]; yDomain?: [number | 'auto', number | 'auto']; yFormat?: (v: number) => string; height?: number }) {
  return (
    <div className="chart" data-testid={testId} data-points={data.length}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} label={{ value: xLabel, position: 'insideBottomRight', offset: -2, fontSize: 11 }} height={30} />
          <YAxis width={48} domain={yDomain ?? ['auto', 'auto']} tickFormatter={yFormat} />
          <Tooltip formatter={(v) => (typeof v === 'number' && yFormat ? yFormat(v) : String(v))} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {series.map((s) => (
            <Line key={s.key} type="linear" dataKey={s.key} name={s.label} stroke={s.color} strokeDasharray={s.dashed ? '5 3' : undefined} dot={s.marker ? { r: 4 } : data.length < 30} isAnimationActive={false} connectNulls />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
});
