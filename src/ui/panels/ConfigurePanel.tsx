import { lazy, Suspense } from 'react';
import { useLab } from '../context';
import { isRunActive } from '../store';
import { DatasetSection } from './DatasetSection';
import { QuantSection } from './QuantSection';
import { ArchitectureSection } from './ArchitectureSection';
import { Panel } from './common';

// The per-layer table and the training settings below it follow the first paint.
const TrainingSection = lazy(() => import('./TrainingSection').then((m) => ({ default: m.TrainingSection })));
const LayerTable = lazy(() => import('./LayerTable').then((m) => ({ default: m.LayerTable })));
// Loads with the first active run, not with the page.
const ConfigureRunNote = lazy(() => import('./EditsNotice').then((m) => ({ default: m.ConfigureRunNote })));

/** Its own subscriber, so that a run starting or ending does not re-render the whole form. */
function RunNote() {
  const active = useLab((s) => isRunActive(s.run));
  if (!active) return null;
  return (
    <Suspense fallback={null}>
      <ConfigureRunNote />
    </Suspense>
  );
}

export function ConfigurePanel() {
  return (
    <Panel id="configure" title="Configure" className="configure">
      <RunNote />
      <DatasetSection />
      <ArchitectureSection />
      <QuantSection />
      <Suspense fallback={null}>
        <LayerTable />
      </Suspense>
      <Suspense fallback={null}>
        <TrainingSection />
      </Suspense>
    </Panel>
  );
}
