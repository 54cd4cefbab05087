/**
 * npm run bench:accuracy -- [--quick] [--rows FILTER] [--seeds N] [--jobs N] [--out DIR] [--cifar10 TARBALL] [--report] [--list]
 *
 * Trains the accuracy matrix (scripts/accuracy/matrix.ts), one `qlab train` child per
 * row and seed, into DIR/results.json and DIR/results.md (DIR = docs, or a temporary
 * folder with --quick). Trainings already in results.json with the same hash are
 * skipped, so an interrupted run resumes where it stopped.
 *   --rows FILTER  comma-separated id prefixes (mnist/mlp), globs (*bnn*) or tags (claim:qat-vs-ptq)
 *   --seeds N      seeds 1..N per row (3; 1 with --quick)
 *   --jobs N       trainings side by side (1)
 *   --report       train nothing: rewrite results.md, and the statistics in results.json, from results.json
 *   --list         print the selected rows and how many seeds each has, then exit
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fullMatrix, quickMatrix, selectRows } from './matrix';
import { finishedSeeds, readResults } from './results';
import { DEFAULT_CIFAR10, planRows, REPO_ROOT, resultsPaths, runMatrix, writeReport } from './runner';

function fail(message: string): never {
  process.stderr.write(`bench:accuracy: ${message}\n`);
  process.exit(2);
}

function wholeNumber(option: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) fail(`--${option} must be a whole number from 1 to ${max}, got "${text}"`);
  return value;
}

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      allowPositionals: false,
      options: {
        quick: { type: 'boolean' },
        rows: { type: 'string' },
        seeds: { type: 'string' },
        jobs: { type: 'string' },
        out: { type: 'string' },
        cifar10: { type: 'string' },
        report: { type: 'boolean' },
        list: { type: 'boolean' },
      },
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const quick = values.quick === true;
  const matrix = quick ? quickMatrix() : fullMatrix();
  const rows = selectRows(matrix, values.rows as string | undefined);
  if (!rows.length) fail(`--rows ${values.rows} matches no row`);
  const outDir = resolve(values.out ? String(values.out) : quick ? join(tmpdir(), 'qlab-bench-accuracy-quick') : join(REPO_ROOT, 'docs'));
  const paths = resultsPaths(outDir);

  if (values.report) {
    writeReport(outDir, matrix);
    console.log(`wrote ${paths.md}`);
    return 0;
  }
  const cifar10Path = resolve(values.cifar10 ? String(values.cifar10) : DEFAULT_CIFAR10);
  if (values.list) {
    const stored = readResults(paths.json);
    const planned = planRows(rows, cifar10Path);
    for (const { row } of planned.rows) {
      const seeds = [...finishedSeeds(stored, row.id, row.hash)];
      console.log(`${row.id.padEnd(40)} ${`${seeds.length} seed(s)`.padEnd(10)} ${row.link}`);
    }
    for (const id of planned.missingData) console.log(`${id.padEnd(40)} ${'no data'.padEnd(10)} (${cifar10Path} not found)`);
    return 0;
  }

  const summary = await runMatrix({
    matrix,
    rows,
    seeds: wholeNumber('seeds', values.seeds as string | undefined, quick ? 1 : 3, 10),
    jobs: wholeNumber('jobs', values.jobs as string | undefined, 1, 8),
    outDir,
    cifar10Path,
  });
  console.log(`trained ${summary.trained}, skipped ${summary.skipped}, failed ${summary.failed.length}; wrote ${paths.json} and ${paths.md}`);
  for (const failure of summary.failed) console.log(`  failed: ${failure.id} seed ${failure.seed}: ${failure.reason}`);
  return summary.failed.length ? 1 : 0;
}

main().then((code) => process.exit(code));
