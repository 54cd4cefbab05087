import { useMemo } from 'react';
import { layerErrorRows, PALETTE } from '../charts/chart-data';
import { accuracyCurves, lossCurves } from '../charts/curve-data';
import { layerMetricRows } from '../charts/layer-metric-data';
import { LinesSvg } from '../charts/SvgCharts';
import { TRAINING_METHOD_FACTS } from '../../quant/facts';
import { useLab } from '../context';
import type { LayerSnapshot } from '../../train/events';
import { finalAccuracy, noAccuracyReason } from '../run-record';
import type { LiveRun } from '../run-state';
import { describeSettingChange } from '../run-changes';
import { Panel, percent } from './common';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const fixed2 = (v: number) => v.toFixed(2);
const exponent = (v: number) => v.toExponential(1);
const percent1 = (v: number) => `${(v * 100).toFixed(1)}%`;
const UNIT_RANGE: [number, number] = [0, 1];
const NO_EVALUATIONS: LiveRun['evaluationPoints'] = [];

/** What the run delivers: the test accuracy of its quantized network, and for PTQ what the phases gave. */
function resultText(run: LiveRun): string | undefined {
  if (!run.done) return undefined;
  const accuracy = finalAccuracy(run, run.done);
  if (accuracy === undefined) return `No result: ${noAccuracyReason(run, run.done)}.`;
  const { float, ptq } = run.evaluations;
  if (run.done.resultPhase === 'calibrate') return `Result: test accuracy ${percent(accuracy)} of the quantized network (the marked point); the float phase (dashed) reached ${percent(float)} before quantization.`;
  if (run.done.resultPhase === 'finetune') return `Result: test accuracy ${percent(accuracy)} after fine-tuning the quantized network; quantizing the float network gave ${percent(ptq)} (the marked point), the float network ${percent(float)}.`;
  return `Result: test accuracy ${percent(accuracy)}.`;
}

/** Per-batch loss and per-epoch train/test accuracy of the current run, each phase its own series. */
export function CurvesView() {
  const run = useLab((s) => s.run);
  const losses = run?.losses;
  const epochs = run?.epochs;
  const evaluations = run?.evaluationPoints ?? NO_EVALUATIONS;
  const loss = useMemo(() => lossCurves(losses ?? []), [losses]);
  const accuracy = useMemo(() => accuracyCurves(epochs ?? [], evaluations), [epochs, evaluations]);
  const result = run && resultText(run);
  const changes = run?.settingChanges ?? [];
  return (
    <Panel id="curves" title="Loss and accuracy">
      <div className="chart-pair">
        <LinesSvg testId="loss-chart" rows={loss.rows} xKey="step" xLabel="step" series={loss.series} yFormat={fixed2} />
        <LinesSvg testId="accuracy-chart" rows={accuracy.rows} xKey="epoch" xLabel="epoch" yDomain={UNIT_RANGE} yFormat={pct} series={accuracy.series} />
      </div>
      {result && (
        <p className="small" data-testid="curves-result">
          {result}
        </p>
      )}
      {changes.length > 0 && (
        <p className="muted small" data-testid="live-changes">
          Changed during the run: {changes.map(describeSettingChange).join('; ')}.
        </p>
      )}
    </Panel>
  );
}

/** Quantization MSE and flip ratio of every quantized layer over the snapshots. */
export function LayerErrorView() {
  const points = useLab((s) => s.run?.layerErrors);
  const first = useLab((s) => s.run?.snapshots[0]);
  const layers = useMemo(() => (first?.layers ?? []).filter((l) => l.weightQuantizer !== 'none'), [first]);
  const indices = useMemo(() => layers.map((l) => l.index), [layers]);
  const series = useMemo(() => layers.map((l, i) => ({ key: `l${l.index}`, label: l.layer, color: PALETTE[i % PALETTE.length] })), [layers]);
  const mse = useMemo(() => layerErrorRows(points ?? [], 'mse', indices), [points, indices]);
  const flips = useMemo(() => layerErrorRows(points ?? [], 'flipRatio', indices), [points, indices]);
  // A training method's per-layer number over the epochs (BSQ's bits), when it reports one.
  const method = useLab((s) => s.run?.config.training?.method);
  const epochs = useLab((s) => s.run?.epochs);
  const layerMetric = method && TRAINING_METHOD_FACTS[method].layerMetric;
  const metricRows = useMemo(() => (layerMetric ? layerMetricRows(epochs ?? [], layerMetric.prefix, indices) : []), [layerMetric, epochs, indices]);
  return (
    <Panel id="layer-error" title="Quantization error per layer">
      {first && !layers.length ? (
        <p className="muted">Every layer is float: nothing is quantized.</p>
      ) : (
        <div className="chart-pair">
          <LinesSvg testId="mse-chart" rows={mse} xKey="step" xLabel="step" series={series} yFormat={exponent} />
          <LinesSvg testId="flip-chart" rows={flips} xKey="step" xLabel="step" series={series} yFormat={percent1} />
        </div>
      )}
      {method && layerMetric && layers.length > 0 && (
        <figure className="small" data-testid="layer-metric">
          <figcaption className="muted">{layerMetric.label} after each epoch ({TRAINING_METHOD_FACTS[method].label})</figcaption>
          <LinesSvg testId="layer-metric-chart" rows={metricRows} xKey="epoch" xLabel="epoch" series={series} yFormat={(v) => v.toFixed(0)} />
        </figure>
      )}
      <p className="muted small" data-testid="layer-error-domain">
        Left: mean squared difference between each layer's quantizer input and its quantized weights, both in the quantizer's own domain: {errorDomains(layers)}. Right: share of
        quantized weights whose level changed since the previous snapshot.
      </p>
    </Panel>
  );
}

/** Which layers measure their error on the raw weights and which on a normalised input. */
function errorDomains(layers: readonly LayerSnapshot[]): string {
  const groups = new Map<string, string[]>();
  for (const l of layers) {
    const key = l.errorDomain?.normalized ? `on u = ${l.errorDomain.label} (the normalised input it rounds)` : 'on the raw latent weights w';
    groups.set(key, [...(groups.get(key) ?? []), l.layer]);
  }
  if (groups.size === 0) return 'the raw latent weights, or the normalised input a quantizer rounds';
  return [...groups].map(([key, names]) => `${names.join(', ')} ${key}`).join('; ');
}
