import { REFERENCES } from './references';
import type { OnnxInputForm, OnnxWeightForm, QonnxInputForm, QonnxWeightForm, QuantizerFacts, QuantizerId } from './types';

// Storage counts what an inference copy of the weights holds: `planes` bit planes per
// weight plus float32 scales, codebooks or bases (see `storedBytes` in facts.ts).

/** Activation forms the ONNX export refuses, shared by several entries. */
const BATCH_STATISTICS: OnnxInputForm = { form: 'none', reason: 'a weight quantizer: its levels would come from each batch' };
/** Weights written as their quantized float32 values. */
const VALUES = (): OnnxWeightForm => 'values';
/** Weights as values; as activations, refused (batch statistics or random draws). */
const VALUES_ONLY: QuantizerFacts['onnx'] = { weights: VALUES, inputs: BATCH_STATISTICS };
const RANDOM_VALUES: QuantizerFacts['onnx'] = { weights: VALUES, inputs: { form: 'none', reason: 'it draws random numbers in every forward pass' } };

/** QONNX weights with no quantizer node: the reason is said per layer. */
const QONNX_VALUES = (reason: string) => (): QonnxWeightForm => ({ form: 'values', reason });
const QONNX_RANDOM = QONNX_VALUES('a random draw in every forward pass; the values are the one draw the lab evaluates with');
/** QONNX activations a weight quantizer cannot give (its levels would come from each batch). */
const QONNX_BATCH_STATISTICS = (): QonnxInputForm => ({ form: 'none', reason: 'a weight quantizer: its levels would come from each batch' });
const QONNX_NO_RANDOM = (): QonnxInputForm => ({ form: 'none', reason: 'it draws random numbers in every forward pass' });
/** `Quant` takes 2 bits or more: the QONNX spec leaves binary to BipolarQuant, whose levels are ±s, not {0, s}. */
const QONNX_ONE_BIT = 'one bit gives the levels {0, s}: QONNX Quant does not take binary widths and BipolarQuant gives ±s';
const QONNX_GRID_WEIGHTS = (k: number): QonnxWeightForm => (k === 1 ? { form: 'values', reason: QONNX_ONE_BIT } : { form: 'quant' });

const sign: QuantizerFacts = {
  id: 'sign',
  label: 'Sign (BNN)',
  summary: 'Deterministic binarization: +1 for x ≥ 0, −1 otherwise.\nNo scale: the following batch norm absorbs it.',
  formula: 'q(x) = +1 if x ≥ 0, else −1',
  reference: REFERENCES.bnn,
  role: 'any',
  family: 'binary',
  bits: { default: 1, min: 1, max: 1 },
  signLike: true,
  asActivation: 'replaces-relu',
  clipLatent: true,
  channelScales: false,
  stochastic: false,
  storage: { planes: () => 1, floatsPerTensor: () => 0, floatsPerChannel: () => 0 },
  packing: { weights: () => 'binary', inputs: true },
  onnx: { weights: VALUES, inputs: { form: 'sign' } },
  qonnx: { weights: () => ({ form: 'bipolar' }), inputs: () => ({ form: 'bipolar' }) },
  pytorch: { name: 'Sign' },
  params: {},
};

const xnor: QuantizerFacts = {
  id: 'xnor',
  label: 'XNOR-Net (BWN)',
  summary: 'Binary weights ±α with α = mean|x|, the least-squares optimal scale.\nPer output channel in layers.',
  formula: 'q(x) = α·sign(x), α = mean|x|',
  reference: REFERENCES.xnor,
  role: 'weight',
  family: 'binary',
  bits: { default: 1, min: 1, max: 1 },
  signLike: true,
  clipLatent: true,
  channelScales: true,
  stochastic: false,
  storage: { planes: () => 1, floatsPerTensor: () => 0, floatsPerChannel: () => 1 },
  packing: { weights: () => 'binary', inputs: false },
  onnx: VALUES_ONLY,
  qonnx: { weights: () => ({ form: 'bipolar' }), inputs: QONNX_BATCH_STATISTICS },
  pytorch: { name: 'Xnor' },
  params: {},
};

