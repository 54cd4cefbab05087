import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ExperimentConfig } from '../../src/experiment/config';

/** One training of a row with one seed, as the `qlab train --json` child reported it. */
export interface SeedResult {
  seed: number;
  status: 'finished';
  testAccuracy: number;
  /** PTQ rows: the float network's accuracy before quantization (same run). */
  floatAccuracy?: number;
  /** Test accuracy after each training epoch. */
  epochAccuracies: number[];
  /** Mean training accuracy over the last epoch's batches (absent in results of older runners). */
  trainAccuracy?: number;
  /** Each quantized layer's quantization MSE and flip ratio over the last epoch (absent in results of older runners). */
  weightStats?: { index: number; layer: string; mse: number; flipRatio: number }[];
  epochs: number;
  trainCount: number;
  testCount: number;
  modelBytes: number;
  float32Bytes: number;
  compression: number;
  bops: number;
  backend: string;
  secondsPerEpoch: number;
  /** From spawning the child to its exit (process start and data loading included). */
  wallSeconds: number;
  /** The machine's 1-minute load average when the training started and ended (os.loadavg); not kept by the first trainings. */
  loadAverage?: [number, number];
  /** Short commit hash, `-dirty` when src/ or the lockfile differed from it. */
  commit: string;
  finishedAt: string;
}

/** Statistics over a row's seeds, recomputed on every write. */
export interface RowStats {
  seeds: number;
  /** Test accuracy, fractions. std is the sample standard deviation (0 for one seed). */
  mean: number;
  std: number;
  min: number;
  max: number;
  /** mean − the baseline float row's mean, in fractions; null until both have results. */
  deltaToFloat: number | null;
  floatAccuracyMean?: number;
  modelBytes: number;
  compression: number;
  bops: number;
  epochs: number;
  trainCount: number;
  testCount: number;
  secondsPerEpoch: number;
  wallSeconds: number;
  commits: string[];
}

export interface QuantChoiceSummary {
  quantizer: string;
  bits: number;
  params: Record<string, number>;
}

/** A matrix row with its decoded settings and results. */
export interface ResultRow {
  id: string;
  title: string;
  tags: string[];
  baseline: string | null;
  /** Hash of the normalised config (seed excluded) and the dataset's content. */
  hash: string;
  /** Normalised share-link fragment with `#`, seed 1. */
  link: string;
  dataset: string;
  architecture: string;
  weight: QuantChoiceSummary;
  activation: QuantChoiceSummary;
  estimator: string;
  regularizer: { id: string; lambda: number; params: Record<string, number> };
  mode: 'qat' | 'ptq';
  firstLastFloat: boolean;
  epochs: number;
  results: SeedResult[];
  stats: RowStats | null;
}

/** A QAT row next to the PTQ row of the same quantizers and bits. */
export interface QatVsPtq {
  qat: string;
  ptq: string;
  bits: number;
  float: number;
  ptqAccuracy: number;
  qatAccuracy: number;
  /** Twice the standard error of PTQ's loss (float − PTQ, paired by seed); null with one seed. */
  ptqLossTwoSe: number | null;
  /** Twice the standard error of QAT − PTQ (independent seeds of both rows); null unless both rows have two or more seeds. */
  gainTwoSe: number | null;
  /**
   * (QAT − PTQ) / (float − PTQ), with float PTQ's own float network; null when PTQ lost nothing, or its loss is within
   * its own spread or within the spread of QAT − PTQ (a share of a loss smaller than the noise of its numerator swings past ±100%).
   */
  recoveredShare: number | null;
}

export interface ResultsFile {
  schema: 1;
  updatedAt: string;
  rows: ResultRow[];
  comparisons: { qatVsPtq: QatVsPtq[] };
}

/** JSON with object keys sorted, so equal values serialise equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The row's identity across commits: its config without the seed, plus the dataset's fingerprint. */
export function rowHash(config: ExperimentConfig, datasetFingerprint: string): string {
  const { seed: _seed, ...rest } = config;
  return createHash('sha256').update(canonicalJson({ config: rest, dataset: datasetFingerprint })).digest('hex').slice(0, 16);
}

export function emptyResults(): ResultsFile {
  return { schema: 1, updatedAt: new Date().toISOString(), rows: [], comparisons: { qatVsPtq: [] } };
}

export function readResults(path: string): ResultsFile {
  if (!existsSync(path)) return emptyResults();
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as ResultsFile;
  if (parsed.schema !== 1 || !Array.isArray(parsed.rows)) throw new Error(`${path} is not a results file of schema 1`);
  return parsed;
}

/** Writes through a temporary file, so a killed run never leaves half a file. */
export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
export function sampleStd(values: number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1));
}

/** Standard error of the difference of two independent means, each over n seeds with sample std; null with one seed on either side. */
export function differenceSe(a: { std: number; n: number }, b: { std: number; n: number }): number | null {
  return a.n > 1 && b.n > 1 ? Math.sqrt(a.std ** 2 / a.n + b.std ** 2 / b.n) : null;
}

