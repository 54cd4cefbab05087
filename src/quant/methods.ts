import * as tf from '@tensorflow/tfjs-core';
import { decompose, dropEmptyPlanes, reconstructSum, type BitPlanes } from './bsq';
import { TRAINING_METHOD_FACTS } from './method-facts';
import type { MethodLayer, MethodRun, MethodStart, TrainingMethodOps } from './ops-types';
import type { TrainingMethodFacts, TrainingMethodId } from './types';

/** Each value's nearest level (ties to the lower one); `levels` ascending and non-empty. */
export function projectToLevels(values: Float32Array, levels: readonly number[]): Float32Array {
  if (!levels.length) throw new Error('projection onto levels needs at least one level');
  const mids = levels.slice(1).map((l, i) => (levels[i] + l) / 2);
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let lo = 0;
    let hi = mids.length;
    // The first midpoint at or above v is the level's index.
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (mids[m] < v) lo = m + 1;
      else hi = m;
    }
    out[i] = levels[lo];
  }
  return out;
}

const standard: TrainingMethodOps = {
  start: () => ({ afterStep() {}, dispose() {} }),
};

/** Share of a layer's weights frozen after stage s of S: 1 − 2^−s, all after the last. */
export const frozenShare = (stage: number, stages: number) => (stage >= stages ? 1 : 1 - 2 ** -stage);

interface FrozenLayer {
  layer: MethodLayer;
  mask: Uint8Array;
  frozenCount: number;
  /** Fixed at the layer's first stage: the weights trained so far set them. */
  levels?: number[];
  /** The mask and the frozen values as tensors, for the restore after each step. */
  maskTensor?: tf.Tensor;
  values?: tf.Tensor;
}

/** Freezes free weights of one layer until `target` are frozen, in the order `grouping` says. */
function freezeStage(state: FrozenLayer, target: number, grouping: 'cluster-loss' | 'magnitude'): void {
  const { layer, mask } = state;
  const w = Float32Array.from(layer.kernel.dataSync() as Float32Array);
  state.levels ??= layer.levels(layer.kernel);
  const q = projectToLevels(w, state.levels);
  const free: number[] = [];
  for (let i = 0; i < w.length; i++) if (!mask[i]) free.push(i);
  const chosen: number[] = [];
  if (grouping === 'magnitude') {
    free.sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]));
    chosen.push(...free.slice(0, Math.max(0, target - state.frozenCount)));
  } else {
    // Clusters of the free weights by nearest level, whole clusters in order of mean loss.
    const clusters = new Map<number, number[]>();
    for (const i of free) {
      const c = clusters.get(q[i]);
      if (c) c.push(i);
      else clusters.set(q[i], [i]);
    }
    const loss = (c: number[]) => c.reduce((s, i) => s + (w[i] - q[i]) ** 2, 0) / c.length;
    const ordered = [...clusters.values()].map((c) => ({ c, loss: loss(c) })).sort((a, b) => a.loss - b.loss);
    let count = state.frozenCount;
    for (const { c } of ordered) {
      if (count >= target) break;
      chosen.push(...c);
      count += c.length;
    }
  }
  for (const i of chosen) {
    mask[i] = 1;
    w[i] = q[i];
  }
  state.frozenCount += chosen.length;
  tf.dispose([state.maskTensor, state.values]);
  const shape = layer.kernel.shape;
  tf.tidy(() => layer.kernel.assign(tf.tensor(w, shape)));
  state.maskTensor = tf.tensor(mask, shape, 'bool');
  state.values = tf.tensor(w, shape);
}

/**
 * An incremental schedule (SLQ, MLQ, ESLQ, INQ): `stages` quantization events per layer
 * (all layers together, or one layer after another), spread evenly over the phase with
 * the last on its final step; between events the free weights train and the frozen ones
 * are put back after every step.
 */
