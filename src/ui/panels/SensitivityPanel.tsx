import { useEffect, useState, useSyncExternalStore } from 'react';
import { CartesianGrid, Legend, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { DEFAULT_SENSITIVITY_BITS, FALLBACK_QUANTIZER, paretoFront } from '../../train/sensitivity-facts';
import type { SensitivityCell } from '../../train/sensitivity';
import type { MixedPoint } from '../../train/mixed';
import type { SensitivityUpdate } from '../../worker/protocol';
import { dropColour } from '../charts/drop-colour';
import { useClient, useLab } from '../context';
import { isRunActive } from '../store';
import { bytes, Panel, percent } from './common';

/** What the panel shows of the latest measurement; module state, so hiding the panel keeps it. */
interface SensitivityView {
  runId?: string;
  status: 'idle' | 'running' | 'finished' | 'cancelled' | 'error';
  message?: string;
  layers: { index: number; name: string }[];
  bits: number[];
  cells: Record<string, SensitivityCell>;
  floatEpoch?: { epoch: number; epochs: number; testAccuracy: number };
  floatAccuracy?: number;
  points: MixedPoint[];
  /** Steps done and in all: float epochs, cells, points. */
  done: number;
  total: number;
  infeasible: number[];
}

const IDLE: SensitivityView = { status: 'idle', layers: [], bits: [], cells: {}, points: [], done: 0, total: 0, infeasible: [] };
let view: SensitivityView = IDLE;
const listeners = new Set<() => void>();
const setView = (next: SensitivityView) => {
  view = next;
  for (const l of listeners) l();
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Folds one worker update into the view (updates of an older measurement are dropped). */
export function applyUpdate(current: SensitivityView, runId: string, u: SensitivityUpdate, floatEpochs: number): SensitivityView {
  if (u.kind !== 'start' && current.runId !== runId) return current;
  switch (u.kind) {
    case 'start':
      return { ...IDLE, runId, status: 'running', layers: u.layers, bits: u.bits, total: floatEpochs + u.cells + u.points };
    case 'float-epoch':
      return { ...current, floatEpoch: u, done: u.epoch };
    case 'cell':
      return { ...current, floatAccuracy: current.floatEpoch?.testAccuracy, cells: { ...current.cells, [`${u.layer}:${u.cell.bits}`]: u.cell }, done: floatEpochs + u.done };
    case 'point':
      return { ...current, points: [...current.points, u.point], done: current.done + 1 };
    case 'done':
      return { ...current, status: u.status, floatAccuracy: u.table?.floatAccuracy ?? current.floatAccuracy, infeasible: u.infeasible, done: u.status === 'finished' ? current.total : current.done };
    case 'error':
      return { ...current, status: 'error', message: u.message };
  }
}

function parseList(text: string, integer: boolean): number[] | undefined {
  if (text.trim() === '') return [];
  const values = text.split(',').map((s) => Number(s.trim()));
  return values.every((v) => Number.isFinite(v) && v > 0 && (!integer || (Number.isInteger(v) && v <= 8))) ? values : undefined;
}

function HeatMap({ v }: { v: SensitivityView }) {
  const drops = Object.values(v.cells).map((c) => c.drop);
  const max = Math.max(0, ...drops);
  return (
    <div className="table-scroll">
      <table className="compare-table" data-testid="sensitivity-heatmap">
        <thead>
          <tr>
            <th>Layer</th>
            {v.bits.map((b) => (
              <th key={b}>{b} bit{b > 1 ? 's' : ''}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {v.layers.map((l) => (
            <tr key={l.index}>
              <th>
                {l.index} {l.name}
              </th>
              {v.bits.map((b) => {
                const c = v.cells[`${l.index}:${b}`];
                return (
                  <td
                    key={b}
                    data-testid="sensitivity-cell"
                    data-measured={c ? 'true' : 'false'}
                    style={{ background: c ? dropColour(c.drop, max) : undefined, color: c && c.drop > max * 0.3 ? 'white' : undefined, textAlign: 'right' }}
                    title={c ? `${c.weight}${c.activation ? `, inputs ${c.activation}` : ''}: ${percent(c.accuracy, 2)}` : 'not measured yet'}
                  >
                    {c ? (c.drop * 100).toFixed(2) : '…'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ParetoPlot({ points }: { points: MixedPoint[] }) {
  const data = (kind: MixedPoint['kind'][]) => points.filter((p) => kind.includes(p.kind)).map((p) => ({ bytes: p.bytes, accuracy: p.accuracy * 100, label: p.label }));
  const front = paretoFront(points.filter((p) => p.kind !== 'searched'), (p) => p.bytes).map((p) => ({ bytes: p.bytes, accuracy: p.accuracy * 100, label: p.label }));
  return (
    <div className="chart" data-testid="sensitivity-pareto" data-points={points.length}>
      <ResponsiveContainer width="100%" height={220}>
        <ScatterChart margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="bytes" type="number" scale="log" domain={['auto', 'auto']} tickFormatter={(v: number) => bytes(v)} name="model bytes" height={30} />
          <YAxis dataKey="accuracy" type="number" domain={['auto', 'auto']} width={48} tickFormatter={(v: number) => `${v.toFixed(0)}%`} name="test accuracy" />
          <Tooltip formatter={(v, name) => (name === 'model bytes' && typeof v === 'number' ? bytes(v) : typeof v === 'number' ? `${v.toFixed(2)}%` : String(v))} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Scatter name="uniform widths (Pareto front)" data={front} fill="#1f77b4" line isAnimationActive={false} />
          <Scatter name="float" data={data(['float'])} fill="#555" shape="square" isAnimationActive={false} />
          <Scatter name="searched" data={data(['searched'])} fill="#d62728" shape="diamond" isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * Layer sensitivity and mixed precision on the page: the heat map fills in cell by cell
 * as the worker measures, under a progress bar; with byte budgets, the accuracy-against-
 * size plot of the uniform widths and the searched allocations follows.
 */
export function SensitivityPanel() {
  const client = useClient();
  const v = useSyncExternalStore(subscribe, () => view);
  const epochs = useLab((s) => s.config.epochs);
  const runActive = useLab((s) => isRunActive(s.run));
  const [bitsText, setBitsText] = useState(DEFAULT_SENSITIVITY_BITS.join(','));
  const [budgetText, setBudgetText] = useState('');
  const [finetune, setFinetune] = useState(1);
  useEffect(() => client.onSensitivity((runId, u) => setView(applyUpdate(view, runId, u, epochs))), [client, epochs]);
  const bits = parseList(bitsText, true);
  const budgets = parseList(budgetText, false);
  const running = v.status === 'running';
  const start = () => {
    if (!bits?.length || !budgets) return;
    const runId = client.measureSensitivity({ bits, budgetsBytes: budgets, finetuneEpochs: finetune });
    if (runId) setView({ ...IDLE, runId, status: 'running', total: 1 });
  };
  return (
    <Panel id="sensitivity" title="Sensitivity">
      <p className="small muted">
        Trains this config's float network once, then quantizes one layer at a time at each width (the rest float; PTQ, batch norm re-estimated) and shows the test-accuracy drop in points. A width the configured quantizer does not take uses {FALLBACK_QUANTIZER}. With byte budgets, a knapsack picks each layer's width and every allocation is fine-tuned with QAT.
      </p>
      <div className="control-row">
        <label>
          Bits <input data-testid="sensitivity-bits" value={bitsText} onChange={(e) => setBitsText(e.target.value)} size={9} aria-invalid={!bits?.length} />
        </label>{' '}
        <label>
          Budgets (bytes) <input data-testid="sensitivity-budgets" value={budgetText} onChange={(e) => setBudgetText(e.target.value)} placeholder="e.g. 60000,110000" size={14} aria-invalid={!budgets} />
        </label>{' '}
        <label>
          QAT epochs <input type="number" min={0} max={5} value={finetune} onChange={(e) => setFinetune(Math.max(0, Math.min(5, Math.round(Number(e.target.value) || 0))))} style={{ width: '3.5em' }} />
        </label>
      </div>
      {!bits?.length && <p className="control-error" role="alert">Bits: whole numbers from 1 to 8, comma-separated.</p>}
      {!budgets && <p className="control-error" role="alert">Budgets: positive numbers of bytes, comma-separated (or none).</p>}
      <div className="control-row">
        <button type="button" data-testid="sensitivity-start" disabled={running || runActive || !bits?.length || !budgets} onClick={start}>
          Measure
        </button>{' '}
        <button type="button" data-testid="sensitivity-stop" disabled={!running} onClick={() => client.stop()}>
          Stop
        </button>
      </div>
      {v.status !== 'idle' && (
        <div className="progress" data-testid="sensitivity-status" data-status={v.status}>
          <div className="progress-row">
            <span>{running ? (v.floatEpoch && v.done <= v.floatEpoch.epochs ? `Float epoch ${v.floatEpoch.epoch}/${v.floatEpoch.epochs}` : 'Measuring') : v.status}</span>
            <progress data-testid="sensitivity-progress" value={v.done} max={Math.max(1, v.total)} />
          </div>
          <p className="small muted">
            {v.done}/{v.total} steps{v.floatAccuracy !== undefined ? `; float ${percent(v.floatAccuracy, 2)}` : ''}
            {v.message ? `; ${v.message}` : ''}
          </p>
        </div>
      )}
      {v.layers.length > 0 && <HeatMap v={v} />}
      {v.points.length > 0 && (
        <>
          <ParetoPlot points={v.points} />
          <ul className="small" data-testid="sensitivity-points">
            {v.points.map((p) => (
              <li key={p.label}>
                <a href={`#${p.link.replace(/^#/, '')}`}>{p.label}</a>: {percent(p.accuracy, 2)}, {bytes(p.bytes)}
                {p.comparedWith ? ` (${p.comparedWith.reached ? 'reaches' : 'does not reach'} ${p.comparedWith.label}, ${percent(p.comparedWith.accuracy, 2)})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {v.infeasible.length > 0 && <p className="small muted">No allocation fits {v.infeasible.join(', ')} bytes.</p>}
    </Panel>
  );
}
