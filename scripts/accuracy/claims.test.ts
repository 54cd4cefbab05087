import { describe, expect, it } from 'vitest';
import { evaluateClaims, renderClaims } from './claims';
import { recompute, type ResultRow, type SeedResult } from './results';

/** A row with one seed result per accuracy given: `name` in `mnist/mlp`, or a whole id (`mnist/cnn-small/qat-4`). */
function row(name: string, accuracies: number[], extra: Partial<SeedResult> = {}): ResultRow {
  const results = accuracies.map((testAccuracy, i) => ({
    seed: i + 1, status: 'finished', testAccuracy, epochAccuracies: [testAccuracy], epochs: 1, trainCount: 60000, testCount: 10000,
    modelBytes: 1, float32Bytes: 1, compression: 1, bops: 1, backend: 'wasm', secondsPerEpoch: 1, wallSeconds: 1, commit: 'x', finishedAt: '', ...extra,
  })) as SeedResult[];
  return {
    id: name.includes('/') ? name : `mnist/mlp/${name}`, title: name, tags: [], baseline: null, hash: name, link: '', dataset: 'mnist', architecture: 'mlp',
    weight: { quantizer: 'none', bits: 32, params: {} }, activation: { quantizer: 'none', bits: 32, params: {} }, estimator: 'ste',
    regularizer: { id: 'none', lambda: 0, params: {} }, mode: 'qat', firstLastFloat: true, epochs: 1, results, stats: null,
  };
}

const claimsOf = (rows: ResultRow[]) => evaluateClaims(recompute({ schema: 1, updatedAt: '', rows, comparisons: { qatVsPtq: [] } }).rows);
const claim = (rows: ResultRow[], id: string) => claimsOf(rows).find((c) => c.id === id)!;

