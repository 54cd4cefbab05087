import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUANTIZERS, REGULARIZERS, resolveParams } from '../quant';
import { REGULARIZER_IDS, type QuantizerDef, type QuantizerId, type RegularizerDef } from '../quant';
import { UsageError } from './args';
import { runRegularize } from './commands/regularize';
import { oracleQuantize, oracleRegularize, seededNormals } from '../quant/oracle.test-support';

const quantizers = QUANTIZERS as Record<string, QuantizerDef>;
const regularizers = REGULARIZERS as Record<string, RegularizerDef>;

/** float32 sums of a few dozen terms: see quantize.test.ts for the tolerance's reasoning. */
const RTOL = 2e-5;
const ATOL = 2e-6;
const close = (got: number, expected: number, scale: number) =>
  Math.abs(got - expected) <= RTOL * Math.abs(expected) + ATOL * Math.max(1, scale);

function expectVector(label: string, got: number[], expected: number[]) {
  expect(got.length, `${label}: length`).toBe(expected.length);
  const scale = expected.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const bad = got.findIndex((g, i) => !close(g, expected[i], scale));
  if (bad >= 0) expect.fail(`${label}[${bad}]: expected ${expected[bad]}, got ${got[bad]}`);
}

function expectScalar(label: string, got: number, expected: number) {
  if (!close(got, expected, Math.abs(expected))) expect.fail(`${label}: expected ${expected}, got ${got}`);
}

interface RegularizerCase {
  lambda: number;
  params?: Record<string, number>;
  quantizer?: QuantizerId;
  bits?: number;
  values: number[];
}

function regularizeArgs(id: string, c: RegularizerCase): string[] {
  const args = ['--regularizer', id, '--lambda', String(c.lambda)];
  for (const [name, value] of Object.entries(c.params ?? {})) args.push('--param', `${name}=${value}`);
  if (c.quantizer) args.push('--quantizer', c.quantizer);
  if (c.bits !== undefined) args.push('--bits', String(c.bits));
  args.push(`--values=${c.values.join(',')}`);
  return args;
}

/** The oracle on the same inputs; level-distance takes the oracle quantizer's levels. */
function oracleFor(id: string, c: RegularizerCase) {
  const w = c.values.map(Math.fround);
  const def = regularizers[id];
  const given = c.params ?? {};
  const own = Object.fromEntries(Object.entries(given).filter(([k]) => k in def.params));
  let levels: number[] = [];
  if (c.quantizer) {
    const q = quantizers[c.quantizer];
    const quantizerParams = Object.fromEntries(Object.entries(given).filter(([k]) => !(k in def.params)));
    levels = oracleQuantize(c.quantizer, w, {
      bits: c.bits ?? q.bits.default,
      params: resolveParams(q.params, quantizerParams),
      estimator: 'ste',
      estimatorParams: {},
      signLike: q.signLike,
    }).levels;
  }
  return oracleRegularize(id, w, c.lambda, resolveParams(def.params, own), levels);
}

async function check(id: string, c: RegularizerCase) {
  const label = `${id} λ=${c.lambda} ${JSON.stringify(c.params ?? {})} ${c.quantizer ?? ''}`;
  const got = await runRegularize(regularizeArgs(id, c));
  const expected = oracleFor(id, c);
  expectScalar(`${label} penalty`, got.penalty, expected.penalty);
  expectVector(`${label} gradient`, got.gradient, expected.gradient);
}

