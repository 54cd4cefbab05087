import { useEffect, useMemo, useState } from 'react';
import { ESTIMATOR_FACTS as ESTIMATORS, GRADIENT_QUANTIZATION, QUANTIZER_FACTS as QUANTIZERS, REGULARIZER_FACTS as REGULARIZERS, TRAINING_METHOD_FACTS as METHODS, withDefaults } from '../../quant/facts';
import type { Reference } from '../../quant/types';
import { LineChartBox } from '../charts/LazyLineChart';
import type { ExperimentConfig } from '../../experiment/config';
import { useLab, useLabContext } from '../context';
import { isRunActive } from '../store';
import type { TransferCurves } from '../explain';
import { Panel } from './common';

const FORWARD_SERIES = [{ key: 'q', label: 'q(x)', color: '#2563eb' }];
const BACKWARD_SERIES = [{ key: 'g', label: '∂q/∂x', color: '#dc2626' }];
const fixed2 = (v: number) => v.toFixed(2);

/**
 * The backward plot's y range: from min(0, lowest) to at least 1.1, so a nearly flat
 * derivative (EDE early in training) looks flat instead of being stretched into a bell.
 */
function backwardDomain(curves: TransferCurves | undefined): [number, number] {
  if (!curves) return [0, 1.1];
  const lo = Math.min(0, ...curves.backward);
  const hi = Math.max(1.1, ...curves.backward.map((v) => v * 1.05));
  return [lo, hi];
}

function Cite({ reference }: { reference: Reference }) {
  return (
    <p className="reference" data-testid="explain-reference">
      {reference.authors}, “{reference.url ? <a href={reference.url} target="_blank" rel="noreferrer">{reference.title}</a> : reference.title}”, <em>{reference.venue}</em>, {reference.year}.
    </p>
  );
}

function Method({ kind, label, formula, summary, reference }: { kind: string; label: string; formula: string; summary: string; reference: Reference }) {
  return (
    <div className="method" data-testid={`explain-${kind}`}>
      <h3>
        {kind}: {label}
      </h3>
      <code className="formula" data-testid={`explain-${kind}-formula`}>
        {formula}
      </code>
      {summary.split('\n').map((line, i) => (
        <p key={i}>{line}</p>
      ))}
      <Cite reference={reference} />
    </div>
  );
}

type ExplainModule = typeof import('../explain');
let explainModule: Promise<ExplainModule> | undefined;
/** The plots need tfjs: loaded on first use, after the page has opened. */
const loadExplain = () => (explainModule ??= import('../explain').then(async (m) => (await m.explainBackendReady(), m)));

/** The run's training progress while it trains (in steps of 1%), else undefined. */
function useRunProgress(): number | undefined {
  return useLab((s) => {
    const b = s.run?.lastBatch;
    return isRunActive(s.run) && b && b.totalSteps > 0 ? Math.round((100 * b.step) / b.totalSteps) / 100 : undefined;
  });
}

/**
 * The estimator the plots use: the configured one, except that an estimator that
 * follows training progress (EDE) takes the active run's progress.
 */
function useExplainedEstimator(): { estimator: ExperimentConfig['quant']['estimator']; runProgress?: number } {
  const configured = useLab((s) => s.config.quant.estimator);
  const runProgress = useRunProgress();
  return useMemo(() => {
    if (runProgress === undefined || !ESTIMATORS[configured.id].followsProgress) return { estimator: configured };
    return { estimator: { ...configured, params: { ...configured.params, progress: runProgress } }, runProgress };
  }, [configured, runProgress]);
}

