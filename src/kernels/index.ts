/**
 * Binary engine: XNOR-popcount kernels (WebGPU, with a JavaScript fallback), the
 * float simulation they reproduce, and the packed model format.
 */
export type { DeployLayer, DeploySpec } from './spec';
export { planSpec, SpecError } from './spec';
export { floatForward, floatTrace, floatLayer, quantizedWeights } from './reference';
export { createBinaryEngine } from './engine';
export type { BinaryEngine, EngineOptions, LayerTrace, PredictResult, ProfileStep } from './engine';
export { packModel, unpackModel, modelBytes, PackedModelError } from './format';
export { KernelError } from './webgpu';
