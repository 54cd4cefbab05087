import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESTIMATORS, QUANTIZERS, resolveParams } from '../quant';
import {
  ESTIMATOR_IDS,
  QUANTIZER_IDS,
  type EstimatorDef,
  type QuantizerDef,
  type QuantizerId,
} from '../quant';
import { UsageError } from './args';
import { runQuantize } from './commands/quantize';
import { Decide, EXACT, oracleQuantize, seededNormals, type QuantizerOracleResult } from '../quant/oracle.test-support';

const quantizers = QUANTIZERS as Record<string, QuantizerDef>;
const estimators = ESTIMATORS as Record<string, EstimatorDef>;

/**
 * tfjs computes in float32 (relative rounding ≈ 6e-8 per operation); scales are means,
 * maxima and small least-squares solves of up to a few dozen float32 terms, so results
 * agree with the Float64 oracle to well under 2e-5 relative. The absolute term covers
 * outputs that cancel to ≈ 0 (e.g. 1 − tanh² or a level sum near zero).
 */
const RTOL = 2e-5;
const ATOL = 2e-6;

function close(got: number, expected: number, scale: number): boolean {
  return Math.abs(got - expected) <= RTOL * Math.abs(expected) + ATOL * Math.max(1, scale);
}

const maxAbs = (xs: number[]) => xs.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/** Every element of `got` matches `expected`; the message names the first mismatch. */
function expectVector(label: string, got: number[], expected: number[], inputs?: number[]) {
  expect(got.length, `${label}: length`).toBe(expected.length);
  const scale = maxAbs(expected);
  const bad = got.findIndex((g, i) => !close(g, expected[i], scale));
  if (bad >= 0) {
    const at = inputs ? ` at x=${inputs[bad]}` : '';
    expect.fail(`${label}[${bad}]${at}: expected ${expected[bad]}, got ${got[bad]}`);
  }
}

/** Each element of `got` matches the same element of at least one candidate evaluation. */
function expectVectorAnyOf(label: string, got: number[], candidates: number[][], inputs: number[]) {
  for (const c of candidates) expect(got.length, `${label}: length`).toBe(c.length);
  const scale = Math.max(...candidates.map(maxAbs));
  const bad = got.findIndex((g, i) => !candidates.some((c) => close(g, c[i], scale)));
  if (bad >= 0) {
    expect.fail(`${label}[${bad}] at x=${inputs[bad]}: expected one of ${candidates.map((c) => c[bad]).join(' / ')}, got ${got[bad]}`);
  }
}

interface Case {
  bits?: number;
  params?: Record<string, number>;
  values: number[];
}

/** Builds the command line of a quantize call. */
function quantizeArgs(id: string, estimator: string, c: Case, seed?: number): string[] {
  const args = ['--quantizer', id, '--estimator', estimator];
  if (c.bits !== undefined) args.push('--bits', String(c.bits));
  for (const [name, value] of Object.entries(c.params ?? {})) args.push('--param', `${name}=${value}`);
  if (seed !== undefined) args.push('--seed', String(seed));
  args.push(`--values=${c.values.join(',')}`);
  return args;
}

/** The oracle on the same inputs, with the registry's parameter defaults filled in. */
function oracleFor(id: QuantizerId, estimator: string, c: Case, decide: Decide = EXACT): QuantizerOracleResult {
  const def = quantizers[id];
  const est = estimators[estimator];
  const given = c.params ?? {};
  const estimatorGiven = Object.fromEntries(Object.entries(given).filter(([k]) => k in est.params));
  const quantizerGiven = Object.fromEntries(Object.entries(given).filter(([k]) => !(k in est.params)));
  return oracleQuantize(
    id,
    c.values.map(Math.fround),
    {
      bits: c.bits ?? def.bits.default,
      params: resolveParams(def.params, quantizerGiven),
      estimator,
      estimatorParams: resolveParams(est.params, estimatorGiven),
      signLike: def.signLike,
    },
    decide,
  );
}

/**
 * Edge inputs, exact in float32 and chosen so that each scale (mean|x|, max|x|, range)
 * is exact too: rounding ties, clip edges and zeros land exactly where the spec puts them.
 */
