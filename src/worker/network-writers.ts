/**
 * The writer of each network format, loaded by the worker on the first export (it
 * brings protobufjs and the ONNX schema): a trained network in, the file's bytes and a
 * per-layer report out, or the first layer that cannot be written and why.
 */
import type { NetworkFormatId } from '../export/formats';
import type { OnnxExport } from '../export/graph';
import { toOnnx } from '../export/onnx';
import { toQonnx } from '../export/qonnx';
import type { QuantNetwork } from '../model/network';

export type NetworkExport = OnnxExport;

export const NETWORK_WRITERS = {
  onnx: toOnnx,
  qonnx: toQonnx,
} satisfies Record<NetworkFormatId, (network: QuantNetwork) => NetworkExport>;
