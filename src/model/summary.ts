import type { ExperimentConfig, QuantChoice } from '../experiment/config';
import { resolveAllLayers } from '../experiment/resolve';
import { learnedValueCount, storedBits, storedWeightBytes } from '../quant/facts';
import { placeLayers } from './architectures';

/** One row of the model summary. */
export interface LayerSummary {
  name: string;
  kind: 'dense' | 'conv2d';
  /** e.g. "3×3×32×64" or "784×256". */
  shape: string;
  weightQuantizer: string;
  activationQuantizer: string;
  /** Bits per stored weight (32 for float). */
  weightBits: number;
  /** Bits per input activation (32 for float). */
  activationBits: number;
  /** Trainable parameters: weights, bias or batch-norm scale and shift, learned quantizer parameters. */
  params: number;
  /**
   * Stored bytes, laid out as the packed model file (`src/kernels/format.ts`) stores
   * them: float32 weights, or bit planes in 32-bit words plus the quantizer's float32
   * scales; then the bias, or batch norm's four float32 vectors, per output channel.
   */
  bytes: number;
  /** The same layer stored in float32. */
  float32Bytes: number;
  /** float32Bytes / bytes. */
  compression: number;
  /** Multiply-accumulates per example. */
  macs: number;
  /** Bit operations per example: MACs × weight bits × activation bits. */
  bops: number;
}

export interface ModelSummary {
  layers: LayerSummary[];
  total: Omit<LayerSummary, 'name' | 'kind' | 'shape' | 'weightQuantizer' | 'activationQuantizer' | 'weightBits' | 'activationBits'>;
}

/**
 * Per-layer and total parameters, bits, memory, compression against float32, MACs and
 * BOPs of a configured network on images of `imageShape`.
 */
export function summarizeModel(config: ExperimentConfig, imageShape: [number, number, number]): ModelSummary {
  const placed = placeLayers(config, imageShape);
  const quants = resolveAllLayers(config, placed.length, false);
  const layers = placed.map((p, i): LayerSummary => {
    const q = quants[i];
    const weights = p.weightShape.reduce((a, b) => a * b, 1);
    const channels = p.weightShape[p.weightShape.length - 1];
    const withBatchNorm = config.batchNorm && i < placed.length - 1;
    // Batch norm trains γ and β and stores them with the moving mean and variance.
    const trainedPerChannel = withBatchNorm ? 2 * channels : channels;
    const storedPerChannel = withBatchNorm ? 4 * channels : channels;
    const learned = learnedValueCount(q.weight) + learnedValueCount(q.activation);
    const weightBits = storedBits(q.weight);
    const activationBits = storedBits(q.activation);
    const bytes = storedWeightBytes(q.weight, weights, channels) + 4 * storedPerChannel;
    const float32Bytes = 4 * (weights + storedPerChannel);
    return {
      name: p.spec.name,
      kind: p.spec.kind,
      shape: p.weightShape.join('×'),
      weightQuantizer: q.weight.quantizer,
      activationQuantizer: q.activation.quantizer,
      weightBits,
      activationBits,
      params: weights + trainedPerChannel + learned,
      bytes,
      float32Bytes,
      compression: float32Bytes / bytes,
      macs: p.macs,
      bops: p.macs * weightBits * activationBits,
    };
  });
  const sum = (key: 'params' | 'bytes' | 'float32Bytes' | 'macs' | 'bops') => layers.reduce((a, l) => a + l[key], 0);
  const total = { params: sum('params'), bytes: sum('bytes'), float32Bytes: sum('float32Bytes'), macs: sum('macs'), bops: sum('bops'), compression: 0 };
  total.compression = total.float32Bytes / total.bytes;
  return { layers, total };
}

/** Bits per value as shown: whole numbers as they are, fractions (PQ's k/d) to two decimals. */
export const formatBits = (bits: number) => (Number.isInteger(bits) ? String(bits) : bits.toFixed(2));

/** The summary as an aligned text table (the CLI prints it). */
export function formatSummary(summary: ModelSummary): string {
  const header = ['layer', 'shape', 'W quant', 'A quant', 'W bits', 'A bits', 'params', 'bytes', 'compr.', 'MACs', 'BOPs'];
  const rows = summary.layers.map((l) => [
    l.name, l.shape, l.weightQuantizer, l.activationQuantizer, formatBits(l.weightBits), formatBits(l.activationBits),
    String(l.params), String(l.bytes), `${l.compression.toFixed(1)}×`, String(l.macs), String(l.bops),
  ]);
  const t = summary.total;
  rows.push(['total', '', '', '', '', '', String(t.params), String(t.bytes), `${t.compression.toFixed(1)}×`, String(t.macs), String(t.bops)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
