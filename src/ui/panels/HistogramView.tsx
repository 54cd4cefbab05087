import { lazy, Suspense } from 'react';
import { useLab } from '../context';
import { Panel } from './common';

// The plots come with the first snapshot of a run: their code is not needed to open the page.
const HistogramPlot = lazy(() => import('./HistogramPlot').then((m) => ({ default: m.HistogramPlot })));

function Empty({ text }: { text: string }) {
  return (
    <Panel id="histogram" title="Weight histogram">
      <p className="muted" data-testid="histogram-empty">
        {text}
      </p>
    </Panel>
  );
}

/** The chosen layer's weight histogram at a chosen snapshot, with its quantization levels. */
export function HistogramView() {
  const snapshots = useLab((s) => s.run?.snapshots);
  if (!snapshots?.length) return <Empty text="Press Train: the latent weights of the chosen layer appear here, split at its quantizer's decision thresholds." />;
  return (
    <Suspense fallback={<Empty text="Loading the histogram…" />}>
      <HistogramPlot snapshots={snapshots} />
    </Suspense>
  );
}
