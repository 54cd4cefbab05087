import { lazy, Suspense } from 'react';
import { ConfigurePanel } from './panels/ConfigurePanel';
import { CurvesEmpty, LayerErrorEmpty } from './panels/CurvesEmpty';
import { ErrorBoundary, Panel, useHidden } from './panels/common';
import { useLab } from './context';
import { Header, Notices } from './panels/Header';
import { HistogramView } from './panels/HistogramView';
import { PresetsPanel } from './panels/PresetsPanel';
import { ConfusionEmpty, SamplesEmpty } from './panels/ResultsEmpty';
import { RunControls } from './panels/RunControls';

// Below the first view: their code loads once the page is open.
const DeployPanel = lazy(() => import('./panels/DeployPanel').then((m) => ({ default: m.DeployPanel })));
const CurvesView = lazy(() => import('./panels/CurvesView').then((m) => ({ default: m.CurvesView })));
const LayerErrorView = lazy(() => import('./panels/CurvesView').then((m) => ({ default: m.LayerErrorView })));
const SampleGrid = lazy(() => import('./panels/ResultsView').then((m) => ({ default: m.SampleGrid })));
const ConfusionMatrix = lazy(() => import('./panels/ResultsView').then((m) => ({ default: m.ConfusionMatrix })));
// The Explain panel's code (formulas, the estimator plots) follows the first paint.
const ExplainPanel = lazy(() => import('./panels/ExplainPanel').then((m) => ({ default: m.ExplainPanel })));
const SummaryTable = lazy(() => import('./panels/SummaryTable').then((m) => ({ default: m.SummaryTable })));
const RunsPanel = lazy(() => import('./panels/RunsPanel').then((m) => ({ default: m.RunsPanel })));
const SensitivityPanel = lazy(() => import('./panels/SensitivityPanel').then((m) => ({ default: m.SensitivityPanel })));

/** Loss, accuracy and per-layer error curves, whose code loads with the first run. */
function Curves() {
  const running = useLab((s) => !!s.run);
  if (!running) {
    return (
      <>
        <CurvesEmpty />
        <LayerErrorEmpty />
      </>
    );
  }
  return (
    <Suspense fallback={<CurvesEmpty />}>
      <CurvesView />
      <LayerErrorView />
    </Suspense>
  );
}

/** Test predictions and the confusion matrix, whose code loads with the first results. */
function Results() {
  const done = useLab((s) => !!s.run?.done);
  return (
    <div className="results">
      {done ? (
        <Suspense fallback={<SamplesEmpty />}>
          <SampleGrid />
          <ConfusionMatrix />
        </Suspense>
      ) : (
        <>
          <SamplesEmpty />
          <ConfusionEmpty />
        </>
      )}
    </div>
  );
}

function Watch() {
  if (useHidden('watch')) return null;
  return (
    <div className="watch" data-testid="panel-watch" data-hide-id="watch">
      <HistogramView />
      <Curves />
      <Suspense fallback={null}>
        <SummaryTable />
      </Suspense>
      <Results />
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
          <Suspense
            fallback={
              <Panel id="explain" title="Explain">
                <p className="small muted">Loading…</p>
              </Panel>
            }
          >
            <ExplainPanel />
          </Suspense>
          <Suspense fallback={null}>
            <SensitivityPanel />
          </Suspense>
        </aside>
      </main>
      <Suspense fallback={null}>
        <RunsPanel />
      </Suspense>
    </ErrorBoundary>
  );
}