describe('survey claims from the matrix', () => {
  it('is pending while a row it needs has no result', () => {
    expect(claim([row('w-xnor', [0.97, 0.971, 0.972])], 'scale-factors').verdict).toBe('pending');
    expect(claimsOf([]).every((c) => c.verdict === 'pending')).toBe(true);
  });

  it('judges Guo\'s 98.8% on the 256-unit binary mlp, and on the widest one once it has a result', () => {
    const narrow = claim([row('bnn', [0.979, 0.98, 0.981])], 'binary-mnist');
    expect(narrow.rows).toEqual(['mnist/mlp/bnn']);
    expect(narrow.verdict).toBe('not supported');
    const both = claim([row('bnn', [0.979, 0.98, 0.981]), row('bnn-widest', [0.99])], 'binary-mnist');
    expect(both.rows).toEqual(['mnist/mlp/bnn', 'mnist/mlp/bnn-widest']);
    expect(both.comparisons.map((c) => c.outcome)).toEqual(['reversed', 'one seed: as claimed']);
    expect(both.verdict).toBe('mixed');
  });

  it('holds only when the difference exceeds twice its standard error', () => {
    const clear = claim([row('w-xnor', [0.97, 0.971, 0.972]), row('w-sign', [0.95, 0.951, 0.952]), row('w-twn', [0.98, 0.981, 0.982]), row('w-stochastic-ternary', [0.96, 0.961, 0.962])], 'scale-factors');
    expect(clear.comparisons.map((c) => c.outcome)).toEqual(['holds', 'holds']);
    expect(clear.verdict).toBe('supported');
    expect(clear.comparisons[0].difference).toBeCloseTo(0.02, 10);
    // s = 0.001 on both sides, n = 3: 2·√(2·0.001²/3) ≈ 0.00163.
    expect(clear.comparisons[0].margin).toBeCloseTo(2 * Math.sqrt((2 * 0.001 ** 2) / 3), 10);

    const noisy = claim([row('w-xnor', [0.95, 0.97, 0.99]), row('w-sign', [0.96, 0.965, 0.97]), row('w-twn', [0.95, 0.951, 0.952]), row('w-stochastic-ternary', [0.96, 0.961, 0.962])], 'scale-factors');
    expect(noisy.comparisons.map((c) => c.outcome)).toEqual(['within spread', 'reversed']);
    expect(noisy.verdict).toBe('not supported');
  });

  it('gives only a direction with one seed, as claimed or against, and mixed when comparisons disagree', () => {
    const one = claim([row('w-xnor', [0.97]), row('w-sign', [0.96]), row('w-twn', [0.95]), row('w-stochastic-ternary', [0.96])], 'scale-factors');
    expect(one.comparisons.map((c) => c.outcome)).toEqual(['one seed: as claimed', 'one seed: against']);
    expect(one.comparisons.map((c) => c.margin)).toEqual([null, null]);
    expect(one.verdict).toBe('mixed');
  });

  it('compares gaps: the QAT−PTQ gap must grow as the bits drop', () => {
    const rows = [
      row('qat-8', [0.98, 0.981, 0.982]), row('ptq-8', [0.98, 0.981, 0.982]),
      row('qat-4', [0.978, 0.979, 0.98]), row('ptq-4', [0.97, 0.971, 0.972]),
      row('qat-2', [0.96, 0.961, 0.962]), row('ptq-2', [0.5, 0.51, 0.52]),
    ];
    // The CNN settings add their 4-bit comparison; until they have it, the claim is pending.
    expect(claim(rows, 'qat-vs-ptq').verdict).toBe('pending');
    rows.push(
      row('mnist/cnn-small/qat-4', [0.99]), row('mnist/cnn-small/ptq-4', [0.989]),
      row('cifar10/cnn-cifar/qat-4', [0.6, 0.61, 0.62]), row('cifar10/cnn-cifar/ptq-4', [0.5, 0.51, 0.52]),
    );
    const c = claim(rows, 'qat-vs-ptq');
    expect(c.comparisons.map((k) => k.label).slice(5)).toEqual(['cnn-small: qat-4 − ptq-4', 'cnn-cifar: qat-4 − ptq-4']);
    expect(c.rows).toContain('cifar10/cnn-cifar/ptq-4');
    // At 8 bits PTQ loses nothing: QAT does not beat it, so the claim is mixed, not supported.
    expect(c.comparisons.map((k) => k.outcome)).toEqual(['within spread', 'holds', 'holds', 'holds', 'holds', 'one seed: as claimed', 'holds']);
    expect(c.verdict).toBe('mixed');
  });

  it('reads weight statistics and train accuracy of each seed, and renders every claim', () => {
    const stats = (mse: number, flipRatio: number) => ({ weightStats: [{ index: 1, layer: 'dense_2', mse, flipRatio }] });
    const rows = [row('bnn', [0.97, 0.971], stats(0.02, 0.01)), row('bnn-reg-binary', [0.97, 0.971], stats(0.01, 0.005)), row('bnn-reg-periodic', [0.97, 0.971], stats(0.03, 0.02))];
    // The sign-weight rows are not in yet: the claim waits for them.
    expect(claim(rows, 'regularizers').verdict).toBe('pending');
    rows.push(row('bnn-sign', [0.96, 0.961], stats(0.8, 0.01)), row('bnn-sign-reg-binary', [0.96, 0.961], stats(0.7, 0.005)), row('bnn-sign-reg-periodic', [0.96], stats(0.6, 0.004)));
    const reg = claim(rows, 'regularizers');
    // Two seeds with equal statistics: no spread, so any difference holds or is reversed; one seed gives a direction.
    expect(reg.comparisons.map((k) => k.label)[4]).toBe('MSE(bnn-sign) − MSE(bnn-sign-reg-binary)');
    expect(reg.comparisons.map((k) => k.outcome)).toEqual(['holds', 'holds', 'reversed', 'reversed', 'holds', 'holds', 'one seed: as claimed', 'one seed: as claimed']);
    expect(reg.comparisons.map((k) => Math.sign(k.difference!))).toEqual([1, 1, -1, -1, 1, 1, 1, 1]);
    expect(reg.verdict).toBe('mixed');
    expect(reg.notes).toContain('Accuracy of bnn-sign-reg-periodic against bnn-sign: −0.05 pp.');
    const text = renderClaims(claimsOf(rows)).join('\n');
    expect(text).toContain('Verdict: mixed');
    expect(text).toContain('Verdict: pending');
  });
});
