import { useLab } from '../context';
import { describeChanges, nextRunChanges } from '../next-run-changes';
import { isRunActive } from '../store';

/** While a run is active: which edits it takes from its next batch, and which wait for the next run. */
export function EditsNotice() {
  const run = useLab((s) => (isRunActive(s.run) ? s.run : undefined));
  const config = useLab((s) => s.config);
  if (!run) return null;
  const pending = nextRunChanges(run, config);
  const liveLambda = run.config.regularizer.id !== 'none';
  return (
    <div className="edits-notice" data-testid="edits-notice">
      <p className="control-hint" data-testid="live-settings-hint">
        {liveLambda ? 'The learning rate and the regularizer’s λ apply' : 'The learning rate applies'} to this run from its next batch.
      </p>
      {pending.length > 0 && (
        <p className="notice-inline small" role="status" data-testid="next-run-changes" data-count={pending.length}>
          Changes apply to the next run: {describeChanges(pending)}
        </p>
      )}
    </div>
  );
}

/** Above the settings while a run is active: which of them reach it. */
export function ConfigureRunNote() {
  const run = useLab((s) => (isRunActive(s.run) ? s.run : undefined));
  if (!run) return null;
  const lambda = run.config.regularizer.id !== 'none';
  return (
    <p className="notice-inline small" data-testid="configure-run-note">
      A run is {run.status === 'paused' ? 'paused' : 'training'}: {lambda ? 'the learning rate and λ reach it' : 'the learning rate reaches it'} from its next batch; every other edit is for the next run.
    </p>
  );
}