const EDGE_CASES: Record<QuantizerId, Case[]> = {
  sign: [{ values: [0, 1, -1, 0.5, -0.5, 2, -3, 0.001, -0.001, 1.5, -1.5] }],
  xnor: [{ values: [0, 2, -2, 4, -4, 1, -1, 2] }], // α = 16/8 = 2
  'stochastic-sign': [{ values: [0, 1, -1, 2, -3, 0.5, -0.5] }],
  lab: [{ values: [0, 2, -2, 4, -4, 1, -1, 2] }], // no second moment: α = mean|x| = 2
  'bayes-binary': [{ values: [0, 1, -1, 0.2, -0.3, 0.05, -2] }],
  twn: [{ values: [0, 1, -1, 2, -2, 0.25, -0.25, 3, -3, 0.5] }], // Δ = 0.91, α = 2
  ttq: [
    { values: [0, 4, -4, 0.1, -0.1, 0.3, -0.3, 1, -2.5] }, // Δ = 0.2
    { values: [0, 4, -4, 0.1, -0.1, 0.3, -0.3, 1, -2.5, 1.5], params: { wp: 1.5, wn: 0.75 } },
  ],
  'stochastic-ternary': [{ values: [0, 1, -1, 2, -3, 0.5, -0.25] }],
  uniform: [
    { bits: 2, values: [0, 1, -1, 0.5, -0.5, 0.25, -0.75, 0.499] }, // d = 1
    { bits: 3, values: [0, 3, -3, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1, 2.9] }, // d = 1: ties
    { bits: 4, values: [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, -6.5, 7, 0, -7] }, // d = 1: ties
    // a fixed step with values beyond the top level 1.5
    { bits: 3, params: { step: 0.5 }, values: [0, 0.25, 0.75, 1.25, 1.5, 1.75, 2, 10, -10, -0.25] },
  ],
  dorefa: [
    { bits: 1, values: [0, 2, -2, 1, -1, 0.5, -0.5, 3] }, // mean|x| = 1.25
    // x = 0 is a tie (2^k − 1)/2 at every k; x = ±2 hit v = 0 and v = 1 exactly
    { bits: 2, values: [0, 1, -1, 2, -0.3, 0.7, -2] },
    { bits: 3, values: [0, 1, -1, 2, -0.3, 0.7, -2] },
    { bits: 4, values: [0, 1, -1, 2, -0.3, 0.7, -2] },
  ],
  'dorefa-act': [
    { bits: 1, values: [0.5, 0.49, 0.51, -1, 0, 1, 2] },
    { bits: 2, values: [-1, 0, 1, 2, 0.2, 0.45, 0.8] },
    { bits: 3, values: [-1, 0, 1, 2, 0.2, 0.45, 0.8] },
    { bits: 4, values: [-1, 0, 1, 2, 0.2, 0.45, 0.8] },
  ],
  log2: [
    { bits: 2, values: [0, 1, -2, 3, 4, -5, 8, 0.3, -8, 6] }, // e_max = 3
    { bits: 3, values: [0, 1, -2, 3, 4, -5, 8, 0.3, -8, 6, 12] }, // e_max = round(log2 12) = 4
    { bits: 4, values: [0, 1, -2, 3, 4, -5, 8, 0.3, 0.1, 0.05, -8, 6] }, // e_min = −3
  ],
  kmeans: [
    { bits: 1, values: [0, 0.2, 1, 1.2, -3] },
    { bits: 2, values: [0, 0.1, 1, 1.1, 2, 2.1, 3, 3.1] },
    { bits: 3, values: [0, 0.1, 1, 1.1, 2, 2.1, 3, 3.1, 5, 5.5, 7, 7.25, 9, 9.5, 10, -4] },
  ],
  lqnet: [
    { bits: 1, values: [-2, -1, -0.5, 0, 0.3, 1, 1.5, 2.5] },
    { bits: 2, values: [-2, -1, -0.5, 0, 0.3, 1, 1.5, 2.5] },
  ],
  abc: [
    { values: [-2, -1, -0.5, 0, 0.3, 1, 1.5, 2.5] },
    { values: [-2, -1, -0.5, 0, 0.3, 1, 1.5, 2.5], params: { bases: 1 } },
    { values: [-2, -1, -0.5, 0, 0.3, 1, 1.5, 2.5], params: { bases: 2 } },
  ],
  affine: [
    { bits: 2, values: [-1, 2, -0.5, 0.5, 1.5, 0, 1, 0.25] }, // s = 1, z = 1
    { bits: 3, values: [-3, 4, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 0] }, // s = 1, z = 3
    { bits: 4, values: [-7, 8, -6.5, -0.5, 0.5, 5.5, 6.5, 7.5, 0] }, // s = 1, z = 7
    { bits: 2, values: [1, 2, 4, 2.5] }, // all positive: z = −1
  ],
  pact: [
    { bits: 2, params: { alpha: 3 }, values: [-1, 0, 0.5, 1.5, 2.5, 3, 4, 1] }, // step 1
    { bits: 3, params: { alpha: 7 }, values: [-1, 0, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7, 8] },
    { values: [-1, 0, 0.25, 0.77, 1.23, 2.95, 10] }, // off the ties of the default α and bits
  ],
  pq: [
    { bits: 1, params: { dim: 2 }, values: [0, 0, 1, 1, 5, 5, 6, 6] }, // codewords (0.5, 0.5) and (5.5, 5.5)
    { bits: 1, params: { dim: 3 }, values: [1, 2, 3, 1, 2, 4, -7, 0.5] }, // the last sub-vector padded with a zero
    { bits: 2, params: { dim: 1 }, values: [0, 0.1, 1, 1.1, 2, 2.1, 3, 3.1] }, // scalar k-means
  ],
  hwgq: [
    { bits: 1, values: [-1, 0, 0.01, 0.3, 0.6, 1, 2, 5, 10] },
    { bits: 2, values: [-1, 0, 0.01, 0.3, 0.6, 1, 2, 5, 10] },
    { bits: 3, values: [-1, 0, 0.01, 0.3, 0.6, 1, 2, 5, 10] },
  ],
};

