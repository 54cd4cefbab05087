import type { MatrixRow } from './matrix';
import { evaluateClaims, renderClaims } from './claims';
import type { QatVsPtq, QuantChoiceSummary, ResultRow, ResultsFile } from './results';

/** Where `npm start` serves the page; the links in results.md open it there. */
export const PAGE_URL = 'http://localhost:5173/';

const percent = (fraction: number) => (100 * fraction).toFixed(2);
const signed = (value: number, digits: number) => `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(digits)}`;
const grouped = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
const settingOf = (id: string) => id.split('/').slice(0, -1).join('/');
const nameOf = (id: string) => id.split('/').pop()!;
const twoSe = (fraction: number | null) => (fraction === null ? '' : ` (2·s.e. ${(100 * fraction).toFixed(2)})`);

function choice(c: QuantChoiceSummary): string {
  if (c.quantizer === 'none') return 'float';
  const params = Object.entries(c.params).map(([k, v]) => `${k} ${v}`);
  return `${c.quantizer} ${c.bits}-bit${params.length ? ` (${params.join(', ')})` : ''}`;
}

function regularizer(r: ResultRow['regularizer']): string {
  if (r.id === 'none') return 'none';
  const params = Object.entries(r.params).map(([k, v]) => `${k} ${v}`);
  return `${r.id} λ=${r.lambda}${params.length ? ` (${params.join(', ')})` : ''}`;
}

/** The recovered cell; a share above 100% means QAT ended above PTQ's float network, and the cell says so. */
export function recoveredCell(p: QatVsPtq): string {
  if (p.recoveredShare === null) return p.float > p.ptqAccuracy ? 'loss within spread' : 'PTQ lost nothing';
  const share = `${(100 * p.recoveredShare).toFixed(0)}%`;
  return p.recoveredShare > 1 ? `${share} (QAT above float)` : share;
}

function rowLine(row: ResultRow): string {
  const s = row.stats!;
  const mode = row.mode === 'ptq' ? `PTQ${s.floatAccuracyMean !== undefined ? ` (float ${percent(s.floatAccuracyMean)}%)` : ''}` : 'QAT';
  return `| ${[
    `\`${nameOf(row.id)}\``,
    choice(row.weight),
    choice(row.activation),
    row.estimator,
    regularizer(row.regularizer),
    mode,
    row.firstLastFloat ? 'float' : 'quantized',
    s.seeds > 1 ? `${percent(s.mean)} ± ${percent(s.std)}% (${s.seeds})` : `${percent(s.mean)}% (1)`,
    s.deltaToFloat === null ? (row.baseline ? 'float row pending' : '—') : signed(100 * s.deltaToFloat, 2),
    grouped(s.modelBytes),
    `${s.compression.toFixed(1)}×`,
    s.bops.toExponential(2).replace('e+', 'e'),
    String(s.epochs),
    s.secondsPerEpoch.toFixed(1),
    s.wallSeconds.toFixed(0),
    s.commits.join(', '),
    `[open](${PAGE_URL}${row.link})`,
  ].join(' | ')} |`;
}

/** results.md: one table per dataset and architecture, QAT against PTQ, and the rows not run yet. */
export function renderReport(file: ResultsFile, matrix: MatrixRow[], extra: string[] = []): string {
  const finished = file.rows.filter((r) => r.stats);
  const lines: string[] = [
    '# Accuracy matrix',
    '',
    'Written by `npm run bench:accuracy` (`scripts/accuracy/`) from `results.json`; `npm run bench:accuracy -- --report` rewrites it.',
    'Test accuracy is the mean ± sample standard deviation over the seeds run (their number in brackets), on the whole test set of the row\'s setting.',
    'Δ float is the difference of means to the float row of the same dataset, architecture and epochs, in percentage points.',
    'Model bytes, compression and BOPs per image are those of the model summary; s/epoch is `secondsPerEpoch` of `qlab train` (test evaluation included),',
    'wall s the mean time of one training child process (start-up and data loading included); times depend on the load of the machine they ran on',
    `(results.json keeps each training's load average). Links open the page on the row's config (seed 1) as served by \`npm start\` (${PAGE_URL}).`,
    '',
    `Updated ${file.updatedAt}; ${finished.length} of ${matrix.length} rows have results.`,
    '',
  ];
  const settings = [...new Set([...matrix.map((r) => settingOf(r.id)), ...finished.map((r) => settingOf(r.id))])];
  for (const setting of settings) {
    const rows = finished.filter((r) => settingOf(r.id) === setting);
    if (!rows.length) continue;
    const sizes = [...new Set(rows.map((r) => `${grouped(r.stats!.trainCount)} training / ${grouped(r.stats!.testCount)} test images`))];
    lines.push(`## ${setting}`, '', `${rows[0].dataset}, \`${rows[0].architecture}\`, ${sizes.join('; ')}.`, '');
    lines.push(
      '| row | weights | activations | estimator | regularizer | mode | first/last layers | test accuracy | Δ float (pp) | model bytes | compression | BOPs | epochs | s/epoch | wall s | commit | link |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows.map(rowLine),
      '',
    );
  }
  const pairs = file.comparisons.qatVsPtq;
  if (pairs.length) {
    lines.push(
      '## QAT against PTQ',
      '',
      'The PTQ row trains the float network, quantizes it and re-estimates batch norm; "float" is that network before quantization.',
      'Recovered is the share of PTQ\'s loss that QAT wins back: (QAT − PTQ) / (float − PTQ), given only when that loss exceeds both twice its own standard error over the seeds and twice the standard error of QAT − PTQ: below either, the share is noise and swings past ±100%.',
      '',
      '| QAT row | PTQ row | bits | float | PTQ | QAT | PTQ loss (pp) | QAT − PTQ (pp) | recovered |',
      '|---|---|---|---|---|---|---|---|---|',
      ...pairs.map((p) =>
        `| \`${p.qat}\` | \`${p.ptq}\` | ${p.bits} | ${percent(p.float)}% | ${percent(p.ptqAccuracy)}% | ${percent(p.qatAccuracy)}% | ${(100 * (p.float - p.ptqAccuracy)).toFixed(2)}${
          twoSe(p.ptqLossTwoSe)
        } | ${signed(100 * (p.qatAccuracy - p.ptqAccuracy), 2)}${twoSe(p.gainTwoSe)} | ${recoveredCell(p)} |`,
      ),
      '',
    );
  }
  lines.push(...renderClaims(evaluateClaims(file.rows)));
  lines.push(...extra);
  const done = new Set(finished.map((r) => r.id));
  const pending = matrix.filter((r) => !done.has(r.id));
  if (pending.length) {
    lines.push('## Not run yet', '', ...pending.map((r) => `- \`${r.id}\`: ${r.title} (\`#${r.link}\`)`), '');
  }
  return `${lines.join('\n')}`;
}
