import type { ExperimentConfig, QuantChoice } from './config';

/** The quantization a layer actually runs with, after defaults and overrides. */
export interface LayerQuant {
  keepFloat: boolean;
  /** Quantizer of the layer's weights (`none` when kept float). */
  weight: QuantChoice;
  /** Quantizer of the layer's input activations (`none` when kept float). */
  activation: QuantChoice;
}

export const FLOAT_CHOICE: QuantChoice = Object.freeze({ quantizer: 'none', bits: 32, params: {} }) as QuantChoice;

/**
 * Resolves layer `index` of `layerCount`: the global weight and activation choices,
 * the first and last layers kept float when `keepFirstLastFloat`, then the layer's own
 * override on top. In the float phase of post-training quantization every layer is float.
 */
export function resolveLayerQuant(config: ExperimentConfig, index: number, layerCount: number, floatPhase = false): LayerQuant {
  if (floatPhase) return { keepFloat: true, weight: FLOAT_CHOICE, activation: FLOAT_CHOICE };
  const override = config.quant.layers[String(index)] ?? {};
  const edge = index === 0 || index === layerCount - 1;
  const keepFloat = override.keepFloat ?? (config.quant.keepFirstLastFloat && edge);
  if (keepFloat) return { keepFloat: true, weight: FLOAT_CHOICE, activation: FLOAT_CHOICE };
  return {
    keepFloat: false,
    weight: inherit(override.weight, config.quant.weight),
    activation: inherit(override.activation, config.quant.activation),
  };
}

/** An override with the global quantizer and no parameters of its own takes the global parameters. */
function inherit(override: QuantChoice | undefined, global: QuantChoice): QuantChoice {
  if (!override) return global;
  if (override.quantizer === global.quantizer && Object.keys(override.params).length === 0) return { ...override, params: global.params };
  return override;
}

/** Resolves every layer of a network. */
export function resolveAllLayers(config: ExperimentConfig, layerCount: number, floatPhase = false): LayerQuant[] {
  return Array.from({ length: layerCount }, (_, i) => resolveLayerQuant(config, i, layerCount, floatPhase));
}
