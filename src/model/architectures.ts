import type { ArchitectureId } from '../experiment/config';

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

/** Walks an architecture for an input image shape, giving each layer its shapes. */
export function placeLayers(architecture: ArchitectureId, imageShape: readonly [number, number, number]): PlacedLayer[] {
  const placed: PlacedLayer[] = [];
  let shape: number[] = [...imageShape];
  ARCHITECTURES[architecture].layers.forEach((spec: LayerSpec, index) => {
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
