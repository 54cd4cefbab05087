import { WIDTH_LIMITS, type ArchitectureId, type ExperimentConfig } from '../experiment/config';

/** One quantizable layer of an architecture; pooling and flattening ride along. */
export type LayerSpec =
  | {
      kind: 'conv2d';
      name: string;
      filters: number;
      kernelSize: number;
      stride: 1 | 2;
      padding: 'same' | 'valid';
      /** 2×2 max pooling after the convolution, before batch norm and the next sign. */
      pool: boolean;
    }
  | { kind: 'dense'; name: string; units: number };

const conv = (name: string, filters: number, pool = false): LayerSpec => ({
  kind: 'conv2d',
  name,
  filters,
  kernelSize: 3,
  stride: 1,
  padding: 'same',
  pool,
});
const dense = (name: string, units: number): LayerSpec => ({ kind: 'dense', name, units });

/**
 * The lab's networks. Pooling sits right after its convolution, so that it acts on
 * real values before batch norm and the next layer's sign (Rokh et al., §4.3.2).
 */
export const ARCHITECTURES = {
  /** 784 → 256 → 256 → 10. */
  mlp: { label: 'MLP 784-256-256-10', layers: [dense('dense1', 256), dense('dense2', 256), dense('dense3', 10)] },
  /** conv32-pool-conv64-pool-dense128-dense10, for 28×28 MNIST. */
  'cnn-small': {
    label: 'Small CNN (conv32-pool-conv64-pool-fc128-fc10)',
    layers: [conv('conv1', 32, true), conv('conv2', 64, true), dense('dense1', 128), dense('dense2', 10)],
  },
  /** conv32-conv32-pool-conv64-conv64-pool-dense256-dense10, for 32×32 CIFAR-10. */
  'cnn-cifar': {
    label: 'CIFAR CNN (2×conv32-pool-2×conv64-pool-fc256-fc10)',
    layers: [
      conv('conv1', 32),
      conv('conv2', 32, true),
      conv('conv3', 64),
      conv('conv4', 64, true),
      dense('dense1', 256),
      dense('dense2', 10),
    ],
  },
} as const satisfies Record<ArchitectureId, { label: string; layers: readonly LayerSpec[] }>;

/** An architecture with the widths a config chose (absent: the architecture's own). */
export type NetworkShape = Pick<ExperimentConfig, 'architecture' | 'units' | 'filters'>;

type ConvSpec = Extract<LayerSpec, { kind: 'conv2d' }>;
type DenseSpec = Extract<LayerSpec, { kind: 'dense' }>;
const specsOf = (architecture: ArchitectureId) => ARCHITECTURES[architecture].layers as readonly LayerSpec[];
const convolutions = (architecture: ArchitectureId) => specsOf(architecture).filter((l): l is ConvSpec => l.kind === 'conv2d');
const denseLayers = (architecture: ArchitectureId) => specsOf(architecture).filter((l): l is DenseSpec => l.kind === 'dense');

/** Widths of an architecture's hidden dense layers (all but the classifier). */
export const defaultUnits = (architecture: ArchitectureId): number[] => denseLayers(architecture).slice(0, -1).map((l) => l.units);

/** Filters of an architecture's convolutions (none for the MLP). */
export const defaultFilters = (architecture: ArchitectureId): number[] => convolutions(architecture).map((l) => l.filters);

/**
 * The layers of a network: the architecture's convolutions with `filters` (same count,
 * same pooling), then one hidden dense layer per entry of `units`, then the classifier.
 * Dense layers are named by position, so the default widths give the usual names.
 */
export function layerSpecs(shape: NetworkShape | ArchitectureId): LayerSpec[] {
  const { architecture, units, filters } = typeof shape === 'string' ? { architecture: shape, units: undefined, filters: undefined } : shape;
  const convs = convolutions(architecture);
  if (filters && filters.length !== convs.length) throw new Error(`${architecture} has ${convs.length} convolutions, not ${filters.length}`);
  const widths = units ?? defaultUnits(architecture);
  const classifier = denseLayers(architecture).at(-1)!;
  return [
    ...convs.map((l, i) => ({ ...l, filters: filters ? filters[i] : l.filters })),
    ...widths.map((width, i) => dense(`dense${i + 1}`, width)),
    dense(`dense${widths.length + 1}`, classifier.units),
  ];
}

