import * as tf from '@tensorflow/tfjs-core';
import { bitsOf, estimatorOf, lazyEstimatorContext, withEstimator } from './core';
import {
  NearestCode,
  abcFit,
  abcSums,
  hwgqStep,
  kmeans1d,
  lqnetCodes,
  lqnetFit,
  lqnetLevels,
  nearestSortedIndex,
  productKmeans,
  productReconstruct,
  sortedUnique,
} from './numeric';
import type { QuantizeOptions, QuantizerOps } from './ops-types';
import { QUANTIZER_FACTS as F } from './quantizer-facts';

/**
 * Deep Compression weight sharing: q(x) = the nearest of 2^k centroids (the lower one on a
 * tie), the centroids found by 1-D k-means (Lloyd) from linear initialisation over
 * [min x, max x], run until the assignment stops changing (at most 100 rounds); an empty
 * cluster keeps its centroid. Levels: the distinct centroids (at most 2^k). Per tensor; a
 * constant tensor maps to itself. Runs in JavaScript on the tensor's values.
 * Han, Mao & Dally, "Deep Compression", ICLR 2016.
 */
export const KMEANS: QuantizerOps = {
  quantize: (x, opts) => {
    const count = 2 ** bitsOf(F.kmeans, opts);
    return withEstimator(x, opts, (xs) => KMEANS.levels(xs, opts), false, (input) => {
      const values = input.dataSync();
      const centroids = sortedUnique(kmeans1d(values, count));
      const out = new Float32Array(values.length);
      for (let i = 0; i < values.length; i++) out[i] = centroids[nearestSortedIndex(values[i], centroids)];
      return { value: tf.tensor(out, input.shape, 'float32') };
    });
  },
  levels: (x, opts) => sortedUnique(kmeans1d(x.dataSync(), 2 ** bitsOf(F.kmeans, opts))),
};

/**
 * The LQ-Nets basis to use: `opts.learned.basis` when it holds k values not all zero,
 * else the basis fitted to x (a learned basis of the wrong size, e.g. a scalar placeholder,
 * is ignored and receives a zero gradient).
 */
function lqnetBasis(values: ArrayLike<number>, bits: number, given: tf.Tensor | undefined): { basis: number[]; fromGiven: boolean } {
  if (given && given.size === bits) {
    const basis = Array.from(given.dataSync());
    if (basis.some((v) => v !== 0)) return { basis, fromGiven: true };
  }
  return { basis: lqnetFit(values, bits), fromGiven: false };
}

/**
 * LQ-Nets: q(x) = vᵀe*, e* the code e ∈ {−1, 1}^k whose level vᵀe is nearest to x (the
 * lowest code index on a tie). The basis v comes from `opts.learned.basis`, or is fitted by
 * alternating minimisation (10 rounds, see {@link lqnetFit}); `initLearned` returns the fit.
 * Backward: ∂q/∂x = estimator; ∂L/∂v_i = Σ ∂L/∂q·e*_i. Levels: the 2^k values vᵀe. Per tensor.
 * Zhang, Yang, Ye & Hua, "LQ-Nets", ECCV 2018.
 */
export const LQNET: QuantizerOps = {
  initLearned: (x, opts) => ({ basis: lqnetFit(x.dataSync(), bitsOf(F.lqnet, opts)) }),
  quantize(x, opts) {
    const k = bitsOf(F.lqnet, opts);
    const given = opts.learned?.basis;
    const { estimator, params } = estimatorOf(opts);
    const op = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
      const input = args[0] as tf.Tensor;
      const save = args[given ? 2 : 1] as tf.GradSaveFunc;
      const values = input.dataSync();
      const { basis, fromGiven } = lqnetBasis(values, k, given ? (args[1] as tf.Tensor) : undefined);
      const codes = lqnetCodes(k);
      const levels = lqnetLevels(basis, codes);
      const nearest = new NearestCode(levels);
      const out = new Float32Array(values.length);
      const chosen = new Float32Array(values.length * k);
      for (let i = 0; i < values.length; i++) {
        const c = nearest.code(values[i]);
        out[i] = levels[c];
        for (let b = 0; b < k; b++) chosen[i * k + b] = codes[c][b];
      }
      save([input, tf.tensor2d(chosen, [values.length, k])]);
      return {
        value: tf.tensor(out, input.shape, 'float32'),
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
          const [xs, e] = saved;
          const ctx = lazyEstimatorContext(() => LQNET.levels(xs, opts), false, params);
          const dx = tf.mul(dy, estimator.derivative(xs, ctx));
          if (!given) return dx;
          const dBasis = fromGiven ? tf.reshape(tf.matMul(tf.reshape(dy, [1, -1]), e), given.shape) : tf.zeros(given.shape);
          return [dx, dBasis];
        },
      };
    });
    return given ? op(x, given) : op(x);
  },
  levels: (x, opts) => {
    const k = bitsOf(F.lqnet, opts);
    const { basis } = lqnetBasis(x.dataSync(), k, opts.learned?.basis);
    return sortedUnique(lqnetLevels(basis, lqnetCodes(k)));
  },
};

const abcBases = (opts: QuantizeOptions) => opts.params.bases ?? 3;

/**
 * ABC-Net weight approximation: q(x) = Σ_m α_m·B_m with B_m = sign(x − mean(x) + u_m·std(x))
 * (sign(0) = +1, std the population standard deviation), u_m = −1 + 2(m − 1)/(M − 1)
 * (u = 0 for M = 1), and α the least-squares fit of x (bases dependent on earlier ones get
 * α = 0). Levels: every Σ_m ±α_m. Gradient: the estimator times Σ_m α_m. Per tensor; bits
 * are ignored (M = `bases` binary bases).
 * Lin, Zhao & Pan, "Towards Accurate Binary Convolutional Neural Network", NeurIPS 2017.
 */
