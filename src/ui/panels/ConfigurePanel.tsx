import { DatasetSection } from './DatasetSection';
import { LayerTable } from './LayerTable';
import { QuantSection } from './QuantSection';
import { ArchitectureSection, TrainingSection } from './TrainingSection';
import { Panel } from './common';

export function ConfigurePanel() {
  return (
    <Panel id="configure" title="Configure" className="configure">
      <DatasetSection />
      <ArchitectureSection />
      <QuantSection />
      <LayerTable />
      <TrainingSection />
    </Panel>
  );
}
