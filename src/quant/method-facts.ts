import { REFERENCES } from './references';
import type { ParamSpec, TrainingMethodFacts, TrainingMethodId } from './types';

const stages: ParamSpec = {
  label: 'Stages',
  doc: 'Quantization steps of the schedule: after stage s a share 1 − 2^−s of the weights is frozen (INQ\'s 50%, 75%, 87.5%, …), all of them after the last.',
  default: 4,
  min: 1,
  max: 10,
  integer: true,
};

const standard: TrainingMethodFacts = {
  id: 'standard',
  label: 'Standard (every step)',
  summary: 'Every weight is quantized in every forward pass from the first step (quantization-aware training).\nThe latent weights train through the estimator.',
  formula: 'W ← W − η·∇_W L(Q(W))',
  reference: REFERENCES.bnn,
  latentForward: false,
  needsWeightLevels: false,
  params: {},
};

const slq: TrainingMethodFacts = {
  id: 'slq',
  label: 'SLQ (incremental, by cluster loss)',
  summary: 'Clusters each layer\'s weights by their nearest level; clusters with the lowest quantization loss are quantized and frozen, the rest retrain in float.\nThe frozen share grows stage by stage until every weight is on a level.',
  formula: 'cluster c = {i : Q(w_i) = l_c};  loss_c = mean_{i∈c} (w_i − l_c)²;  freeze lowest loss_c until |frozen| ≥ (1 − 2^−s)·n;  w_i ← l_c, frozen',
  reference: REFERENCES.slq,
  latentForward: true,
  needsWeightLevels: true,
  schedule: { grouping: 'cluster-loss', layerwise: false },
  params: { stages },
};

const mlq: TrainingMethodFacts = {
  id: 'mlq',
  label: 'MLQ (incremental, layer by layer)',
  summary: 'SLQ applied to one layer at a time: a layer goes through all its stages before the next layer starts.\nLater layers retrain to make up for the earlier layers\' quantization.',
  formula: 'for layer ℓ = 1…L: for stage s = 1…S: SLQ stage s on layer ℓ',
  reference: REFERENCES.slq,
  latentForward: true,
  needsWeightLevels: true,
  schedule: { grouping: 'cluster-loss', layerwise: true },
  params: { stages },
};

const eslq: TrainingMethodFacts = {
  id: 'eslq',
  label: 'ESLQ (SLQ, power-of-two centres)',
  summary: 'SLQ with cluster centres that are powers of two (and 0), so a multiplication becomes a shift.\nNeeds the power-of-two (log2) weight quantizer, whose levels are the centres.',
  formula: 'as SLQ with l_c ∈ {0} ∪ {±2^e : e_min ≤ e ≤ e_max}',
  reference: REFERENCES.slq,
  latentForward: true,
  needsWeightLevels: true,
  weightQuantizer: 'log2',
  schedule: { grouping: 'cluster-loss', layerwise: false },
  params: { stages },
};

const inq: TrainingMethodFacts = {
  id: 'inq',
  label: 'INQ (incremental, by magnitude)',
  summary: 'Quantizes and freezes the largest-magnitude weights first, retraining the rest, with a growing share per stage.\nThe paper uses powers of two (the log2 weight quantizer); here any quantizer\'s levels.',
  formula: 'stage s: freeze the (1 − 2^−s)·n largest |w_i|;  w_i ← Q(w_i);  retrain the others',
  reference: REFERENCES.inq,
  latentForward: true,
  needsWeightLevels: true,
  schedule: { grouping: 'magnitude', layerwise: false },
  params: { stages },
};

const admm: TrainingMethodFacts = {
  id: 'admm',
  label: 'ADMM (Leng et al.)',
  summary: 'Splits min L(W) + I_levels(G) s.t. W = G: gradient steps on W with the penalty ρ/2‖W − G + λ‖², G the projection of W + λ onto the levels, λ the scaled dual.\nThe trained weights are G.',
  formula: 'W ← W − η∇[L(W) + ρ/2‖W − G + λ‖²];  G ← Π_levels(W + λ);  λ ← λ + W − G',
  reference: REFERENCES.admm,
  latentForward: true,
  needsWeightLevels: true,
  params: {
    rho: { label: 'Penalty ρ', doc: 'Weight of ρ/2‖W − G + λ‖² in the loss (summed over the weights).', default: 0.05, min: 0.000001, max: 100 },
    every: { label: 'Update interval', doc: 'Steps between two updates of G and λ.', default: 10, min: 1, max: 10000, integer: true },
  },
};

const bsq: TrainingMethodFacts = {
  id: 'bsq',
  label: 'BSQ (bit-level sparsity)',
  summary: 'Each quantized layer\'s weights are signed sums of bit planes that train in place of the kernel, with a group-Lasso penalty per plane.\nPlanes driven to zero at either end are dropped, so layers lose bits during training and end with mixed precision.',
  formula: 'w = s·round(Σ_b 2^b·(P_b − N_b))/(2^n − 1);  L = CE + λ·Σ_ℓ (|W_ℓ|·n_ℓ/Σ|W|)·Σ_b √(‖P_b‖² + ‖N_b‖²);  every k steps: re-quantize, drop all-zero end planes',
  reference: REFERENCES.bsq,
  latentForward: true,
  needsWeightLevels: false,
  ownGrid: true,
  layerMetric: { prefix: 'bits', label: 'Bits per layer' },
  params: {
    bits: { label: 'Initial bits', doc: 'Bit planes n each layer starts with; the penalty removes planes from there.', default: 8, min: 2, max: 16, integer: true },
    lambda: { label: 'Group-Lasso λ', doc: 'Weight of the bit planes\' group-Lasso penalty; larger drops more bits.', default: 0.005, min: 0, max: 100 },
    every: { label: 'Re-quantize interval', doc: 'Steps between two re-quantizations, where planes are rounded to bits and empty end planes dropped.', default: 100, min: 1, max: 100000, integer: true },
  },
};

/** What every training method is, by id; its hooks are in methods.ts. */
export const TRAINING_METHOD_FACTS = {
  standard,
  slq,
  mlq,
  eslq,
  inq,
  admm,
  bsq,
} satisfies Record<TrainingMethodId, TrainingMethodFacts>;
