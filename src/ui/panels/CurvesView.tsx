import { useMemo } from 'react';
import { layerErrorRows, PALETTE } from '../charts/chart-data';
import { LinesSvg } from '../charts/SvgCharts';
import { useLab } from '../context';
import type { LayerSnapshot } from '../../train/events';
import { Panel } from './common';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const fixed2 = (v: number) => v.toFixed(2);
const exponent = (v: number) => v.toExponential(1);
const percent1 = (v: number) => `${(v * 100).toFixed(1)}%`;
const LOSS_SERIES = [{ key: 'loss', label: 'training loss', color: PALETTE[0] }];
const ACCURACY_SERIES = [
  { key: 'train', label: 'train accuracy', color: PALETTE[0] },
  { key: 'test', label: 'test accuracy', color: PALETTE[1] },
];
const NO_ROWS: Record<string, number>[] = [];
const UNIT_RANGE: [number, number] = [0, 1];

/** Per-batch loss and per-epoch train/test accuracy of the current run. */
export function CurvesView() {
  const losses = useLab((s) => s.run?.losses) as Record<string, number>[] | undefined;
  const epochs = useLab((s) => s.run?.epochs);
  const accuracy = useMemo(() => (epochs ?? []).map((e, i) => ({ epoch: i + 1, train: e.trainAccuracy, test: e.testAccuracy })), [epochs]);
  return (
    <Panel id="curves" title="Loss and accuracy">
      <div className="chart-pair">
        <LinesSvg testId="loss-chart" rows={losses ?? NO_ROWS} xKey="step" xLabel="step" series={LOSS_SERIES} yFormat={fixed2} />
        <LinesSvg
          testId="accuracy-chart"
          rows={accuracy}
          xKey="epoch"
          xLabel="epoch"
          yDomain={UNIT_RANGE}
          yFormat={pct}
          series={ACCURACY_SERIES}
        />
      </div>
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
