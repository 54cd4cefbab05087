import { REFERENCES } from './references';
import type { EstimatorFacts, EstimatorId } from './types';


const ste: EstimatorFacts = {
  id: 'ste',
  label: 'Straight-through (STE)',
  summary: 'Treats the sign or rounding step as the identity in the backward pass.\nThe simplest estimator and the usual baseline.',
  formula: '∂q/∂x = 1',
  reference: REFERENCES.ste,
  family: 'any',
  followsProgress: false,
  pytorch: { name: 'Ste' },
  params: {},
};

const clippedSte: EstimatorFacts = {
  id: 'clipped-ste',
  label: 'Clipped STE',
  summary: 'Passes the gradient where |x| ≤ c and cancels it outside (the derivative of hard tanh).\nStops latent weights from drifting far past the levels.',
  formula: '∂q/∂x = 1 if |x| ≤ c, else 0',
  reference: REFERENCES.bnn,
  family: 'any',
  followsProgress: false,
  pytorch: { name: 'ClippedSte' },
  params: {},
};

const approxSign: EstimatorFacts = {
  id: 'approx-sign',
  label: 'ApproxSign (Bi-Real)',
  summary: 'Derivative of a piecewise quadratic that fits sign more closely than hard tanh.\nLargest at 0, falling linearly to 0 at |x| = 1.',
  formula: '∂q/∂x = 2 − 2|x| if |x| < 1, else 0',
  reference: REFERENCES.biReal,
  family: 'sign',
  followsProgress: false,
  pytorch: { name: 'ApproxSign' },
  params: {},
};

const ede: EstimatorFacts = {
  id: 'ede',
  label: 'Error decay (IR-Net EDE)',
  summary: 'Derivative of k·tanh(t·x) with t growing from 0.1 to 10 over training.\nUpdates everything early, then concentrates on weights near 0.',
  formula: '∂q/∂x = k·t·(1 − tanh²(t·x)), t = 0.1·10^(2·progress), k = max(1/t, 1)',
  reference: REFERENCES.irNet,
  family: 'sign',
  followsProgress: true,
  pytorch: { name: 'Ede' },
  params: {
    progress: { label: 'Training progress', doc: 'Fraction of training done, in [0, 1]; the trainer sets it every step.', default: 0, min: 0, max: 1 },
  },
};

const swishSign: EstimatorFacts = {
  id: 'swish-sign',
  label: 'SwishSign (BNN+)',
  summary: 'Derivative of a swish-shaped approximation of sign, peaking at 0 with value β.\nBeyond |x| ≈ 2.4/β it turns slightly negative, reversing the update there.',
  formula: '∂q/∂x = β·(2 − β·x·tanh(β·x/2)) / (1 + cosh(β·x))',
  reference: REFERENCES.bnnPlus,
  family: 'sign',
  followsProgress: false,
  pytorch: { name: 'SwishSign' },
  params: {
    beta: { label: 'β', doc: 'Sharpness: larger β approaches sign more closely (the peak derivative, at 0, is β).', default: 5, min: 0.1, max: 50 },
  },
};

const relu: EstimatorFacts = {
  id: 'relu',
  label: 'ReLU',
  summary: 'The derivative of ReLU: passes positive inputs, whatever their size.\nHWGQ\'s simplest backward approximation.',
  formula: '∂q/∂x = 1 if x > 0, else 0',
  reference: REFERENCES.hwgq,
  family: 'half-wave',
  followsProgress: false,
  pytorch: { name: 'Relu' },
  params: {},
};

const clippedRelu: EstimatorFacts = {
  id: 'clipped-relu',
  label: 'Clipped ReLU',
  summary: 'Passes the gradient only where 0 < x ≤ q_m, the top level.\nNo updates for outliers the quantizer clips anyway.',
  formula: '∂q/∂x = 1 if 0 < x ≤ q_m, else 0',
  reference: REFERENCES.hwgq,
  family: 'half-wave',
  followsProgress: false,
  pytorch: { name: 'ClippedRelu' },
  params: {},
};

const logTailedRelu: EstimatorFacts = {
  id: 'log-tailed-relu',
  label: 'Log-tailed ReLU',
  summary: 'Like clipped ReLU, but above q_m the gradient decays as 1/(x − τ) instead of vanishing.\nOutliers still learn, more slowly the further out they are.',
  formula: '∂q/∂x = 0 if x ≤ 0; 1 if x ≤ q_m; 1/(x − τ) if x > q_m (τ the level below q_m)',
  reference: REFERENCES.hwgq,
  family: 'half-wave',
  followsProgress: false,
  pytorch: { name: 'LogTailedRelu' },
  params: {},
};

/** What every gradient estimator is, by id; the derivatives are in estimators.ts. */
export const ESTIMATOR_FACTS = {
  ste,
  'clipped-ste': clippedSte,
  'approx-sign': approxSign,
  ede,
  'swish-sign': swishSign,
  relu,
  'clipped-relu': clippedRelu,
  'log-tailed-relu': logTailedRelu,
} satisfies Record<EstimatorId, EstimatorFacts>;
