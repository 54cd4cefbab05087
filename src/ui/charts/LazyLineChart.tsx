import { lazy, Suspense, type ComponentProps } from 'react';
import type { LineChartBox as LoadedChart } from './LineChartBox';

export type { SeriesSpec } from './LineChartBox';

// The chart library is not needed to open the page: it loads with the first chart drawn.
const Loaded = lazy(() => import('./LineChartBox').then((m) => ({ default: m.LineChartBox })));

/** `LineChartBox`, loaded on first use; until then an empty box of the same size. */
export function LineChartBox(props: ComponentProps<typeof LoadedChart>) {
  return (
    <Suspense fallback={<div className="chart" data-testid={props.testId} data-points={0} style={{ height: props.height ?? 180 }} />}>
      <Loaded {...props} />
    </Suspense>
  );
}