const stochasticSign: QuantizerFacts = {
  id: 'stochastic-sign',
  label: 'Stochastic sign',
  summary: '+1 with probability (x + 1)/2 clipped to [0, 1], else −1: unbiased on [−1, 1].\nThe noise acts as a regulariser; seeded per training step.',
  formula: 'q(x) = +1 with probability clip((x + 1)/2, 0, 1), else −1',
  reference: REFERENCES.bnn,
  role: 'any',
  family: 'binary',
  bits: { default: 1, min: 1, max: 1 },
  signLike: true,
  asActivation: 'replaces-relu',
  clipLatent: true,
  channelScales: false,
  stochastic: true,
  storage: { planes: () => 1, floatsPerTensor: () => 0, floatsPerChannel: () => 0 },
  packing: { weights: () => 'none', inputs: false },
  onnx: RANDOM_VALUES,
  qonnx: { weights: QONNX_RANDOM, inputs: QONNX_NO_RANDOM },
  pytorch: { name: 'StochasticSign' },
  params: {},
};

const twn: QuantizerFacts = {
  id: 'twn',
  label: 'Ternary (TWN)',
  summary: 'Weights in {−α, 0, α}: zero below Δ = 0.7·mean|x|, ±α above.\nα is the mean magnitude of the weights kept.',
  formula: 'q(x) = α·(1 if x > Δ, −1 if x < −Δ, else 0), Δ = 0.7·mean|x|, α = mean_{|x|>Δ}|x|',
  reference: REFERENCES.twn,
  role: 'weight',
  family: 'ternary',
  bits: { default: 2, min: 2, max: 2 },
  signLike: true,
  clipLatent: true,
  channelScales: true,
  stochastic: false,
  storage: { planes: () => 2, floatsPerTensor: () => 0, floatsPerChannel: () => 1 },
  packing: { weights: () => 'ternary', inputs: false },
  onnx: VALUES_ONLY,
  qonnx: { weights: () => ({ form: 'quant' }), inputs: QONNX_BATCH_STATISTICS },
  pytorch: { name: 'Twn' },
  params: {},
};

const ttq: QuantizerFacts = {
  id: 'ttq',
  label: 'Trained ternary (TTQ)',
  summary: 'Ternary {−wn, 0, wp} with two learned scales, one per sign.\nThreshold Δ = 0.05·max|x|; wp and wn train with the network.',
  formula: 'q(x) = wp if x > Δ, −wn if x < −Δ, else 0; Δ = t·max|x|',
  reference: REFERENCES.ttq,
  role: 'weight',
  family: 'ternary',
  bits: { default: 2, min: 2, max: 2 },
  signLike: true,
  clipLatent: true,
  channelScales: true,
  stochastic: false,
  storage: { planes: () => 2, floatsPerTensor: () => 2, floatsPerChannel: () => 0 },
  packing: { weights: () => 'none', inputs: false },
  onnx: VALUES_ONLY,
  qonnx: { weights: QONNX_VALUES('{−wn, 0, wp} with two learned scales is no uniform grid'), inputs: QONNX_BATCH_STATISTICS },
  pytorch: { name: 'Ttq' },
  params: {
    wp: { label: 'wp', doc: 'Positive level (learned; this is its initial value).', default: 1, min: 0.001, max: 100, learned: true },
    wn: { label: 'wn', doc: 'Magnitude of the negative level (learned; this is its initial value).', default: 1, min: 0.001, max: 100, learned: true },
    threshold: { label: 'Threshold t', doc: 'Δ = t·max|x| (0.05 in the paper).', default: 0.05, min: 0, max: 0.99 },
  },
};

const stochasticTernary: QuantizerFacts = {
  id: 'stochastic-ternary',
  label: 'Stochastic ternary',
  summary: 'sign(x) with probability |x| (clipped to 1), else 0: unbiased on [−1, 1].\nSparse and noisy; seeded per training step.',
  formula: 'v = clip(x, −1, 1); q(x) = sign(v) with probability |v|, else 0',
  reference: REFERENCES.fewMultiplications,
  role: 'any',
  family: 'ternary',
  bits: { default: 2, min: 2, max: 2 },
  signLike: true,
  asActivation: 'replaces-relu',
  clipLatent: true,
  channelScales: false,
  stochastic: true,
  storage: { planes: () => 2, floatsPerTensor: () => 0, floatsPerChannel: () => 0 },
  packing: { weights: () => 'none', inputs: false },
  onnx: RANDOM_VALUES,
  qonnx: { weights: QONNX_RANDOM, inputs: QONNX_NO_RANDOM },
  pytorch: { name: 'StochasticTernary' },
  params: {},
};

