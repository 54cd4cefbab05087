import { REFERENCES } from './references';
import type { Reference } from './types';

/**
 * DoReFa-Net's gradient quantizer G, a training option (`quant.gradientBits`) rather
 * than a quantizer of the model: the trainer applies it to each gradient before the
 * optimizer step. Facts only; the operation is `quantizeGradient` in gradients.ts.
 */
export interface GradientQuantizationFacts {
  label: string;
  summary: string;
  formula: string;
  reference: Reference;
  /** Widths the config accepts (absent: float32 gradients). */
  bits: { default: number; min: number; max: number };
  /** Where the lab applies it, which differs from the paper; said in the Explain panel. */
  scope: string;
}

export const GRADIENT_QUANTIZATION: GradientQuantizationFacts = {
  label: 'Gradient quantization (DoReFa G)',
  summary:
    'Stochastic k-bit rounding of each gradient, scaled by its max|dr|: unbiased, so SGD still follows the true gradient on average.\nGradients are the hardest tensors to quantize: their range changes from step to step and small values matter.',
  formula: 'dg = 2·max|dr|·(q_k(dr/(2·max|dr|) + ½ + N(k)) − ½), N(k) ~ U(−½, ½)/(2^k − 1), q_k(v) = round((2^k − 1)·v)/(2^k − 1)',
  reference: REFERENCES.dorefa,
  bits: { default: 8, min: 1, max: 16 },
  scope:
    'Applied to every parameter gradient (weights, biases, batch-norm and learned quantizer parameters) before the optimizer step, one max per tensor and a fresh seed per step; DoReFa-Net quantizes the back-propagated error at each layer output, with one max per example.',
};
