/**
 * The tfjs-free part of layer sensitivity and mixed precision, for the page's
 * Sensitivity panel (which loads without tfjs) and the image script.
 */
import type { QuantizerId } from '../quant/types';

/** The bit widths `qlab sensitivity` measures unless told otherwise. */
export const DEFAULT_SENSITIVITY_BITS = [1, 2, 4, 8] as const;

/**
 * The quantizer a layer gets at a bit width its configured quantizer does not accept
 * (or when the config keeps that tensor float and the tensor is weights): affine int-k,
 * the TFLite/PyTorch post-training baseline. It takes 1–8 bits for weights and
 * activations, and as an activation it quantizes the ReLU's output, so apart from
 * rounding the quantized layer computes what the float network does.
 */
export const FALLBACK_QUANTIZER: QuantizerId = 'affine';

/** A layer at one bit width, or kept float (32). */
export type LayerBits = number;
export const FLOAT_BITS = 32;

/** The points no other point beats on both size and accuracy, smallest first. */
export function paretoFront<T extends { accuracy: number }>(points: readonly T[], size: (p: T) => number): T[] {
  const sorted = [...points].sort((a, b) => size(a) - size(b) || b.accuracy - a.accuracy);
  const front: T[] = [];
  for (const p of sorted) if (!front.length || p.accuracy > front[front.length - 1].accuracy) front.push(p);
  return front;
}
