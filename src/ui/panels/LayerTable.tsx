import { useMemo } from 'react';
import type { QuantChoice } from '../../experiment/config';
import { resolveAllLayers } from '../../experiment/resolve';
import { placeLayers } from '../../model/architectures';
import { useImageShape, useLab, useLabContext } from '../context';
import { setLayerOverride, type Role } from '../config-edit';
import { ChoiceFields } from './QuantSection';
import { CheckField } from './fields';
import { ControlGroup } from './common';

const describe = (c: QuantChoice) => (c.quantizer === 'none' ? 'float32' : `${c.quantizer} ${c.bits}b`);

function OverrideCell({ index, role, override, effective, global }: { index: number; role: Role; override?: QuantChoice; effective: QuantChoice; global: QuantChoice }) {
  const { store } = useLabContext();
  const set = (value: QuantChoice | undefined) => store.getState().editConfig((c) => setLayerOverride(c, index, role, value));
  if (!override) {
    return (
      <td>
        <span className="muted">{describe(effective)}</span>{' '}
        <button className="link-button" data-testid={`layer-${index}-${role}-override`} onClick={() => set({ ...global, params: {} })}>
          change
        </button>
      </td>
    );
  }
  return (
    <td>
      <ChoiceFields role={role} field={`layer${index}.${role}`} choice={override} onChange={set} />
      <button className="link-button" title="Use the global setting" onClick={() => set(undefined)}>
        reset
      </button>
    </td>
  );
}

/** Per-layer quantization: keep-float and weight/activation overrides over the global choice. */
export function LayerTable() {
  const { store } = useLabContext();
  const config = useLab((s) => s.config);
  const shape = useImageShape();
  const placed = useMemo(() => placeLayers(config, shape), [config.architecture, config.units, config.filters, shape]);
  const resolved = resolveAllLayers(config, placed.length);
  const edit = store.getState().editConfig;
  return (
    <ControlGroup id="config-layers" title="Layers">
      <CheckField field="keepFirstLastFloat" label="Keep the first and last layers float32" checked={config.quant.keepFirstLastFloat} onChange={(v) => edit((c) => ({ ...c, quant: { ...c.quant, keepFirstLastFloat: v } }))} />
      <table className="layer-table" data-testid="layer-table">
        <thead>
          <tr>
            <th>Layer</th>
            <th>Float</th>
            <th>Weights</th>
            <th>Input activations</th>
          </tr>
        </thead>
        <tbody>
          {placed.map((p, i) => {
            const override = config.quant.layers[String(i)] ?? {};
            const r = resolved[i];
            return (
              <tr key={p.spec.name}>
                <td title={p.weightShape.join('×')}>{p.spec.name}</td>
                <td>
                  <input
                    type="checkbox"
                    data-field={`layer${i}.keepFloat`}
                    aria-label={`Keep ${p.spec.name} float`}
                    checked={r.keepFloat}
                    onChange={(e) => edit((c) => setLayerOverride(c, i, 'keepFloat', e.target.checked))}
                  />
                </td>
                {r.keepFloat ? (
                  <td colSpan={2} className="muted">
                    float32
                  </td>
                ) : (
                  <>
                    <OverrideCell index={i} role="weight" override={override.weight} effective={r.weight} global={config.quant.weight} />
                    <OverrideCell index={i} role="activation" override={override.activation} effective={r.activation} global={config.quant.activation} />
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ControlGroup>
  );
}