function statsOf(row: ResultRow): RowStats | null {
  if (!row.results.length) return null;
  const accuracies = row.results.map((r) => r.testAccuracy);
  const floats = row.results.flatMap((r) => (r.floatAccuracy === undefined ? [] : [r.floatAccuracy]));
  const first = row.results[0];
  return {
    seeds: row.results.length,
    mean: mean(accuracies),
    std: sampleStd(accuracies),
    min: Math.min(...accuracies),
    max: Math.max(...accuracies),
    deltaToFloat: null,
    ...(floats.length ? { floatAccuracyMean: mean(floats) } : {}),
    modelBytes: first.modelBytes,
    compression: first.compression,
    bops: first.bops,
    epochs: first.epochs,
    trainCount: first.trainCount,
    testCount: first.testCount,
    secondsPerEpoch: mean(row.results.map((r) => r.secondsPerEpoch)),
    wallSeconds: mean(row.results.map((r) => r.wallSeconds)),
    commits: [...new Set(row.results.map((r) => r.commit))],
  };
}

/** Pairs each QAT row tagged `claim:qat-vs-ptq` with the PTQ row of the same setting and quantizers. */
function qatVsPtq(rows: ResultRow[]): QatVsPtq[] {
  const key = (r: ResultRow) => canonicalJson([r.baseline, r.weight, r.activation, r.firstLastFloat, r.epochs]);
  const tagged = rows.filter((r) => r.tags.includes('claim:qat-vs-ptq') && r.stats);
  return tagged
    .filter((r) => r.mode === 'qat')
    .flatMap((qat) => {
      const ptq = tagged.find((r) => r.mode === 'ptq' && key(r) === key(qat));
      if (!ptq?.stats || ptq.stats.floatAccuracyMean === undefined) return [];
      const float = ptq.stats.floatAccuracyMean;
      const lost = float - ptq.stats.mean;
      // A share of a loss smaller than its noise says nothing (it swings past ±100%).
      const losses = ptq.results.flatMap((r) => (r.floatAccuracy === undefined ? [] : [r.floatAccuracy - r.testAccuracy]));
      const ptqLossTwoSe = losses.length > 1 ? (2 * sampleStd(losses)) / Math.sqrt(losses.length) : null;
      const gainSe = differenceSe({ std: qat.stats!.std, n: qat.stats!.seeds }, { std: ptq.stats.std, n: ptq.stats.seeds });
      const gainTwoSe = gainSe === null ? null : 2 * gainSe;
      return [{
        qat: qat.id,
        ptq: ptq.id,
        bits: qat.weight.bits,
        float,
        ptqAccuracy: ptq.stats.mean,
        qatAccuracy: qat.stats!.mean,
        ptqLossTwoSe,
        gainTwoSe,
        recoveredShare: lost > 0 && lost > Math.max(ptqLossTwoSe ?? 0, gainTwoSe ?? 0) ? (qat.stats!.mean - ptq.stats.mean) / lost : null,
      }];
    });
}

/** Recomputes every row's statistics, Δ to its float row, and the comparisons. */
export function recompute(file: ResultsFile): ResultsFile {
  const rows = file.rows.map((row) => ({ ...row, stats: statsOf(row) }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const row of rows) {
    const baseline = row.baseline ? byId.get(row.baseline)?.stats : undefined;
    if (row.stats && baseline) row.stats.deltaToFloat = row.stats.mean - baseline.mean;
  }
  return { schema: 1, updatedAt: new Date().toISOString(), rows, comparisons: { qatVsPtq: qatVsPtq(rows) } };
}

/**
 * Adds one seed's result to a row, keeping the file's other rows. A stored row with
 * the same id but another hash (its config changed) is replaced. `order` is the
 * matrix's row ids.
 */
export function upsertResult(file: ResultsFile, row: Omit<ResultRow, 'results' | 'stats'>, result: SeedResult, order: string[]): ResultsFile {
  const rows = file.rows.filter((r) => r.id !== row.id);
  const previous = file.rows.find((r) => r.id === row.id && r.hash === row.hash);
  const results = [...(previous?.results ?? []).filter((r) => r.seed !== result.seed), result].sort((a, b) => a.seed - b.seed);
  rows.push({ ...row, results, stats: null });
  return recompute({ ...file, rows: sortRows(rows, order) });
}

/** Rows in the matrix's order; rows the matrix no longer has go last, by id. */
function sortRows(rows: ResultRow[], order: string[]): ResultRow[] {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...rows].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** Seeds a stored row already has for this hash. */
export function finishedSeeds(file: ResultsFile, id: string, hash: string): Set<number> {
  const row = file.rows.find((r) => r.id === id && r.hash === hash);
  return new Set(row?.results.map((r) => r.seed) ?? []);
}
