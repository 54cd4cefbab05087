import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmbeddedMnistNode } from '../data/node-loaders';
import type { Dataset } from '../data/types';
import { defaultConfig } from '../experiment/defaults';
import { resolveAllLayers } from '../experiment/resolve';
import { initBackend } from './backend';
import { allocationConfig, choicesAt, FALLBACK_QUANTIZER, formatSensitivity, runSensitivity } from './sensitivity';

let mnist: Dataset;

beforeAll(async () => {
  await initBackend('wasm');
  mnist = await loadEmbeddedMnistNode();
});

describe('the quantizer a layer runs at b bits', () => {
  it("is the config's when it accepts b, else the fallback; float activations stay float", () => {
    const config = defaultConfig(); // xnor (1 bit only) weights, sign activations
    expect(choicesAt(config, 1).weight.quantizer).toBe(config.quant.weight.quantizer);
    expect(choicesAt(config, 4).weight.quantizer).toBe(FALLBACK_QUANTIZER);
    expect(choicesAt(config, 4).activation?.quantizer).toBe(FALLBACK_QUANTIZER);
    config.quant.activation = { quantizer: 'none', bits: 32, params: {} };
    expect(choicesAt(config, 4).activation).toBeUndefined();
  });

  it('an allocation overrides every layer, first and last included, and 32 keeps a layer float', () => {
    const config = defaultConfig();
    const layers = resolveAllLayers(allocationConfig(config, [2, 32, 8]), 3);
    expect(layers.map((l) => l.keepFloat)).toEqual([false, true, false]);
    expect(layers[0].weight.bits).toBe(2);
    expect(layers[2].weight.bits).toBe(8);
  });
});

describe('layer sensitivity on a short run', () => {
  it('mlp, 500 training / 300 test images, 1 epoch: a row per layer, a cell per bit width, 8-bit drops far below 1-bit drops', async () => {
    const config = defaultConfig();
    config.quant.weight = { quantizer: 'affine', bits: 8, params: {} };
    config.quant.activation = { quantizer: 'affine', bits: 8, params: {} };
    config.dataset.trainLimit = 500;
    config.dataset.testLimit = 300;
    config.epochs = 1;
    const seen: number[] = [];
    const table = await runSensitivity({ config, dataset: mnist, bits: [1, 8], onCell: (_, __, done) => seen.push(done) });
    expect(table.layers.map((l) => l.name)).toEqual(['dense1', 'dense2', 'dense3']);
    expect(table.layers.every((l) => l.cells.map((c) => c.bits).join() === '1,8')).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(table.floatAccuracy).toBeGreaterThan(0.5);
    const drop = (bits: number) => table.layers.map((l) => l.cells.find((c) => c.bits === bits)!.drop);
    for (const d of drop(8)) expect(Math.abs(d)).toBeLessThan(0.03);
    expect(Math.max(...drop(1))).toBeGreaterThan(0.1);
    expect(table.layers[0].costs['8'].bytes).toBeLessThan(table.layers[0].costs['32'].bytes);
    expect(formatSensitivity(table)).toContain('dense2');
  }, 300_000);
});
