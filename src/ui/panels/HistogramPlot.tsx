import { useCallback, useMemo } from 'react';
import { QUANTIZER_FACTS as QUANTIZERS } from '../../quant/facts';
import { histogramDomain } from '../charts/chart-data';
import { autoBins, BIN_CHOICES, rebin, rebinShares, viewDomain, zoomWindow } from '../charts/histogram-window';
import { LatentSvg, QuantizedSvg, TransferSvg } from '../charts/QuantCharts';
import type { Histogram, LayerSnapshot } from '../../train/events';
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
  // Under an incremental schedule the latent view shows the whole layer, frozen and free weights in two colours.
  const frozenView = layer.frozenCounts !== undefined && view.histogram === 'latent';
  const allChannels = perChannel && (view.channel === 'all' || frozenView);
  const scope = allChannels ? undefined : (scopes.find((s) => s.channel === view.channel) ?? scopes[0]);
  const otherThresholds = useMemo(() => (allChannels ? scopes.flatMap((s) => Array.from(s.thresholds)) : undefined), [allChannels, scopes]);
  const latent = scope && !allChannels ? scope.histogram : layer.histogram;
  // The probability view exists for quantizers whose weights are draws (`probabilityView`); elsewhere it shows the latent weights.
  const mode = view.histogram === 'probabilities' && !layer.probabilities ? 'latent' : view.histogram;
  const source = mode === 'quantized' ? layer.quantizedHistogram : mode === 'probabilities' ? layer.probabilities!.histogram : latent;
  // The marks that must stay in view, each in the domain of the plotted weights.
  const marks = useMemo(() => {
    if (mode === 'probabilities') return [0, 1];
    if (mode === 'quantized') return [...layer.levels, ...Array.from(layer.channelLevels ?? [])];
    if (allChannels) return otherThresholds ?? [];
    return scope ? Array.from(scope.thresholds) : [];
  }, [mode, layer, allChannels, otherThresholds, scope]);
  const shown = useHistogramWindow(source, marks, view.bins, view.zoom);
  const frozen = useMemo(
    () => (frozenView && layer.frozenCounts ? rebin({ edges: layer.histogram.edges, counts: layer.frozenCounts }, view.bins ?? autoBins(shown.total), view.zoom).histogram : undefined),
    [frozenView, layer, view.bins, view.zoom, shown.total],
  );
  const shares = useMemo(() => (layer.levelShares && source === layer.histogram ? rebinShares(layer.levelShares, shown.rebinned) : undefined), [layer, source, shown.rebinned]);
  const onSelect = useCallback((range: [number, number]) => setView({ zoom: range }), [setView]);
  const zoomBy = (factor: number) => setView({ zoom: zoomWindow(view.zoom, shown.full, factor) });
  return (
    <Panel id="histogram" title="Weight histogram">
      <div className="toolbar">
        <select data-testid="histogram-layer" aria-label="Layer" value={layerIndex} onChange={(e) => setView({ layer: Number(e.target.value), zoom: null })}>
          {frame.layers.map((l, i) => (
            <option key={l.layer} value={i}>
              {l.layer} ({l.weightQuantizer === 'none' ? 'float' : l.weightQuantizer})
            </option>
          ))}
        </select>
        <div className="segmented" role="radiogroup" aria-label="View">
          {(['latent', 'quantized', 'transfer', ...(layer.probabilities ? (['probabilities'] as const) : [])] as const).map((m) => (
            <label key={m} title={VIEW_TITLES[m]}>
              <input type="radio" name="histogram-mode" data-testid={`histogram-${m}`} checked={mode === m} onChange={() => setView({ histogram: m, zoom: null })} />
              {VIEW_LABELS[m]}
            </label>
          ))}
        </div>
        {perChannel && scopes.length > 0 && mode !== 'quantized' && mode !== 'probabilities' && !frozenView && (
          <select
            data-testid="histogram-channel"
            aria-label="Output channel"
            value={allChannels ? 'all' : String(scope?.channel ?? '')}
            onChange={(e) => setView({ channel: e.target.value === 'all' ? 'all' : Number(e.target.value), zoom: null })}
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
      <div className="toolbar histogram-window">
        <label>
          bars{' '}
          <select data-testid="histogram-bins" aria-label="Bars" value={view.bins === null ? 'auto' : String(view.bins)} onChange={(e) => setView({ bins: e.target.value === 'auto' ? null : Number(e.target.value) })}>
            <option value="auto">auto ({autoBins(shown.total)})</option>
            {BIN_CHOICES.map((b) => (
              <option key={b} value={String(b)}>
                {b}
              </option>
            ))}
          </select>
        </label>
        <span className="zoom-buttons" role="group" aria-label="Zoom">
          <button data-testid="histogram-zoom-in" title="Zoom in around the centre (or drag across the plot)" disabled={shown.finest} onClick={() => zoomBy(0.5)}>
            +
          </button>
          <button data-testid="histogram-zoom-out" title="Zoom out" disabled={view.zoom === null} onClick={() => zoomBy(2)}>
            −
          </button>
          <button data-testid="histogram-zoom-reset" title="Show the whole range" disabled={view.zoom === null} onClick={() => setView({ zoom: null })}>
            reset
          </button>
        </span>
        <span className="muted small" data-testid="histogram-window" data-zoomed={view.zoom !== null}>
          {view.zoom === null
            ? 'drag across the plot to zoom'
            : `zoomed: ${shown.rebinned.left} weights left of the view, ${shown.rebinned.right} right${shown.finest ? ' (finest bars)' : ''}`}
        </span>
      </div>
      {mode === 'probabilities' ? (
        <LatentSvg histogram={shown.histogram} domain={shown.domain} onSelect={onSelect} xLabel={layer.probabilities!.label} />
      ) : mode === 'quantized' ? (
        <QuantizedSvg histogram={shown.histogram} domain={shown.domain} levels={layer.levels} levelCounts={layer.levelCounts} channelLevels={layer.channelLevels} onSelect={onSelect} />
      ) : mode === 'transfer' ? (
        quantizer ? (
          <TransferSvg histogram={shown.histogram} domain={shown.domain} scopes={allChannels ? scopes : scope ? [scope] : []} shares={shares} levels={layer.levels} onSelect={onSelect} />
        ) : (
          <p className="muted" data-testid="histogram-float">A float layer: q(w) = w.</p>
        )
      ) : (
        <LatentSvg histogram={shown.histogram} domain={shown.domain} regions={allChannels ? undefined : scope} shares={shares} ticks={otherThresholds} frozen={frozen} onSelect={onSelect} />
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
        {mode === 'probabilities' ? `x axis: ${layer.probabilities!.label} of each weight, from its latent θ. The forward pass draws each weight with this probability in training and takes the likelier sign at test; weights near 0 or 1 are settled, near ½ undecided.` : viewNote(mode, layer.levelShares !== undefined, scope?.channel ?? null, allChannels, scope && scope.described < scope.total ? scope.described : undefined)}
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

/**
 * The bars and x range the view shows: the snapshot's fine histogram summed into the
 * chosen bars over the zoom window, or over the weights' range with a margin that takes
 * in the nearby marks (`full`, what zooming out returns to).
 */
function useHistogramWindow(source: Histogram, marks: readonly number[], bins: number | null, zoom: [number, number] | null) {
  return useMemo(() => {
    let total = 0;
    for (const c of source.counts) total += c;
    const rebinned = rebin(source, bins ?? autoBins(total), zoom);
    const h = rebinned.histogram;
    const first = h.edges[0];
    const last = h.edges[h.counts.length];
    const full = viewDomain(histogramDomain(source), marks);
    const domain: [number, number] = zoom ? [first, last] : [Math.min(full[0], first), Math.max(full[1], last)];
    return { histogram: h, rebinned, total, full, domain, finest: rebinned.group === 1 && h.counts.length <= 8 };
  }, [source, marks, bins, zoom]);
}

const VIEW_LABELS = { latent: 'latent weights', quantized: 'quantized weights', transfer: 'transfer q(w)', probabilities: 'probabilities' } as const;
const VIEW_TITLES = {
  latent: 'The latent (float) weights with the decision thresholds: where the quantized value changes',
  quantized: 'The quantized weights at their levels, in the output domain',
  transfer: 'The quantizer q(w) over the latent range, on the histogram’s x axis',
  probabilities: 'The probability each weight is drawn as +1, from its latent value (Bayesian binary weights)',
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
