import { useEffect, useState } from 'react';
import { WIDTH_LIMITS, type ExperimentConfig } from '../../experiment/config';
import { filtersOf, unitsOf } from '../../experiment/widths';
import { layerSpecs } from '../../model/architectures';
import { setWidth, stepHiddenLayers, stepWidth, type WidthEdit, type WidthKind } from '../width-edit';
import { useLab, useLabContext } from '../context';
import { NumberField } from './fields';

/** The network in the architectures' own notation, e.g. "conv8-pool-conv16-pool-fc128-fc10". */
function notation(config: ExperimentConfig): string {
  return layerSpecs(config)
    .map((l) => (l.kind === 'conv2d' ? `conv${l.filters}${l.pool ? '-pool' : ''}` : `fc${l.units}`))
    .join('-');
}

/** A − or + button that applies its edit, or is disabled with the reason it would be refused. */
function StepButton({ label, sign, edit, testId }: { label: string; sign: '−' | '+'; edit: WidthEdit; testId: string }) {
  const { store } = useLabContext();
  const refused = 'refused' in edit ? edit.refused : undefined;
  return (
    <button
      type="button"
      className="width-step"
      data-testid={testId}
      aria-label={label}
      title={refused ?? label}
      disabled={!!refused}
      onClick={() => 'config' in edit && store.getState().editConfig(() => edit.config)}
    >
      {sign}
    </button>
  );
}

/** One layer's width: halve, type, double. */
function WidthRow({ config, kind, index, name, onRefused }: { config: ExperimentConfig; kind: WidthKind; index: number; name: string; onRefused: (reason?: string) => void }) {
  const { store } = useLabContext();
  const widths = kind === 'units' ? unitsOf(config) : filtersOf(config);
  const { min, max } = WIDTH_LIMITS[kind];
  return (
    <div className="width-row" data-testid={`width-${kind}-${index}`}>
      <span className="width-name">{name}</span>
      <StepButton label={`Narrower ${name}`} sign="−" edit={stepWidth(config, kind, index, -1)} testId={`width-${kind}-${index}-narrower`} />
      <NumberField
        field={`${kind}.${index}`}
        value={widths[index]}
        min={min}
        max={max}
        integer
        onCommit={(value) => {
          const edit = setWidth(store.getState().config, kind, index, value);
          if ('config' in edit) store.getState().editConfig(() => edit.config);
          onRefused('refused' in edit ? edit.refused : undefined);
        }}
      />
      <StepButton label={`Wider ${name}`} sign="+" edit={stepWidth(config, kind, index, 1)} testId={`width-${kind}-${index}-wider`} />
      <span className="width-unit">{kind}</span>
    </div>
  );
}

/**
 * The network's widths, as in TensorFlow Playground: + / − for the number of hidden
 * dense layers, and for each layer's units and each convolution's filters. Every edit
 * goes through the config, hence the link; an edit over the page's budget is refused.
 */
export function WidthsControl() {
  const config = useLab((s) => s.config);
  const [refused, setRefused] = useState<string>();
  // A refused typed width leaves the config as it was; any later edit clears the reason.
  useEffect(() => setRefused(undefined), [config]);
  const units = unitsOf(config);
  const filters = filtersOf(config);
  return (
    <div className="widths" data-testid="widths">
      <span className="control-hint" data-testid="widths-notation">
        {notation(config)}
      </span>
      {filters.length > 0 && (
        <div className="width-block">
          <span className="control-label">Convolutions (3×3; pooling as in the architecture)</span>
          {filters.map((_, i) => (
            <WidthRow key={`f${i}`} config={config} kind="filters" index={i} name={`conv${i + 1}`} onRefused={setRefused} />
          ))}
        </div>
      )}
      <div className="width-block">
        <span className="control-label">
          Hidden dense layers: {units.length}{' '}
          <StepButton label="Remove the last hidden layer" sign="−" edit={stepHiddenLayers(config, -1)} testId="width-layers-remove" />
          <StepButton label="Add a hidden layer" sign="+" edit={stepHiddenLayers(config, 1)} testId="width-layers-add" />
        </span>
        {units.map((_, i) => (
          <WidthRow key={`u${i}`} config={config} kind="units" index={i} name={`dense${i + 1}`} onRefused={setRefused} />
        ))}
        <span className="control-hint">then the classifier: dense{units.length + 1}, one unit per class</span>
      </div>
      {refused && (
        <p className="control-error" role="alert">
          {refused}
        </p>
      )}
    </div>
  );
}
