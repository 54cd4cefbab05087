/**
 * Seeded random networks in the {@link DeploySpec} contract, for tests and benchmarks:
 * the lab's `mlp`, `cnn-small` and `cnn-cifar` with float first/last layers and binary
 * (or ternary) middle layers, plus single-layer builders for edge shapes. Test-only:
 * used by the vitest tests and the e2e harness pages, never by shipped code
 * (`shipped.test.ts` checks).
 */
import { mulberry32 } from '../data/random';
import type { DeployLayer, DeploySpec } from './spec';

/** Deterministic PRNG, uniform in [0, 1). */
export const rng = mulberry32;

/** `n` uniform values in [lo, hi). */
export function uniform(r: () => number, n: number, lo = -1, hi = 1): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * r();
  return out;
}

export interface LayerOptions {
  weightMode?: DeployLayer['weightMode'];
  inputMode?: DeployLayer['inputMode'];
  batchNorm?: boolean;
  bias?: boolean;
  activation?: DeployLayer['activation'];
  /** Some exact-zero latent weights (exercises sign(0) = +1 and ternary zeros). */
  zeros?: boolean;
}

function finish(r: () => number, l: Omit<DeployLayer, 'alpha' | 'delta' | 'bias' | 'batchNorm' | 'activation'>, o: LayerOptions): DeployLayer {
  const cout = l.shape[l.shape.length - 1];
  const layer: DeployLayer = { ...l, activation: o.activation ?? 'none' };
  if (o.zeros) for (let i = 0; i < layer.weights.length; i += 7) layer.weights[i] = 0;
  if (l.weightMode !== 'float') layer.alpha = uniform(r, cout, 0.5, 1.5);
  if (l.weightMode === 'ternary') {
    const fanIn = layer.weights.length / cout;
    layer.delta = new Float32Array(cout);
    for (let c = 0; c < cout; c++) {
      let s = 0;
      for (let i = c; i < layer.weights.length; i += cout) s += Math.abs(layer.weights[i]);
      layer.delta[c] = (0.7 * s) / fanIn;
    }
  }
  // Biases are not multiples of alpha, so alpha·D + bias is rarely within rounding of 0.
  if (o.bias !== false) layer.bias = uniform(r, cout, -2.3, 2.3);
  if (o.batchNorm) {
    layer.batchNorm = {
      gamma: uniform(r, cout, 0.5, 1.5),
      beta: uniform(r, cout, -0.5, 0.5),
      mean: uniform(r, cout, -1, 1),
      variance: uniform(r, cout, 0.5, 4),
      epsilon: 1e-3,
    };
  }
  return layer;
}

/** A dense layer [cin, cout] with random latent weights. */
export function denseLayer(r: () => number, name: string, cin: number, cout: number, o: LayerOptions & { flattenBefore?: boolean } = {}): DeployLayer {
  return finish(
    r,
    {
      kind: 'dense', name, shape: [cin, cout], weights: uniform(r, cin * cout),
      weightMode: o.weightMode ?? 'binary', inputMode: o.inputMode ?? 'binary', flattenBefore: o.flattenBefore,
    },
    o,
  );
}

/** A conv layer [k, k, cin, cout] with random latent weights. */
export function convLayer(
  r: () => number,
  name: string,
  k: number,
  cin: number,
  cout: number,
  o: LayerOptions & { stride?: 1 | 2; padding?: 'same' | 'valid'; pool?: boolean } = {},
): DeployLayer {
  return finish(
    r,
    {
      kind: 'conv2d', name, shape: [k, k, cin, cout], weights: uniform(r, k * k * cin * cout),
      weightMode: o.weightMode ?? 'binary', inputMode: o.inputMode ?? 'binary',
      stride: o.stride ?? 1, padding: o.padding ?? 'same', pool: o.pool ? { size: 2, stride: 2 } : undefined,
    },
    o,
  );
}

export type Architecture = 'mlp' | 'cnn-small' | 'cnn-cifar';

/**
 * One of the lab's architectures with random parameters: first and last layers float,
 * middle layers binary (or ternary) weights on sign inputs, batch norm after every
 * hidden layer.
 */
