import { beforeAll, describe, expect, it } from 'vitest';
import { loadEmbeddedMnistNode } from '../data/node-loaders';
import type { Dataset } from '../data/types';
import type { ExperimentConfig } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import { decodeConfig } from '../experiment/url';
import { packModel } from '../kernels/format';
import { initBackend } from '../train/backend';
import { train } from '../train/trainer';
import { placeLayers } from './architectures';
import { toDeploySpec } from './deploy';
import { QuantNetwork } from './network';
import { summarizeModel } from './summary';
import { networkShapeOf } from './weights-file';

let mnist: Dataset;
beforeAll(async () => {
  await initBackend('wasm');
  mnist = await loadEmbeddedMnistNode();
});

const linked = (fragment: string): ExperimentConfig => {
  const decoded = decodeConfig(fragment);
  expect(decoded.notices).toEqual([]);
  return decoded.config;
};

describe('networks of the configured widths', () => {
  it('places the layers: units replace the hidden dense layers, filters the convolutions, pooling kept', () => {
    const lfc = placeLayers(linked('v=1&units=1024,1024,1024'), [28, 28, 1]);
    expect(lfc.map((l) => [l.spec.name, ...l.weightShape])).toEqual([['dense1', 784, 1024], ['dense2', 1024, 1024], ['dense3', 1024, 1024], ['dense4', 1024, 10]]);
    const cnn = placeLayers(linked('v=1&arch=cnn-small&filters=8,16&units=40,24'), [28, 28, 1]);
    expect(cnn.map((l) => l.weightShape)).toEqual([[3, 3, 1, 8], [3, 3, 8, 16], [7 * 7 * 16, 40], [40, 24], [24, 10]]);
    expect(cnn.map((l) => l.outputShape)).toEqual([[14, 14, 8], [7, 7, 16], [40], [24], [10]]);
    expect(cnn.map((l) => l.flattenBefore)).toEqual([false, false, true, false, false]);
  });

  it('summarizes a changed shape: params, bytes and MACs as counted by hand', () => {
    // 784-40-18-10: dense1 float (first), dense2 XNOR weights and sign inputs, dense3 float (last).
    const { layers, total } = summarizeModel(linked('v=1&units=40,18'), [28, 28, 1]);
    expect(layers.map((l) => l.shape)).toEqual(['784×40', '40×18', '18×10']);
    // Weights plus batch norm's γ and β; stored as float32 weights plus γ, β, mean and variance.
    expect(layers[0]).toMatchObject({ params: 784 * 40 + 2 * 40, bytes: 4 * (784 * 40 + 4 * 40), macs: 784 * 40 });
    // 720 one-bit weights fill 23 32-bit words (92 bytes), then α and batch norm per channel.
    expect(layers[1]).toMatchObject({ params: 720 + 2 * 18, bytes: 92 + 4 * 18 + 16 * 18, macs: 720, bops: 720 });
    // The classifier has a bias and no batch norm.
    expect(layers[2]).toMatchObject({ params: 180 + 10, bytes: 4 * 190, macs: 180, bops: 180 * 32 * 32 });
    expect(total.params).toBe(31440 + 756 + 190);
    expect(total.bytes).toBe(126080 + 452 + 760);
  });

  it('the summary’s bytes are the packed file’s for widths that are not multiples of 32', () => {
    const config = linked('v=1&arch=cnn-small&filters=12,20&units=40');
    const network = new QuantNetwork(config, [28, 28, 1], 10);
    const deployed = toDeploySpec(network);
    if (!deployed.ok) throw new Error(deployed.reason);
    const file = packModel(deployed.spec);
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    const header = JSON.parse(new TextDecoder().decode(file.subarray(16, 16 + view.getUint32(8, true)))) as { layers: Array<{ sections: Record<string, [number, number]> }> };
    const packed = header.layers.map((l) => Object.values(l.sections).reduce((sum, [, length]) => sum + length, 0));
    expect(packed).toEqual(summarizeModel(config, [28, 28, 1]).layers.map((l) => l.bytes));
    network.dispose();
  });

  it('a weights file of one width does not fit another; unchanged widths keep the old shape text', () => {
    const plain = defaultConfig();
    expect(networkShapeOf(plain)).toBe(JSON.stringify({ dataset: 'mnist', architecture: 'mlp', batchNorm: true, quant: plain.quant }));
    expect(networkShapeOf(linked('v=1&units=64'))).not.toBe(networkShapeOf(plain));
  });

  it.each([
    ['mlp with units=64', 'v=1&units=64&ntrain=300&ntest=200&epochs=1&bs=32', ['784×64', '64×10']],
    ['cnn-small with filters=8,16', 'v=1&arch=cnn-small&filters=8,16&ntrain=300&ntest=200&epochs=1&bs=32', ['3×3×1×8', '3×3×8×16', '784×128', '128×10']],
  ])('trains %s on a few hundred images', async (_label, fragment, shapes) => {
    const config = linked(fragment);
    let seen: string[] = [];
    const result = await train({
      config,
      dataset: mnist,
      snapshotIntervalMs: Infinity,
      onEvent: () => {},
      onTrained: (network) => {
        seen = network.layers.map((l) => l.kernel.shape.join('×'));
      },
    });
    expect(seen).toEqual(shapes);
    expect(result.testAccuracy).toBeGreaterThan(0.3); // chance is 0.1
  }, 120_000);
});
