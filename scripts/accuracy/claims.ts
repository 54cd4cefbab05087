/**
 * The surveys' claims, read off the accuracy matrix. Each claim names the rows that test
 * it and is judged by comparisons "row A does better than row B". A comparison holds when
 * A's mean exceeds B's by more than twice the standard error of the difference of means
 * (2·√(s_A²/n_A + s_B²/n_B), about a 95% interval), is reversed when it falls short by
 * as much, and is within the spread otherwise. With one seed a row has no spread: the
 * comparison gives only a direction, as claimed or against. Nothing here is tuned to make a claim hold.
 */
import { differenceSe, mean, sampleStd, type ResultRow, type RowStats, type SeedResult } from './results';

export type Outcome = 'holds' | 'reversed' | 'within spread' | 'one seed: as claimed' | 'one seed: against' | 'pending';
export type Verdict = 'supported' | 'not supported' | 'mixed' | 'pending';

/** A measured quantity of a row: its mean, sample std and number of seeds. */
interface Measure {
  mean: number;
  std: number;
  n: number;
}

export interface Comparison {
  /** What is expected to be larger, e.g. `qat-2 − ptq-2`. */
  label: string;
  /** Expected-larger minus expected-smaller, in the quantity's own unit (fractions of accuracy). */
  difference: number | null;
  /** Twice the standard error of the difference; null with a single seed on either side. */
  margin: number | null;
  outcome: Outcome;
}

export interface ClaimResult {
  id: string;
  claim: string;
  source: string;
  rows: string[];
  comparisons: Comparison[];
  verdict: Verdict;
  /** What the numbers say beyond the verdict (gaps, caveats of the comparison). */
  notes: string[];
}

const measureOf = (stats: RowStats): Measure => ({ mean: stats.mean, std: stats.std, n: stats.seeds });

function seedMeasure(results: SeedResult[], value: (r: SeedResult) => number | undefined): Measure | null {
  const values = results.map(value).filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (!values.length) return null;
  return { mean: mean(values), std: sampleStd(values), n: values.length };
}

/** A − B with its spread: the difference of two independent measures. */
const minus = (a: Measure, b: Measure): Measure & { se: number | null } => ({
  mean: a.mean - b.mean,
  std: 0,
  n: Math.min(a.n, b.n),
  se: differenceSe(a, b),
});

function judge(label: string, difference: (Measure & { se: number | null }) | null): Comparison {
  if (!difference) return { label, difference: null, margin: null, outcome: 'pending' };
  const margin = difference.se === null ? null : 2 * difference.se;
  const outcome: Outcome =
    margin === null
      ? difference.mean > 0 ? 'one seed: as claimed' : 'one seed: against'
      : difference.mean > margin ? 'holds' : difference.mean < -margin ? 'reversed' : 'within spread';
  return { label, difference: difference.mean, margin, outcome };
}

function verdictOf(comparisons: Comparison[]): Verdict {
  if (!comparisons.length || comparisons.some((c) => c.outcome === 'pending')) return 'pending';
  const holds = comparisons.filter((c) => c.outcome === 'holds' || c.outcome === 'one seed: as claimed').length;
  if (holds === comparisons.length) return 'supported';
  if (holds === 0) return 'not supported';
  return 'mixed';
}

const pp = (fraction: number) => `${fraction < 0 ? '−' : '+'}${Math.abs(100 * fraction).toFixed(2)} pp`;

