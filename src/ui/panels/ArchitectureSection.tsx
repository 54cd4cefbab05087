import { lazy, Suspense } from 'react';
import { ARCHITECTURE_IDS, type ExperimentConfig } from '../../experiment/config';
import { withArchitecture } from '../../experiment/widths';
import { ARCHITECTURES } from '../../model/architectures';
import { useLab, useLabContext } from '../context';
import { Control, ControlGroup } from './common';
import { CheckField, SelectField } from './fields';

// Loaded after the page's first paint: the first load has a byte budget.
const WidthsControl = lazy(() => import('./WidthsControl').then((m) => ({ default: m.WidthsControl })));

export function ArchitectureSection() {
  const { store } = useLabContext();
  const config = useLab((s) => s.config);
  const edit = store.getState().editConfig;
  return (
    <ControlGroup id="config-architecture" title="Network">
      <Control label="Architecture">
        <SelectField<ExperimentConfig['architecture']>
          field="architecture"
          value={config.architecture}
          options={ARCHITECTURE_IDS.map((id) => ({ value: id, label: ARCHITECTURES[id].label }))}
          onChange={(architecture) => edit((c) => withArchitecture(c, architecture))}
        />
      </Control>
      <Suspense fallback={null}>
        <WidthsControl />
      </Suspense>
      <CheckField field="batchNorm" label="Batch normalization" checked={config.batchNorm} onChange={(batchNorm) => edit((c) => ({ ...c, batchNorm }))} />
    </ControlGroup>
  );
}
