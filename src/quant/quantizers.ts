import * as tf from '@tensorflow/tfjs-core';
import {
  bitsOf,
  estimatorOf,
  lazyEstimatorContext,
  learnedValue,
  positiveOr,
  reduce,
  scalarValue,
  signOf,
  withEstimator,
} from './core';
import { ABC, HWGQ, KMEANS, LQNET, PQ } from './fitted';
import { sortedUnique } from './numeric';
import type { OnnxCodes, OnnxGrid, PackedParams, QonnxGrid, QuantizeOptions, QuantizerOps } from './ops-types';
import { QUANTIZER_FACTS as F } from './quantizer-facts';
import type { QuantizerId } from './types';

// Degenerate inputs (all zeros, constants): a scale that comes out 0 gives an all-zero
// output, never NaN, unless an entry's documentation says otherwise.

/** 1 where the condition holds, else 0 (float32). */
const indicator = (condition: tf.Tensor) => tf.cast(condition, 'float32');

/** Every axis of a kernel but the last (its output channels). */
const channelAxes = (kernel: tf.Tensor) => kernel.shape.slice(0, -1).map((_, i) => i);
const perChannel = (t: tf.Tensor) => new Float32Array(tf.reshape(t, [-1]).dataSync());

/** A statistic of `kernel` (a scalar, or reduced with kept dimensions) as one float32 value per output channel. */
const channelValues = (stat: tf.Tensor, kernel: tf.Tensor) =>
  perChannel(tf.mul(stat, tf.ones([kernel.shape[kernel.shape.length - 1]])));

/** Integer-valued float32 codes as an Int32Array. */
const intCodes = (t: tf.Tensor) => Int32Array.from(t.dataSync());

/** A QONNX grid with one zero point for every channel. */
const qonnxGrid = (scale: Float32Array, zeroPoint: number, bits: number, signed: boolean, narrow: boolean): QonnxGrid => ({
  scale,
  zeroPoint: new Float32Array(scale.length).fill(zeroPoint),
  bits,
  signed,
  narrow,
});

/** ±α per output channel as BipolarQuant's scale. */
const bipolarGrid = (alpha: Float32Array): QonnxGrid => qonnxGrid(alpha, 0, 1, true, false);

/** ±mean|x| (statistics over `opts.reduceAxes`) per output channel as BipolarQuant's scale. */
const meanAbsGrid = (kernel: tf.Tensor, opts: QuantizeOptions): QonnxGrid =>
  bipolarGrid(tf.tidy(() => channelValues(reduce('mean', tf.abs(kernel), opts.reduceAxes), kernel)));

/** A fixed activation grid (codes 0…2^k − 1, scale s) applied to a kernel: the same unsigned grid in every channel. */
const fixedGridWeights = (grid: OnnxGrid, bits: number, kernel: tf.Tensor): QonnxGrid =>
  qonnxGrid(new Float32Array(kernel.shape[kernel.shape.length - 1]).fill(grid.scale), 0, bits, false, false);

/** XNOR-Net's α = mean|W| per output channel, as the engine's binary scale. */
const meanAbsScales = (kernel: tf.Tensor): PackedParams =>
  tf.tidy(() => ({ alpha: perChannel(reduce('mean', tf.abs(kernel), channelAxes(kernel))) }));

/**
 * Binarization with sign: q(x) = +1 if x ≥ 0, else −1. Levels {−1, 1}.
 * Courbariaux, Hubara et al., "Binarized Neural Networks", 2016.
 */
const sign: QuantizerOps = {
  quantize: (x, opts) => withEstimator(x, opts, () => [-1, 1], true, (input) => ({ value: signOf(input) })),
  levels: () => [-1, 1],
  packedParams: (kernel) => ({ alpha: new Float32Array(kernel.shape[kernel.shape.length - 1]).fill(1) }),
  qonnxWeights: (kernel) => bipolarGrid(new Float32Array(kernel.shape[kernel.shape.length - 1]).fill(1)),
};

/**
 * XNOR-Net / BWN binarization with a scale: q(x) = α·sign(x), α = mean|x| (per output
 * channel with `reduceAxes`), the α that minimises ‖x − α·sign(x)‖². Levels {−α, α}; the
 * gradient is the estimator's times α. All-zero input gives α = 0 and an all-zero output.
 * Rastegari et al., "XNOR-Net", ECCV 2016.
 */