const STOCHASTIC: QuantizerId[] = ['stochastic-sign', 'stochastic-ternary', 'bayes-binary'];

/** The registry's bit range as a list, for filtering cases. */
function bitsAccepted(def: QuantizerDef, bits: number | undefined): boolean {
  return bits === undefined || (bits >= def.bits.min && bits <= def.bits.max);
}

/** Compares one CLI result with the oracle: strictly for edge cases, up to boundary fuzz for random ones. */
async function checkCase(id: QuantizerId, estimator: string, c: Case, fuzzy: boolean) {
  const label = `${id}/${estimator} bits=${c.bits ?? 'default'} ${JSON.stringify(c.params ?? {})}`;
  const got = await runQuantize(quantizeArgs(id, estimator, c));
  const inputs = c.values.map(Math.fround);
  const oracles = fuzzy ? [EXACT, new Decide(-1), new Decide(1)].map((d) => oracleFor(id, estimator, c, d)) : [oracleFor(id, estimator, c)];
  const stochastic = STOCHASTIC.includes(id);
  if (stochastic) {
    // the draws are checked statistically below; here every output is a level, and
    // inputs beyond ±1 (and 0 for the ternary one) are deterministic
    const levels = oracles[0].levels;
    got.forward.forEach((v, i) => {
      expect(levels, `${label}: forward[${i}] is a level`).toContain(v);
      // (the Bayesian layer's p = σ(x/τ) is never exactly 0 or 1)
      const deterministic = id !== 'bayes-binary' && (Math.abs(inputs[i]) >= 1 || (id === 'stochastic-ternary' && inputs[i] === 0));
      if (deterministic) expect(v, `${label}: forward at x=${inputs[i]}`).toBe(oracles[0].forward[i]);
    });
  } else if (fuzzy) {
    expectVectorAnyOf(`${label} forward`, got.forward, oracles.map((o) => o.forward), inputs);
  } else {
    expectVector(`${label} forward`, got.forward, oracles[0].forward, inputs);
  }
  if (fuzzy) {
    expectVectorAnyOf(`${label} gradient`, got.gradient, oracles.map((o) => o.gradient), inputs);
    const levelsMatch = oracles.some(
      (o) => o.levels.length === got.levels.length && got.levels.every((v, i) => close(v, o.levels[i], maxAbs(o.levels))),
    );
    if (!levelsMatch) expectVector(`${label} levels`, got.levels, oracles[0].levels);
  } else {
    expectVector(`${label} gradient`, got.gradient, oracles[0].gradient, inputs);
    expectVector(`${label} levels`, got.levels, oracles[0].levels);
  }
}

