import { QUANTIZER_FACTS as QUANTIZERS } from '../../quant/facts';
import { LatentSvg, QuantizedSvg, TransferSvg } from '../charts/QuantCharts';
import type { LayerSnapshot } from '../../train/events';
import type { SnapshotFrame } from '../run-state';
import { useLab, useLabContext } from '../context';
import { Panel } from './common';

/** The chosen layer's weight histogram at a chosen snapshot, with its quantization levels (a run has snapshots). */
export function HistogramPlot({ snapshots }: { snapshots: SnapshotFrame[] }) {
  const { store } = useLabContext();
  const view = useLab((s) => s.view);
  const setView = store.getState().setView;
  const index = view.frame === null ? snapshots.length - 1 : Math.min(view.frame, snapshots.length - 1);
  const frame = snapshots[index];
  const firstQuantized = Math.max(0, frame.layers.findIndex((l) => l.weightQuantizer !== 'none'));
  const layerIndex = Math.min(view.layer ?? firstQuantized, frame.layers.length - 1);
  const layer = frame.layers[layerIndex];
  const quantizer = layer.weightQuantizer === 'none' ? undefined : QUANTIZERS[layer.weightQuantizer];
  const perChannel = quantizer?.channelScales === true;
  const scopes = layer.decision?.scopes ?? [];
  const allChannels = perChannel && view.channel === 'all';
  const scope = allChannels ? undefined : (scopes.find((s) => s.channel === view.channel) ?? scopes[0]);
  const otherThresholds = allChannels ? scopes.flatMap((s) => Array.from(s.thresholds)) : undefined;
  return (
    <Panel id="histogram" title="Weight histogram">
      <div className="toolbar">
        <select data-testid="histogram-layer" aria-label="Layer" value={layerIndex} onChange={(e) => setView({ layer: Number(e.target.value) })}>
          {frame.layers.map((l, i) => (
            <option key={l.layer} value={i}>
              {l.layer} ({l.weightQuantizer === 'none' ? 'float' : l.weightQuantizer})
            </option>
          ))}
        </select>
        <div className="segmented" role="radiogroup" aria-label="View">
          {(['latent', 'quantized', 'transfer'] as const).map((mode) => (
            <label key={mode} title={VIEW_TITLES[mode]}>
              <input type="radio" name="histogram-mode" data-testid={`histogram-${mode}`} checked={view.histogram === mode} onChange={() => setView({ histogram: mode })} />
              {VIEW_LABELS[mode]}
            </label>
          ))}
        </div>
        {perChannel && scopes.length > 0 && view.histogram !== 'quantized' && (
          <select
            data-testid="histogram-channel"
            aria-label="Output channel"
            value={allChannels ? 'all' : String(scope?.channel ?? '')}
            onChange={(e) => setView({ channel: e.target.value === 'all' ? 'all' : Number(e.target.value) })}
          >
            {scopes.map((s) => (
              <option key={s.channel} value={String(s.channel)}>
                channel {s.channel} of {layer.decision!.channels}
              </option>
            ))}
            <option value="all">all channels ({scopes.length} sampled)</option>
          </select>
        )}
      </div>
      {view.histogram === 'quantized' ? (
        <QuantizedSvg histogram={layer.quantizedHistogram} levels={layer.levels} levelCounts={layer.levelCounts} channelLevels={layer.channelLevels} />
      ) : view.histogram === 'transfer' ? (
        quantizer ? (
          <TransferSvg histogram={scope && !allChannels ? scope.histogram : layer.histogram} scopes={allChannels ? scopes : scope ? [scope] : []} shares={layer.levelShares} levels={layer.levels} />
        ) : (
          <p className="muted" data-testid="histogram-float">A float layer: q(w) = w.</p>
        )
      ) : (
        <LatentSvg histogram={scope && !allChannels ? scope.histogram : layer.histogram} regions={allChannels ? undefined : scope} shares={layer.levelShares} ticks={otherThresholds} />
      )}
      <div className="scrubber">
        <input
          type="range"
          data-testid="snapshot-slider"
          aria-label="Snapshot"
          min={0}
          max={snapshots.length - 1}
          value={index}
          onChange={(e) => {
            const i = Number(e.target.value);
            setView({ frame: i === snapshots.length - 1 ? null : i });
          }}
        />
        <span data-testid="snapshot-label">
          {frame.phase} · {frame.epoch === 0 ? 'initial weights' : `epoch ${frame.epoch}`} · step {frame.step}
          {view.frame === null ? ' (latest)' : ''}
        </span>
      </div>
      <p className="muted small" data-testid="histogram-error">
        {layer.levels.length ? `${layer.levels.length} levels` : 'float layer: no levels'}
        {layer.errorDomain && ` · MSE ${layer.mse.toExponential(2)} ${errorDomainText(layer.errorDomain)}`} · flips {(layer.flipRatio * 100).toFixed(2)}% (weights whose level changed since the last snapshot)
      </p>
      <p className="muted small" data-testid="histogram-note">
        {viewNote(view.histogram, layer.levelShares !== undefined, scope?.channel ?? null, allChannels, scope && scope.described < scope.total ? scope.described : undefined)}
      </p>
      {perChannel && (
        <p className="muted small" data-testid="histogram-per-channel">
          {quantizer?.label} computes its scale or threshold per output channel, so each channel has its own thresholds (latent and transfer views: one
          channel, or the {scopes.length} sampled channels together) and its own levels (quantized view: the dashed lines are the levels of the whole
          tensor, the ticks along the top the levels each channel uses).
        </p>
      )}
    </Panel>
  );
}