/** A layer with the shapes it sees for a given input image shape. */
export interface PlacedLayer {
  spec: LayerSpec;
  index: number;
  /** Input shape without the batch axis: [h, w, c] for conv, [features] for dense. */
  inputShape: number[];
  /** Shape right after the convolution or matmul (before pooling), without batch. */
  opOutputShape: number[];
  /** Shape after pooling (what the next layer receives), without batch. */
  outputShape: number[];
  /** Weight tensor shape: [kh, kw, cin, cout] or [in, out]. */
  weightShape: number[];
  /** A dense layer that follows a convolution flattens its input first. */
  flattenBefore: boolean;
  /** Multiply-accumulates per example. */
  macs: number;
}

function convOutputSize(size: number, kernel: number, stride: number, padding: 'same' | 'valid'): number {
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - kernel) / stride) + 1;
}

/** Walks a network for an input image shape, giving each layer its shapes. */
export function placeLayers(network: NetworkShape | ArchitectureId, imageShape: readonly [number, number, number]): PlacedLayer[] {
  const placed: PlacedLayer[] = [];
  let shape: number[] = [...imageShape];
  layerSpecs(network).forEach((spec: LayerSpec, index) => {
    if (spec.kind === 'conv2d') {
      if (shape.length !== 3) throw new Error(`${spec.name}: a convolution cannot follow a dense layer`);
      const [h, w, c] = shape;
      const oh = convOutputSize(h, spec.kernelSize, spec.stride, spec.padding);
      const ow = convOutputSize(w, spec.kernelSize, spec.stride, spec.padding);
      if (oh < 1 || ow < 1) throw new Error(`${spec.name}: input ${h}×${w} is too small`);
      const opOutputShape = [oh, ow, spec.filters];
      const outputShape = spec.pool ? [Math.floor(oh / 2), Math.floor(ow / 2), spec.filters] : opOutputShape;
      placed.push({
        spec,
        index,
        inputShape: shape,
        opOutputShape,
        outputShape,
        weightShape: [spec.kernelSize, spec.kernelSize, c, spec.filters],
        flattenBefore: false,
        macs: oh * ow * spec.kernelSize * spec.kernelSize * c * spec.filters,
      });
      shape = outputShape;
    } else {
      const flattenBefore = shape.length > 1;
      const features = shape.reduce((a, b) => a * b, 1);
      placed.push({
        spec,
        index,
        inputShape: [features],
        opOutputShape: [spec.units],
        outputShape: [spec.units],
        weightShape: [features, spec.units],
        flattenBefore,
        macs: features * spec.units,
      });
      shape = [spec.units];
    }
  });
  return placed;
}

/**
 * Why a network's widths cannot run on images of `imageShape`, in a sentence, or
 * undefined: a filter count that differs from the architecture's convolutions, or more
 * weights or multiply-accumulates than {@link WIDTH_LIMITS} allows.
 */
export function widthProblem(network: NetworkShape, imageShape: readonly [number, number, number]): string | undefined {
  const convs = convolutions(network.architecture).length;
  if (network.filters && network.filters.length !== convs) {
    return convs
      ? `filters=${network.filters.join(',')}: ${ARCHITECTURES[network.architecture].label} has ${convs} convolutions, so filters takes ${convs} widths`
      : `filters=${network.filters.join(',')}: ${ARCHITECTURES[network.architecture].label} has no convolutions`;
  }
  const placed = placeLayers(network, imageShape);
  const weights = placed.reduce((sum, p) => sum + p.weightShape.reduce((a, b) => a * b, 1), 0);
  const macs = placed.reduce((sum, p) => sum + p.macs, 0);
  const million = (n: number) => `${(n / 1e6).toFixed(1)} M`;
  if (weights > WIDTH_LIMITS.maxWeights) return `this network has ${million(weights)} weights, more than the ${million(WIDTH_LIMITS.maxWeights)} a page can train`;
  if (macs > WIDTH_LIMITS.maxMacs) return `this network takes ${million(macs)} multiply-accumulates per image, more than the ${million(WIDTH_LIMITS.maxMacs)} a page can train in reasonable time`;
  return undefined;
}
