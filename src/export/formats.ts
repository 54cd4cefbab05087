/**
 * The file formats the page offers for a trained network, in menu order. Each id has
 * its writer in `src/worker/network-writers.ts` (the type checker asks for it); a format
 * is one line here and one there. No imports: the page reads this at first load.
 */
export const NETWORK_FORMATS = [
  { id: 'onnx', label: 'ONNX', extension: 'onnx', about: 'standard operators (QuantizeLinear/DequantizeLinear), opset 21: onnxruntime and most tools' },
  { id: 'qonnx', label: 'QONNX', extension: 'qonnx.onnx', about: 'QONNX Quant/BipolarQuant nodes keep each width, opset 13: FINN and hls4ml' },
  { id: 'pytorch', label: 'PyTorch', extension: 'py', about: 'one Python file: the experiment with its trained weights, for PyTorch on one CPU, one GPU or many with torchrun' },
] as const;

export type NetworkFormatId = (typeof NETWORK_FORMATS)[number]['id'];
export const NETWORK_FORMAT_IDS = NETWORK_FORMATS.map((f) => f.id) as [NetworkFormatId, ...NetworkFormatId[]];