const uniform: QuantizerFacts = {
  id: 'uniform',
  label: 'Uniform symmetric',
  summary: '2^k − 1 evenly spaced levels symmetric around 0, step d = max|x|/(2^(k−1) − 1).\nThe plain linear quantizer, 0 included.',
  formula: 'q(x) = sign(x)·d·min(round(|x|/d), (M−1)/2), M = 2^k − 1, d = max|x|/((M−1)/2)',
  reference: REFERENCES.qnn,
  role: 'weight',
  family: 'multi-bit',
  bits: { default: 4, min: 2, max: 8 },
  signLike: false,
  clipLatent: false,
  channelScales: true,
  stochastic: false,
  storage: { planes: (k) => k, floatsPerTensor: () => 0, floatsPerChannel: () => 1 },
  packing: { weights: () => 'none', inputs: false },
  onnx: { weights: () => 'dequantize-linear', inputs: BATCH_STATISTICS },
  qonnx: { weights: () => ({ form: 'quant' }), inputs: QONNX_BATCH_STATISTICS },
  pytorch: { name: 'Uniform' },
  params: {
    step: { label: 'Step d', doc: 'Grid spacing; 0 derives it from the tensor as max|x|/(2^(k−1) − 1).', default: 0, min: 0, max: 100 },
  },
};

const dorefa: QuantizerFacts = {
  id: 'dorefa',
  label: 'DoReFa (weights)',
  summary: 'Squashes weights with tanh, scales them into [0, 1] and rounds to 2^k levels.\n1 bit: mean|x|·sign(x).',
  formula: 'k = 1: mean|x|·sign(x); k > 1: 2·q_k(tanh(x)/(2·max|tanh x|) + ½) − 1, q_k(v) = round((2^k−1)v)/(2^k−1)',
  reference: REFERENCES.dorefa,
  role: 'weight',
  family: 'multi-bit',
  bits: { default: 2, min: 1, max: 8 },
  signLike: false,
  clipLatent: true,
  channelScales: true,
  stochastic: false,
  storage: { planes: (k) => k, floatsPerTensor: () => 0, floatsPerChannel: (k) => (k === 1 ? 1 : 0) },
  packing: { weights: (k) => (k === 1 ? 'binary' : 'none'), inputs: false },
  onnx: { weights: (k) => (k === 1 ? 'values' : 'dequantize-linear'), inputs: BATCH_STATISTICS },
  qonnx: { weights: (k) => ({ form: k === 1 ? 'bipolar' : 'quant' }), inputs: QONNX_BATCH_STATISTICS },
  pytorch: { name: 'Dorefa' },
  params: {},
};

const dorefaAct: QuantizerFacts = {
  id: 'dorefa-act',
  label: 'DoReFa (activations)',
  summary: 'Clips activations to [0, 1] and rounds to 2^k evenly spaced levels.\nA fixed range: the network learns to fit into it.',
  formula: 'q(x) = round((2^k−1)·clip(x, 0, 1))/(2^k−1)',
  reference: REFERENCES.dorefa,
  role: 'activation',
  family: 'multi-bit',
  bits: { default: 2, min: 1, max: 8 },
  signLike: false,
  asActivation: 'replaces-relu',
  clipLatent: false,
  channelScales: false,
  stochastic: false,
  storage: { planes: (k) => k, floatsPerTensor: () => 0, floatsPerChannel: () => 0 },
  packing: { weights: () => 'none', inputs: false },
  onnx: { weights: VALUES, inputs: { form: 'quantize-linear' } },
  qonnx: { weights: QONNX_GRID_WEIGHTS, inputs: (k) => (k === 1 ? { form: 'none', reason: QONNX_ONE_BIT } : { form: 'quant' }) },
  pytorch: { name: 'DorefaAct' },
  params: {},
};

