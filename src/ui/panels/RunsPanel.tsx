import { useEffect, useMemo, useState } from 'react';
import { comparisonCurves } from '../charts/curve-data';
import { LineChartBox } from '../charts/LazyLineChart';
import { useClient, useLab, useLabContext } from '../context';
import { exportFileName, runsToCsv, runsToJson } from '../export';
import { describeQuant, finalAccuracy, finalTrainAccuracy, noAccuracyReason, type RunRecord } from '../run-record';
import { describeSettingChange } from '../run-changes';
import { storedConfig } from '../runs-db';
import { download, Panel, percent } from './common';

function RunName({ run, editRequest }: { run: RunRecord; editRequest: number }) {
  const client = useClient();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(run.name);
  useEffect(() => {
    if (editRequest > 0) {
      setName(run.name);
      setEditing(true);
    }
  }, [editRequest]);
  if (!editing) {
    return (
      <span className="run-name" data-testid="run-name" onDoubleClick={() => setEditing(true)} title="Double-click to rename">
        {run.name}
      </span>
    );
  }
  const commit = () => {
    setEditing(false);
    if (name.trim() && name.trim() !== run.name) void client.renameRun(run.id, name.trim());
  };
  return (
    <input
      autoFocus
      data-testid="run-rename-input"
      aria-label="Run name"
      value={name}
      onChange={(e) => setName(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setEditing(false);
      }}
    />
  );
}

function RunRow({ run, selected }: { run: RunRecord; selected: boolean }) {
  const { store } = useLabContext();
  const client = useClient();
  const [renaming, setRenaming] = useState(0);
  const open = () => {
    const { config, lesson, notices } = storedConfig(run);
    const state = store.getState();
    state.setConfig(config);
    // The run's own lesson, or none: never the one the page showed before.
    state.setView({ lesson });
    if (notices.length) state.addNotice({ id: 'run-config-reset', kind: 'reset', title: `Some settings of “${run.name}” were reset`, lines: notices });
  };
  return (
    <tr data-testid="run-row" data-run-id={run.id}>
      <td>
        <input type="checkbox" aria-label={`Compare ${run.name}`} checked={selected} onChange={() => store.getState().toggleRunSelected(run.id)} data-testid="run-select" />
      </td>
      <td>
        <RunName run={run} editRequest={renaming} />
      </td>
      <td>{describeQuant(run.config)}</td>
      <td data-testid="run-record-status" title={run.message}>
        {run.status}
      </td>
      <td>
        <ResultAccuracy run={run} />
      </td>
      <td>{run.final.seconds.toFixed(1)} s</td>
      <td>{run.backend}</td>
      <td className="row-actions">
        <button className="link-button" data-testid="run-rename" onClick={() => setRenaming((n) => n + 1)}>
          rename
        </button>
        <button className="link-button" data-testid="run-open" onClick={open}>
          open config
        </button>
        <button className="link-button danger" data-testid="run-delete" onClick={() => void client.deleteRun(run.id)}>
          delete
        </button>
      </td>
    </tr>
  );
}

/** A run's result (its quantized network's test accuracy), with a PTQ run's float accuracy beside it. */
function ResultAccuracy({ run }: { run: RunRecord }) {
  const accuracy = finalAccuracy(run, run.final);
  const float = run.config.mode === 'ptq' ? run.final.evaluations.float : undefined;
  return (
    <>
      <span data-testid="run-accuracy" title={accuracy === undefined ? noAccuracyReason(run, run.final) : undefined}>
        {percent(accuracy)}
      </span>
      {float !== undefined && (
        <span className="muted small" data-testid="run-float-accuracy" title="the float network before quantization: not the run's result">
          {' '}
          (float {percent(float)})
        </span>
      )}
    </>
  );
}

const percentTick = (v: number) => `${Math.round(v * 100)}%`;

function Comparison({ runs }: { runs: RunRecord[] }) {
  const curves = useMemo(() => comparisonCurves(runs), [runs]);
  if (!runs.length) return <p className="muted">Tick runs to overlay their test accuracy and compare them.</p>;
  return (
    <div data-testid="run-comparison">
      <LineChartBox testId="compare-chart" height={240} data={curves.rows} xKey="x" xLabel="epoch" yDomain={[0, 1]} yFormat={percentTick} series={curves.series} />
      <table className="compare-table" data-testid="compare-table">
        <thead>
          <tr>
            <th>Run</th>
            <th>Quantization</th>
            <th>Test accuracy</th>
            <th>Final train accuracy</th>
            <th>Compression</th>
            <th>BOPs</th>
            <th>Time</th>
            <th>Changed during the run</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td>{describeQuant(r.config)}</td>
              <td>
                <ResultAccuracy run={r} />
              </td>
              <td title={finalTrainAccuracy(r) === undefined && r.config.mode === 'ptq' ? 'PTQ without fine-tuning trains no quantized network' : undefined}>{percent(finalTrainAccuracy(r))}</td>
              <td>{r.summary ? `${r.summary.compression.toFixed(1)}×` : '—'}</td>
              <td>{r.summary ? r.summary.bops.toExponential(2) : '—'}</td>
              <td>{r.final.seconds.toFixed(1)} s</td>
              <td data-testid="compare-changes">{r.changes?.length ? r.changes.map(describeSettingChange).join('; ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Adds the runs of a JSON export back to the list. */
function ImportRuns() {
  const client = useClient();
  return (
    <label className="file-button small" title="Add the runs of an exported JSON file">
      Import JSON
      <input
        type="file"
        accept="application/json,.json"
        data-testid="import-json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void client.importRuns(file);
        }}
      />
    </label>
  );
}

/** Every finished or stopped run, kept in IndexedDB: compare, rename, delete, re-open, export. */
export function RunsPanel() {
  const runs = useLab((s) => s.runs);
  const selectedIds = useLab((s) => s.selectedRunIds);
  const selected = runs.filter((r) => selectedIds.includes(r.id));
  const exported = selected.length ? selected : runs;
  const scope = selected.length ? 'selected' : 'all';
  return (
    <Panel
      id="runs"
      title={`Runs (${runs.length})`}
      actions={
        <span className="panel-actions">
          <button disabled={!runs.length} data-testid="export-json" onClick={() => download(runsToJson(exported), exportFileName('json'), 'application/json')}>
            Export {scope} JSON
          </button>
          <button disabled={!runs.length} data-testid="export-csv" onClick={() => download(runsToCsv(exported), exportFileName('csv'), 'text/csv')}>
            Export {scope} CSV
          </button>
          <ImportRuns />
        </span>
      }
    >
      {runs.length === 0 ? (
        <p className="muted" data-testid="runs-empty">
          Finished and stopped runs are kept here, in this browser, across reloads; a run cut off by a reload keeps its finished epochs, marked interrupted.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="runs-table" data-testid="runs-table">
            <thead>
              <tr>
                <th />
                <th>Name</th>
                <th>Quantization</th>
                <th>Status</th>
                <th>Test acc.</th>
                <th>Time</th>
                <th>Backend</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {[...runs].reverse().map((r) => (
                <RunRow key={r.id} run={r} selected={selectedIds.includes(r.id)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Comparison runs={selected} />
    </Panel>
  );
}