/** Looks rows up by name inside one setting (`mnist/mlp`). */
class Setting {
  constructor(
    readonly prefix: string,
    private readonly rows: Map<string, ResultRow>,
    /** Put before comparison labels of settings other than `mnist/mlp` (`cnn-small: `). */
    private readonly label = '',
  ) {}
  id = (name: string) => `${this.prefix}/${name}`;
  accuracy(name: string): Measure | null {
    const stats = this.rows.get(this.id(name))?.stats;
    return stats ? measureOf(stats) : null;
  }
  seeds(name: string): SeedResult[] {
    return this.rows.get(this.id(name))?.results ?? [];
  }
  /** Accuracy of `better` minus accuracy of `worse`. */
  gap(better: string, worse: string) {
    const [a, b] = [this.accuracy(better), this.accuracy(worse)];
    return a && b ? minus(a, b) : null;
  }
  /** "Accuracy of A against B: +0.12 pp (2·s.e. 0.08 pp).", or nothing while either row has no result. */
  accuracyNote(a: string, b: string): string[] {
    const g = this.gap(a, b);
    return g ? [`Accuracy of ${a} against ${b}: ${pp(g.mean)}${g.se !== null ? ` (2·s.e. ${(200 * g.se).toFixed(2)} pp)` : ''}.`] : [];
  }
  compare(better: string, worse: string): Comparison {
    return judge(`${this.label}${better} − ${worse}`, this.gap(better, worse));
  }
  /** (a − b) − (c − d): whether one gap exceeds another. */
  compareGaps(first: [string, string], second: [string, string]): Comparison {
    const [g1, g2] = [this.gap(...first), this.gap(...second)];
    const label = `${this.label}(${first.join(' − ')}) − (${second.join(' − ')})`;
    if (!g1 || !g2) return judge(label, null);
    const se = g1.se !== null && g2.se !== null ? Math.sqrt(g1.se ** 2 + g2.se ** 2) : null;
    return judge(label, { mean: g1.mean - g2.mean, std: 0, n: 0, se });
  }
  /** A per-seed quantity of `better` minus that of `worse` (e.g. a train/test gap, smaller is better: pass it negated). */
  compareSeeds(label: string, better: string, worse: string, value: (r: SeedResult) => number | undefined): Comparison {
    const [a, b] = [seedMeasure(this.seeds(better), value), seedMeasure(this.seeds(worse), value)];
    return judge(label, a && b ? minus(a, b) : null);
  }
}