function useCurves(estimator: ExperimentConfig['quant']['estimator']): { curves?: TransferCurves; error?: string } {
  const role = useLab((s) => s.view.explainRole);
  const choice = useLab((s) => s.config.quant[role]);
  const [explain, setExplain] = useState<ExplainModule>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(() => {
    let live = true;
    loadExplain().then(
      (m) => live && setExplain(m),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    if (loadError) return { error: loadError };
    if (!explain) return {};
    try {
      return { curves: explain.transferCurves(choice, estimator) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [explain, loadError, choice, estimator]);
}

/** The selected quantizer's forward transfer function and the estimator's backward pass, live. */
export function ExplainPanel() {
  const { store } = useLabContext();
  const role = useLab((s) => s.view.explainRole);
  const choice = useLab((s) => s.config.quant[role]);
  const estimatorId = useLab((s) => s.config.quant.estimator.id);
  const regularizerId = useLab((s) => s.config.regularizer.id);
  const methodId = useLab((s) => s.config.training?.method);
  const gradientBits = useLab((s) => s.config.quant.gradientBits);
  const { estimator: explained, runProgress } = useExplainedEstimator();
  const { curves, error } = useCurves(explained);
  const progress = ESTIMATORS[estimatorId].followsProgress ? withDefaults(ESTIMATORS[estimatorId].params, explained.params).progress : undefined;
  const rows = useMemo(() => (curves ? curves.x.map((x, i) => ({ x, q: curves.forward[i], g: curves.backward[i] })) : []), [curves]);
  const def = choice.quantizer === 'none' ? undefined : QUANTIZERS[choice.quantizer];
  const estimator = ESTIMATORS[estimatorId];
  return (
    <Panel id="explain" title="Explain">
      <div className="segmented" role="radiogroup" aria-label="Quantizer explained">
        {(['weight', 'activation'] as const).map((r) => (
          <label key={r}>
            <input type="radio" name="explain-role" data-testid={`explain-role-${r}`} checked={role === r} onChange={() => store.getState().setView({ explainRole: r })} />
            {r} quantizer
          </label>
        ))}
      </div>
      {error && (
        <p className="control-error" role="alert">
          The plots could not be computed: {error}
        </p>
      )}
      <h3 className="plot-title">Forward q(x) {def ? `— ${def.label}, ${choice.bits} bit${choice.bits === 1 ? '' : 's'}` : '— float32 (identity)'}</h3>
      <LineChartBox testId="explain-forward" data={rows} xKey="x" xLabel="x" series={FORWARD_SERIES} yFormat={fixed2} height={200} />
      <h3 className="plot-title" data-testid="explain-backward-title" data-progress={progress ?? ''} data-mean={curves ? curves.backward.reduce((a, v) => a + v, 0) / curves.backward.length : ''}>
        Backward ∂q/∂x — {estimator.label}
        {progress !== undefined && (runProgress !== undefined ? `, at the run’s progress ${progress.toFixed(2)}` : `, at progress ${progress.toFixed(2)} (the estimator’s setting; a run sets it as it trains)`)}
      </h3>
      <LineChartBox testId="explain-backward" data={rows} xKey="x" xLabel="x" series={BACKWARD_SERIES} yDomain={backwardDomain(curves)} yFormat={fixed2} height={200} />
      <p className="muted small">
        Both curves are computed on x = 201 points from −2 to 2, quantized as one tensor (per-tensor scales from that range); the backward curve is tf.grad of Σq(x), the gradient training uses.
        {curves && curves.levels.length ? ` Levels: ${curves.levels.map((l) => +l.toFixed(3)).join(', ')}.` : ''}
      </p>
      {def && <Method kind="quantizer" label={def.label} formula={def.formula} summary={def.summary} reference={def.reference} />}
      <Method kind="estimator" label={estimator.label} formula={estimator.formula} summary={estimator.summary} reference={estimator.reference} />
      {gradientBits !== undefined && (
        <Method
          kind="gradients"
          label={`${GRADIENT_QUANTIZATION.label}, ${gradientBits} bit${gradientBits === 1 ? '' : 's'}`}
          formula={GRADIENT_QUANTIZATION.formula}
          summary={`${GRADIENT_QUANTIZATION.summary}\n${GRADIENT_QUANTIZATION.scope}`}
          reference={GRADIENT_QUANTIZATION.reference}
        />
      )}
      {regularizerId !== 'none' && (
        <Method kind="regularizer" label={REGULARIZERS[regularizerId].label} formula={REGULARIZERS[regularizerId].formula} summary={REGULARIZERS[regularizerId].summary} reference={REGULARIZERS[regularizerId].reference} />
      )}
      {methodId && <Method kind="training" label={METHODS[methodId].label} formula={METHODS[methodId].formula} summary={METHODS[methodId].summary} reference={METHODS[methodId].reference} />}
    </Panel>
  );
}