const xnor: QuantizerOps = {
  quantize: (x, opts) =>
    withEstimator(x, opts, (xs) => xnor.levels(xs, opts), true, (input) => {
      const alpha = reduce('mean', tf.abs(input), opts.reduceAxes);
      return { value: tf.mul(alpha, signOf(input)), chainScale: alpha };
    }),
  levels: (x) =>
    tf.tidy(() => {
      const alpha = scalarValue(tf.mean(tf.abs(x)));
      return sortedUnique([-alpha, alpha]);
    }),
  packedParams: meanAbsScales,
  qonnxWeights: (kernel, opts) => meanAbsGrid(kernel, opts),
};

/**
 * Stochastic binarization: q(x) = +1 with probability p = clip((x + 1)/2, 0, 1) (the hard
 * sigmoid), else −1, so E[q(x)] = clip(x, −1, 1). Draws u ~ U[0, 1) with `opts.seed` and
 * outputs +1 where u < p.
 * Courbariaux, Hubara et al., "Binarized Neural Networks", 2016.
 */
const stochasticSign: QuantizerOps = {
  quantize: (x, opts) =>
    withEstimator(x, opts, () => [-1, 1], true, (input) => {
      const p = tf.clipByValue(tf.div(tf.add(input, 1), 2), 0, 1);
      const u = tf.randomUniform(input.shape, 0, 1, 'float32', opts.seed);
      return { value: tf.sub(tf.mul(indicator(tf.less(u, p)), 2), 1) };
    }),
  levels: () => [-1, 1],
};

/** TWN's threshold Δ = 0.7·mean|x|, scale α = mean of |x| over |x| > Δ (0 if none), and the mask |x| > Δ. */
function twnStatistics(x: tf.Tensor, axes: number[] | undefined) {
  const ax = tf.abs(x);
  const delta = tf.mul(0.7, reduce('mean', ax, axes));
  const kept = indicator(tf.greater(ax, delta));
  const count = reduce('sum', kept, axes);
  const alpha = tf.div(reduce('sum', tf.mul(ax, kept), axes), tf.maximum(count, 1));
  return { kept, alpha, delta };
}

/**
 * Ternary Weight Networks: q(x) = α·t, t = +1 if x > Δ, −1 if x < −Δ, else 0, with
 * Δ = 0.7·mean|x| (the paper's approximation of the optimal threshold for Gaussian or
 * uniform weights) and α = mean of |x| over |x| > Δ. Levels {−α, 0, α}; gradient times α.
 * Li, Zhang & Liu, "Ternary Weight Networks", 2016.
 */
const twn: QuantizerOps = {
  quantize: (x, opts) =>
    withEstimator(x, opts, (xs) => twn.levels(xs, opts), true, (input) => {
      const { kept, alpha } = twnStatistics(input, opts.reduceAxes);
      return { value: tf.mul(alpha, tf.mul(signOf(input), kept)), chainScale: alpha };
    }),
  levels: (x) =>
    tf.tidy(() => {
      const alpha = scalarValue(twnStatistics(x, undefined).alpha);
      return sortedUnique([-alpha, 0, alpha]);
    }),
  packedParams: (kernel) =>
    tf.tidy(() => {
      const { alpha, delta } = twnStatistics(kernel, channelAxes(kernel));
      return { alpha: perChannel(alpha), delta: perChannel(delta) };
    }),
  // Codes t ∈ {−1, 0, 1}: 2 bits, signed, narrow; scale α.
  qonnxWeights: (kernel, opts) => qonnxGrid(tf.tidy(() => channelValues(twnStatistics(kernel, opts.reduceAxes).alpha, kernel)), 0, 2, true, true),
};

/**
 * Trained Ternary Quantization: q(x) = wp if x > Δ, −wn if x < −Δ, else 0, with
 * Δ = t·max|x| (t = `threshold`, 0.05 in the paper) and wp, wn learned. Backward (as in
 * the paper): ∂q/∂x = estimator · (wp where x > Δ, 1 where |x| ≤ Δ, wn where x < −Δ);
 * ∂L/∂wp = Σ_{x>Δ} ∂L/∂q; ∂L/∂wn = −Σ_{x<−Δ} ∂L/∂q. Levels {−wn, 0, wp}.
 * Zhu, Han, Mao & Dally, "Trained Ternary Quantization", ICLR 2017.
 */