describe('registry shape', () => {
  it('lists every quantizer and estimator id of the contract', () => {
    expect(Object.keys(QUANTIZERS).sort()).toEqual([...QUANTIZER_IDS].sort());
    expect(Object.keys(ESTIMATORS).sort()).toEqual([...ESTIMATOR_IDS].sort());
  });

  it('marks the sign-like quantizers of the spec as sign-like', () => {
    for (const id of ['sign', 'xnor', 'stochastic-sign', 'abc'] as const) expect(quantizers[id].signLike, id).toBe(true);
  });

  it('accepts the bit widths the spec defines formulas for', () => {
    expect(quantizers.dorefa.bits.min, 'dorefa k = 1').toBe(1);
    expect(quantizers.sign.bits).toMatchObject({ min: 1, max: 1 });
  });

  it('has the spec defaults: swish-sign β = 5, ABC-Net M = 3, EDE progress in [0, 1]', () => {
    expect(estimators['swish-sign'].params.beta.default).toBe(5);
    expect(quantizers.abc.params.bases.default).toBe(3);
    expect(estimators.ede.params.progress.min).toBe(0);
    expect(estimators.ede.params.progress.max).toBe(1);
  });
});

describe('quantize matches the oracle on edge values', () => {
  for (const id of QUANTIZER_IDS) {
    it(`${id}: every estimator`, async () => {
      const def = quantizers[id];
      let checked = 0;
      for (const estimator of ESTIMATOR_IDS) {
        for (const c of EDGE_CASES[id]) {
          if (!bitsAccepted(def, c.bits)) continue;
          await checkCase(id, estimator, c, false);
          checked++;
        }
      }
      expect(checked, `${id}: edge cases run`).toBeGreaterThanOrEqual(ESTIMATOR_IDS.length);
    });
  }
});

describe('quantize matches the oracle on seeded random inputs', () => {
  for (const id of QUANTIZER_IDS) {
    it(`${id}: every estimator, min/default/max bits`, async () => {
      const def = quantizers[id];
      const bitWidths = [...new Set([def.bits.min, def.bits.default, def.bits.max])];
      for (const [b, bits] of bitWidths.entries()) {
        for (const [e, estimator] of ESTIMATOR_IDS.entries()) {
          const seed = 1000 * QUANTIZER_IDS.indexOf(id) + 10 * b + e;
          const estimatorParams: Record<string, number> = estimator === 'ede' ? { progress: 0.7 } : estimator === 'swish-sign' ? { beta: 3 } : {};
          await checkCase(id, estimator, { bits, values: seededNormals(40, seed, 1.2, 0.1), params: estimatorParams }, true);
        }
      }
    });
  }
});

describe('stochastic quantizers', () => {
  const inputs = [-1.5, -1, -0.6, -0.2, 0, 0.3, 0.75, 1, 2];
  const repeats = 25;
  const seeds = 80;

  for (const id of STOCHASTIC) {
    it(`${id}: the mean over ${seeds} seeds × ${repeats} copies is the oracle's expectation (clip(x, −1, 1); Bayesian: 2σ(x/τ) − 1) within 5 standard errors`, async () => {
      const expected = oracleFor(id, 'ste', { values: inputs }).forward;
      const values = inputs.flatMap((v) => Array<number>(repeats).fill(v));
      const sums = inputs.map(() => 0);
      for (let seed = 0; seed < seeds; seed++) {
        const { forward } = await runQuantize(quantizeArgs(id, 'ste', { values }, seed));
        forward.forEach((v, i) => (sums[Math.floor(i / repeats)] += v));
      }
      const draws = seeds * repeats;
      inputs.forEach((x, i) => {
        const p = expected[i];
        // E[out] = p; Var[out] = 1 − p² (±1 outputs) or |p| − p² (outputs in {−1, 0, 1})
        const variance = id === 'stochastic-ternary' ? Math.abs(p) - p * p : 1 - p * p;
        const standardError = Math.sqrt(variance / draws);
        const observed = sums[i] / draws;
        expect(Math.abs(observed - p), `${id} mean at x=${x}: ${observed}`).toBeLessThanOrEqual(5 * standardError + 1e-12);
      });
    });

    it(`${id}: the same seed gives the same draws, another seed other draws`, async () => {
      const values = Array<number>(200).fill(0.25);
      const a = await runQuantize(quantizeArgs(id, 'ste', { values }, 7));
      const b = await runQuantize(quantizeArgs(id, 'ste', { values }, 7));
      const c = await runQuantize(quantizeArgs(id, 'ste', { values }, 8));
      expect(b.forward).toEqual(a.forward);
      expect(c.forward).not.toEqual(a.forward);
      expect(new Set(a.forward).size, 'both outcomes occur among 200 draws').toBeGreaterThan(1);
    });
  }
});

