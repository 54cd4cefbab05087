import { lazy, Suspense } from 'react';
import { useLab } from '../context';
import { isRunActive } from '../store';
import { DatasetSection } from './DatasetSection';
import { LayerTable } from './LayerTable';
import { QuantSection } from './QuantSection';
import { ArchitectureSection, TrainingSection } from './TrainingSection';
import { Panel } from './common';

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
      <LayerTable />
      <TrainingSection />
    </Panel>
  );
}