const ttq: QuantizerOps = {
  quantize(x, opts) {
    const t = opts.params.threshold ?? 0.05;
    const wpGiven = opts.learned?.wp;
    const wnGiven = opts.learned?.wn;
    const { estimator, params } = estimatorOf(opts);
    const op = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
      let next = 1;
      const input = args[0] as tf.Tensor;
      const wp = wpGiven ? (args[next++] as tf.Tensor) : tf.scalar(opts.params.wp ?? 1);
      const wn = wnGiven ? (args[next++] as tf.Tensor) : tf.scalar(opts.params.wn ?? 1);
      const save = args[next] as tf.GradSaveFunc;
      const delta = tf.mul(t, reduce('max', tf.abs(input), opts.reduceAxes));
      const pos = indicator(tf.greater(input, delta));
      const neg = indicator(tf.less(input, tf.neg(delta)));
      save([input, pos, neg, wp, wn]);
      return {
        value: tf.sub(tf.mul(pos, wp), tf.mul(neg, wn)),
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
          const [xs, p, n, wpS, wnS] = saved;
          const ctx = lazyEstimatorContext(() => ttq.levels(xs, opts), true, params);
          const chain = tf.add(tf.add(tf.mul(p, wpS), tf.mul(n, wnS)), tf.sub(1, tf.add(p, n)));
          const grads = [tf.mul(tf.mul(dy, estimator.derivative(xs, ctx)), chain)];
          if (wpGiven) grads.push(tf.reshape(tf.sum(tf.mul(dy, p)), wpGiven.shape));
          if (wnGiven) grads.push(tf.reshape(tf.neg(tf.sum(tf.mul(dy, n))), wnGiven.shape));
          return grads;
        },
      };
    });
    return op(x, ...(wpGiven ? [wpGiven] : []), ...(wnGiven ? [wnGiven] : []));
  },
  levels: (_x, opts) => sortedUnique([-learnedValue(opts, 'wn', 1), 0, learnedValue(opts, 'wp', 1)]),
};

/**
 * Stochastic ternarization (TernaryConnect): with v = clip(x, −1, 1), q(x) = sign(v) with
 * probability |v|, else 0, so E[q(x)] = v. Draws u ~ U[0, 1) with `opts.seed`; outputs
 * sign(v) where u < |v|.
 * Lin, Courbariaux, Memisevic & Bengio, "Neural Networks with Few Multiplications", ICLR 2016.
 */
const stochasticTernary: QuantizerOps = {
  quantize: (x, opts) =>
    withEstimator(x, opts, () => [-1, 0, 1], true, (input) => {
      const v = tf.clipByValue(input, -1, 1);
      const u = tf.randomUniform(input.shape, 0, 1, 'float32', opts.seed);
      return { value: tf.mul(signOf(v), indicator(tf.less(u, tf.abs(v)))) };
    }),
  levels: () => [-1, 0, 1],
};

/** The symmetric uniform grid's step d: `step` if given (> 0), else max|x|/h, h = 2^(k−1) − 1. */
function uniformStep(x: tf.Tensor, opts: QuantizeOptions, axes: number[] | undefined): tf.Tensor {
  const half = 2 ** (bitsOf(F.uniform, opts) - 1) - 1;
  const fixed = opts.params.step ?? 0;
  return fixed > 0 ? tf.scalar(fixed) : tf.div(reduce('max', tf.abs(x), axes), half);
}

/**
 * Symmetric uniform (linear) quantization with M = 2^k − 1 levels (odd, including 0):
 * q(x) = sign(x)·d·min(round(|x|/d), h), h = (M − 1)/2 = 2^(k−1) − 1, d = max|x|/h unless
 * `step` > 0 fixes it. Levels {j·d : |j| ≤ h}. `round` is half-to-even. d = 0 (all-zero
 * input) gives an all-zero output.
 * Hubara et al., "Quantized Neural Networks", JMLR 2018.
 */
