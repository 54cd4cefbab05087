import { useState } from 'react';
import type { DeployReport } from '../../train/deploy-report';
import { DEPLOY_BATCH_SIZES, type DeployEngineChoice, type DeployFloatChoice } from '../../worker/protocol';
import { useClient, useLab } from '../context';
import { speedSentence } from '../deploy-wording';
import { isRunActive } from '../store';
import { bytes, Panel, percent } from './common';
import { ExportMenu } from './ExportMenu';

const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms` : '—');

function engineLabel(report: DeployReport): string {
  if (report.engine.kind === 'webgpu') return `WebGPU kernels${report.engine.adapter ? ` (${report.engine.adapter})` : ''}`;
  return 'JavaScript packed path';
}

function ReportTable({ source, report }: { source: string; report: DeployReport }) {
  const same = report.float.correct === report.binary.correct && report.mismatches === 0;
  return (
    <div data-testid="deploy-report">
      <p className="small muted">
        {source}: {report.testCount} test images in {report.batches} batches of {report.batchSize}; {report.binaryLayers} of {report.layers} layers on packed bits.
      </p>
      <div className="table-scroll">
        <table className="compare-table deploy-table">
          <thead>
            <tr>
              <th />
              <th>Float simulation</th>
              <th>Binary engine</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th>Runs on</th>
              <td>tfjs {report.floatBackend}</td>
              <td data-testid="deploy-engine" data-kind={report.engine.kind}>
                {engineLabel(report)}
              </td>
            </tr>
            <tr>
              <th>Test accuracy</th>
              <td data-testid="deploy-float-accuracy" data-value={report.float.accuracy}>{percent(report.float.accuracy, 2)}</td>
              <td data-testid="deploy-binary-accuracy" data-value={report.binary.accuracy}>{percent(report.binary.accuracy, 2)}</td>
            </tr>
            <tr>
              <th>Correct</th>
              <td>{report.float.correct}</td>
              <td>{report.binary.correct}</td>
            </tr>
            <tr>
              <th>Model size</th>
              <td>{bytes(report.size.float32)} (float32)</td>
              <td data-testid="deploy-size">
                {bytes(report.size.packed)} packed, {(report.size.float32 / report.size.packed).toFixed(1)}× smaller
              </td>
            </tr>
            <tr>
              <th>Binary layers' weights</th>
              <td>{bytes(report.size.weightsFloat32)}</td>
              <td>
                {bytes(report.size.weightsPacked)}
                {report.size.weightsPacked > 0 ? `, ${(report.size.weightsFloat32 / report.size.weightsPacked).toFixed(0)}× smaller` : ''}
              </td>
            </tr>
            <tr>
              <th>Latency per batch (median)</th>
              <td>{ms(report.float.msPerBatch)}</td>
              <td data-testid="deploy-latency">
                {ms(report.binary.msPerBatch)}: {speedSentence(report)}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className={same ? 'deploy-verdict good' : 'deploy-verdict bad'} data-testid="deploy-verdict" data-identical={same}>
        {same
          ? `Identical: both predict the same class for all ${report.testCount} images.`
          : `Different: ${report.mismatches} of ${report.testCount} predictions differ.`}{' '}
        Largest logit difference {report.maxLogitDifference.toExponential(1)} (float32 rounding of the scale epilogue).
      </p>
      <details className="small" data-testid="deploy-layers">
        <summary>Where the time goes: one batch of {report.batchSize}, layer by layer</summary>
        <table className="compare-table deploy-table">
          <thead>
            <tr>
              <th>Layer</th>
              <th>Engine runs it</th>
              <th>Float simulation</th>
              <th>Binary engine</th>
            </tr>
          </thead>
          <tbody>
            {report.layerTimings.map((l) => (
              <tr key={l.name} data-mode={l.mode}>
                <td>{l.name}</td>
                <td>{l.mode === 'packed' ? 'on packed bits' : 'in float'}</td>
                <td>{ms(l.floatMs)}</td>
                <td title={l.engineStep}>{l.engineMs === undefined ? '—' : ms(l.engineMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          Each layer is awaited alone, so these add up to more than a batch's latency.
          {report.engine.kind === 'js' ? ' The JavaScript path runs the network as one step: it has no per-layer times.' : ''}
          {/swiftshader/i.test(report.engine.adapter ?? '')
            ? ' SwiftShader emulates the GPU on the CPU, so WebGPU latency here says little about a real GPU; compare the packed layers with the float ones.'
            : ''}
        </p>
      </details>
      {report.engine.fallbackReason && (
        <p className="small notice-inline" data-testid="deploy-fallback">
          {report.engine.fallbackReason}
        </p>
      )}
      <p className="small muted">
        Latency: wall time from the input batch to predictions on the CPU, first batch (pipeline creation) excluded. The float simulation runs on
        the training backend or, chosen above, on tfjs WebGPU, the engine's own adapter (then the engine shares tfjs's device).{' '}
        <code>npm run bench:binary</code> measures each kernel against tfjs float32 on the same adapter.
      </p>
    </div>
  );
}

/**
 * Packs the trained network (1 bit per binary weight), runs the test split through the
 * binary engine and through the float simulation, and shows both side by side.
 */
export function DeployPanel() {
  const client = useClient();
  const deploy = useLab((s) => s.deploy);
  const runActive = useLab((s) => isRunActive(s.run));
  const runName = useLab((s) => (s.run && s.run.id === s.deploy.model?.runId ? s.run.name : undefined));
  const datasetReady = useLab((s) => !!s.dataset.info);
  const [engine, setEngine] = useState<DeployEngineChoice>('auto');
  const [batchSize, setBatchSize] = useState<number>(256);
  const [floatOn, setFloatOn] = useState<DeployFloatChoice>('training');
  const running = deploy.status === 'running';
  const model = deploy.model;
  const canRun = !runActive && !running && datasetReady;
  const fileName = `${(runName ?? model?.runId ?? 'model').replace(/[^\w.-]+/g, '-')}.qlbn`;

  return (
    <Panel id="deploy" title="Deploy: the binary engine">
      <p className="small muted">
        Binary layers run as XNOR + popcount on packed bits (WebGPU compute shaders, or the same packed algorithm in JavaScript), float layers as
        usual. The float simulation is the trained network's own arithmetic; the two must predict the same.
      </p>
      {!model && (
        <p className="muted" data-testid="deploy-empty">
          After a run: pack the trained network here. Binary (sign, XNOR, 1-bit DoReFa) or ternary (TWN) weights with sign activations run on
          packed bits.
        </p>
      )}
      {model?.reason && (
        <p className="control-error" data-testid="deploy-unavailable">
          This network cannot be packed: {model.reason}.
        </p>
      )}
      <div className="toolbar">
        <label className="small">
          Engine{' '}
          <select value={engine} onChange={(e) => setEngine(e.target.value as DeployEngineChoice)} data-testid="deploy-engine-choice" disabled={running}>
            <option value="auto">WebGPU if available</option>
            <option value="js">JavaScript packed path</option>
          </select>
        </label>
        <label className="small">
          Float simulation on{' '}
          <select value={floatOn} onChange={(e) => setFloatOn(e.target.value as DeployFloatChoice)} data-testid="deploy-float-choice" disabled={running}>
            <option value="training">the training backend</option>
            <option value="webgpu">tfjs WebGPU (the engine's adapter)</option>
          </select>
        </label>
        <label className="small">
          Batch{' '}
          <select value={batchSize} onChange={(e) => setBatchSize(Number(e.target.value))} data-testid="deploy-batch" disabled={running}>
            {DEPLOY_BATCH_SIZES.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </label>
        {running ? (
          <button onClick={() => client.stopDeploy()} data-testid="deploy-stop">
            Stop
          </button>
        ) : (
          <button
            disabled={!canRun || !model || !!model.reason}
            onClick={() => model && client.deploy({ kind: 'run', runId: model.runId }, engine, batchSize, floatOn)}
            data-testid="deploy-run"
            title={runActive ? 'Deploy after the run ends' : undefined}
          >
            Run the test set
          </button>
        )}
        <button disabled={!model || !!model.reason || running} onClick={() => model && client.exportModel(model.runId, fileName)} data-testid="deploy-export">
          Download packed model (.qlbn)
        </button>
        <label className={`file-button small ${canRun ? '' : 'disabled'}`}>
          Run a .qlbn file…
          <input
            type="file"
            accept=".qlbn,application/octet-stream"
            disabled={!canRun}
            data-testid="deploy-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) client.deploy({ kind: 'file', file }, engine, batchSize, floatOn);
            }}
          />
        </label>
      </div>
      {running && deploy.progress && (
        <div className="load-progress" data-testid="deploy-progress">
          <progress max={deploy.progress.total || 1} value={deploy.progress.done} />
          <span>
            {deploy.progress.message} ({deploy.progress.done}/{deploy.progress.total})
          </span>
        </div>
      )}
      {deploy.status === 'error' && deploy.error && (
        <p className="control-error" role="alert" data-testid="deploy-error">
          {deploy.error}
        </p>
      )}
      {deploy.result && <ReportTable source={deploy.result.source} report={deploy.result.report} />}
      <ExportMenu />
    </Panel>
  );
}
