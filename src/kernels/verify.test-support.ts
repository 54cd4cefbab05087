/**
 * Layer-by-layer comparison of the binary engine with the float simulation. Test-only:
 * used by the vitest tests and the e2e harness pages, never by shipped code
 * (`shipped.test.ts` checks).
 *
 * Tolerances:
 * - Sign bits must be identical, except at "ties": where the reference pre-sign value
 *   z satisfies |z| ≤ TIE_REL · max|z| of that layer. The engine computes alpha·D
 *   exactly once while tfjs sums K terms ±alpha (and folds batch norm differently),
 *   so both sides carry a few float32 ulps of rounding; only values that close to 0
 *   may flip. Ties are counted and reported, never hidden.
 * - Float outputs agree to |Δ| ≤ FLOAT_REL · (1 + max|ref|): a float32 sum of K ≤ 2^13
 *   terms has rounding error around √K·2^-24 of its magnitude in practice (GPU FMA
 *   contraction and summation order change which ulps), far below 1e-4.
 * - Float comparisons are made only when no sign bit flipped upstream.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { BinaryEngine } from './engine';
import { floatTrace } from './reference';
import type { DeploySpec } from './spec';

export const TIE_REL = 1e-4;
export const FLOAT_REL = 1e-4;

export interface LayerAgreement {
  name: string;
  kind: 'float' | 'bits';
  /** Sign bits differing from sign(reference). */
  bitMismatches: number;
  /** Reference values within tie distance of 0. */
  ties: number;
  /** Mismatches that are not ties (must be 0). */
  unexplained: number;
  /** Largest |engine − reference| for float outputs. */
  maxAbsDiff: number;
  tolerance: number;
}

export interface Agreement {
  layers: LayerAgreement[];
  /** Sum of unexplained mismatches and out-of-tolerance floats (must be 0). */
  failures: number;
  ties: number;
  bitMismatches: number;
  predictionsEqual: boolean;
  maxLogitDiff: number;
  logits: Float32Array;
  reference: Float32Array;
}

function argmaxRows(v: Float32Array, classes: number): Int32Array {
  const n = v.length / classes;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (v[i * classes + c] > v[i * classes + best]) best = c;
    out[i] = best;
  }
  return out;
}

/** Runs engine and reference on `x` ([batch, h, w, c]) and compares every layer. */
export async function compareWithReference(spec: DeploySpec, engine: BinaryEngine, x: Float32Array, batch: number): Promise<Agreement> {
  const trace = await engine.trace(x, batch);
  const input = tf.tensor(x, [batch, ...spec.inputShape]);
  const refTensors = floatTrace(spec, input);
  const refs = await Promise.all(refTensors.map(async (t) => new Float32Array(await t.data())));
  refTensors.forEach((t) => t.dispose());
  input.dispose();
  const layers: LayerAgreement[] = [];
  let flipped = false;
  for (const [i, t] of trace.entries()) {
    const ref = refs[i];
    if (ref.length !== t.values.length) throw new Error(`layer ${t.name}: engine has ${t.values.length} values, reference ${ref.length}`);
    let maxRef = 0;
    for (const v of ref) maxRef = Math.max(maxRef, Math.abs(v));
    const la: LayerAgreement = { name: t.name, kind: t.kind, bitMismatches: 0, ties: 0, unexplained: 0, maxAbsDiff: 0, tolerance: 0 };
    if (t.kind === 'bits') {
      la.tolerance = TIE_REL * maxRef;
      for (let j = 0; j < ref.length; j++) {
        const tie = Math.abs(ref[j]) <= la.tolerance;
        if (tie) la.ties++;
        if ((ref[j] < 0 ? -1 : 1) !== t.values[j]) {
          la.bitMismatches++;
          if (!tie) la.unexplained++;
        }
      }
      if (la.bitMismatches) flipped = true;
    } else {
      la.tolerance = FLOAT_REL * (1 + maxRef);
      for (let j = 0; j < ref.length; j++) la.maxAbsDiff = Math.max(la.maxAbsDiff, Math.abs(ref[j] - t.values[j]));
      if (!flipped && !(la.maxAbsDiff <= la.tolerance)) la.unexplained = 1;
    }
    layers.push(la);
  }
  const logits = trace[trace.length - 1].values;
  const reference = refs[refs.length - 1];
  const a = argmaxRows(logits, spec.classes);
  const b = argmaxRows(reference, spec.classes);
  return {
    layers,
    failures: layers.reduce((s, l) => s + l.unexplained, 0),
    ties: layers.reduce((s, l) => s + l.ties, 0),
    bitMismatches: layers.reduce((s, l) => s + l.bitMismatches, 0),
    predictionsEqual: a.every((v, i) => v === b[i]),
    maxLogitDiff: layers[layers.length - 1].maxAbsDiff,
    logits,
    reference,
  };
}