const uniform: QuantizerOps = {
  quantize: (x, opts) => {
    const half = 2 ** (bitsOf(F.uniform, opts) - 1) - 1;
    return withEstimator(x, opts, (xs) => uniform.levels(xs, opts), false, (input) => {
      const d = uniformStep(input, opts, opts.reduceAxes);
      const j = tf.minimum(tf.round(tf.div(tf.abs(input), positiveOr(d, 1))), half);
      return { value: tf.mul(tf.mul(signOf(input), j), d) };
    });
  },
  // Codes sign(x)·j in [−h, h], scale d, zero point 0: (sign·j)·d is the forward's product.
  onnxCodes: (kernel, opts) =>
    tf.tidy(() => {
      const half = 2 ** (bitsOf(F.uniform, opts) - 1) - 1;
      const d = uniformStep(kernel, opts, opts.reduceAxes);
      const j = tf.minimum(tf.round(tf.div(tf.abs(kernel), positiveOr(d, 1))), half);
      const scale = channelValues(d, kernel);
      return { codes: intCodes(tf.mul(signOf(kernel), j)), scale, zeroPoint: new Int32Array(scale.length) };
    }),
  // Codes sign(x)·j in [−h, h] = the narrow signed range of k bits; scale d.
  qonnxWeights: (kernel, opts) => qonnxGrid(uniform.onnxCodes!(kernel, opts).scale, 0, bitsOf(F.uniform, opts), true, true),
  levels: (x, opts) =>
    tf.tidy(() => {
      const half = 2 ** (bitsOf(F.uniform, opts) - 1) - 1;
      const d = scalarValue(uniformStep(x, opts, undefined));
      return sortedUnique(Array.from({ length: 2 * half + 1 }, (_, i) => (i - half) * d));
    }),
};

/** DoReFa's max|tanh(x)| (1 where it is 0), over `axes`. */
function tanhScale(x: tf.Tensor, axes: number[] | undefined): tf.Tensor {
  return positiveOr(reduce('max', tf.abs(tf.tanh(x)), axes), 1);
}

/** DoReFa's level index j = clip(round(n·(tanh(x)/(2·max|tanh x|) + 1/2)), 0, n), with tanh x and max|tanh x|. */
function dorefaIndex(x: tf.Tensor, axes: number[] | undefined, n: number) {
  const t = tf.tanh(x);
  const m = tanhScale(x, axes);
  const v = tf.add(tf.div(t, tf.mul(2, m)), 0.5);
  return { t, m, j: tf.clipByValue(tf.round(tf.mul(n, v)), 0, n) };
}

/**
 * DoReFa-Net weight quantization. k = 1: q(x) = E·sign(x), E = mean|x| (gradient times E;
 * sign-like at this width, so clipped-ste's c = 1).
 * k > 1: q(x) = 2·q_k(tanh(x)/(2·max|tanh x|) + 1/2) − 1 with q_k(v) = round((2^k − 1)·v)/(2^k − 1),
 * computed as (2j − n)·(1/n), j = round(n·v), n = 2^k − 1, with 1/n in float32 (the product
 * DequantizeLinear computes, so the ONNX export is bit-exact). Levels {2j/n − 1}; gradient times
 * (1 − tanh²x)/max|tanh x|. All-zero input: max|tanh| is taken as 1, so x = 0 maps to
 * q_k(1/2), the level nearest 0 after round-half-to-even (1/3 for k = 2).
 * Zhou et al., "DoReFa-Net", 2016.
 */
const dorefa: QuantizerOps = {
  errorDomain: (opts) =>
    bitsOf(F.dorefa, opts) === 1
      ? undefined
      : { label: 'tanh(w)/max|tanh w|', normalize: (x) => tf.tidy(() => tf.div(tf.tanh(x), tanhScale(x, opts.reduceAxes))) },
  quantize: (x, opts) => {
    const k = bitsOf(F.dorefa, opts);
    const levels = (xs: tf.Tensor) => dorefa.levels(xs, opts);
    if (k === 1) {
      return withEstimator(x, opts, levels, true, (input) => {
        const e = reduce('mean', tf.abs(input), opts.reduceAxes);
        return { value: tf.mul(e, signOf(input)), chainScale: e };
      });
    }
    const n = 2 ** k - 1;
    return withEstimator(x, opts, levels, false, (input) => {
      const { t, m, j } = dorefaIndex(input, opts.reduceAxes, n);
      return { value: tf.mul(tf.sub(tf.mul(2, j), n), 1 / n), chainScale: tf.div(tf.sub(1, tf.square(t)), m) };
    });
  },
  // k > 1: codes 2j − n (odd, in [−n, n]), scale 1/n in float32, zero point 0.
  onnxCodes: (kernel, opts) =>
    tf.tidy(() => {
      const n = 2 ** bitsOf(F.dorefa, opts) - 1;
      const { j } = dorefaIndex(kernel, opts.reduceAxes, n);
      const channels = kernel.shape[kernel.shape.length - 1];
      return { codes: intCodes(tf.sub(tf.mul(2, j), n)), scale: new Float32Array(channels).fill(1 / n), zeroPoint: new Int32Array(channels) };
    }),
  // k = 1: ±mean|x| per channel. k > 1: the index j in 0…n as k unsigned bits, zero point n/2 and
  // scale 2/n, since (j − n/2)·(2/n) = (2j − n)·(1/n) with 2/n = 2·(1/n) exactly in float32.
  qonnxWeights: (kernel, opts) => {
    const k = bitsOf(F.dorefa, opts);
    if (k === 1) return meanAbsGrid(kernel, opts);
    const n = 2 ** k - 1;
    return qonnxGrid(new Float32Array(kernel.shape[kernel.shape.length - 1]).fill(2 / n), n / 2, k, false, false);
  },
  levels: (x, opts) => {
    const k = bitsOf(F.dorefa, opts);
    if (k === 1) return tf.tidy(() => xnor.levels(x, opts));
    const n = 2 ** k - 1;
    return Array.from({ length: n + 1 }, (_, j) => (2 * j - n) / n);
  },
  // Packed only at one bit (`packing.weights`), where the forward is mean|x|·sign(x).
  packedParams: meanAbsScales,
};