const log2: QuantizerFacts = {
  id: 'log2',
  label: 'Power of two (log2)',
  summary: 'Rounds |x| to a power of two in the log domain; 2^(k−1) − 1 exponents per sign, plus 0.\nMultiplications become shifts; fine near 0, coarse for large weights.',
  formula: 'q(x) = sign(x)·2^min(round(log2|x|), e_max), 0 below 2^e_min; e_max = round(log2 max|x|)',
  reference: REFERENCES.log2,
  role: 'weight',
  family: 'multi-bit',
  bits: { default: 4, min: 2, max: 8 },
  signLike: false,
  clipLatent: false,
  channelScales: true,
  stochastic: false,
  storage: { planes: (k) => k, floatsPerTensor: () => 0, floatsPerChannel: () => 1 },
  packing: { weights: () => 'none', inputs: false },
  onnx: VALUES_ONLY,
  qonnx: { weights: QONNX_VALUES('powers of two are no uniform grid'), inputs: QONNX_BATCH_STATISTICS },
  pytorch: { name: 'Log2' },
  params: {},
};

const kmeans: QuantizerFacts = {
  id: 'kmeans',
  label: 'k-means (Deep Compression)',
  summary: 'Clusters the weights into 2^k shared values by k-means, linearly initialised.\nNon-uniform levels that follow the weight distribution.',
  formula: 'q(x) = argmin_{c ∈ C} |x − c|, C = Lloyd k-means centroids (|C| = 2^k)',
  reference: REFERENCES.deepCompression,
  role: 'weight',
  family: 'multi-bit',
  bits: { default: 3, min: 1, max: 8 },
  signLike: false,
  clipLatent: false,
  channelScales: false,
  stochastic: false,
  storage: { planes: (k) => k, floatsPerTensor: (k) => 2 ** k, floatsPerChannel: () => 0 },
  packing: { weights: () => 'none', inputs: false },
  onnx: VALUES_ONLY,
  qonnx: { weights: QONNX_VALUES('k-means centroids are no uniform grid'), inputs: QONNX_BATCH_STATISTICS },
  pytorch: { name: 'KMeans' },
  params: {},
};

const lqnet: QuantizerFacts = {
  id: 'lqnet',
  label: 'LQ-Nets',
  summary: 'Levels are all ±combinations of k learned basis values: vᵀe, e ∈ {−1, 1}^k.\nBit-operation friendly, yet non-uniform and fitted to the weights.',
  formula: 'q(x) = vᵀe*, e* = argmin_{e ∈ {−1,1}^k} |x − vᵀe|',
  reference: REFERENCES.lqnet,
  role: 'weight',
  family: 'multi-bit',
  bits: { default: 2, min: 1, max: 8 },
  signLike: false,
  clipLatent: false,
  channelScales: false,
  stochastic: false,
  storage: { planes: (k) => k, floatsPerTensor: (k) => k, floatsPerChannel: () => 0 },
  packing: { weights: () => 'none', inputs: false },
  onnx: VALUES_ONLY,
  qonnx: { weights: QONNX_VALUES('sums of learned basis values are no uniform grid'), inputs: QONNX_BATCH_STATISTICS },
  pytorch: { name: 'LqNet' },
  params: {
    basis: { label: 'Basis v', doc: 'The k basis values: fitted to the weights by initLearned, then learned. No user setting (0 means "fit").', default: 0, min: 0, max: 0, learned: true, perBit: true },
  },
};

const abc: QuantizerFacts = {
  id: 'abc',
  label: 'ABC-Net',
  summary: 'A weighted sum of M binary bases, each the sign of the weights shifted by u_m·std.\nα_m by least squares; M binary convolutions at inference.',
  formula: 'q(x) = Σ_m α_m·sign(x − mean x + u_m·std x), u_m = −1 + 2(m−1)/(M−1), α = least squares',
  reference: REFERENCES.abc,
  role: 'weight',
  family: 'binary',
  bits: { default: 1, min: 1, max: 1 },
  signLike: true,
  clipLatent: true,
  channelScales: false,
  stochastic: false,
  storage: { planes: (_k, p) => p.bases, floatsPerTensor: (_k, p) => p.bases, floatsPerChannel: () => 0 },
  packing: { weights: () => 'none', inputs: false },
  onnx: VALUES_ONLY,
  qonnx: { weights: QONNX_VALUES('a weighted sum of binary bases is no uniform grid'), inputs: QONNX_BATCH_STATISTICS },
  pytorch: { name: 'Abc' },
  params: {
    bases: { label: 'Bases M', doc: 'Number of binary bases (storage is M bits per weight).', default: 3, min: 1, max: 5, integer: true },
  },
};