export function architectureSpec(arch: Architecture, seed = 1, middle: 'binary' | 'ternary' = 'binary'): DeploySpec {
  const r = rng(seed);
  const F: LayerOptions = { weightMode: 'float', inputMode: 'float', batchNorm: true };
  const B: LayerOptions = { weightMode: middle, inputMode: 'binary', batchNorm: true };
  const last: LayerOptions = { weightMode: 'float', inputMode: 'float' };
  switch (arch) {
    case 'mlp':
      return {
        inputShape: [28, 28, 1], classes: 10,
        layers: [
          denseLayer(r, 'dense1', 784, 256, { ...F, flattenBefore: true }),
          denseLayer(r, 'dense2', 256, 256, B),
          denseLayer(r, 'dense3', 256, 10, last),
        ],
      };
    case 'cnn-small':
      return {
        inputShape: [28, 28, 1], classes: 10,
        layers: [
          convLayer(r, 'conv1', 3, 1, 32, { ...F, pool: true }),
          convLayer(r, 'conv2', 3, 32, 64, { ...B, pool: true }),
          denseLayer(r, 'dense1', 7 * 7 * 64, 128, { ...B, flattenBefore: true }),
          denseLayer(r, 'dense2', 128, 10, last),
        ],
      };
    case 'cnn-cifar':
      return {
        inputShape: [32, 32, 3], classes: 10,
        layers: [
          convLayer(r, 'conv1', 3, 3, 32, F),
          convLayer(r, 'conv2', 3, 32, 32, { ...B, pool: true }),
          convLayer(r, 'conv3', 3, 32, 64, B),
          convLayer(r, 'conv4', 3, 64, 64, { ...B, pool: true }),
          denseLayer(r, 'dense1', 8 * 8 * 64, 256, { ...B, flattenBefore: true }),
          denseLayer(r, 'dense2', 256, 10, last),
        ],
      };
  }
}

/** Random network input [n, h, w, c], uniform in [-1, 1). */
export function randomInput(spec: DeploySpec, n: number, seed = 7): Float32Array {
  return uniform(rng(seed), n * spec.inputShape[0] * spec.inputShape[1] * spec.inputShape[2]);
}

/** A named network with the batch size it is tested at. */
export interface SpecCase {
  name: string;
  spec: DeploySpec;
  batch: number;
}

/**
 * Edge shapes for every kernel: K = 1, lengths that are and are not multiples of 32
 * and of the tiles, odd spatial sizes, 3×3 and 5×5, stride 1 and 2, same and valid
 * padding, fused pooling on odd maps, packed chains, ternary weights, zero weights,
 * batch 1.
 */
export function edgeCases(): SpecCase[] {
  const r = rng(42);
  const B: LayerOptions = { weightMode: 'binary', inputMode: 'binary' };
  const T: LayerOptions = { weightMode: 'ternary', inputMode: 'binary' };
  const F: LayerOptions = { weightMode: 'float', inputMode: 'float' };
  return [
    { name: 'dense K=1, batch 1', batch: 1, spec: { inputShape: [1, 1, 1], classes: 3, layers: [denseLayer(r, 'd', 1, 3, B)] } },
    {
      name: 'dense chain K=33 → 70 → 37 (bits between), batch 5',
      batch: 5,
      spec: {
        inputShape: [1, 1, 33], classes: 4,
        layers: [
          denseLayer(r, 'd1', 33, 70, { ...B, batchNorm: true }),
          denseLayer(r, 'd2', 70, 37, { ...B, zeros: true }),
          denseLayer(r, 'd3', 37, 4, F),
        ],
      },
    },
    {
      name: 'dense K=32 → 64 → 128 → 32 (exact multiples), batch 64',
      batch: 64,
      spec: {
        inputShape: [1, 1, 32], classes: 32,
        layers: [denseLayer(r, 'd1', 32, 64, B), denseLayer(r, 'd2', 64, 128, { ...B, batchNorm: true }), denseLayer(r, 'd3', 128, 32, B)],
      },
    },
    {
      name: 'ternary dense chain K=100 → 45 → 6, batch 3',
      batch: 3,
      spec: { inputShape: [1, 1, 100], classes: 6, layers: [denseLayer(r, 't1', 100, 45, { ...T, batchNorm: true, zeros: true }), denseLayer(r, 't2', 45, 6, T)] },
    },
    {
      name: 'conv 3×3 same s1, 7×7×3 → 5, relu, batch 1',
      batch: 1,
      spec: { inputShape: [7, 7, 3], classes: 7 * 7 * 5, layers: [convLayer(r, 'c', 3, 3, 5, { ...B, activation: 'relu' })] },
    },
    {
      name: 'conv 5×5 same s2 → conv 3×3 valid s1 + pool (bits between) → dense, 9×11×33, batch 2',
      batch: 2,
      spec: {
        inputShape: [9, 11, 33], classes: 5,
        layers: [
          convLayer(r, 'c1', 5, 33, 17, { ...B, stride: 2, padding: 'same', batchNorm: true }),
          convLayer(r, 'c2', 3, 17, 40, { ...B, padding: 'valid', pool: true, zeros: true }),
          denseLayer(r, 'd', 1 * 2 * 40, 5, { ...B, flattenBefore: true }),
        ],
      },
    },
    {
      name: 'conv 3×3 valid s2 and 5×5 valid s1 (odd maps) + pool, batch 3',
      batch: 3,
      spec: {
        inputShape: [15, 16, 64], classes: 48,
        layers: [
          convLayer(r, 'c1', 3, 64, 32, { ...B, stride: 2, padding: 'valid' }),
          convLayer(r, 'c2', 5, 32, 48, { ...B, padding: 'valid', pool: true, batchNorm: true }),
        ],
      },
    },
    {
      name: 'float conv → ternary conv 5×5 same + pool → ternary conv 3×3 s2 → float dense, 11×9×2, batch 2',
      batch: 2,
      spec: {
        inputShape: [11, 9, 2], classes: 3,
        layers: [
          convLayer(r, 'f', 3, 2, 20, { ...F, batchNorm: true }),
          convLayer(r, 't1', 5, 20, 33, { ...T, pool: true, batchNorm: true }),
          convLayer(r, 't2', 3, 33, 16, { ...T, stride: 2, zeros: true }),
          denseLayer(r, 'out', 3 * 2 * 16, 3, { ...F, flattenBefore: true }),
        ],
      },
    },
  ];
}