/**
 * DoReFa-Net activation quantization: q(x) = q_k(clip(x, 0, 1)) = round((2^k − 1)·clip(x, 0, 1))/(2^k − 1),
 * computed as QuantizeLinear/DequantizeLinear do: round(clip(x, 0, 1)/s)·s, s = 1/(2^k − 1)
 * in float32. Levels {j/(2^k − 1)}.
 * Zhou et al., "DoReFa-Net", 2016.
 */
const dorefaAct: QuantizerOps = {
  quantize: (x, opts) => {
    const n = 2 ** bitsOf(F['dorefa-act'], opts) - 1;
    return withEstimator(x, opts, (xs) => dorefaAct.levels(xs, opts), false, (input) => ({
      value: tf.mul(tf.round(tf.div(tf.clipByValue(input, 0, 1), 1 / n)), 1 / n),
    }));
  },
  onnxGrid: (opts) => {
    const n = 2 ** bitsOf(F['dorefa-act'], opts) - 1;
    return { scale: Math.fround(1 / n), max: 1, topCode: n };
  },
  qonnxWeights: (kernel, opts) => fixedGridWeights(dorefaAct.onnxGrid!(opts), bitsOf(F['dorefa-act'], opts), kernel),
  levels: (_x, opts) => {
    const n = 2 ** bitsOf(F['dorefa-act'], opts) - 1;
    return Array.from({ length: n + 1 }, (_, j) => j / n);
  },
};

/** log2 quantization's largest exponent e_max = round(log2 max|x|) (0 where max|x| = 0). */
function log2MaxExponent(x: tf.Tensor, axes: number[] | undefined): tf.Tensor {
  const max = reduce('max', tf.abs(x), axes);
  return tf.where(tf.greater(max, 0), tf.round(tf.div(tf.log(positiveOr(max, 1)), Math.LN2)), tf.zerosLike(max));
}

/**
 * Power-of-two (logarithmic) quantization with n = 2^(k−1) − 1 exponents per sign:
 * e_max = round(log2 max|x|), e_min = e_max − n + 1, e = round(log2|x|);
 * q(x) = 0 if x = 0 or e < e_min, else sign(x)·2^min(e, e_max). Rounding happens in the
 * log domain. Levels {0} ∪ {±2^e : e_min ≤ e ≤ e_max}. All-zero input gives 0.
 * Miyashita, Lee & Murmann, "Convolutional Neural Networks using Logarithmic Data Representation", 2016.
 */
const log2: QuantizerOps = {
  quantize: (x, opts) => {
    const count = 2 ** (bitsOf(F.log2, opts) - 1) - 1;
    return withEstimator(x, opts, (xs) => log2.levels(xs, opts), false, (input) => {
      const eMax = log2MaxExponent(input, opts.reduceAxes);
      const eMin = tf.sub(eMax, count - 1);
      const ax = tf.abs(input);
      const e = tf.round(tf.div(tf.log(positiveOr(ax, 1)), Math.LN2));
      const keep = tf.logicalAnd(tf.greater(ax, 0), tf.greaterEqual(e, eMin));
      const magnitude = tf.pow(tf.scalar(2), tf.minimum(e, eMax));
      return { value: tf.where(keep, tf.mul(signOf(input), magnitude), tf.zerosLike(input)) };
    });
  },
  levels: (x, opts) => {
    const count = 2 ** (bitsOf(F.log2, opts) - 1) - 1;
    const { eMax, any } = tf.tidy(() => ({ eMax: scalarValue(log2MaxExponent(x, undefined)), any: scalarValue(tf.max(tf.abs(x))) > 0 }));
    if (!any) return [0];
    const levels = [0];
    for (let e = eMax - count + 1; e <= eMax; e++) levels.push(2 ** e, -(2 ** e));
    return sortedUnique(levels);
  },
};

