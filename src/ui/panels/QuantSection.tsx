import type { ExperimentConfig, QuantChoice } from '../../experiment/config';
import { ESTIMATOR_FACTS as ESTIMATORS, GRADIENT_QUANTIZATION, QUANTIZER_FACTS as QUANTIZERS, REGULARIZER_FACTS as REGULARIZERS } from '../../quant/facts';
import { ESTIMATOR_IDS, REGULARIZER_IDS } from '../../quant/types';
import { useLab, useLabContext } from '../context';
import { bitsOptions, estimatorHint, quantizersForRole, regularizerProblem, switchQuantizer, type Role } from '../config-edit';
import { Control, ControlGroup } from './common';
import { NumberField, ParamFields, SelectField } from './fields';

const ROLE_HINT: Record<Role, string> = {
  weight: 'Lists the quantizers made for weights and those made for any tensor.',
  activation: 'Lists the quantizers made for activations and those made for any tensor.',
};

/** Quantizer and bits selectors for one role; the bits offered are the quantizer's own range. */
export function ChoiceFields({ role, field, choice, onChange, inherit }: { role: Role; field: string; choice: QuantChoice; onChange: (c: QuantChoice) => void; inherit?: boolean }) {
  const bits = bitsOptions(choice.quantizer);
  return (
    <span className="choice">
      <SelectField<string>
        field={`${field}.quantizer`}
        value={choice.quantizer}
        options={[{ value: 'none', label: 'none (float32)' }, ...quantizersForRole(role).map((id) => ({ value: id, label: QUANTIZERS[id].label }))]}
        onChange={(q) => onChange(switchQuantizer(choice, q as QuantChoice['quantizer']))}
      />
      <SelectField<number>
        field={`${field}.bits`}
        value={choice.quantizer === 'none' ? 32 : choice.bits}
        disabled={bits.length < 2}
        options={bits.map((b) => ({ value: b, label: `${b} bit${b === 1 ? '' : 's'}` }))}
        onChange={(b) => onChange({ ...choice, bits: b })}
      />
      {inherit && <span className="inherit-note">(override)</span>}
    </span>
  );
}

function QuantizerControl({ role }: { role: Role }) {
  const { store } = useLabContext();
  const choice = useLab((s) => s.config.quant[role]);
  const set = (next: QuantChoice) => store.getState().editConfig((c) => ({ ...c, quant: { ...c.quant, [role]: next } }));
  const def = choice.quantizer === 'none' ? undefined : QUANTIZERS[choice.quantizer];
  const bitsNote = def && def.bits.min === def.bits.max ? ` ${def.label} is fixed at ${def.bits.min} bit${def.bits.min === 1 ? '' : 's'}.` : '';
  return (
    <ControlGroup id={`config-${role}`} title={role === 'weight' ? 'Weights' : 'Activations'}>
      <Control label="Quantizer and bits" hint={ROLE_HINT[role] + bitsNote}>
        <ChoiceFields role={role} field={role} choice={choice} onChange={set} />
      </Control>
      {def && <ParamFields prefix={`${role}.params`} specs={def.params} values={choice.params} onChange={(params) => set({ ...choice, params })} />}
      <button className="link-button" onClick={() => store.getState().setView({ explainRole: role })} data-testid={`explain-${role}`}>
        Explain this quantizer →
      </button>
    </ControlGroup>
  );
}

function EstimatorControl() {
  const { store } = useLabContext();
  const config = useLab((s) => s.config);
  const estimator = config.quant.estimator;
  const set = (next: ExperimentConfig['quant']['estimator']) => store.getState().editConfig((c) => ({ ...c, quant: { ...c.quant, estimator: next } }));
  return (
    <ControlGroup id="config-estimator" title="Gradient estimator (backward pass)">
      <Control label="Estimator" hint={estimatorHint(config) ?? ESTIMATORS[estimator.id].summary.split('\n')[0]}>
        <SelectField<string>
          field="estimator"
          value={estimator.id}
          options={ESTIMATOR_IDS.map((id) => ({ value: id, label: ESTIMATORS[id].label }))}
          onChange={(id) => set({ id: id as typeof estimator.id, params: {} })}
        />
      </Control>
      <ParamFields prefix="estimator.params" specs={ESTIMATORS[estimator.id].params} values={estimator.params} onChange={(params) => set({ ...estimator, params })} />
    </ControlGroup>
  );
}

/** Float gradients (the field absent) or DoReFa's k-bit gradients. */
function GradientControl() {
  const { store } = useLabContext();
  const bits = useLab((s) => s.config.quant.gradientBits);
  const { min, max } = GRADIENT_QUANTIZATION.bits;
  const set = (next: number) =>
    store.getState().editConfig((c) => {
      const { gradientBits: _, ...quant } = c.quant;
      return { ...c, quant: next === 32 ? quant : { ...quant, gradientBits: next } };
    });
  return (
    <ControlGroup id="config-gradients" title="Gradients (optimizer input)">
      <Control label="Gradient bits" hint={bits === undefined ? 'Float32 gradients. Pick a width to quantize every gradient stochastically (DoReFa-Net G) before the optimizer step.' : GRADIENT_QUANTIZATION.formula}>
        <SelectField<number>
          field="gradientBits"
          value={bits ?? 32}
          options={[{ value: 32, label: 'float32' }, ...Array.from({ length: max - min + 1 }, (_, i) => ({ value: min + i, label: `${min + i} bit${min + i === 1 ? '' : 's'} (DoReFa)` }))]}
          onChange={set}
        />
      </Control>
    </ControlGroup>
  );
}

function RegularizerControl() {
  const { store } = useLabContext();
  const config = useLab((s) => s.config);
  const reg = config.regularizer;
  const set = (next: ExperimentConfig['regularizer']) => store.getState().editConfig((c) => ({ ...c, regularizer: next }));
  const problem = regularizerProblem(config);
  return (
    <ControlGroup id="config-regularizer" title="Regularizer">
      <Control label="Regularizer" error={problem} hint={reg.id === 'none' ? undefined : REGULARIZERS[reg.id].formula}>
        <SelectField<string>
          field="regularizer"
          value={reg.id}
          options={[
            { value: 'none', label: 'none' },
            ...REGULARIZER_IDS.map((id) => {
              const reason = regularizerProblem(config, id);
              return { value: id, label: REGULARIZERS[id].label + (reason ? ' (needs a weight quantizer)' : ''), disabled: !!reason && reg.id !== id, title: reason };
            }),
          ]}
          onChange={(id) => set({ id: id as typeof reg.id, lambda: id === 'none' ? 0 : reg.lambda || 1e-4, params: {} })}
        />
      </Control>
      {reg.id !== 'none' && (
        <>
          <Control label="λ (strength)">
            <NumberField field="lambda" value={reg.lambda} min={0} max={10} step={1e-5} onCommit={(lambda) => set({ ...reg, lambda })} />
          </Control>
          <ParamFields prefix="regularizer.params" specs={REGULARIZERS[reg.id].params} values={reg.params} onChange={(params) => set({ ...reg, params })} />
        </>
      )}
    </ControlGroup>
  );
}

export function QuantSection() {
  return (
    <>
      <QuantizerControl role="weight" />
      <QuantizerControl role="activation" />
      <EstimatorControl />
      <GradientControl />
      <RegularizerControl />
    </>
  );
}
