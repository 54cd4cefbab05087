/**
 * The writer of each network format, loaded by the worker on the first export (it
 * brings protobufjs and the ONNX schema): a trained network and its saved variables in,
 * the file's bytes and a per-layer report out, or the first layer that cannot be
 * written and why.
 */
import type { QuantChoice } from '../experiment/config';
import type { NetworkFormatId } from '../export/formats';
import type { OnnxExport } from '../export/graph';
import { toOnnx } from '../export/onnx';
import { toPytorch } from '../export/pytorch';
import { toQonnx } from '../export/qonnx';
import type { QuantNetwork } from '../model/network';
import type { WeightsFile } from '../model/weights-file';
import { QUANTIZER_FACTS } from '../quant/facts';

export type NetworkExport = OnnxExport;

const described = (choice: QuantChoice): string =>
  choice.quantizer === 'none' ? 'float32' : `${QUANTIZER_FACTS[choice.quantizer].label} ${choice.bits}-bit`;

/** The experiment as one PyTorch script with the trained variables embedded (`src/export/pytorch.ts`). */
function pytorchScript(network: QuantNetwork, weights: WeightsFile): NetworkExport {
  return {
    ok: true,
    bytes: new TextEncoder().encode(toPytorch(network.config, weights)),
    opset: 0,
    layers: network.layers.map((l) => ({ layer: l.placed.spec.name, weights: described(l.quant.weight), inputs: described(l.quant.activation) })),
    notes: [
      'the same forward and backward formulas as torch.autograd.Functions, the optimiser, schedule and seed of the run, and its trained weights',
      'python3 FILE.py --evaluate-only --data DIR evaluates the weights; python3 FILE.py trains on; torchrun --nproc_per_node=N FILE.py runs it on N processes (README: Take it elsewhere)',
    ],
  };
}

export const NETWORK_WRITERS = {
  onnx: (network) => toOnnx(network),
  qonnx: (network) => toQonnx(network),
  pytorch: pytorchScript,
} satisfies Record<NetworkFormatId, (network: QuantNetwork, weights: WeightsFile) => NetworkExport>;