/** Affine quantization's scale s = (max − min)/(2^k − 1) and zero point z = round(−min/s) (s = 0: z = 0). */
function affineStatistics(x: tf.Tensor, n: number, axes: number[] | undefined) {
  const lo = reduce('min', x, axes);
  const hi = reduce('max', x, axes);
  const s = tf.div(tf.sub(hi, lo), n);
  const z = tf.round(tf.div(tf.neg(lo), positiveOr(s, 1)));
  return { lo, s, z };
}

/**
 * Affine codes q, scale s and zero point z per output channel. A constant channel (s = 0),
 * which the forward passes through unchanged as its value v, becomes scale |v| with code
 * 1, zero point 0 (v > 0) or code 0, zero point 1 (v < 0), or scale 0 (v = 0): exact.
 */
function affineCodes(kernel: tf.Tensor, n: number, axes: number[] | undefined): OnnxCodes {
  const { codes, scale, zeroPoint, values } = tf.tidy(() => {
    const { s, z } = affineStatistics(kernel, n, axes);
    const q = tf.clipByValue(tf.add(tf.round(tf.div(kernel, positiveOr(s, 1))), z), 0, n);
    return { codes: intCodes(q), scale: channelValues(s, kernel), zeroPoint: Int32Array.from(channelValues(z, kernel)), values: kernel.dataSync() as Float32Array };
  });
  const channels = scale.length;
  for (let c = 0; c < channels; c++) {
    if (scale[c] > 0) continue;
    const v = values[c];
    scale[c] = Math.abs(v);
    zeroPoint[c] = v < 0 ? 1 : 0;
    for (let i = c; i < codes.length; i += channels) codes[i] = v > 0 ? 1 : 0;
  }
  return { codes, scale, zeroPoint };
}

/**
 * Asymmetric affine (integer) quantization, the TFLite/PyTorch int-k scheme:
 * s = (max − min)/(2^k − 1), z = round(−min/s), q = clamp(round(x/s) + z, 0, 2^k − 1),
 * output (q − z)·s. Levels {(q − z)·s : 0 ≤ q ≤ 2^k − 1}. A constant tensor (max = min,
 * s = 0) is returned unchanged (its one value is its one level).
 * Jacob et al., "Quantization and Training of Neural Networks for Efficient
 * Integer-Arithmetic-Only Inference", CVPR 2018.
 */
const affine: QuantizerOps = {
  quantize: (x, opts) => {
    const n = 2 ** bitsOf(F.affine, opts) - 1;
    return withEstimator(x, opts, (xs) => affine.levels(xs, opts), false, (input) => {
      const { s, z } = affineStatistics(input, n, opts.reduceAxes);
      const q = tf.clipByValue(tf.add(tf.round(tf.div(input, positiveOr(s, 1))), z), 0, n);
      return { value: tf.where(tf.greater(s, 0), tf.mul(tf.sub(q, z), s), input) };
    });
  },
  onnxCodes: (kernel, opts) => affineCodes(kernel, 2 ** bitsOf(F.affine, opts) - 1, opts.reduceAxes),
  qonnxWeights: (kernel, opts) => {
    const k = bitsOf(F.affine, opts);
    const { scale, zeroPoint } = affineCodes(kernel, 2 ** k - 1, opts.reduceAxes);
    return { scale, zeroPoint: Float32Array.from(zeroPoint), bits: k, signed: false, narrow: false };
  },
  levels: (x, opts) => {
    const n = 2 ** bitsOf(F.affine, opts) - 1;
    const { lo, s, z } = tf.tidy(() => {
      const stats = affineStatistics(x, n, undefined);
      return { lo: scalarValue(stats.lo), s: scalarValue(stats.s), z: scalarValue(stats.z) };
    });
    if (!(s > 0)) return [lo];
    return sortedUnique(Array.from({ length: n + 1 }, (_, q) => (q - z) * s));
  },
};