const affine: QuantizerFacts = {
  id: 'affine',
  label: 'Affine int-k',
  summary: 'Maps [min, max] onto the integers 0…2^k − 1 with a scale and a zero point.\nThe TFLite / PyTorch baseline; per channel for weights.',
  formula: 's = (max − min)/(2^k − 1), z = round(−min/s), q = clamp(round(x/s) + z, 0, 2^k − 1), out = (q − z)·s',
  reference: REFERENCES.integerOnly,
  role: 'any',
  family: 'multi-bit',
  bits: { default: 8, min: 1, max: 8 },
  signLike: false,
  asActivation: 'after-relu',
  clipLatent: false,
  channelScales: true,
  stochastic: false,
  storage: { planes: (k) => k, floatsPerTensor: () => 0, floatsPerChannel: () => 2 },
  packing: { weights: () => 'none', inputs: false },
  onnx: { weights: () => 'dequantize-linear', inputs: { form: 'dynamic-affine' } },
  qonnx: { weights: QONNX_GRID_WEIGHTS, inputs: (k) => (k === 1 ? { form: 'none', reason: QONNX_ONE_BIT } : { form: 'dynamic-quant' }) },
  pytorch: { name: 'Affine' },
  params: {},
};

const pact: QuantizerFacts = {
  id: 'pact',
  label: 'PACT',
  summary: 'Clips activations at a learned α, then rounds [0, α] to 2^k levels.\nα trades clipping error against rounding error by gradient descent.',
  formula: 'y = clip(x, 0, α); q = round(y·(2^k−1)/α)·α/(2^k−1); ∂q/∂α = 1[x ≥ α]',
  reference: REFERENCES.pact,
  role: 'activation',
  family: 'multi-bit',
  bits: { default: 4, min: 1, max: 8 },
  signLike: false,
  asActivation: 'replaces-relu',
  clipLatent: false,
  channelScales: false,
  stochastic: false,
  storage: { planes: (k) => k, floatsPerTensor: () => 1, floatsPerChannel: () => 0 },
  packing: { weights: () => 'none', inputs: false },
  onnx: { weights: VALUES, inputs: { form: 'quantize-linear' } },
  qonnx: { weights: QONNX_GRID_WEIGHTS, inputs: (k) => (k === 1 ? { form: 'none', reason: QONNX_ONE_BIT } : { form: 'quant' }) },
  auxiliaryLoss: { param: 'alpha', coefficient: 'alphaDecay', formula: 'λ_α·α²' },
  pytorch: { name: 'Pact' },
  params: {
    alpha: { label: 'α', doc: 'Clipping level (learned; this is its initial value). The paper starts at 10; 3 suits batch-normalised inputs.', default: 3, min: 0.01, max: 100, learned: true },
    alphaDecay: { label: 'α decay', doc: 'Coefficient λ_α of the L2 penalty λ_α·α² the trainer adds to the loss.', default: 0, min: 0, max: 1 },
  },
};

const hwgq: QuantizerFacts = {
  id: 'hwgq',
  label: 'HWGQ',
  summary: 'A ReLU whose positive part is rounded to a uniform grid optimal for a unit Gaussian.\nNo per-batch statistics: the step is fixed per bit width.',
  formula: 'q(x) = 0 if x ≤ 0, else Δ_k·clip(round(x/Δ_k), 1, 2^k − 1), Δ_k = argmin E[(x − q(x))² | x > 0], x ~ N(0, 1)',
  reference: REFERENCES.hwgq,
  role: 'activation',
  family: 'multi-bit',
  bits: { default: 2, min: 1, max: 8 },
  signLike: false,
  asActivation: 'replaces-relu',
  clipLatent: false,
  channelScales: false,
  stochastic: false,
  storage: { planes: (k) => k, floatsPerTensor: () => 0, floatsPerChannel: () => 0 },
  packing: { weights: () => 'none', inputs: false },
  onnx: { weights: VALUES, inputs: { form: 'half-wave-grid' } },
  qonnx: { weights: QONNX_VALUES('its grid starts at Δ for every x > 0, which Quant alone does not give'), inputs: (k) => (k === 1 ? { form: 'none', reason: QONNX_ONE_BIT } : { form: 'half-wave-quant' }) },
  pytorch: { name: 'Hwgq' },
  params: {},
};