describe('quantize argument handling (in process)', () => {
  it('defaults to the ste estimator, the default bits and seed 0', async () => {
    const values = [-1, -0.25, 0.4, 2];
    const explicit = await runQuantize([
      '--quantizer',
      'uniform',
      '--estimator',
      'ste',
      '--bits',
      String(quantizers.uniform.bits.default),
      '--seed',
      '0',
      `--values=${values.join(',')}`,
    ]);
    expect(await runQuantize(['--quantizer', 'uniform', `--values=${values.join(',')}`])).toEqual(explicit);
  });

  it('reads a values file holding an array or {"values": [...]}', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qlab-'));
    writeFileSync(join(dir, 'array.json'), '[-1, 0.5, 2]');
    writeFileSync(join(dir, 'object.json'), '{"values": [-1, 0.5, 2]}');
    const inline = await runQuantize(['--quantizer', 'xnor', '--values=-1,0.5,2']);
    expect(await runQuantize(['--quantizer', 'xnor', '--values-file', join(dir, 'array.json')])).toEqual(inline);
    expect(await runQuantize(['--quantizer', 'xnor', '--values-file', join(dir, 'object.json')])).toEqual(inline);
    expectVector('xnor forward', inline.forward, [-7 / 6, 7 / 6, 7 / 6]);
  });

  it('routes --param to the estimator when it declares the name', async () => {
    const values = [-0.5, 0.05, 0.3];
    const got = await runQuantize(['--quantizer', 'sign', '--estimator', 'ede', '--param', 'progress=0.5', `--values=${values.join(',')}`]);
    // t = 0.1·10^1 = 1, k = 1: derivative 1 − tanh²(x)
    expectVector('ede gradient', got.gradient, values.map((v) => 1 - Math.tanh(Math.fround(v)) ** 2));
    const swish = await runQuantize(['--quantizer', 'sign', '--estimator', 'swish-sign', '--param', 'beta=2', '--values=0']);
    expectVector('swish gradient at 0', swish.gradient, [2]); // β·2/(1 + cosh 0) = β
  });

  const dir = mkdtempSync(join(tmpdir(), 'qlab-bad-'));
  writeFileSync(join(dir, 'bad.json'), '[1, 2,');
  writeFileSync(join(dir, 'strings.json'), '[1, "2"]');
  writeFileSync(join(dir, 'empty.json'), '[]');
  writeFileSync(join(dir, 'novalues.json'), '{"weights": [1]}');
  writeFileSync(join(dir, 'number.json'), '3');
  const bad: Array<[string, string[], RegExp]> = [
    ['unknown quantizer', ['--quantizer', 'nope', '--values=1'], /unknown quantizer "nope"/],
    ['missing quantizer', ['--values=1'], /missing --quantizer/],
    ['unknown estimator', ['--quantizer', 'sign', '--estimator', 'magic', '--values=1'], /unknown estimator "magic"/],
    ['non-numeric bits', ['--quantizer', 'uniform', '--bits', 'four', '--values=1'], /--bits/],
    ['bits above the range', ['--quantizer', 'uniform', '--bits', '99', '--values=1'], /--bits/],
    ['bits of a fixed-width quantizer', ['--quantizer', 'sign', '--bits', '2', '--values=1'], /--bits/],
    ['fractional bits', ['--quantizer', 'uniform', '--bits', '2.5', '--values=1'], /--bits/],
    ['negative seed', ['--quantizer', 'sign', '--seed', '-1', '--values=1'], /seed/],
    ['non-numeric seed', ['--quantizer', 'sign', '--seed', 'x', '--values=1'], /--seed/],
    ['unknown param', ['--quantizer', 'sign', '--param', 'foo=1', '--values=1'], /foo/],
    ['param without a value', ['--quantizer', 'ttq', '--param', 'wp', '--values=1'], /name=value/],
    ['non-numeric param', ['--quantizer', 'ttq', '--param', 'wp=big', '--values=1'], /wp/],
    ['out-of-range estimator param', ['--quantizer', 'sign', '--estimator', 'ede', '--param', 'progress=2', '--values=1'], /progress/],
    ['out-of-range quantizer param', ['--quantizer', 'abc', '--param', 'bases=0', '--values=1'], /bases/],
    ['a bad value', ['--quantizer', 'sign', '--values=1,abc'], /item 2/],
    ['an empty value', ['--quantizer', 'sign', '--values=1,,2'], /item 2/],
    ['empty values', ['--quantizer', 'sign', '--values='], /empty/],
    ['both inputs', ['--quantizer', 'sign', '--values=1', '--values-file', join(dir, 'empty.json')], /not both/],
    ['no input', ['--quantizer', 'sign'], /missing input/],
    ['missing file', ['--quantizer', 'sign', '--values-file', join(dir, 'absent.json')], /no such file/],
    ['malformed JSON', ['--quantizer', 'sign', '--values-file', join(dir, 'bad.json')], /not valid JSON/],
    ['a string in the file', ['--quantizer', 'sign', '--values-file', join(dir, 'strings.json')], /item 2/],
    ['an empty file array', ['--quantizer', 'sign', '--values-file', join(dir, 'empty.json')], /no values/],
    ['an object without values', ['--quantizer', 'sign', '--values-file', join(dir, 'novalues.json')], /"values"/],
    ['a bare number', ['--quantizer', 'sign', '--values-file', join(dir, 'number.json')], /array/],
    ['unknown option', ['--quantizer', 'sign', '--values=1', '--frobnicate'], /frobnicate/],
    ['a positional argument', ['--quantizer', 'sign', '--values=1', 'extra'], /extra/],
    ['a repeated option', ['--quantizer', 'sign', '--quantizer', 'xnor', '--values=1'], /more than once/],
    ['a negative value after a space', ['--quantizer', 'sign', '--values', '-1,2'], /--values=/],
  ];
  for (const [what, args, message] of bad) {
    it(`rejects ${what} with a one-line UsageError`, async () => {
      const error = await runQuantize(args).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, what).toBeInstanceOf(UsageError);
      const text = (error as Error).message;
      expect(text).toMatch(message);
      expect(text).not.toContain('\n');
    });
  }

  it('accepts a negative first value written --values=-1,0.5', async () => {
    expect((await runQuantize(['--quantizer', 'sign', '--values=-1,0.5'])).forward).toEqual([-1, 1]);
  });
});