/** Smallest clipping level PACT uses, so a learned α that reaches 0 cannot divide by zero. */
const PACT_MIN_ALPHA = 1e-6;

/**
 * PACT: y = clip(x, 0, α), q(x) = round(y·(2^k − 1)/α)·α/(2^k − 1), α learned, computed as
 * QuantizeLinear/DequantizeLinear do: round(y/s)·s with s = α/(2^k − 1) in float32. Own
 * gradients (the estimator is ignored): ∂q/∂x = 1 for 0 ≤ x < α else 0;
 * ∂q/∂α = 1 for x ≥ α else 0. Levels {jα/(2^k − 1)}. The paper's L2 penalty on α is added by
 * the trainer with coefficient `alphaDecay`. α below 1e-6 is treated as 1e-6.
 * Choi et al., "PACT: Parameterized Clipping Activation for Quantized Neural Networks", 2018.
 */
const pact: QuantizerOps = {
  quantize(x, opts) {
    const n = 2 ** bitsOf(F.pact, opts) - 1;
    const alphaGiven = opts.learned?.alpha;
    const op = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
      const input = args[0] as tf.Tensor;
      const alpha = alphaGiven ? (args[1] as tf.Tensor) : tf.scalar(opts.params.alpha ?? 3);
      const save = args[alphaGiven ? 2 : 1] as tf.GradSaveFunc;
      const a = tf.maximum(alpha, PACT_MIN_ALPHA);
      const y = tf.minimum(tf.maximum(input, 0), a);
      const s = tf.div(a, n);
      const j = tf.round(tf.div(y, s));
      save([input, a]);
      return {
        value: tf.mul(j, s),
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
          const [xs, aS] = saved;
          const inside = indicator(tf.logicalAnd(tf.greaterEqual(xs, 0), tf.less(xs, aS)));
          const grads = [tf.mul(dy, inside)];
          if (alphaGiven) grads.push(tf.reshape(tf.sum(tf.mul(dy, indicator(tf.greaterEqual(xs, aS)))), alphaGiven.shape));
          return grads;
        },
      };
    });
    return alphaGiven ? op(x, alphaGiven) : op(x);
  },
  onnxGrid: (opts) => {
    const n = 2 ** bitsOf(F.pact, opts) - 1;
    const a = Math.max(Math.fround(learnedValue(opts, 'alpha', 3)), Math.fround(PACT_MIN_ALPHA));
    return { scale: Math.fround(a / n), max: a, topCode: n };
  },
  qonnxWeights: (kernel, opts) => fixedGridWeights(pact.onnxGrid!(opts), bitsOf(F.pact, opts), kernel),
  levels: (_x, opts) => {
    const n = 2 ** bitsOf(F.pact, opts) - 1;
    const alpha = Math.max(learnedValue(opts, 'alpha', 3), PACT_MIN_ALPHA);
    return sortedUnique(Array.from({ length: n + 1 }, (_, j) => (j * alpha) / n));
  },
};

/** ε of LAB's D = √v + ε (tfjs Adam's ε). */
export const LAB_EPSILON = 1e-7;

/**
 * LAB's diagonal curvature D = √v + ε from `opts.secondMoment`; D = 1 when absent (only
 * D's ratios matter, so any uniform D gives the same α: mean|x|).
 */
function labCurvature(x: tf.Tensor, opts: QuantizeOptions): tf.Tensor {
  return opts.secondMoment ? tf.add(tf.sqrt(opts.secondMoment), LAB_EPSILON) : tf.onesLike(x);
}

/** LAB's α = ‖D ⊙ x‖₁ / ‖D‖₁ over `axes` (kept dimensions; the whole tensor when undefined). */
function labAlpha(x: tf.Tensor, d: tf.Tensor, axes: number[] | undefined): tf.Tensor {
  return tf.div(reduce('sum', tf.mul(d, tf.abs(x)), axes), positiveOr(reduce('sum', d, axes), 1));
}

