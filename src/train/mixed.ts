import type { Dataset } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { encodeConfig } from '../experiment/url';
import { allocationConfig, FLOAT_BITS, measureAllocation, type LayerBits, type SensitivityTable, type TrainedFloat } from './sensitivity';
import type { RunControl } from './trainer';

/** One choice for one layer: what it costs (bytes or BOPs) and the accuracy it is expected to lose. */
export interface Choice {
  cost: number;
  loss: number;
}

export interface Allocation {
  /** Index of the chosen option of each layer. */
  choices: number[];
  cost: number;
  loss: number;
}

/** Most budget steps of the dynamic programme: its table has layers × (steps + 1) cells. */
export const MAX_STEPS = 1 << 20;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Multiple-choice knapsack by dynamic programming: one option per layer, total cost at
 * most `budget`, least total loss (the layers' losses are taken to add up). With
 * whole-number costs (bytes, BOPs) it counts in units of their greatest common divisor
 * and is exact while the budget spans at most `maxSteps` units; otherwise it counts in
 * budget/maxSteps, each cost rounded up, so an allocation never exceeds the budget but
 * may miss one within that slack. Time O(layers × options × steps).
 *
 * Chosen over a greedy by marginal loss per byte because layer losses are not convex
 * in bits (1 bit can be catastrophic where 2 bits is free), where greedy can be far
 * from optimal; with a handful of layers the exact programme takes milliseconds.
 * Undefined when even the cheapest options exceed the budget.
 */
export function allocate(layers: readonly (readonly Choice[])[], budget: number, maxSteps = MAX_STEPS): Allocation | undefined {
  if (!(budget >= 0) || layers.some((options) => options.length === 0)) return undefined;
  const costs = layers.flatMap((options) => options.map((o) => o.cost));
  const integral = costs.every((c) => Number.isInteger(c) && c >= 0);
  const divisor = integral ? costs.reduce((g, c) => gcd(g, c), 0) || 1 : 1;
  const exact = integral && Math.floor(budget / divisor) <= maxSteps;
  const unit = exact ? divisor : budget / maxSteps;
  const steps = exact ? Math.floor(budget / divisor) : maxSteps;
  const units = (cost: number) => (exact ? cost / divisor : unit === 0 ? (cost > 0 ? Infinity : 0) : Math.ceil(cost / unit - 1e-9));
  // best[c]: least loss of the layers so far with exactly c units spent.
  let best = new Float64Array(steps + 1).fill(Infinity);
  best[0] = 0;
  const picks: Int16Array[] = [];
  for (const options of layers) {
    const next = new Float64Array(steps + 1).fill(Infinity);
    const pick = new Int16Array(steps + 1).fill(-1);
    options.forEach((option, k) => {
      const u = units(option.cost);
      if (u > steps) return;
      for (let c = u; c <= steps; c++) {
        const loss = best[c - u] + option.loss;
        if (loss < next[c]) {
          next[c] = loss;
          pick[c] = k;
        }
      }
    });
    picks.push(pick);
    best = next;
  }
  let end = -1;
  for (let c = 0; c <= steps; c++) if (best[c] < Infinity && (end < 0 || best[c] < best[end] - 1e-12)) end = c;
  if (end < 0) return undefined;
  const choices = new Array<number>(layers.length);
  for (let j = layers.length - 1, c = end; j >= 0; j--) {
    choices[j] = picks[j][c];
    c -= units(layers[j][choices[j]].cost);
  }
  const cost = choices.reduce((a, k, j) => a + layers[j][k].cost, 0);
  const loss = choices.reduce((a, k, j) => a + layers[j][k].loss, 0);
  return { choices, cost, loss };
}

export type BudgetMetric = 'bytes' | 'bops';

/** Each layer's options from a sensitivity table: every measured bit width, and float at no loss. */
export function layerChoices(table: SensitivityTable, metric: BudgetMetric): { bits: LayerBits[]; options: Choice[] }[] {
  return table.layers.map((layer) => {
    const bits = [...layer.cells.map((c) => c.bits), FLOAT_BITS];
    const options = bits.map((b) => ({
      cost: layer.costs[String(b)][metric],
      loss: b === FLOAT_BITS ? 0 : layer.cells.find((c) => c.bits === b)!.drop,
    }));
    return { bits, options };
  });
}

/** Bit widths per layer (32: float) under the budget, with their summed cost and predicted drop. */
export function allocateBits(table: SensitivityTable, metric: BudgetMetric, budget: number): { allocation: LayerBits[]; cost: number; predictedDrop: number } | undefined {
  const layers = layerChoices(table, metric);
  const found = allocate(layers.map((l) => l.options), budget);
  if (!found) return undefined;
  return { allocation: found.choices.map((k, j) => layers[j].bits[k]), cost: found.cost, predictedDrop: found.loss };
}

/** Bytes and BOPs of an allocation from the table's per-layer costs. */
export function allocationCost(table: SensitivityTable, allocation: readonly LayerBits[]): { bytes: number; bops: number } {
  return allocation.reduce(
    (a, b, i) => {
      const c = table.layers[i].costs[String(b)];
      return { bytes: a.bytes + c.bytes, bops: a.bops + c.bops };
    },
    { bytes: 0, bops: 0 },
  );
}

export interface MixedPoint {
  kind: 'float' | 'uniform' | 'searched';
  label: string;
  allocation: LayerBits[];
  bytes: number;
  bops: number;
  /** Test accuracy after PTQ and the fine-tuning epochs. */
  accuracy: number;
  /** Sum of the layers' sensitivity drops (searched points). */
  predictedDrop?: number;
  budget?: number;
  /**
   * Searched points: the most accurate uniform allocation that fits the same budget, and
   * whether this allocation reaches its accuracy.
   */
  comparedWith?: { label: string; accuracy: number; reached: boolean };
  /** Share-link fragment (per-layer overrides in `layers=`). */
  link: string;
}

export interface MixedOptions {
  config: ExperimentConfig;
  dataset: Dataset;
  table: SensitivityTable;
  trained: TrainedFloat;
  metric: BudgetMetric;
  budgets: readonly number[];
  /** QAT epochs after PTQ for every point (uniform and searched alike). */
  finetuneEpochs: number;
  control?: RunControl;
  onPoint?: (point: MixedPoint) => void;
}

const bitsLabel = (b: number) => (b === FLOAT_BITS ? 'float' : `${b}-bit`);

/**
 * Mixed precision: the uniform allocations (every layer at one measured width) and the
 * knapsack's allocation for each budget, each quantized from the same float network and
 * fine-tuned for the same epochs, so they compare on accuracy against size.
 */
export async function runMixed(options: MixedOptions): Promise<{ points: MixedPoint[]; infeasible: number[] }> {
  const { config, dataset, table, trained, metric, finetuneEpochs } = options;
  const count = table.layers.length;
  const points: MixedPoint[] = [];
  const add = (point: MixedPoint) => {
    points.push(point);
    options.onPoint?.(point);
  };
  const link = (allocation: LayerBits[]) => encodeConfig(allocationConfig(config, allocation, finetuneEpochs));
  const floatAllocation = new Array<number>(count).fill(FLOAT_BITS);
  // The float reference gets the same fine-tuning epochs (as float training), so no point
  // is ahead by having trained longer.
  const floatAccuracy = finetuneEpochs > 0 ? await measureAllocation(config, dataset, trained.network, floatAllocation, finetuneEpochs, options.control) : trained.floatAccuracy;
  if (options.control?.cancelled) return { points, infeasible: [] };
  // Labelled with its extra epochs: it is ahead of the sensitivity table's float network by them.
  add({ kind: 'float', label: finetuneEpochs > 0 ? `float, ${finetuneEpochs} more epoch${finetuneEpochs > 1 ? 's' : ''}` : 'float', allocation: floatAllocation, ...allocationCost(table, floatAllocation), accuracy: floatAccuracy, link: link(floatAllocation) });
  const uniform: MixedPoint[] = [];
  for (const b of table.bits) {
    const allocation = new Array<number>(count).fill(b);
    const accuracy = await measureAllocation(config, dataset, trained.network, allocation, finetuneEpochs, options.control);
    if (options.control?.cancelled) return { points, infeasible: [] };
    const point: MixedPoint = { kind: 'uniform', label: `uniform ${bitsLabel(b)}`, allocation, ...allocationCost(table, allocation), accuracy, link: link(allocation) };
    uniform.push(point);
    add(point);
  }
  const infeasible: number[] = [];
  for (const budget of options.budgets) {
    const found = allocateBits(table, metric, budget);
    if (!found) {
      infeasible.push(budget);
      continue;
    }
    const accuracy = await measureAllocation(config, dataset, trained.network, found.allocation, finetuneEpochs, options.control);
    if (options.control?.cancelled) break;
    const rival = uniform.filter((u) => u[metric] <= budget).sort((a, b) => b.accuracy - a.accuracy)[0];
    add({
      kind: 'searched',
      label: `searched ≤ ${budget} ${metric === 'bytes' ? 'B' : 'BOPs'}`,
      allocation: found.allocation,
      ...allocationCost(table, found.allocation),
      accuracy,
      predictedDrop: found.predictedDrop,
      budget,
      ...(rival ? { comparedWith: { label: rival.label, accuracy: rival.accuracy, reached: accuracy >= rival.accuracy } } : {}),
      link: link(found.allocation),
    });
  }
  return { points, infeasible };
}

/** The allocation as one line per layer: `dense1 4-bit, dense2 2-bit, dense3 float`. */
export function formatAllocation(table: SensitivityTable, allocation: readonly LayerBits[]): string {
  return allocation.map((b, i) => `${table.layers[i].name} ${bitsLabel(b)}`).join(', ');
}

export { paretoFront } from './sensitivity-facts';