function incremental(facts: TrainingMethodFacts): TrainingMethodOps {
  const schedule = facts.schedule;
  if (!schedule) throw new Error(`${facts.id} has no schedule facts`);
  return {
    start({ layers, totalSteps, params }: MethodStart): MethodRun {
      const stages = params.stages;
      const states = layers.map((layer): FrozenLayer => ({ layer, mask: new Uint8Array(layer.kernel.size), frozenCount: 0 }));
      const events: { states: FrozenLayer[]; stage: number }[] = [];
      if (schedule.layerwise) for (const s of states) for (let stage = 1; stage <= stages; stage++) events.push({ states: [s], stage });
      else for (let stage = 1; stage <= stages; stage++) events.push({ states, stage });
      const eventStep = (j: number) => Math.max(1, Math.round(((j + 1) * totalSteps) / events.length));
      let next = 0;
      const apply = (j: number) => {
        for (const s of events[j].states) freezeStage(s, Math.ceil(frozenShare(events[j].stage, stages) * s.mask.length), schedule.grouping);
      };
      return {
        afterStep(step, last) {
          for (const s of states) {
            if (s.frozenCount && s.maskTensor && s.values) {
              const { maskTensor, values } = s;
              tf.tidy(() => s.layer.kernel.assign(tf.where(maskTensor, values, s.layer.kernel)));
            }
          }
          while (next < events.length && (last || step >= eventStep(next))) apply(next++);
        },
        frozen: (index) => states.find((s) => s.layer.index === index)?.mask,
        metrics: () => ({ frozenShare: states.reduce((a, s) => a + s.frozenCount, 0) / Math.max(1, states.reduce((a, s) => a + s.mask.length, 0)) }),
        dispose() {
          for (const s of states) tf.dispose([s.maskTensor, s.values]);
        },
      };
    },
  };
}

interface AdmmLayer {
  layer: MethodLayer;
  g: tf.Tensor;
  lambda: tf.Tensor;
}

/**
 * ADMM (Leng et al.): the loss gets ρ/2‖W − G + λ‖² (G and λ constants of the step);
 * every `every` steps G ← Π(W + λ) onto the layer's levels (recomputed from W + λ, as
 * the paper refits the scale) and λ ← λ + W − G. The final step ends with W ← G.
 */
const admm: TrainingMethodOps = {
  start({ layers, params }: MethodStart): MethodRun {
    const { rho, every } = params;
    let residual = NaN;
    const project = (v: tf.Tensor, layer: MethodLayer) => tf.tensor(projectToLevels(v.dataSync() as Float32Array, layer.levels(v)), v.shape);
    const states = layers.map((layer): AdmmLayer => ({ layer, g: project(layer.kernel, layer), lambda: tf.zerosLike(layer.kernel) }));
    const update = () => {
      let squared = 0;
      for (const s of states) {
        const v = tf.add(s.layer.kernel, s.lambda);
        const g = project(v, s.layer);
        v.dispose();
        const [lambda, r2] = tf.tidy(() => {
          const r = tf.sub(s.layer.kernel, g);
          return [tf.add(s.lambda, r), tf.sum(tf.square(r))];
        });
        squared += r2.dataSync()[0];
        tf.dispose([s.g, s.lambda, r2]);
        s.g = g;
        s.lambda = lambda;
      }
      residual = Math.sqrt(squared);
    };
    return {
      loss: () =>
        tf.tidy(() => (states.length ? tf.mul(rho / 2, tf.addN(states.map((s) => tf.sum(tf.square(tf.add(tf.sub(s.layer.kernel, s.g), s.lambda)))))) : tf.scalar(0)) as tf.Scalar),
      afterStep(step, last) {
        if (step % every === 0 || last) update();
        if (last) for (const s of states) s.layer.kernel.assign(s.g);
      },
      metrics: () => ({ primalResidual: residual }),
      dispose() {
        for (const s of states) tf.dispose([s.g, s.lambda]);
      },
    };
  },
};

interface BsqLayer {
  layer: MethodLayer;
  scale: number;
  /** Every plane the layer started with, least significant first; planes lo…hi are its bits. */
  positive: tf.Variable[];
  negative: tf.Variable[];
  lo: number;
  hi: number;
}

const BSQ_EPSILON = 1e-12;
const BSQ_PREFIX = TRAINING_METHOD_FACTS.bsq.layerMetric?.prefix ?? 'bits';

const activePlanes = (s: BsqLayer): BitPlanes => ({ scale: s.scale, positive: s.positive.slice(s.lo, s.hi + 1), negative: s.negative.slice(s.lo, s.hi + 1) });

/**
 * BSQ (Yang et al.): each layer's weights become trainable bit planes (bsq.ts) that the
 * forward rebuilds in place of the kernel, s·round(Σ_b 2^b(P_b − N_b))/(2^n − 1); the loss gets λ·Σ_ℓ (|W_ℓ|·n_ℓ/Σ|W|)·Σ_b
 * √(‖P_b‖² + ‖N_b‖²) (the paper's weighting by each layer's share of the bits). The term
 * is far larger than the cross-entropy (its gradient per weight is what counts), so the
 * trainer's divergence watch leaves it out. After
 * each step the planes are clipped to [0, 2]; every `every` steps (and at the end) they
 * are re-quantized — the rebuilt codes (clipped to n bits) decomposed again into binary planes on the same scale — and empty
 * planes at either end are dropped, the layer losing a bit each. The kernel variable is
 * set to the rebuilt weights then, so snapshots and exports see them.
 *
 * A dropped plane's variable stays (zero, outside the layer's window lo…hi) with a zero
 * gradient: the optimizer keeps its moments by position in the gradient list, so the
 * list must not change within a phase.
 */