/**
 * Loss-aware binarization: the proximal Newton step on min loss s.t. w = α·b, b ∈ {±1},
 * with the diagonal Hessian approximated by D = √v + ε (v: Adam's second moment of the
 * kernel's gradients), has the closed form b = sign(w), α = ‖D ⊙ w‖₁ / ‖D‖₁; here per
 * output channel with `reduceAxes` (as XNOR-Net's α, so the engine packs it the same way).
 * v is not bias-corrected: that is one factor on D, which cancels in α (up to ε). With
 * D uniform (no gradients seen yet, PTQ, `qlab quantize`) α = mean|w|: XNOR-Net.
 * Gradient: the estimator's times α, as XNOR-Net. Levels {−α, α}.
 * Hou, Yao & Kwok, "Loss-aware Binarization of Deep Networks", ICLR 2017.
 */
const lab: QuantizerOps = {
  quantize: (x, opts) =>
    withEstimator(x, opts, (xs) => lab.levels(xs, opts), true, (input) => {
      const alpha = labAlpha(input, labCurvature(input, opts), opts.reduceAxes);
      return { value: tf.mul(alpha, signOf(input)), chainScale: alpha };
    }),
  levels: (x, opts) =>
    tf.tidy(() => {
      const alpha = scalarValue(labAlpha(x, labCurvature(x, opts), undefined));
      return sortedUnique([-alpha, alpha]);
    }),
  packedParams: (kernel, opts) => tf.tidy(() => ({ alpha: perChannel(labAlpha(kernel, labCurvature(kernel, opts), channelAxes(kernel))) })),
  qonnxWeights: (kernel, opts) => bipolarGrid(tf.tidy(() => channelValues(labAlpha(kernel, labCurvature(kernel, opts), opts.reduceAxes), kernel))),
};

/**
 * A variational binary layer: each weight is +1 with probability p = σ(θ/τ), θ the latent
 * weight. Training (`opts.training` not false): a draw, +1 where u < p with u ~ U[0, 1)
 * seeded by `opts.seed`; evaluation: the mode sign(θ) (p ≥ ½ ⇔ θ ≥ 0). Own gradient, the
 * estimator ignored: the derivative of the mean E[w] = 2p − 1, 2p(1 − p)/τ (a
 * straight-through estimate of the sample by its mean). The KL term to Bernoulli(½) is
 * `penalty`, which the trainer weights by `klWeight`. Levels {−1, 1}.
 * After Shayer, Levi & Fetaya, "Learning Discrete Weights Using the Local
 * Reparameterization Trick", ICLR 2018 (which propagates the mean and variance instead).
 */
const bayesBinary: QuantizerOps = {
  quantize(x, opts) {
    const tau = opts.params.temperature ?? 0.25;
    const op = tf.customGrad((...args: Array<tf.Tensor | tf.GradSaveFunc>) => {
      const input = args[0] as tf.Tensor;
      const save = args[1] as tf.GradSaveFunc;
      const p = tf.sigmoid(tf.div(input, tau));
      save([p]);
      const value =
        opts.training === false
          ? signOf(input)
          : tf.sub(tf.mul(indicator(tf.less(tf.randomUniform(input.shape, 0, 1, 'float32', opts.seed), p)), 2), 1);
      return {
        value,
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
          const [ps] = saved;
          return tf.mul(dy, tf.div(tf.mul(2, tf.mul(ps, tf.sub(1, ps))), tau));
        },
      };
    });
    return op(x);
  },
  levels: () => [-1, 1],
  // KL(Bern(p) ‖ Bern(½)) = log 2 + p log p + (1 − p) log(1 − p), with log p = −softplus(−θ/τ), log(1 − p) = −softplus(θ/τ).
  penalty: (x, opts) =>
    tf.tidy(() => {
      const z = tf.div(x, opts.params.temperature ?? 0.25);
      const p = tf.sigmoid(z);
      const kl = tf.sub(Math.LN2, tf.add(tf.mul(p, tf.softplus(tf.neg(z))), tf.mul(tf.sub(1, p), tf.softplus(z))));
      return tf.sum(kl) as tf.Scalar;
    }),
};

/** Every quantizer's operations, by id: forward, levels and a backward that pairs with any estimator. */
export const QUANTIZER_OPS = {
  sign,
  xnor,
  'stochastic-sign': stochasticSign,
  twn,
  ttq,
  'stochastic-ternary': stochasticTernary,
  uniform,
  dorefa,
  'dorefa-act': dorefaAct,
  log2,
  kmeans: KMEANS,
  lqnet: LQNET,
  abc: ABC,
  affine,
  pact,
  hwgq: HWGQ,
  pq: PQ,
  lab,
  'bayes-binary': bayesBinary,
} satisfies Record<QuantizerId, QuantizerOps>;