export const ABC: QuantizerOps = {
  quantize: (x, opts) =>
    withEstimator(x, opts, (xs) => ABC.levels(xs, opts), true, (input) => {
      const values = input.dataSync();
      const { thresholds, alpha } = abcFit(values, abcBases(opts));
      const out = new Float32Array(values.length);
      for (let i = 0; i < values.length; i++) {
        let sum = 0;
        for (let m = 0; m < alpha.length; m++) sum += values[i] >= thresholds[m] ? alpha[m] : -alpha[m];
        out[i] = sum;
      }
      const total = alpha.reduce((s, a) => s + a, 0);
      return { value: tf.tensor(out, input.shape, 'float32'), chainScale: tf.scalar(total) };
    }),
  levels: (x, opts) => sortedUnique(abcSums(abcFit(x.dataSync(), abcBases(opts)).alpha)),
};

/**
 * Half-wave Gaussian quantization of activations: q(x) = 0 for x ≤ 0, else the nearest of
 * {jΔ_k : 1 ≤ j ≤ 2^k − 1} (clipped to the top level), i.e. Δ_k·clip(round(x/Δ_k), 1, 2^k − 1).
 * Δ_k minimises the mean squared error on the positive half of N(0, 1) (see
 * {@link hwgqStep}: Δ_1 ≈ 0.7979, Δ_2 ≈ 0.5388, Δ_3 ≈ 0.3217, Δ_4 ≈ 0.1842, …), which suits
 * batch-normalised pre-activations. Levels {jΔ_k : 0 ≤ j ≤ 2^k − 1}.
 * Cai, He, Sun & Vasconcelos, "Deep Learning with Low Precision by Half-wave Gaussian Quantization", CVPR 2017.
 */
export const HWGQ: QuantizerOps = {
  quantize: (x, opts) => {
    const k = bitsOf(F.hwgq, opts);
    const n = 2 ** k - 1;
    const step = hwgqStep(k);
    return withEstimator(x, opts, (xs) => HWGQ.levels(xs, opts), false, (input) => {
      const j = tf.clipByValue(tf.round(tf.div(input, step)), 1, n);
      return { value: tf.where(tf.greater(input, 0), tf.mul(j, step), tf.zerosLike(input)) };
    });
  },
  onnxGrid: (opts) => {
    const k = bitsOf(F.hwgq, opts);
    return { scale: Math.fround(hwgqStep(k)), max: Math.fround((2 ** k - 1) * Math.fround(hwgqStep(k))), topCode: 2 ** k - 1 };
  },
  levels: (_x, opts) => {
    const k = bitsOf(F.hwgq, opts);
    const step = hwgqStep(k);
    return Array.from({ length: 2 ** k }, (_, j) => j * step);
  },
};

/** The sub-vector length d of product quantization. */
const pqDim = (opts: QuantizeOptions) => opts.params.dim ?? 4;

/** The last axis of a tensor (its output channels), or its whole length when it is 1-D or a scalar. */
const lastAxis = (x: tf.Tensor) => (x.rank >= 2 ? x.shape[x.rank - 1] : x.size);

/**
 * Recent product-quantization results by input: evaluation quantizes the same kernel once
 * per batch, and the k-means fit is the costly part. Hits compare every value, so a
 * changed kernel is always fitted anew.
 */
const pqCache: { values: Float32Array; last: number; d: number; count: number; out: Float32Array }[] = [];
const PQ_CACHE_SIZE = 8;

function pqForward(values: Float32Array, last: number, d: number, count: number): Float32Array {
  const hit = pqCache.find((e) => e.last === last && e.d === d && e.count === count && e.values.length === values.length && e.values.every((v, i) => Object.is(v, values[i])));
  if (hit) return hit.out;
  const fit = productKmeans(values, last, d, count);
  const out = productReconstruct(fit, values.length, last, d);
  pqCache.unshift({ values: values.slice(), last, d, count, out });
  pqCache.length = Math.min(pqCache.length, PQ_CACHE_SIZE);
  return out;
}

const pqValues = (x: tf.Tensor, opts: QuantizeOptions) =>
  pqForward(Float32Array.from(x.dataSync()), lastAxis(x), pqDim(opts), 2 ** bitsOf(F.pq, opts));

/**
 * Product quantization: the kernel as rows along its output-channel axis, each row cut
 * into sub-vectors of d consecutive values (the last zero-padded), the sub-vectors
 * clustered by k-means into a codebook of K = 2^k codewords ({@link productKmeans}), and
 * every sub-vector replaced by its codeword. Storage: k bits per sub-vector (k/d per
 * weight) plus the K·d float32 codebook. Levels: the distinct values of the output. Per
 * tensor (one codebook); the gradient is the estimator's (STE: identity), so in QAT the
 * latent weights train and the codebook is fitted anew each step.
 * Gong, Liu, Yang & Bourdev, "Compressing Deep Convolutional Networks using Vector Quantization", 2014.
 */
export const PQ: QuantizerOps = {
  quantize: (x, opts) =>
    withEstimator(x, opts, (xs) => PQ.levels(xs, opts), false, (input) => ({ value: tf.tensor(pqValues(input, opts), input.shape, 'float32') })),
  levels: (x, opts) => sortedUnique(pqValues(x, opts)),
};