describe('the real CLI (spawned)', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const qlab = (...args: string[]) =>
    spawnSync(tsx, ['src/cli/qlab.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('prints one JSON line matching the oracle', () => {
    const values = [-3, -2.5, -0.5, 0, 0.5, 1.5, 2.5, 3];
    const run = qlab('quantize', '--quantizer', 'uniform', '--bits', '3', '--estimator', 'clipped-ste', `--values=${values.join(',')}`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]) as { forward: number[]; gradient: number[]; levels: number[] };
    expect(Object.keys(out)).toEqual(['forward', 'gradient', 'levels']);
    const oracle = oracleFor('uniform', 'clipped-ste', { bits: 3, values });
    expect(out.forward).toEqual([-3, -2, -0, 0, 0, 2, 2, 3].map((v) => v + 0));
    expectVector('gradient', out.gradient, oracle.gradient);
    expectVector('levels', out.levels, oracle.levels);
  });

  it('reads --values-file and honours --param for the estimator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qlab-cli-'));
    const file = join(dir, 'w.json');
    writeFileSync(file, JSON.stringify({ values: [-0.4, 0, 0.2, 1.4] }));
    const run = qlab('quantize', '--quantizer', 'sign', '--estimator', 'swish-sign', '--param', 'beta=3', '--values-file', file);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { forward: number[]; gradient: number[] };
    expect(out.forward).toEqual([-1, 1, 1, 1]);
    const oracle = oracleFor('sign', 'swish-sign', { params: { beta: 3 }, values: [-0.4, 0, 0.2, 1.4] });
    expectVector('gradient', out.gradient, oracle.gradient);
  });

  const failures: Array<[string, string[], RegExp]> = [
    ['unknown quantizer', ['quantize', '--quantizer', 'nope', '--values=1'], /unknown quantizer/],
    ['missing file', ['quantize', '--quantizer', 'sign', '--values-file', '/nonexistent/x.json'], /no such file/],
    ['bits out of range', ['quantize', '--quantizer', 'sign', '--bits', '3', '--values=1'], /--bits/],
    ['both inputs', ['quantize', '--quantizer', 'sign', '--values=1', '--values-file', 'x.json'], /not both/],
    ['unknown param', ['quantize', '--quantizer', 'pact', '--param', 'gamma=1', '--values=1'], /gamma/],
  ];
  for (const [what, args, message] of failures) {
    it(`exits 2 with one "qlab:" line for ${what}`, () => {
      const run = qlab(...args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.split('\n').filter(Boolean);
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^qlab: /);
      expect(lines[0]).toMatch(message);
      expect(run.stderr).not.toMatch(/^ {4}at /m);
    });
  }
});
