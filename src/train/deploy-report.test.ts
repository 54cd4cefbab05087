import { beforeAll, describe, expect, it } from 'vitest';
import type { Split } from '../data/types';
import { defaultConfig } from '../experiment/defaults';
import { createBinaryEngine } from '../kernels/engine';
import { toDeploySpec } from '../model/deploy';
import { QuantNetwork } from '../model/network';
import { initBackend } from './backend';
import { compareDeployment, DeployCancelled } from './deploy-report';
import { mulberry32 } from '../data/random';

beforeAll(async () => {
  await initBackend('wasm');
});

/** An untrained binary mlp's deploy spec and a split of random images. */
function fixture(count: number) {
  const network = new QuantNetwork(defaultConfig(), [28, 28, 1], 10);
  const result = toDeploySpec(network);
  network.dispose();
  if (!result.ok) throw new Error(result.reason);
  const random = mulberry32(7);
  const split: Split = {
    images: Uint8Array.from({ length: count * 784 }, () => Math.floor(random() * 256)),
    labels: Uint8Array.from({ length: count }, () => Math.floor(random() * 10)),
    count,
  };
  return { spec: result.spec, binaryLayers: result.binaryLayers, split };
}

describe('compareDeployment', () => {
  it('runs every image through both sides in batches and agrees', async () => {
    const { spec, split } = fixture(70);
    const engine = await createBinaryEngine({ preferWebGPU: false });
    const progress: number[] = [];
    const report = await compareDeployment(spec, { split, count: 70, imageShape: [28, 28, 1], batchSize: 32, engine, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([32, 64, 70]);
    expect(report.batches).toBe(3);
    expect(report.testCount).toBe(70);
    expect(report.engine.kind).toBe('js');
    expect(report.engine.fallbackReason).toMatch(/preferWebGPU: false/);
    expect(report.mismatches).toBe(0);
    expect(report.binary.correct).toBe(report.float.correct);
    expect(report.maxLogitDifference).toBeLessThan(1e-3);
    expect(report.float.msPerBatch).toBeGreaterThan(0);
    expect(report.binary.msPerBatch).toBeGreaterThan(0);
    expect(report.size.packed).toBeLessThan(report.size.float32);
    expect(report.size.weightsFloat32 / report.size.weightsPacked).toBe(32);
    expect(report.binaryLayers).toBe(1);
    expect(report.layerTimings.map((l) => [l.name, l.mode])).toEqual([
      ['dense1', 'float'],
      ['dense2', 'packed'],
      ['dense3', 'float'],
    ]);
    for (const l of report.layerTimings) expect(l.floatMs).toBeGreaterThan(0);
    // The JavaScript path runs the network as one step.
    expect(report.layerTimings.every((l) => l.engineMs === undefined)).toBe(true);
    engine.dispose();
  });

  it('counts a requested size past the split as the split, and stops when asked', async () => {
    const { spec, split } = fixture(10);
    const engine = await createBinaryEngine({ preferWebGPU: false });
    const report = await compareDeployment(spec, { split, count: 1000, imageShape: [28, 28, 1], batchSize: 256, engine });
    expect(report.testCount).toBe(10);
    expect(report.batchSize).toBe(10);
    let batches = 0;
    await expect(
      compareDeployment(spec, { split, count: 10, imageShape: [28, 28, 1], batchSize: 2, engine, onProgress: () => batches++, cancelled: () => batches >= 2 }),
    ).rejects.toBeInstanceOf(DeployCancelled);
    expect(batches).toBe(2);
    await expect(compareDeployment(spec, { split: { ...split, count: 0 }, count: 10, imageShape: [28, 28, 1], batchSize: 2, engine })).rejects.toThrow(/empty/);
    engine.dispose();
  });
});
