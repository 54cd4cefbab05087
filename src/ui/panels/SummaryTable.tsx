import { useMemo } from 'react';
import { formatBits, summarizeModel } from '../../model/summary';
import { useImageShape, useLab } from '../context';
import { bytes, compact, Panel } from './common';

/** Bits, parameters, memory, compression, MACs and BOPs of the configured network. */
export function SummaryTable() {
  const config = useLab((s) => s.config);
  const shape = useImageShape();
  const summary = useMemo(() => summarizeModel(config, shape), [config, shape]);
  const t = summary.total;
  return (
    <Panel id="summary" title="Model summary (current settings)">
      <div className="table-scroll">
        <table className="summary-table" data-testid="summary-table">
          <thead>
            <tr>
              <th>Layer</th>
              <th>Shape</th>
              <th>W</th>
              <th>A</th>
              <th>Params</th>
              <th>Memory</th>
              <th>Compression</th>
              <th>MACs</th>
              <th>BOPs</th>
            </tr>
          </thead>
          <tbody>
            {summary.layers.map((l) => (
              <tr key={l.name}>
                <td>{l.name}</td>
                <td>{l.shape}</td>
                <td title={l.weightQuantizer}>{formatBits(l.weightBits)}b</td>
                <td title={l.activationQuantizer}>{formatBits(l.activationBits)}b</td>
                <td>{compact(l.params)}</td>
                <td>{bytes(l.bytes)}</td>
                <td>{l.compression.toFixed(1)}×</td>
                <td>{compact(l.macs)}</td>
                <td>{compact(l.bops)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="summary-total">
              <th>Total</th>
              <td />
              <td />
              <td />
              <td>{compact(t.params)}</td>
              <td>{bytes(t.bytes)}</td>
              <td data-testid="summary-compression">{t.compression.toFixed(1)}×</td>
              <td>{compact(t.macs)}</td>
              <td>{compact(t.bops)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted small">Memory: what the packed model file stores: weights as bit planes (float32 when not quantized), the quantizer’s float32 scales, then the bias or batch norm’s four vectors per channel; BOPs = MACs × weight bits × activation bits.</p>
    </Panel>
  );
}
