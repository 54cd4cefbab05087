import { lazy, Suspense } from 'react';
import { ConfigurePanel } from './panels/ConfigurePanel';
import { CurvesView, LayerErrorView } from './panels/CurvesView';
import { ErrorBoundary, useHidden } from './panels/common';
import { ExplainPanel } from './panels/ExplainPanel';
import { Header, Notices } from './panels/Header';
import { HistogramView } from './panels/HistogramView';
import { PresetsPanel } from './panels/PresetsPanel';
import { ConfusionMatrix, SampleGrid } from './panels/ResultsView';
import { RunControls } from './panels/RunControls';
import { SummaryTable } from './panels/SummaryTable';

// Below the first view: their code loads once the page is open.
const DeployPanel = lazy(() => import('./panels/DeployPanel').then((m) => ({ default: m.DeployPanel })));
const RunsPanel = lazy(() => import('./panels/RunsPanel').then((m) => ({ default: m.RunsPanel })));

function Watch() {
  if (useHidden('watch')) return null;
  return (
    <div className="watch" data-testid="panel-watch" data-hide-id="watch">
      <HistogramView />
      <CurvesView />
      <LayerErrorView />
      <SummaryTable />
      <div className="results">
        <SampleGrid />
        <ConfusionMatrix />
      </div>
      <Suspense fallback={null}>
        <DeployPanel />
      </Suspense>
    </div>
  );
}

export function App() {
  return (
    <ErrorBoundary name="page">
      <Header />
      <Notices />
      <main className="layout">
        <aside className="column left">
          <PresetsPanel />
          <ConfigurePanel />
        </aside>
        <div className="column centre">
          <RunControls />
          <Watch />
        </div>
        <aside className="column right">
          <ExplainPanel />
        </aside>
      </main>
      <Suspense fallback={null}>
        <RunsPanel />
      </Suspense>
    </ErrorBoundary>
  );
}