describe('regularizers match the oracle', () => {
  it('the registry lists every regularizer id of the contract', () => {
    expect(Object.keys(REGULARIZERS).sort()).toEqual([...REGULARIZER_IDS].sort());
  });

  it('l2 and binary on edge and random weights', async () => {
    for (const id of ['l2', 'binary']) {
      await check(id, { lambda: 0.5, values: [0, 1, -1, 0.5, -2, 3] });
      await check(id, { lambda: 0, values: [0.3, -0.7] });
      for (let seed = 1; seed <= 3; seed++) await check(id, { lambda: 0.01 * seed, values: seededNormals(32, seed) });
    }
    // hand-computed: λ = 0.5, w = (1, −2): l2 = 0.5·5, binary = 0.5·((1 − 1) + (1 − 4))
    expect(await runRegularize(['--regularizer', 'l2', '--lambda', '0.5', '--values=1,-2'])).toEqual({ penalty: 2.5, gradient: [1, -2] });
    expect(await runRegularize(['--regularizer', 'binary', '--lambda', '0.5', '--values=1,-2'])).toEqual({ penalty: -1.5, gradient: [-1, 2] });
  });

  it('periodic with default and given step/offset', async () => {
    await check('periodic', { lambda: 0.2, values: [0, 0.25, 0.5, -0.75, 1, 1.3] });
    await check('periodic', { lambda: 1, params: { step: 0.5, offset: 0.25 }, values: [0, 0.25, 0.5, 0.375, -0.1] });
    for (let seed = 4; seed <= 6; seed++) {
      await check('periodic', { lambda: 0.3, params: { step: 0.25 * seed, offset: 0.1 }, values: seededNormals(32, seed) });
    }
  });

  it('level-distance with the levels of several quantizers', async () => {
    const cases: RegularizerCase[] = [
      { lambda: 1, quantizer: 'sign', values: [0.2, -0.4, 1.5, -3, 0.9] },
      { lambda: 0.5, quantizer: 'uniform', bits: 3, values: [0, 3, -3, 0.2, 1.3, -2.2, 2.9] }, // levels j·1
      { lambda: 0.1, quantizer: 'twn', values: [0, 1, -1, 2, -2, 0.25, -0.25, 3, -3, 0.5] }, // levels {−2, 0, 2}
      { lambda: 2, quantizer: 'log2', bits: 3, values: [0, 1, -2, 3, 4, -5, 8, 0.3, -8, 6] },
      { lambda: 0.3, quantizer: 'pact', bits: 2, params: { alpha: 3 }, values: [-1, 0.2, 1.3, 2.2, 4] },
      { lambda: 0.7, quantizer: 'kmeans', bits: 2, values: seededNormals(32, 11) },
      { lambda: 0.05, quantizer: 'xnor', values: seededNormals(32, 12) },
    ];
    for (const c of cases) await check('level-distance', c);
  });

  it('level-distance is zero on weights that are already levels', async () => {
    const got = await runRegularize(['--regularizer', 'level-distance', '--lambda', '1', '--quantizer', 'uniform', '--bits', '3', '--values=-3,-1,0,2,3']);
    expect(got.penalty).toBe(0);
    expect(got.gradient.map(Math.abs)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('regularize argument handling', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qlab-reg-'));
  writeFileSync(join(dir, 'w.json'), '{"values": [0.5, -1]}');

  it('reads --values-file', async () => {
    const fromFile = await runRegularize(['--regularizer', 'l2', '--lambda', '2', '--values-file', join(dir, 'w.json')]);
    expect(fromFile).toEqual({ penalty: 2 * 1.25, gradient: [2, -4] });
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['unknown regularizer', ['--regularizer', 'l7', '--lambda', '1', '--values=1'], /unknown regularizer "l7"/],
    ['missing lambda', ['--regularizer', 'l2', '--values=1'], /--lambda/],
    ['non-numeric lambda', ['--regularizer', 'l2', '--lambda', 'lots', '--values=1'], /--lambda/],
    ['negative lambda', ['--regularizer', 'l2', '--lambda=-1', '--values=1'], /--lambda/],
    ['level-distance without --quantizer', ['--regularizer', 'level-distance', '--lambda', '1', '--values=1'], /--quantizer/],
    ['an unknown quantizer', ['--regularizer', 'level-distance', '--lambda', '1', '--quantizer', 'zz', '--values=1'], /unknown quantizer/],
    ['bits outside the range', ['--regularizer', 'level-distance', '--lambda', '1', '--quantizer', 'twn', '--bits', '5', '--values=1'], /--bits/],
    ['--quantizer on l2', ['--regularizer', 'l2', '--lambda', '1', '--quantizer', 'sign', '--values=1'], /--quantizer/],
    ['an unknown param', ['--regularizer', 'periodic', '--lambda', '1', '--param', 'phase=1', '--values=1'], /phase/],
    ['an out-of-range step', ['--regularizer', 'periodic', '--lambda', '1', '--param', 'step=-1', '--values=1'], /step/],
    ['empty values', ['--regularizer', 'l2', '--lambda', '1', '--values='], /empty/],
    ['no values', ['--regularizer', 'l2', '--lambda', '1'], /missing input/],
    ['a missing file', ['--regularizer', 'l2', '--lambda', '1', '--values-file', join(dir, 'nope.json')], /no such file/],
  ];
  for (const [what, args, message] of bad) {
    it(`rejects ${what} with a one-line UsageError`, async () => {
      const error = await runRegularize(args).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, what).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    });
  }

  const root = fileURLToPath(new URL('../..', import.meta.url));
  const qlab = (...args: string[]) =>
    spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/qlab.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('the real CLI prints {"penalty", "gradient"} on one line', () => {
    const run = qlab('regularize', '--regularizer', 'level-distance', '--lambda', '0.5', '--quantizer', 'uniform', '--bits', '3', '--values=-3,0.25,1.75,3');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    // levels {−3, …, 3}: residuals 0, 0.25, −0.25, 0
    expect(JSON.parse(lines[0])).toEqual({ penalty: 0.0625, gradient: [0, 0.25, -0.25, 0] });
  });

  it('the real CLI exits 2 with one "qlab:" line when level-distance lacks --quantizer', () => {
    const run = qlab('regularize', '--regularizer', 'level-distance', '--lambda', '1', '--values=1,2');
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^qlab: .*--quantizer/);
    expect(run.stderr).not.toMatch(/^ {4}at /m);
  });
});