/** The survey claims issue 8 lists, with the matrix rows that test them. */
export function evaluateClaims(rows: ResultRow[]): ClaimResult[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const mlp = new Setting('mnist/mlp', byId);
  // The CNN settings repeat a few of the comparisons (the same row names); they count towards the verdict.
  const cnns = [new Setting('mnist/cnn-small', byId, 'cnn-small: '), new Setting('cifar10/cnn-cifar', byId, 'cnn-cifar: ')];
  const claims: ClaimResult[] = [];
  const add = (id: string, claim: string, source: string, names: string[], comparisons: Comparison[], notes: string[] = []) =>
    claims.push({ id, claim, source, rows: names.map((n) => (n.includes('/') ? n : mlp.id(n))), comparisons, verdict: verdictOf(comparisons), notes });

  const bitsList = [8, 4, 2];
  const qatPtq = bitsList.map((b) => mlp.compare(`qat-${b}`, `ptq-${b}`));
  const gapGrowth = [mlp.compareGaps(['qat-2', 'ptq-2'], ['qat-4', 'ptq-4']), mlp.compareGaps(['qat-4', 'ptq-4'], ['qat-8', 'ptq-8'])];
  add(
    'qat-vs-ptq',
    'QAT beats PTQ, and the gap grows as bits drop.',
    'Rokh et al. §4; Guo §3',
    [...bitsList.flatMap((b) => [`qat-${b}`, `ptq-${b}`]), ...cnns.flatMap((c) => [c.id('qat-4'), c.id('ptq-4')])],
    [...qatPtq, ...gapGrowth, ...cnns.map((c) => c.compare('qat-4', 'ptq-4'))],
  );

  const nonUniform = [2, 4].flatMap((b) => ['log2', 'kmeans', 'lqnet'].map((q) => mlp.compare(`w-${q}-${b}`, `w-uniform-${b}`)));
  add(
    'non-uniform',
    'Non-uniform quantizers (log2, k-means, LQ-Nets) lose less than uniform ones at the same weight bits.',
    'Rokh et al. §3.2; Guo §2',
    [2, 4].flatMap((b) => ['uniform', 'log2', 'kmeans', 'lqnet'].map((q) => `w-${q}-${b}`)),
    nonUniform,
  );

  add(
    'scale-factors',
    'Scale factors help: xnor beats sign; twn beats unscaled ternary.',
    'Rokh et al. §3.1 (XNOR-Net, TWN)',
    ['w-xnor', 'w-sign', 'w-twn', 'w-stochastic-ternary'],
    [mlp.compare('w-xnor', 'w-sign'), mlp.compare('w-twn', 'w-stochastic-ternary')],
    ['The lab has no deterministic unscaled ternary quantizer: stochastic ternary ({−1, 0, 1} with probability |x|) is the unscaled one, so twn against it also compares deterministic with stochastic rounding.'],
  );

  add(
    'estimators',
    'Smoother estimators (ApproxSign, EDE, SwishSign) train BNNs better than plain STE.',
    'Rokh et al. §3.1; Guo §4',
    ['bnn', 'bnn-est-ede', 'bnn-est-swish-sign', 'bnn-est-ste', 'bnn-est-clipped-ste'],
    [mlp.compare('bnn', 'bnn-est-ste'), mlp.compare('bnn-est-ede', 'bnn-est-ste'), mlp.compare('bnn-est-swish-sign', 'bnn-est-ste')],
    [
      '`bnn` is the ApproxSign network.',
      ...mlp.accuracyNote('bnn-est-clipped-ste', 'bnn-est-ste'),
      ...mlp.accuracyNote('bnn', 'bnn-est-clipped-ste'),
      'Clipped STE (gradient 1 where |x| ≤ 1, else 0) is not smooth, but like ApproxSign it passes no gradient outside [−1, 1] (EDE\'s and SwishSign\'s fade there): set against it, the smooth estimators show what smoothness adds beyond clipping.',
    ],
  );

  add(
    'first-last-float',
    'Keeping the first and last layers in float matters most at the lowest bits.',
    'Rokh et al. §5',
    ['bnn', 'bnn-binary-edges', 'qat-4', 'qat-4-all-quantized', ...cnns.flatMap((c) => [c.id('bnn'), c.id('bnn-binary-edges')])],
    [
      mlp.compare('bnn', 'bnn-binary-edges'),
      mlp.compareGaps(['bnn', 'bnn-binary-edges'], ['qat-4', 'qat-4-all-quantized']),
      ...cnns.map((c) => c.compare('bnn', 'bnn-binary-edges')),
    ],
    [
      '`bnn-binary-edges` has binary weights in every layer and keeps the pixels as the first layer\'s input (as BinaryNet does: its binary first layer takes 8-bit pixels, as MNIST\'s and CIFAR-10\'s are); `qat-4-all-quantized` quantizes the pixels at 4 bits.',
      '`bnn-all-quantized` is left out: with the pixels binarized too, sign maps all of them (in [0, 1]) to +1, so the network sees a constant image and stays near chance.',
    ],
  );

  add(
    'activations-vs-weights',
    'Quantizing activations costs more than quantizing weights at the same bits.',
    'Rokh et al. §4',
    ['w-uniform-2', 'a-affine-2', 'w-uniform-4', 'a-affine-4'],
    [mlp.compare('w-uniform-2', 'a-affine-2'), mlp.compare('w-uniform-4', 'a-affine-4')],
    ['Weights-only rows use uniform weights, activations-only rows affine activations (the lab\'s uniform quantizer is symmetric, for signed weights).'],
  );

  const hiddenStat = (key: 'mse' | 'flipRatio') => (r: SeedResult) => r.weightStats?.find((l) => l.index === 1)?.[key];
  // Each regularized network against its unregularized base: XNOR weights (levels ±α) and sign weights (levels ±1).
  const regularized = ['bnn', 'bnn-sign'].flatMap((base) => ['binary', 'periodic'].map((reg) => [base, `${base}-reg-${reg}`] as const));
  const regularizerComparisons = regularized.flatMap(([base, reg]) => [
    mlp.compareSeeds(`MSE(${base}) − MSE(${reg})`, base, reg, hiddenStat('mse')),
    mlp.compareSeeds(`flips(${base}) − flips(${reg})`, base, reg, hiddenStat('flipRatio')),
  ]);
  add(
    'regularizers',
    'Binary and periodic regularizers pull latent weights to the levels (lower quantization MSE and flip ratio late in training).',
    'Guo §5 (Tang et al.; Darabi et al.)',
    ['bnn', 'bnn-reg-binary', 'bnn-reg-periodic', 'bnn-sign', 'bnn-sign-reg-binary', 'bnn-sign-reg-periodic'],
    regularizerComparisons,
    regularized.flatMap(([base, reg]) => mlp.accuracyNote(reg, base)).concat([
      'MSE and flips are those of the hidden binary layer at the last epoch (flips: share of its weights that changed sign during that epoch).',
      'Both regularizers pull towards ±1 (binary: 1 − w²; periodic: zero at the odd integers). Those are the levels of the sign weights (`bnn-sign`), but not of the XNOR weights (`bnn`), whose levels are ±α with α = mean|w|: there a pull that widens the latent weights without gathering them at ±α raises the MSE even as fewer weights flip.',
    ]),
  );

  const trainTestGap = (r: SeedResult) => (r.trainAccuracy === undefined ? undefined : -(r.trainAccuracy - r.testAccuracy));
  add(
    'stochastic-generalises',
    'Stochastic quantization generalises better than deterministic (a smaller train/test gap).',
    'Guo §3; Rokh et al. §3.1',
    ['w-stochastic-sign', 'w-sign', 'w-stochastic-ternary', 'w-twn'],
    [
      mlp.compareSeeds('gap(w-sign) − gap(w-stochastic-sign)', 'w-stochastic-sign', 'w-sign', trainTestGap),
      mlp.compareSeeds('gap(w-twn) − gap(w-stochastic-ternary)', 'w-stochastic-ternary', 'w-twn', trainTestGap),
    ],
    ['The gap is the last epoch\'s mean training accuracy (over its batches, with the training-time draws) minus the test accuracy; a stochastic row is tested on one draw of its weights, the same for every test batch.'],
  );

  // The widest binary mlp is judged when it has a result; the 784-256-256-10 one always.
  const binaryRows = ['bnn', ...(mlp.accuracy('bnn-widest') ? ['bnn-widest'] : [])];
  add(
    'binary-mnist',
    'Binary networks reach high accuracy on MNIST (98.8% with binary weights and activations).',
    'Guo §3 (BinaryNet on MNIST)',
    binaryRows,
    binaryRows.map((id) => {
      const stats = mlp.accuracy(id);
      return judge(`${id} − 98.8%`, stats ? { ...stats, mean: stats.mean - 0.988, se: stats.n > 1 ? stats.std / Math.sqrt(stats.n) : null } : null);
    }),
    [
      'The lab\'s bnn is the 784-256-256-10 mlp (10 epochs) and bnn-widest the 784-2048×4-10 one (5 epochs), both with their first and last layers float; ' +
        'BinaryNet\'s MNIST network is 3×4096 units, binary throughout, trained for hundreds of epochs.',
    ],
  );
  return claims;
}

