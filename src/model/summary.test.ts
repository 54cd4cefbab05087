import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHITECTURE_IDS, type ExperimentConfig } from '../experiment/config';
import { defaultConfig } from '../experiment/defaults';
import { packModel } from '../kernels/format';
import { QUANTIZER_FACTS, QUANTIZER_IDS } from '../quant/facts';
import { initBackend } from '../train/backend';
import { toDeploySpec } from './deploy';
import { QuantNetwork } from './network';
import { summarizeModel } from './summary';

beforeAll(async () => {
  await initBackend('cpu');
});

const SHAPES = { mlp: [28, 28, 1], 'cnn-small': [28, 28, 1], 'cnn-cifar': [32, 32, 3] } as const;

/** Bytes of each layer's sections in a packed model file, read from its JSON header. */
function sectionBytesPerLayer(file: Uint8Array): number[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(16, 16 + view.getUint32(8, true)))) as {
    layers: Array<{ sections: Record<string, [number, number]> }>;
  };
  return header.layers.map((l) => Object.values(l.sections).reduce((sum, [, length]) => sum + length, 0));
}

/** Every (quantizer, bits) whose weights the engine packs. */
const PACKABLE = QUANTIZER_IDS.flatMap((id) => {
  const { bits, packing } = QUANTIZER_FACTS[id];
  return Array.from({ length: bits.max - bits.min + 1 }, (_, i) => bits.min + i)
    .filter((k) => packing.weights(k) !== 'none')
    .map((k) => [id, k] as const);
});

describe('the summary’s stored bytes are what the packed file stores', () => {
  it('covers every packable quantizer of the registry', () => {
    expect(PACKABLE.map(([id]) => id)).toEqual(expect.arrayContaining(['sign', 'xnor', 'twn', 'dorefa']));
  });

  for (const architecture of ARCHITECTURE_IDS) {
    for (const [quantizer, bits] of PACKABLE) {
      for (const keepFirstLastFloat of [true, false]) {
        it(`${architecture}, ${quantizer} ${bits}-bit weights, sign activations, first and last ${keepFirstLastFloat ? 'float' : 'quantized'}`, () => {
          const config: ExperimentConfig = defaultConfig();
          config.architecture = architecture;
          config.quant.weight = { quantizer, bits, params: {} };
          config.quant.activation = { quantizer: 'sign', bits: 1, params: {} };
          config.quant.keepFirstLastFloat = keepFirstLastFloat;
          const imageShape = [...SHAPES[architecture]] as [number, number, number];
          const network = new QuantNetwork(config, imageShape, 10);
          try {
            const deployed = toDeploySpec(network);
            if (!deployed.ok) throw new Error(deployed.reason);
            const file = packModel(deployed.spec);
            const summary = summarizeModel(config, imageShape);
            expect(summary.layers.map((l) => l.bytes)).toEqual(sectionBytesPerLayer(file));
          } finally {
            network.dispose();
          }
        });
      }
    }
  }
});
