import { ConfigurePanel } from './panels/ConfigurePanel';
import { DeployPanel } from './panels/DeployPanel';
import { CurvesView, LayerErrorView } from './panels/CurvesView';
import { ErrorBoundary, useHidden } from './panels/common';
import { ExplainPanel } from './panels/ExplainPanel';
import { Header, Notices } from './panels/Header';
import { HistogramView } from './panels/HistogramView';
import { PresetsPanel } from './panels/PresetsPanel';
import { ConfusionMatrix, SampleGrid } from './panels/ResultsView';
import { RunControls } from './panels/RunControls';
import { RunsPanel } from './panels/RunsPanel';
import { SummaryTable } from './panels/SummaryTable';

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
      <DeployPanel />
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
      <RunsPanel />
    </ErrorBoundary>
  );
}
