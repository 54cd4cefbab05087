import * as tf from '@tensorflow/tfjs-core';

/**
 * Bit-level sparsity quantization (BSQ) on one weight tensor: the weights as signed sums
 * of bit planes, w = s·Σ_b 2^b·(P_b − N_b)/(2^n − 1), b = 0 (LSB) … n − 1, with
 * continuous planes P_b, N_b ∈ [0, 2] that the forward rounds (straight-through), and a
 * group-Lasso penalty Σ_b √(‖P_b‖² + ‖N_b‖²) that drives whole planes to zero. A plane
 * whose group norm reaches zero at the most significant end is dropped (one bit fewer, the
 * same values, the scale adjusted to the new 2^n − 1); at the least significant end too,
 * every bit shifting down. Planes in between stay: a code still needs their bit.
 * Yang, Duan, Chen & Li, "BSQ: Exploring Bit-Level Sparsity for Mixed-Precision Neural
 * Network Quantization", ICLR 2021.
 *
 * The training method `bsq` (methods.ts) trains the planes in place of a layer's kernel.
 */
export interface BitPlanes {
  /** The scale s. */
  scale: number;
  /** Positive and negative planes, least significant first, each of the kernel's shape. */
  positive: tf.Tensor[];
  negative: tf.Tensor[];
}

/** The planes' bit width n. */
export const planeBits = (planes: BitPlanes) => planes.positive.length;

/**
 * The exact n-bit decomposition of w: s = max|w| (or the given scale), code
 * min(round(|w|/s·(2^n − 1)), 2^n − 1) in binary, by sign.
 */
export function decompose(w: tf.Tensor, bits: number, givenScale?: number): BitPlanes {
  if (!Number.isInteger(bits) || bits < 1 || bits > 16) throw new Error(`BSQ takes 1–16 bits, not ${bits}`);
  const scale = givenScale ?? tf.tidy(() => tf.max(tf.abs(w)).dataSync()[0]);
  const top = 2 ** bits - 1;
  return tf.tidy(() => {
    const code = scale > 0 ? tf.minimum(tf.round(tf.mul(tf.abs(w), top / scale)), top) : tf.zerosLike(w);
    const positiveMask = tf.cast(tf.greater(w, 0), 'float32');
    const negativeMask = tf.cast(tf.less(w, 0), 'float32');
    const positive: tf.Tensor[] = [];
    const negative: tf.Tensor[] = [];
    for (let b = 0; b < bits; b++) {
      const bit = tf.mod(tf.floor(tf.div(code, 2 ** b)), 2);
      positive.push(tf.keep(tf.mul(bit, positiveMask)));
      negative.push(tf.keep(tf.mul(bit, negativeMask)));
    }
    return { scale, positive, negative };
  });
}

/** Rounds a continuous plane to {0, 1, 2} in the forward; the gradient passes straight through. */
const roundedPlane = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
  const plane = args[0] as tf.Tensor;
  return { value: tf.round(tf.clipByValue(plane, 0, 2)), gradFunc: (dy: tf.Tensor) => dy };
});

/** The weights the planes stand for, w = s·Σ_b 2^b·(round(P_b) − round(N_b))/(2^n − 1); differentiable in the planes. */
export function reconstruct(planes: BitPlanes): tf.Tensor {
  const n = planeBits(planes);
  return tf.tidy(() => {
    let sum: tf.Tensor = tf.zerosLike(planes.positive[0]);
    for (let b = 0; b < n; b++) sum = tf.add(sum, tf.mul(2 ** b, tf.sub(roundedPlane(planes.positive[b]), roundedPlane(planes.negative[b]))));
    return tf.mul(sum, planes.scale / (2 ** n - 1));
  });
}

/** Rounds in the forward; the gradient passes straight through. */
const roundSte = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
  const x = args[0] as tf.Tensor;
  return { value: tf.round(x), gradFunc: (dy: tf.Tensor) => dy };
});

/**
 * The paper's form, w = s·round(Σ_b 2^b·(P_b − N_b))/(2^n − 1): the continuous planes'
 * sum is rounded (straight-through), so a plane part-way to zero already lowers the
 * codes; on binary planes it equals `reconstruct`. Differentiable in the planes.
 */
export function reconstructSum(planes: BitPlanes): tf.Tensor {
  const n = planeBits(planes);
  return tf.tidy(() => {
    let sum: tf.Tensor = tf.zerosLike(planes.positive[0]);
    for (let b = 0; b < n; b++) sum = tf.add(sum, tf.mul(2 ** b, tf.sub(planes.positive[b], planes.negative[b])));
    return tf.mul(roundSte(sum), planes.scale / (2 ** n - 1));
  });
}

/** Each plane's group norm √(‖P_b‖² + ‖N_b‖²), least significant first. */
export function planeNorms(planes: BitPlanes): tf.Tensor[] {
  return planes.positive.map((p, b) => tf.tidy(() => tf.sqrt(tf.add(tf.sum(tf.square(p)), tf.sum(tf.square(planes.negative[b]))))));
}

/** The group-Lasso penalty Σ_b √(‖P_b‖² + ‖N_b‖²) (differentiable; the trainer weights it by λ). */
export function groupLasso(planes: BitPlanes): tf.Scalar {
  return tf.tidy(() => tf.addN(planeNorms(planes)) as tf.Scalar);
}

/**
 * Drops the planes at either end whose group norm is at most `tolerance`, keeping at
 * least one, with values unchanged: a dropped top plane removes a bit, s' = s·(2^(n−1) − 1)/(2^n − 1);
 * a dropped bottom plane shifts every bit down, s' = s·2·(2^(n−1) − 1)/(2^n − 1). Disposes the dropped
 * planes and returns the new planes with the bits before and after, and how many planes went at each end.
 */
export function dropEmptyPlanes(planes: BitPlanes, tolerance = 0): { planes: BitPlanes; before: number; after: number; droppedBottom: number; droppedTop: number } {
  const norms = planeNorms(planes).map((t) => {
    const v = t.dataSync()[0];
    t.dispose();
    return v;
  });
  let { scale } = planes;
  let lo = 0;
  let hi = norms.length - 1;
  // w = s·Σ 2^b c_b/(2^n − 1): one plane fewer changes the divisor, so s changes with it.
  while (hi > lo && norms[hi] <= tolerance) {
    const n = hi - lo + 1;
    scale = (scale * (2 ** (n - 1) - 1)) / (2 ** n - 1);
    hi--;
  }
  while (lo < hi && norms[lo] <= tolerance) {
    const n = hi - lo + 1;
    scale = (scale * 2 * (2 ** (n - 1) - 1)) / (2 ** n - 1);
    lo++;
  }
  const kept = (list: tf.Tensor[]) => {
    list.forEach((t, b) => (b < lo || b > hi) && t.dispose());
    return list.slice(lo, hi + 1);
  };
  const next = { scale, positive: kept(planes.positive), negative: kept(planes.negative) };
  return { planes: next, before: norms.length, after: planeBits(next), droppedBottom: lo, droppedTop: norms.length - 1 - hi };
}

export function disposePlanes(planes: BitPlanes): void {
  for (const t of [...planes.positive, ...planes.negative]) t.dispose();
}