const VIEW_LABELS = { latent: 'latent weights', quantized: 'quantized weights', transfer: 'transfer q(w)' } as const;
const VIEW_TITLES = {
  latent: 'The latent (float) weights with the decision thresholds: where the quantized value changes',
  quantized: 'The quantized weights at their levels, in the output domain',
  transfer: 'The quantizer q(w) over the latent range, on the histogram’s x axis',
} as const;

/** Where the MSE is measured, and the factor from the latent weights to that domain. */
export function errorDomainText(domain: NonNullable<LayerSnapshot['errorDomain']>): string {
  if (!domain.normalized) return 'on the raw weights w';
  const [lo, hi] = domain.scale;
  const factor = lo === hi || Math.abs(hi - lo) < 0.005 * hi ? lo.toPrecision(3) : `${lo.toPrecision(3)}–${hi.toPrecision(3)}`;
  return `on u = ${domain.label}, the quantizer's normalised input (u ≈ ${factor} × w per channel)`;
}

function viewNote(view: 'latent' | 'quantized' | 'transfer', stochastic: boolean, channel: number | null, all: boolean, described?: number): string {
  const where = all ? 'The sampled channels together: the bars are all the layer’s weights, the ticks along the top the thresholds of each sampled channel (each channel has its own; choose one to see its regions).' : channel === null ? '' : `Channel ${channel} only: its weights and its thresholds.`;
  const part = described === undefined ? '' : ` Thresholds from the first ${described} weights (sorted).`;
  if (view === 'quantized') return 'x axis: the quantized values (output domain); each dashed line is a level, labelled with how many weights sit on it.';
  if (view === 'transfer')
    return stochastic
      ? 'x axis: the latent weights; the line is the mean quantized value of each bin in the last draw (grey: the latent histogram).'
      : `x axis: the latent weights; the staircase is q(w), flat on each level's region and stepping at each threshold (grey: the latent histogram). ${all ? 'The sampled channels together: one staircase each, over all the layer’s weights.' : where}`;
  return stochastic
    ? 'x axis: the latent weights. A stochastic quantizer has no thresholds: each curve is the share of a bin’s weights the last draw sent to that level, an estimate of its probability.'
    : all
      ? `x axis: the latent weights. ${where}`
      : `x axis: the latent weights. Each shaded region maps to the level written on it; the black lines are the decision thresholds, midway between the neighbouring weights that quantize differently (grey band: the gap between them, where the threshold lies). ${where}${part}`;
}
