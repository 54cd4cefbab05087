import type { Dataset } from '../data/types';
import type { ExperimentConfig, LayerOverride, QuantChoice } from '../experiment/config';
import { placeLayers } from '../model/architectures';
import { QuantNetwork } from '../model/network';
import { summarizeModel } from '../model/summary';
import { QUANTIZER_FACTS, type QuantizerId } from '../quant/facts';
import { FALLBACK_QUANTIZER, FLOAT_BITS, type LayerBits } from './sensitivity-facts';
import { RunControl, train } from './trainer';

export { DEFAULT_SENSITIVITY_BITS, FALLBACK_QUANTIZER, FLOAT_BITS, type LayerBits } from './sensitivity-facts';

/** Whether a quantizer accepts exactly `bits` (fixed-width quantizers accept only theirs). */
function accepts(id: QuantizerId, bits: number): boolean {
  const { min, max } = QUANTIZER_FACTS[id].bits;
  return bits >= min && bits <= max;
}

/**
 * What a layer runs at `bits`: the config's weight quantizer when it accepts `bits`,
 * else {@link FALLBACK_QUANTIZER}; its input activations likewise, except that
 * activations the config keeps float stay float.
 */
export function choicesAt(config: ExperimentConfig, bits: number): { weight: QuantChoice; activation?: QuantChoice } {
  const pick = (global: QuantChoice): QuantChoice => {
    if (global.quantizer !== 'none' && accepts(global.quantizer, bits)) return { quantizer: global.quantizer, bits, params: { ...global.params } };
    return { quantizer: FALLBACK_QUANTIZER, bits, params: {} };
  };
  return {
    weight: pick(config.quant.weight),
    activation: config.quant.activation.quantizer === 'none' ? undefined : pick(config.quant.activation),
  };
}

/** The per-layer override that runs a layer at `bits` (32: float). */
export function overrideAt(config: ExperimentConfig, bits: LayerBits): LayerOverride {
  if (bits >= FLOAT_BITS) return { keepFloat: true };
  const { weight, activation } = choicesAt(config, bits);
  return activation ? { keepFloat: false, weight, activation } : { keepFloat: false, weight };
}

/**
 * The config with every layer at its bit width in `allocation` (32: float), as per-layer
 * overrides, trained by post-training quantization with `finetuneEpochs` of QAT.
 */
export function allocationConfig(config: ExperimentConfig, allocation: readonly LayerBits[], finetuneEpochs = config.ptq.finetuneEpochs): ExperimentConfig {
  const next = structuredClone(config);
  next.mode = 'ptq';
  next.ptq.finetuneEpochs = finetuneEpochs;
  next.quant.layers = Object.fromEntries(allocation.map((bits, i) => [String(i), overrideAt(config, bits)]));
  return next;
}

/** The config with every tensor float: what PTQ's float phase trains. */
export function floatConfigOf(config: ExperimentConfig): ExperimentConfig {
  const next = structuredClone(config);
  next.mode = 'qat';
  next.quant.weight = { quantizer: 'none', bits: 32, params: {} };
  next.quant.activation = { quantizer: 'none', bits: 32, params: {} };
  next.quant.layers = {};
  next.regularizer = { id: 'none', lambda: 0, params: {} };
  return next;
}

/** Stored bytes and bit operations of each layer when run at `bits` (the model summary's figures). */
export function layerCosts(config: ExperimentConfig, imageShape: [number, number, number], bits: LayerBits): { bytes: number; bops: number }[] {
  const count = placeLayers(config, imageShape).length;
  const summary = summarizeModel(allocationConfig(config, new Array<number>(count).fill(bits)), imageShape);
  return summary.layers.map((l) => ({ bytes: l.bytes, bops: l.bops }));
}

export interface SensitivityCell {
  bits: number;
  /** Test accuracy with only this layer quantized at `bits`. */
  accuracy: number;
  /** Float accuracy minus `accuracy` (points of a fraction: 0.01 = 1%). */
  drop: number;
  /** The quantizers it ran, as `quantizer.bits` (weights, then input activations). */
  weight: string;
  activation?: string;
}

export interface SensitivityLayer {
  index: number;
  name: string;
  cells: SensitivityCell[];
  /** Bytes and BOPs of this layer at each measured bit width and in float (key 32). */
  costs: Record<string, { bytes: number; bops: number }>;
}

export interface SensitivityTable {
  bits: number[];
  /** QAT epochs each cell was fine-tuned for after PTQ (0: PTQ only). */
  finetuneEpochs: number;
  floatAccuracy: number;
  floatEpochs: number;
  trainCount: number;
  testCount: number;
  layers: SensitivityLayer[];
  seconds: number;
}

export interface SensitivityOptions {
  config: ExperimentConfig;
  dataset: Dataset;
  bits: readonly number[];
  /** QAT epochs after each cell's PTQ (default 0). */
  finetuneEpochs?: number;
  control?: RunControl;
  /** The float network's epochs, then every cell as it is measured (`done` of `total`). */
  onFloatEpoch?: (epoch: number, epochs: number, testAccuracy: number) => void;
  onCell?: (layer: number, cell: SensitivityCell, done: number, total: number) => void;
  /** A float network already trained from `config` (kept; the caller disposes it), with its figures. */
  pretrained?: TrainedFloat;
}

