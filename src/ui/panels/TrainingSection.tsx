import { BACKEND_IDS, OPTIMIZER_IDS, SCHEDULE_IDS, type ExperimentConfig } from '../../experiment/config';
import { STANDARD_TRAINING, TRAINING_METHOD_FACTS as METHODS } from '../../quant/facts';
import { TRAINING_METHOD_IDS, type TrainingMethodId } from '../../quant/types';
import { trainingProblem, withTrainingMethod } from '../config-edit';
import { useClient, useLab, useLabContext } from '../context';
import { Control, ControlGroup } from './common';
import { CheckField, NumberField, ParamFields, SelectField } from './fields';

/** The training method (incremental schedules, ADMM) and its parameters. */
function TrainingMethodControl() {
  const { store } = useLabContext();
  const config = useLab((s) => s.config);
  const edit = store.getState().editConfig;
  const id = config.training?.method ?? STANDARD_TRAINING;
  const method = METHODS[id];
  return (
    <ControlGroup id="config-training-method" title="Training method">
      <Control label="Method" error={trainingProblem(config)} hint={method.formula}>
        <SelectField<TrainingMethodId>
          field="trainingMethod"
          value={id}
          options={TRAINING_METHOD_IDS.map((m) => {
            const reason = trainingProblem(config, m);
            return { value: m, label: METHODS[m].label, disabled: !!reason && m !== id, title: reason };
          })}
          onChange={(m) => edit((c) => withTrainingMethod(c, m))}
        />
      </Control>
      {config.training && (
        <ParamFields
          prefix="training.params"
          specs={method.params}
          values={config.training.params}
          onChange={(params) => edit((c) => (c.training ? { ...c, training: { ...c.training, params } } : c))}
        />
      )}
    </ControlGroup>
  );
}

const BACKEND_LABELS: Record<ExperimentConfig['backend'], string> = {
  auto: 'auto (WebGPU → WebGL → WASM → CPU)',
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WASM',
  cpu: 'CPU',
};

export function TrainingSection() {
  const { store } = useLabContext();
  const client = useClient();
  const config = useLab((s) => s.config);
  const edit = store.getState().editConfig;
  const opt = config.optimizer;
  const sched = config.schedule;
  return (
    <>
      <ControlGroup id="config-optimizer" title="Optimizer">
        <Control label="Optimizer">
          <SelectField<ExperimentConfig['optimizer']['id']> field="optimizer" value={opt.id} options={OPTIMIZER_IDS.map((id) => ({ value: id, label: id === 'adam' ? 'Adam' : 'SGD with momentum' }))} onChange={(id) => edit((c) => ({ ...c, optimizer: { ...c.optimizer, id } }))} />
        </Control>
        <Control label="Learning rate">
          <NumberField field="lr" value={opt.learningRate} min={1e-6} max={10} step={1e-4} onCommit={(learningRate) => edit((c) => ({ ...c, optimizer: { ...c.optimizer, learningRate } }))} />
        </Control>
        {opt.id === 'sgd' && (
          <Control label="Momentum">
            <NumberField field="momentum" value={opt.momentum} min={0} max={0.999} step={0.01} onCommit={(momentum) => edit((c) => ({ ...c, optimizer: { ...c.optimizer, momentum } }))} />
          </Control>
        )}
        <Control label="Weight decay">
          <NumberField field="weightDecay" value={opt.weightDecay} min={0} max={1} step={1e-5} onCommit={(weightDecay) => edit((c) => ({ ...c, optimizer: { ...c.optimizer, weightDecay } }))} />
        </Control>
      </ControlGroup>
      <TrainingMethodControl />
      <ControlGroup id="config-schedule" title="Learning-rate schedule">
        <Control label="Schedule">
          <SelectField<ExperimentConfig['schedule']['id']> field="schedule" value={sched.id} options={SCHEDULE_IDS.map((id) => ({ value: id, label: id }))} onChange={(id) => edit((c) => ({ ...c, schedule: { ...c.schedule, id } }))} />
        </Control>
        {sched.id === 'step' && (
          <>
            <Control label="Every (epochs)">
              <NumberField field="stepEpochs" value={sched.stepEpochs} min={1} max={100} integer onCommit={(stepEpochs) => edit((c) => ({ ...c, schedule: { ...c.schedule, stepEpochs } }))} />
            </Control>
            <Control label="Multiply by γ">
              <NumberField field="gamma" value={sched.gamma} min={0.001} max={1} step={0.05} onCommit={(gamma) => edit((c) => ({ ...c, schedule: { ...c.schedule, gamma } }))} />
            </Control>
          </>
        )}
      </ControlGroup>
      <div className="control-row">
        <Control id="config-epochs" label="Epochs">
          <NumberField field="epochs" value={config.epochs} min={1} max={100} integer onCommit={(epochs) => edit((c) => ({ ...c, epochs }))} />
        </Control>
        <Control id="config-batch-size" label="Batch size">
          <NumberField field="batchSize" value={config.batchSize} min={1} max={1024} integer onCommit={(batchSize) => edit((c) => ({ ...c, batchSize }))} />
        </Control>
        <Control id="config-seed" label="Seed">
          <NumberField field="seed" value={config.seed} min={0} max={2 ** 31 - 1} integer onCommit={(seed) => edit((c) => ({ ...c, seed }))} />
        </Control>
      </div>
      <ControlGroup id="config-mode" title="Quantization mode">
        <div className="segmented" role="radiogroup" aria-label="Quantization mode">
          {(['qat', 'ptq'] as const).map((mode) => (
            <label key={mode}>
              <input type="radio" name="mode" value={mode} data-field={`mode.${mode}`} checked={config.mode === mode} onChange={() => edit((c) => ({ ...c, mode }))} />
              {mode === 'qat' ? 'QAT (quantization-aware training)' : 'PTQ (post-training quantization)'}
            </label>
          ))}
        </div>
        {config.mode === 'ptq' && (
          <div className="control-row" data-testid="ptq-controls">
            <Control label="Calibration batches">
              <NumberField field="calibrationBatches" value={config.ptq.calibrationBatches} min={1} max={100} integer onCommit={(calibrationBatches) => edit((c) => ({ ...c, ptq: { ...c.ptq, calibrationBatches } }))} />
            </Control>
            <Control label="Fine-tune epochs (QAT after PTQ)">
              <NumberField field="finetuneEpochs" value={config.ptq.finetuneEpochs} min={0} max={20} integer onCommit={(finetuneEpochs) => edit((c) => ({ ...c, ptq: { ...c.ptq, finetuneEpochs } }))} />
            </Control>
          </div>
        )}
      </ControlGroup>
      <Control id="config-backend" label="tfjs backend" hint="Same seed and backend give the same curves.">
        <SelectField<ExperimentConfig['backend']>
          field="backend"
          value={config.backend}
          options={BACKEND_IDS.map((id) => ({ value: id, label: BACKEND_LABELS[id] }))}
          onChange={(backend) => {
            edit((c) => ({ ...c, backend }));
            client.setBackend(backend);
          }}
        />
      </Control>
    </>
  );
}