/**
 * Edge shapes for the float kernels (`conv2d_float.wgsl`, `dense_float.wgsl`): float
 * layers emitting floats and, before a packed layer, packed bits; channel counts that
 * are and are not multiples of 32 and of the 16/4-channel tiles, batch sizes that are
 * and are not multiples of the workgroup tile, batch 1, odd maps with pooling, 5×5
 * valid stride 2, sign inputs, binary weights on float inputs, relu.
 */
export function floatEdgeCases(): SpecCase[] {
  const r = rng(77);
  const B: LayerOptions = { weightMode: 'binary', inputMode: 'binary' };
  const F: LayerOptions = { weightMode: 'float', inputMode: 'float' };
  return [
    {
      name: 'float conv 3×3 same + pool on 7×9 (odd), 1 → 5 bits → binary dense, batch 1',
      batch: 1,
      spec: {
        inputShape: [7, 9, 1], classes: 3,
        layers: [convLayer(r, 'f', 3, 1, 5, { ...F, pool: true, batchNorm: true }), denseLayer(r, 'd', 3 * 4 * 5, 3, { ...B, flattenBefore: true })],
      },
    },
    {
      name: 'float conv 5×5 valid s2 13×11×4 → 33 bits, binary weights → binary conv → float dense (sign input, relu), batch 3',
      batch: 3,
      spec: {
        inputShape: [13, 11, 4], classes: 6,
        layers: [
          convLayer(r, 'fb', 5, 4, 33, { weightMode: 'binary', inputMode: 'float', stride: 2, padding: 'valid', batchNorm: true }),
          convLayer(r, 'c', 3, 33, 32, { ...B, batchNorm: true }),
          denseLayer(r, 'out', 5 * 4 * 32, 6, { ...F, inputMode: 'binary', flattenBefore: true, activation: 'relu' }),
        ],
      },
    },
    {
      name: 'float dense 33 → 70 bits → binary dense 70 → 37 → float dense 37 → 5, batch 65',
      batch: 65,
      spec: {
        inputShape: [1, 1, 33], classes: 5,
        layers: [denseLayer(r, 'f1', 33, 70, { ...F, batchNorm: true }), denseLayer(r, 'b', 70, 37, { ...B, batchNorm: true }), denseLayer(r, 'f2', 37, 5, F)],
      },
    },
    {
      name: 'float dense chain 20 → 64 (relu, floats) → 32 → 1, batch 7',
      batch: 7,
      spec: {
        inputShape: [1, 1, 20], classes: 1,
        layers: [denseLayer(r, 'f1', 20, 64, { ...F, activation: 'relu' }), denseLayer(r, 'f2', 64, 32, { ...F, batchNorm: true }), denseLayer(r, 'f3', 32, 1, { ...F, bias: false })],
      },
    },
    {
      name: 'float conv 3×3 same s1 9×7×3 → 64 (no bias, relu, floats) → float conv 3×3 s2 + pool → bits → binary dense, batch 2',
      batch: 2,
      spec: {
        inputShape: [9, 7, 3], classes: 4,
        layers: [
          convLayer(r, 'f1', 3, 3, 64, { ...F, bias: false, activation: 'relu' }),
          convLayer(r, 'f2', 3, 64, 17, { ...F, stride: 2, pool: true, batchNorm: true }),
          denseLayer(r, 'd', 2 * 2 * 17, 4, { ...B, flattenBefore: true }),
        ],
      },
    },
  ];
}

/** The lab's architectures at small batches (binary and ternary middles). */
export function architectureCases(): SpecCase[] {
  return [
    { name: 'mlp binary, batch 4', batch: 4, spec: architectureSpec('mlp', 11) },
    { name: 'cnn-small binary, batch 3', batch: 3, spec: architectureSpec('cnn-small', 12) },
    { name: 'cnn-cifar binary, batch 2', batch: 2, spec: architectureSpec('cnn-cifar', 13) },
    { name: 'cnn-small ternary, batch 2', batch: 2, spec: architectureSpec('cnn-small', 14, 'ternary') },
  ];
}