/** A float network trained once, with its test accuracy and the data it saw. */
export interface TrainedFloat {
  network: QuantNetwork;
  floatAccuracy: number;
  trainCount: number;
  testCount: number;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Trains the float network of `config` once; the caller disposes it. */
export async function trainFloat(config: ExperimentConfig, dataset: Dataset, options: Pick<SensitivityOptions, 'control' | 'onFloatEpoch'> = {}): Promise<TrainedFloat> {
  const floatConfig = floatConfigOf(config);
  let network: QuantNetwork | undefined;
  let counts = { trainCount: 0, testCount: 0 };
  const result = await train({
    config: floatConfig,
    dataset,
    control: options.control,
    snapshots: false,
    batchEventIntervalMs: Infinity,
    onEvent: (event) => {
      if (event.type === 'start') counts = { trainCount: event.trainCount, testCount: event.testCount };
      if (event.type === 'epoch') options.onFloatEpoch?.(event.epoch, floatConfig.epochs, event.testAccuracy);
    },
    onTrained: (trained) => {
      network = new QuantNetwork(floatConfig, dataset.imageShape, dataset.classNames.length, { floatPhase: true });
      network.copyWeightsFrom(trained);
    },
  });
  if (!network || result.status !== 'finished') {
    (network as QuantNetwork | undefined)?.dispose();
    throw new Error(`the float network did not finish training (${result.status}${result.message ? `: ${result.message}` : ''})`);
  }
  return { network, floatAccuracy: result.testAccuracy, ...counts };
}

/**
 * Accuracy of the float network quantized as `allocation` says (32: float) by PTQ and
 * `finetuneEpochs` of QAT, starting from `pretrained`.
 */
export async function measureAllocation(config: ExperimentConfig, dataset: Dataset, pretrained: QuantNetwork, allocation: readonly LayerBits[], finetuneEpochs: number, control?: RunControl): Promise<number> {
  const result = await train({
    config: allocationConfig(config, allocation, finetuneEpochs),
    dataset,
    pretrained,
    control,
    snapshots: false,
    batchEventIntervalMs: Infinity,
    onEvent: () => {},
  });
  return result.testAccuracy;
}

/**
 * Layer sensitivity: trains the float network once, then for every layer and bit width
 * quantizes that layer alone (the rest float) by PTQ, optionally fine-tunes it with
 * QAT, and measures the test accuracy's drop from float.
 */
export async function runSensitivity(options: SensitivityOptions): Promise<SensitivityTable> {
  const { config, dataset } = options;
  const started = now();
  const finetuneEpochs = options.finetuneEpochs ?? 0;
  const bits = [...options.bits];
  const placed = placeLayers(config, dataset.imageShape);
  const trained = options.pretrained ?? (await trainFloat(config, dataset, options));
  const { network, floatAccuracy, trainCount, testCount } = trained;
  try {
    const costs = [...bits, FLOAT_BITS].map((b) => [b, layerCosts(config, dataset.imageShape, b)] as const);
    const layers: SensitivityLayer[] = placed.map((p, i) => ({
      index: i,
      name: p.spec.name,
      cells: [],
      costs: Object.fromEntries(costs.map(([b, c]) => [String(b), c[i]])),
    }));
    const total = layers.length * bits.length;
    let done = 0;
    for (const layer of layers) {
      for (const b of bits) {
        if (options.control?.cancelled) break;
        const allocation = layers.map((l) => (l.index === layer.index ? b : FLOAT_BITS));
        const accuracy = await measureAllocation(config, dataset, network, allocation, finetuneEpochs, options.control);
        // A cancelled cell measured a half-done run: it is left out.
        if (options.control?.cancelled) break;
        const { weight, activation } = choicesAt(config, b);
        const cell: SensitivityCell = {
          bits: b,
          accuracy,
          drop: floatAccuracy - accuracy,
          weight: `${weight.quantizer}.${weight.bits}`,
          ...(activation ? { activation: `${activation.quantizer}.${activation.bits}` } : {}),
        };
        layer.cells.push(cell);
        options.onCell?.(layer.index, cell, ++done, total);
      }
    }
    return { bits, finetuneEpochs, floatAccuracy, floatEpochs: config.epochs, trainCount, testCount, layers, seconds: (now() - started) / 1000 };
  } finally {
    if (!options.pretrained) network.dispose();
  }
}

/** The table as aligned text: one row per layer, the accuracy drop in points per bit width. */
export function formatSensitivity(table: SensitivityTable): string {
  const header = ['layer', ...table.bits.map((b) => `${b} bit${b > 1 ? 's' : ''}`)];
  const rows = table.layers.map((l) => [
    `${l.index} ${l.name}`,
    ...table.bits.map((b) => {
      const cell = l.cells.find((c) => c.bits === b);
      return cell ? `${(cell.drop * 100).toFixed(2)}` : '–';
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    `accuracy drop from float (${(table.floatAccuracy * 100).toFixed(2)}%) in points, one layer quantized at a time${table.finetuneEpochs ? `, ${table.finetuneEpochs} QAT epoch(s) each` : ', PTQ'}:`,
    line(header),
    ...rows.map(line),
  ].join('\n');
}
