import { lazy, Suspense, useEffect, useState } from 'react';
import { useClient, useLab } from '../context';
import { trainBlocker } from '../config-edit';
import { activeMs, etaSeconds, formatDuration, progressOf } from '../run-state';
import { isRunActive } from '../store';
import { finalAccuracy, noAccuracyReason } from '../run-record';
import { Panel, percent } from './common';

// Its labels of every setting load with the first active run, not with the page.
const EditsNotice = lazy(() => import('./EditsNotice').then((m) => ({ default: m.EditsNotice })));

/** Re-renders every `ms` while `active` (for the ETA between coalesced updates). */
function useTicker(active: boolean, ms: number): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(performance.now()), ms);
    return () => clearInterval(timer);
  }, [active, ms]);
  return now;
}

function Progress() {
  const run = useLab((s) => s.run);
  const now = useTicker(run?.status === 'running', 1000);
  if (!run) return null;
  const progress = progressOf(run);
  const b = run.lastBatch;
  const eta = b ? etaSeconds(activeMs(run, now), b.step, b.totalSteps) : undefined;
  const totalEpochs = run.start?.epochs ?? run.config.epochs;
  return (
    <div className="progress" data-testid="run-progress">
      <div className="progress-row">
        <span>
          Epoch {b ? `${b.epoch}/${run.phase === 'finetune' ? run.config.ptq.finetuneEpochs : totalEpochs}` : '—'}
          {run.phase !== 'train' ? ` (${run.phase})` : ''}
        </span>
        <progress data-testid="epoch-progress" max={1} value={progress.epoch} />
      </div>
      <div className="progress-row">
        <span>Run {percent(progress.run, 0)}</span>
        <progress data-testid="run-progress-bar" max={1} value={progress.run} />
      </div>
      <div className="progress-meta">
        <span data-testid="run-status" data-status={run.status}>
          {run.status}
        </span>
        {run.status === 'running' && <span data-testid="eta">ETA {formatDuration(eta)}</span>}
        {b && <span>{Math.round(b.examplesPerSecond)} examples/s</span>}
        {b && <span>loss {b.loss.toFixed(3)}</span>}
        <span data-testid="step-count" data-step={b?.step ?? 0}>
          step {b?.step ?? 0}
          {b ? `/${b.totalSteps}` : ''}
        </span>
        {run.done && <span data-testid="final-accuracy">{finalAccuracy(run, run.done) === undefined ? noAccuracyReason(run, run.done) : `test accuracy ${percent(run.done.testAccuracy)}`}</span>}
        {run.phaseMessage && run.status === 'running' && <span>{run.phaseMessage}</span>}
      </div>
      {run.done?.message && (
        <p className="control-error" role="alert" data-testid="run-diverged">
          {run.done.message}
        </p>
      )}
      {run.error && (
        <p className="control-error" role="alert" data-testid="run-error">
          The run failed: {run.error}
        </p>
      )}
    </div>
  );
}

export function RunControls() {
  const client = useClient();
  const run = useLab((s) => s.run);
  const blocker = useLab((s) => trainBlocker(s.config, s.dataset, isRunActive(s.run)));
  const active = isRunActive(run);
  const canStep = active ? run?.status === 'paused' : !blocker;
  return (
    <Panel id="run-controls" title="Run">
      <div className="run-buttons">
        <button className="primary" data-testid="train" disabled={!!blocker} title={blocker} onClick={() => client.train()}>
          ▶ Train
        </button>
        {run?.status === 'paused' ? (
          <button data-testid="resume" onClick={() => client.resume()}>
            Resume
          </button>
        ) : (
          <button data-testid="pause" disabled={run?.status !== 'running'} onClick={() => client.pause()}>
            Pause
          </button>
        )}
        <button
          data-testid="step"
          disabled={!canStep}
          title={active ? 'One batch of the paused run' : 'Start a paused run and take its first batch'}
          onClick={() => client.step()}
        >
          Step
        </button>
        <button data-testid="stop" disabled={!active} onClick={() => client.stop()}>
          ■ Stop
        </button>
      </div>
      {active && (
        <Suspense fallback={null}>
          <EditsNotice />
        </Suspense>
      )}
      {blocker && !active && (
        <p className="control-hint" data-testid="train-blocker">
          {blocker}
        </p>
      )}
      <Progress />
    </Panel>
  );
}
