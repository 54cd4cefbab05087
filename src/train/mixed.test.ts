import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmbeddedMnistNode } from '../data/node-loaders';
import type { Dataset } from '../data/types';
import { defaultConfig } from '../experiment/defaults';
import { decodeConfig } from '../experiment/url';
import { initBackend } from './backend';
import { allocate, allocateBits, runMixed, type Choice } from './mixed';
import { runSensitivity, trainFloat, type SensitivityTable } from './sensitivity';

/** Every combination of one option per layer: the optimum by exhaustion. */
function bruteForce(layers: Choice[][], budget: number): number | undefined {
  let best: number | undefined;
  const walk = (j: number, cost: number, loss: number) => {
    if (cost > budget) return;
    if (j === layers.length) {
      if (best === undefined || loss < best) best = loss;
      return;
    }
    for (const o of layers[j]) walk(j + 1, cost + o.cost, loss + o.loss);
  };
  walk(0, 0, 0);
  return best;
}

describe('the multiple-choice knapsack', () => {
  it('finds the known optimum of a hand-made table where greedy upgrades by loss per byte do not', () => {
    // Layer A gains little from 2 bits and everything from 4; layer B is cheap to fix.
    const a = [{ cost: 1, loss: 0.3 }, { cost: 2, loss: 0.29 }, { cost: 4, loss: 0 }];
    const b = [{ cost: 1, loss: 0.2 }, { cost: 3, loss: 0 }];
    // Greedy from the cheapest: B's upgrade (0.1 per byte) beats A's next step (0.01),
    // then A to 2 bits: cost 5, loss 0.29. The optimum spends the bytes on A: loss 0.2.
    const found = allocate([a, b], 5)!;
    expect(found.choices).toEqual([2, 0]);
    expect(found.cost).toBe(5);
    expect(found.loss).toBeCloseTo(0.2);
    expect(allocate([a, b], 7)!.choices).toEqual([2, 1]);
    expect(allocate([a, b], 1)).toBeUndefined();
  });

  it('a budget equal to the size of a uniform width admits that width (whole bytes are counted exactly)', () => {
    // The mlp's stored bytes at 1, 2 and 4 bits; 2 bits everywhere costs exactly 79608.
    const bytes = [[31232, 56320, 106496], [14336, 22528, 38912], [440, 760, 1400]];
    const losses = [[0.51, 0.0045, 0], [0.7, 0.006, 0.001], [0.8, 0.002, 0.0003]];
    const layers = bytes.map((row, j) => row.map((cost, k) => ({ cost, loss: losses[j][k] })));
    const found = allocate(layers, 79608)!;
    expect(found.choices).toEqual([1, 1, 1]);
    expect(found.cost).toBe(79608);
  });

  it('matches brute force on small whole-number tables and never exceeds the budget', () => {
    const choice = fc.record({ cost: fc.integer({ min: 0, max: 40 }), loss: fc.double({ min: -0.1, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(fc.array(choice, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 120 }), (layers, budget) => {
        const found = allocate(layers, budget);
        const optimum = bruteForce(layers, budget);
        if (optimum === undefined) return found === undefined;
        return found !== undefined && found.cost <= budget && Math.abs(found.loss - optimum) < 1e-9;
      }),
      { numRuns: 300 },
    );
  });

  it('never exceeds a budget far larger than its resolution, and stays within the slack of the optimum', () => {
    const choice = fc.record({ cost: fc.double({ min: 0, max: 1e6, noNaN: true }), loss: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(fc.array(choice, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), fc.double({ min: 1, max: 3e6, noNaN: true }), (layers, budget) => {
        const found = allocate(layers, budget, 256);
        if (found) return found.cost <= budget * (1 + 1e-12);
        // Rounding costs up may only refuse budgets within a few units of the cheapest allocation.
        const cheapest = layers.reduce((a, options) => a + Math.min(...options.map((o) => o.cost)), 0);
        return cheapest > budget - (layers.length * budget) / 256;
      }),
      { numRuns: 300 },
    );
  });
});

describe('mixed precision on a short run', () => {
  let mnist: Dataset;
  beforeAll(async () => {
    await initBackend('wasm');
    mnist = await loadEmbeddedMnistNode();
  });

  it('mlp, 500/300 images: allocations fit their budgets, links carry the per-layer overrides, uniform points are measured', async () => {
    const config = defaultConfig();
    config.quant.weight = { quantizer: 'affine', bits: 8, params: {} };
    config.quant.activation = { quantizer: 'affine', bits: 8, params: {} };
    config.dataset.trainLimit = 500;
    config.dataset.testLimit = 300;
    config.epochs = 1;
    const trained = await trainFloat(config, mnist);
    try {
      const table: SensitivityTable = await runSensitivity({ config, dataset: mnist, bits: [1, 4], pretrained: trained });
      const uniform4 = table.layers.reduce((a, l) => a + l.costs['4'].bytes, 0);
      expect(allocateBits(table, 'bytes', uniform4)!.cost).toBeLessThanOrEqual(uniform4);
      const { points, infeasible } = await runMixed({ config, dataset: mnist, table, trained, metric: 'bytes', budgets: [uniform4, 10], finetuneEpochs: 0 });
      expect(infeasible).toEqual([10]);
      expect(points.map((p) => p.kind)).toEqual(['float', 'uniform', 'uniform', 'searched']);
      const searched = points[3];
      expect(searched.bytes).toBeLessThanOrEqual(uniform4);
      expect(searched.comparedWith?.label).toBe('uniform 4-bit');
      const decoded = decodeConfig(searched.link);
      expect(decoded.notices).toEqual([]);
      expect(Object.keys(decoded.config.quant.layers)).toEqual(['0', '1', '2']);
      expect(searched.link).toContain('layers=');
    } finally {
      trained.network.dispose();
    }
  }, 300_000);
});
