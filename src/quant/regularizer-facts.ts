import { REFERENCES } from './references';
import type { RegularizerFacts, RegularizerId } from './types';


const l2: RegularizerFacts = {
  id: 'l2',
  label: 'L2',
  summary: 'Penalises the squared magnitude of the latent weights.\nThe float baseline: it pulls weights towards 0, not towards levels.',
  formula: 'R(w) = λ·Σ w²,  ∂R/∂w = 2λw',
  reference: REFERENCES.weightDecay,
  needsLevels: false,
  pytorch: { name: 'L2Reg' },
  params: {},
};

const binary: RegularizerFacts = {
  id: 'binary',
  label: 'Binary (bipolar)',
  summary: 'Rewards latent weights for reaching ±1: λ·Σ(1 − w²) is smallest at the clip bounds.\nUse with latent weights clipped to [−1, 1].',
  formula: 'R(w) = λ·Σ (1 − w²),  ∂R/∂w = −2λw',
  reference: REFERENCES.binaryRegularizer,
  needsLevels: false,
  pytorch: { name: 'BinaryReg' },
  params: {},
};

const periodic: RegularizerFacts = {
  id: 'periodic',
  label: 'Periodic (sin²)',
  summary: 'A sin² penalty with zeros on a uniform grid of spacing d through o.\nPulls each weight to its nearest grid point; smooth everywhere.',
  formula: 'R(w) = λ·Σ sin²(π(w − o)/d),  ∂R/∂w = λ(π/d)·sin(2π(w − o)/d)',
  reference: REFERENCES.periodic,
  needsLevels: false,
  pytorch: { name: 'PeriodicReg' },
  params: {
    step: { label: 'Step d', doc: 'Grid spacing (the period of the penalty).', default: 0.25, min: 0.0001, max: 10 },
    offset: { label: 'Offset o', doc: 'A grid point: the penalty is 0 at o + j·d.', default: 0, min: -10, max: 10 },
  },
};

const levelDistance: RegularizerFacts = {
  id: 'level-distance',
  label: 'Level distance',
  summary: 'Squared distance of each weight to the nearest level of the chosen quantizer.\nWorks with any level set; needs the quantizer\'s current levels.',
  formula: 'R(w) = λ·Σ (w − Q(w))²,  ∂R/∂w = 2λ(w − Q(w)),  Q(w) = nearest level',
  reference: REFERENCES.proxQuant,
  needsLevels: true,
  pytorch: { name: 'LevelDistanceReg' },
  params: {},
};

/** What every regularizer is, by id; penalties and gradients are in regularizers.ts. */
export const REGULARIZER_FACTS = {
  l2,
  binary,
  periodic,
  'level-distance': levelDistance,
} satisfies Record<RegularizerId, RegularizerFacts>;