/** The claims section of results.md. */
export function renderClaims(claims: ClaimResult[]): string[] {
  const lines = [
    '## The surveys\' claims',
    '',
    'Each claim is judged by comparisons "A − B > 0" on `mnist/mlp` rows (accuracy in percentage points unless said), and on the same rows of `mnist/cnn-small` and `cifar10/cnn-cifar` where the matrix has them (labelled with the network).',
    'A comparison **holds** when the difference of means exceeds twice its standard error (2·√(s_A²/n_A + s_B²/n_B)), is **reversed** when it is below minus that, and is **within spread** otherwise;',
    'with one seed on either side it gives only a direction: **one seed: as claimed** or **one seed: against**. A claim is supported when every comparison holds or, with one seed, points as claimed; not supported when none does; mixed otherwise; pending while a row has no result.',
    '',
  ];
  // mlp rows by name, the CNNs' with their network (`cnn-small/qat-4`).
  const rowName = (id: string) => (id.startsWith('mnist/mlp/') ? id.split('/').pop() : id.split('/').slice(1).join('/'));
  for (const c of claims) {
    lines.push(`### ${c.claim}`, '', `Source: ${c.source}. **Verdict: ${c.verdict}.** Rows: ${c.rows.map((r) => `\`${rowName(r)}\``).join(', ')}.`, '');
    lines.push('| comparison | difference | 2·s.e. | outcome |', '|---|---|---|---|');
    for (const k of c.comparisons) {
      const unit = /^(MSE|flips)/.test(k.label) ? (v: number) => v.toExponential(2) : pp;
      lines.push(`| ${k.label} | ${k.difference === null ? '—' : unit(k.difference)} | ${k.margin === null ? '—' : unit(k.margin).replace(/^\+/, '')} | ${k.outcome} |`);
    }
    lines.push('', ...c.notes.map((n) => `- ${n}`), ...(c.notes.length ? [''] : []));
  }
  return lines;
}
