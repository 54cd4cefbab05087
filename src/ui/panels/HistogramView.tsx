import { QUANTIZER_FACTS as QUANTIZERS } from '../../quant/facts';
import { HistogramSvg } from '../charts/SvgCharts';
import { useLab, useLabContext } from '../context';
import { Panel } from './common';

/** The chosen layer's weight histogram at a chosen snapshot, with its quantization levels. */
export function HistogramView() {
  const { store } = useLabContext();
  const snapshots = useLab((s) => s.run?.snapshots);
  const view = useLab((s) => s.view);
  const setView = store.getState().setView;
  if (!snapshots?.length) {
    return (
      <Panel id="histogram" title="Weight histogram">
        <p className="muted" data-testid="histogram-empty">
          Press Train: the latent weights of the chosen layer appear here, with a red line at each quantization level.
        </p>
      </Panel>
    );
  }
  const index = view.frame === null ? snapshots.length - 1 : Math.min(view.frame, snapshots.length - 1);
  const frame = snapshots[index];
  const firstQuantized = Math.max(0, frame.layers.findIndex((l) => l.weightQuantizer !== 'none'));
  const layerIndex = Math.min(view.layer ?? firstQuantized, frame.layers.length - 1);
  const layer = frame.layers[layerIndex];
  const histogram = view.histogram === 'quantized' ? layer.quantizedHistogram : layer.histogram;
  const quantizer = layer.weightQuantizer === 'none' ? undefined : QUANTIZERS[layer.weightQuantizer];
  const perChannel = quantizer?.channelScales === true;
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
        <div className="segmented" role="radiogroup" aria-label="Weights shown">
          {(['latent', 'quantized'] as const).map((mode) => (
            <label key={mode}>
              <input type="radio" name="histogram-mode" data-testid={`histogram-${mode}`} checked={view.histogram === mode} onChange={() => setView({ histogram: mode })} />
              {mode === 'latent' ? 'latent (float) weights' : 'quantized weights'}
            </label>
          ))}
        </div>
      </div>
      <HistogramSvg histogram={histogram} levels={layer.levels} channelLevels={layer.channelLevels} color={view.histogram === 'quantized' ? '#7c3aed' : '#2563eb'} />
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
      <p className="muted small">
        {layer.levels.length ? `${layer.levels.length} levels` : 'float layer: no levels'} · MSE {layer.mse.toExponential(2)} · flips {(layer.flipRatio * 100).toFixed(2)}%
      </p>
      {perChannel && (
        <p className="muted small" data-testid="histogram-per-channel">
          {quantizer?.label} computes its scale or threshold per output channel: the dashed lines are the levels of the whole tensor, the
          ticks along the top the levels each channel uses.
        </p>
      )}
    </Panel>
  );
}