const bsq: TrainingMethodOps = {
  start({ layers, params }: MethodStart): MethodRun {
    const { bits, lambda, every } = params;
    const states = layers.map((layer): BsqLayer => {
      const planes = decompose(layer.kernel, bits);
      const variable = (t: tf.Tensor) => {
        const v = tf.variable(t, true);
        t.dispose();
        return v;
      };
      return { layer, scale: planes.scale, positive: planes.positive.map(variable), negative: planes.negative.map(variable), lo: 0, hi: bits - 1 };
    });
    const totalWeights = states.reduce((n, s) => n + s.layer.kernel.size, 0);
    const bitsOf = (s: BsqLayer) => s.hi - s.lo + 1;
    const requantize = (s: BsqLayer) => {
      const w = reconstructSum(activePlanes(s));
      const exact = decompose(w, bitsOf(s), s.scale);
      w.dispose();
      const { planes, droppedBottom, droppedTop } = dropEmptyPlanes(exact);
      for (let b = s.lo; b <= s.hi; b++) {
        const j = b - s.lo - droppedBottom;
        const inWindow = j >= 0 && j < planes.positive.length;
        tf.tidy(() => {
          s.positive[b].assign(inWindow ? planes.positive[j] : tf.zerosLike(s.positive[b]));
          s.negative[b].assign(inWindow ? planes.negative[j] : tf.zerosLike(s.negative[b]));
        });
      }
      tf.dispose([...planes.positive, ...planes.negative]);
      // The kept planes keep their variables: the window moves in from both ends.
      s.lo += droppedBottom;
      s.hi -= droppedTop;
      s.scale = planes.scale;
      tf.tidy(() => s.layer.kernel.assign(reconstructSum(activePlanes(s))));
    };
    return {
      kernel: (index) => {
        const s = states.find((st) => st.layer.index === index);
        if (!s) return undefined;
        const w = reconstructSum(activePlanes(s));
        const dropped = [...s.positive, ...s.negative].filter((_, i) => i % bits < s.lo || i % bits > s.hi);
        // 0·Σ dropped planes: their gradient is zero instead of missing (see above).
        return dropped.length ? tf.add(w, tf.mul(0, tf.addN(dropped.map((v) => tf.sum(v))))) : w;
      },
      variables: () => states.flatMap((s) => [...s.positive, ...s.negative]),
      loss: () =>
        tf.tidy(() => {
          if (!states.length || lambda === 0) return tf.scalar(0);
          const terms = states.map((s) => {
            const { positive, negative } = activePlanes(s);
            const norms = positive.map((p, b) => tf.sqrt(tf.add(tf.add(tf.sum(tf.square(p)), tf.sum(tf.square(negative[b]))), BSQ_EPSILON)));
            return tf.mul(tf.addN(norms), (s.layer.kernel.size * bitsOf(s)) / totalWeights);
          });
          return tf.mul(lambda, tf.addN(terms)) as tf.Scalar;
        }),
      afterStep(step, last) {
        for (const s of states) {
          s.positive.forEach((v, b) => tf.tidy(() => v.assign(b < s.lo || b > s.hi ? tf.zerosLike(v) : tf.clipByValue(v, 0, 2))));
          s.negative.forEach((v, b) => tf.tidy(() => v.assign(b < s.lo || b > s.hi ? tf.zerosLike(v) : tf.clipByValue(v, 0, 2))));
        }
        if (step % every === 0 || last) for (const s of states) requantize(s);
      },
      metrics: () => {
        const out: Record<string, number> = {};
        for (const s of states) out[`${BSQ_PREFIX}${s.layer.index}`] = bitsOf(s);
        out.meanBits = states.reduce((a, s) => a + bitsOf(s) * s.layer.kernel.size, 0) / Math.max(1, totalWeights);
        return out;
      },
      dispose() {
        for (const s of states) tf.dispose([...s.positive, ...s.negative]);
      },
    };
  },
};

/** The hooks of every training method, by id; their facts are in method-facts.ts. */
export const TRAINING_METHOD_OPS = {
  standard,
  slq: incremental(TRAINING_METHOD_FACTS.slq),
  mlq: incremental(TRAINING_METHOD_FACTS.mlq),
  eslq: incremental(TRAINING_METHOD_FACTS.eslq),
  inq: incremental(TRAINING_METHOD_FACTS.inq),
  admm,
  bsq,
} satisfies Record<TrainingMethodId, TrainingMethodOps>;
