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

export function ConfigurePanel() {
  const active = useLab((s) => isRunActive(s.run));
  return (
    <Panel id="configure" title="Configure" className="configure">
      {active && (
        <Suspense fallback={null}>
          <ConfigureRunNote />
        </Suspense>
      )}
      <DatasetSection />
      <ArchitectureSection />
      <QuantSection />
      <LayerTable />
      <TrainingSection />
    </Panel>
  );
}
