import { NETWORK_FORMATS } from '../../export/formats';
import { useClient, useLab } from '../context';
import { bytes } from './common';

/**
 * Downloads the trained network of the last finished run in each format of
 * `NETWORK_FORMATS`. The worker writes the file; a layer that has no faithful form in the
 * format is named with the reason, and nothing is downloaded.
 */
export function ExportMenu() {
  const client = useClient();
  const state = useLab((s) => s.networkExport);
  const runName = useLab((s) => (s.run && s.run.id === s.networkExport.model?.runId ? s.run.name : undefined));
  const model = state.model;
  const base = (runName ?? model?.runId ?? 'network').replace(/[^\w.-]+/g, '-');
  const label = (id: string) => NETWORK_FORMATS.find((f) => f.id === id)?.label ?? id;

  return (
    <div className="export-menu" data-testid="export-menu">
      <div className="toolbar">
        <span className="small">Download the trained network as</span>
        {NETWORK_FORMATS.map((f) => (
          <button
            key={f.id}
            disabled={!model || !!model.reason || !!state.busy}
            title={f.about}
            data-testid={`export-network-${f.id}`}
            onClick={() => model && client.exportNetwork(model.runId, f.id, `${base}.${f.extension}`)}
          >
            {state.busy === f.id ? `Writing ${f.label}…` : f.label}
          </button>
        ))}
      </div>
      {!model && <p className="small muted">After a run: the network it trained, for onnxruntime, Netron, FINN, hls4ml or PyTorch.</p>}
      {model?.reason && <p className="small muted">Not available: {model.reason}.</p>}
      {state.error && (
        <p className="control-error" role="alert" data-testid="export-network-error" data-format={state.error.format}>
          {label(state.error.format)}: {state.error.message}
        </p>
      )}
      {state.result && (
        <details className="small" data-testid="export-network-result" data-format={state.result.format}>
          <summary>
            Downloaded {state.result.fileName} ({bytes(state.result.bytes)}): what each layer became
          </summary>
          <ul>
            {state.result.layers.map((l) => (
              <li key={l.layer}>
                {l.layer}: weights {l.weights}; inputs {l.inputs}
              </li>
            ))}
            {state.result.notes.map((n) => (
              <li key={n} className="muted">
                Note: {n}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
