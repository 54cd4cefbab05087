import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quickMatrix } from './matrix';
import type { ResultsFile } from './results';
import { resultsPaths, runMatrix } from './runner';

/** Every number in a JSON tree (JSON writes NaN and ±Infinity as null, so nulls are collected too). */
function numbersIn(value: unknown, path = '', found: { path: string; value: number | null }[] = []) {
  if (value === null || typeof value === 'number') found.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => numbersIn(v, `${path}[${i}]`, found));
  else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, found);
  return found;
}

describe('bench:accuracy --quick', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'qlab-accuracy-quick-'));
  const matrix = quickMatrix();
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('trains every quick row into results.json with sane accuracies, then resumes without retraining', { timeout: 300_000 }, async () => {
    const quiet = () => {};
    const first = await runMatrix({ matrix, rows: matrix, seeds: 1, jobs: 2, outDir, cifar10Path: '/nonexistent', log: quiet });
    expect(first.failed).toEqual([]);
    expect(first.trained).toBe(matrix.length);

    const paths = resultsPaths(outDir);
    const file = JSON.parse(readFileSync(paths.json, 'utf8')) as ResultsFile;
    expect(file.schema).toBe(1);
    expect(file.rows.map((r) => r.id)).toEqual(matrix.map((r) => r.id));
    const nulls = numbersIn(file).filter(({ path, value }) => value === null && !/\.baseline$|\.deltaToFloat$|\.recoveredShare$|\.ptqLossTwoSe$|\.gainTwoSe$/.test(path));
    expect(nulls).toEqual([]);
    expect(numbersIn(file).every(({ value }) => value === null || Number.isFinite(value))).toBe(true);

    for (const row of file.rows) {
      expect(row.hash).toMatch(/^[0-9a-f]{16}$/);
      expect(row.link.startsWith('#v=1')).toBe(true);
      expect(row.results).toHaveLength(1);
      const [result] = row.results;
      expect(result.status).toBe('finished');
      expect(result.epochs).toBe(1);
      expect([result.trainCount, result.testCount]).toEqual([2000, 1000]);
      expect(result.modelBytes).toBeGreaterThan(0);
      expect(result.compression).toBeGreaterThanOrEqual(1);
      expect(result.bops).toBeGreaterThan(0);
      expect(result.commit).toMatch(/^([0-9a-f]{4,}(-dirty)?|unknown)$/);
      // Ten classes: chance is 10%.
      expect(result.testAccuracy, row.id).toBeGreaterThan(0.3);
      expect(result.testAccuracy).toBeLessThanOrEqual(1);
      expect(row.stats?.seeds).toBe(1);
      if (row.baseline) expect(row.stats?.deltaToFloat).toBeCloseTo(row.stats!.mean - file.rows.find((r) => r.id === row.baseline)!.stats!.mean, 12);
    }
    const float = file.rows.find((r) => r.tags.includes('float'))!;
    expect(float.stats!.mean).toBeGreaterThan(0.7);
    const ptq = file.rows.find((r) => r.mode === 'ptq')!;
    expect(ptq.results[0].floatAccuracy).toBeGreaterThan(0.7);
    expect(file.comparisons.qatVsPtq).toHaveLength(1);

    const report = readFileSync(paths.md, 'utf8');
    for (const row of matrix) expect(report).toContain(`\`${row.id.split('/').pop()}\``);
    expect(report).not.toContain('NaN');

    const second = await runMatrix({ matrix, rows: matrix, seeds: 1, jobs: 2, outDir, cifar10Path: '/nonexistent', log: quiet });
    expect([second.trained, second.skipped]).toEqual([0, matrix.length]);
    expect(existsSync(paths.json)).toBe(true);
  });
});