const pq: QuantizerFacts = {
  id: 'pq',
  label: 'Product quantization (PQ)',
  summary: 'Cuts each row of the kernel into sub-vectors of d weights and clusters them by k-means into 2^k codewords.\nk bits per sub-vector, k/d per weight, plus the codebook; made for post-training quantization (mode=ptq).',
  formula: 'w = [w¹ … wᵐ] per row, wʲ ∈ ℝ^d; q(wʲ) = argmin_{c ∈ C} ‖wʲ − c‖², C = k-means codebook (|C| = 2^k)',
  reference: REFERENCES.vectorQuantization,
  role: 'weight',
  family: 'multi-bit',
  bits: { default: 8, min: 1, max: 8 },
  signLike: false,
  clipLatent: false,
  channelScales: false,
  stochastic: false,
  monotone: false,
  storage: { planes: (k) => k, floatsPerTensor: (k, p) => 2 ** k * p.dim, floatsPerChannel: () => 0, valuesPerCode: (p) => p.dim },
  packing: { weights: () => 'none', inputs: false },
  onnx: VALUES_ONLY,
  qonnx: { weights: QONNX_VALUES('codewords of a sub-vector codebook are no uniform grid'), inputs: QONNX_BATCH_STATISTICS },
  pytorch: { name: 'ProductQuantizer' },
  params: {
    dim: { label: 'Sub-vector length d', doc: 'Consecutive weights along the output channels that share one code (1 is scalar k-means).', default: 4, min: 1, max: 16, integer: true },
  },
};

// LAB is XNOR-Net with a curvature-weighted α; the Bayesian layer stores and exports as stochastic sign does.
const lab: QuantizerFacts = {
  ...xnor,
  id: 'lab',
  label: 'Loss-aware (LAB)',
  summary: 'XNOR-Net with α weighted by Adam\'s second moment D.\nA proximal Newton step; D = 1 is XNOR-Net.',
  formula: 'α·sign(w), α = ‖D⊙w‖₁/‖D‖₁, D = √v̂ + ε',
  reference: REFERENCES.lab,
  needsCurvature: true,
  pytorch: { name: 'Lab' },
};

/** P(w = +1) = σ(θ/τ) of the Bayesian binary layer (facts and operations share it). */
export const bernoulliProbability = (latent: number, params: Record<string, number>) => 1 / (1 + Math.exp(-latent / (params.temperature ?? 0.25)));

const bayesBinary: QuantizerFacts = {
  ...stochasticSign,
  id: 'bayes-binary',
  label: 'Bayesian binary',
  summary: '+1 with learned probability p: drawn in training, the mode at test.\nGradient of the mean; KL to Bernoulli(½) in the loss.',
  formula: 'w ~ ±1, P(+1) = σ(θ/τ); ∂w/∂θ = 2p(1−p)/τ',
  reference: REFERENCES.lrNet,
  role: 'weight',
  asActivation: undefined,
  pytorch: { name: 'BayesBinary' },
  weightPenalty: { coefficient: 'klWeight', formula: 'λ·Σ KL(p ‖ ½)' },
  probabilityView: { label: 'P(w = +1)', probability: bernoulliProbability },
  params: {
    temperature: { label: 'τ', doc: 'p = σ(θ/τ)', default: 0.25, min: 0.01, max: 10 },
    klWeight: { label: 'KL weight', doc: 'λ ≈ 1/examples', default: 0.00001, min: 0, max: 1 },
  },
};

/** What every quantizer is, by id; the operations are in quantizers.ts and fitted.ts. */
export const QUANTIZER_FACTS = {
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
  kmeans,
  lqnet,
  abc,
  affine,
  pact,
  hwgq,
  pq,
  lab,
  'bayes-binary': bayesBinary,
} satisfies Record<QuantizerId, QuantizerFacts>;
