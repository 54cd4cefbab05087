import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../experiment/defaults';
import { decodeConfig } from '../experiment/url';
import { CSV_COLUMNS, csvField, runsFromJson, runsToCsv, runsToJson } from './export';
import { isRunRecord } from './run-record';
import type { RunRecord } from './run-record';

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') out.push(field), (field = '');
    else field += ch;
  }
  out.push(field);
  return out;
}

const record = (over: Partial<RunRecord> = {}): RunRecord => {
  const config = defaultConfig();
  config.seed = 42;
  return {
    id: 'run-1', name: 'xnor, "tricky", name', createdAt: Date.UTC(2025, 0, 2), config, status: 'finished', backend: 'wasm',
    epochs: [
      { phase: 'train', epoch: 1, loss: 0.9, trainAccuracy: 0.7, testAccuracy: 0.8, testLoss: 0.6, learningRate: 0.001, seconds: 4 },
      { phase: 'train', epoch: 2, loss: 0.5, trainAccuracy: 0.85, testAccuracy: 0.88, testLoss: 0.4, learningRate: 0.0005, seconds: 4 },
    ],
    losses: [{ step: 1, loss: 2, accuracy: 0.1 }],
    final: { testAccuracy: 0.88, seconds: 8, evaluations: {}, confusion: [[1, 0], [0, 1]] },
    ...over,
  };
};

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
  });

  it('writes one row per epoch whose fields read back, with a link that restores the config', () => {
    const lines = runsToCsv([record()]).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',')).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(parseCsvLine(lines[2]).map((v, i) => [CSV_COLUMNS[i], v]));
    expect(row.run_name).toBe('xnor, "tricky", name');
    expect(row.epoch).toBe('2');
    expect(row.test_accuracy).toBe('0.88');
    expect(row.weight_quantizer).toBe('xnor');
    expect(row.created_at).toBe('2025-01-02T00:00:00.000Z');
    expect(decodeConfig(row.link_fragment).config.seed).toBe(42);
  });

  it('gives a stopped run without epochs one row', () => {
    const lines = runsToCsv([record({ status: 'stopped', epochs: [] })]).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    const row = parseCsvLine(lines[1]);
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(row[CSV_COLUMNS.indexOf('status')]).toBe('stopped');
    expect(row[CSV_COLUMNS.indexOf('epoch')]).toBe('');
  });

  it('claims no final accuracy for a PTQ run stopped before it quantized its float network', () => {
    const config = { ...record().config, mode: 'ptq' as const };
    const floatEpoch = { ...record().epochs[0], phase: 'float' as const };
    const stopped = record({ status: 'stopped', config, epochs: [floatEpoch], final: { ...record().final, testAccuracy: 0.8, resultPhase: 'float' } });
    const quantized = record({ config, epochs: [floatEpoch], final: { ...record().final, testAccuracy: 0.7, resultPhase: 'calibrate', evaluations: { float: 0.8, ptq: 0.7 } } });
    const [, a, b] = runsToCsv([stopped, quantized]).trimEnd().split('\r\n').map(parseCsvLine);
    expect(a[CSV_COLUMNS.indexOf('final_test_accuracy')]).toBe('');
    expect(b[CSV_COLUMNS.indexOf('final_test_accuracy')]).toBe('0.7');
  });
});

describe('JSON export', () => {
  it('round-trips the records under a format tag', () => {
    const parsed = JSON.parse(runsToJson([record()], new Date(0)));
    expect(parsed.format).toBe('quantization-lab-runs');
    expect(parsed.exportedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(parsed.runs[0]).toEqual(record());
  });
});

describe('JSON import', () => {
  it('reads back exactly the runs exported', () => {
    const runs = [record(), record({ id: 'run-2', name: 'Run 2', status: 'interrupted', message: 'The training worker stopped: it was terminated.', final: { testAccuracy: 0.8, seconds: 4, evaluations: {}, confusion: [] } })];
    const { runs: back, skipped } = runsFromJson(runsToJson(runs));
    expect(skipped).toBe(0);
    expect(back).toEqual(runs);
    // And again: an import exported is the same document, bar its export time.
    const at = new Date(Date.UTC(2025, 1, 1));
    expect(runsToJson(back, at)).toBe(runsToJson(runs, at));
  });

  it('skips entries that are not run records and refuses what is not an export, with a reason', () => {
    const doc = JSON.parse(runsToJson([record()]));
    doc.runs.push({ id: 'broken' }, 'text', { ...record(), final: null });
    expect(runsFromJson(JSON.stringify(doc))).toMatchObject({ skipped: 3, runs: [record()] });
    expect(() => runsFromJson('{not json')).toThrow(/^not JSON/);
    expect(() => runsFromJson('{"format":"other","version":1,"runs":[]}')).toThrow(/not a run export of the lab/);
    expect(() => runsFromJson('{"format":"quantization-lab-runs","version":9,"runs":[]}')).toThrow(/version 9/);
    expect(() => runsFromJson('{"format":"quantization-lab-runs","version":1}')).toThrow(/no list of runs/);
  });

  it('isRunRecord accepts every status a record can have and rejects a record with a broken part', () => {
    for (const status of ['finished', 'stopped', 'diverged', 'interrupted'] as const) expect(isRunRecord(record({ status }))).toBe(true);
    expect(isRunRecord({ ...record(), status: 'exploded' })).toBe(false);
    expect(isRunRecord({ ...record(), createdAt: 'yesterday' })).toBe(false);
    expect(isRunRecord({ ...record(), epochs: [{ epoch: 1 }] })).toBe(false);
    expect(isRunRecord({ ...record(), config: null })).toBe(false);
    expect(isRunRecord(null)).toBe(false);
  });
});
