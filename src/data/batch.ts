import * as tf from '@tensorflow/tfjs-core';
import { CLASS_COUNT, type Split } from './types';

export { seededShuffle, mulberry32 } from './random';

/** How many items of a split a limit uses: all of them for 0, else at most `limit`. */
export function limitedCount(limit: number, available: number): number {
  return limit > 0 ? Math.min(limit, available) : available;
}

/** A training or evaluation batch. */
export interface Batch {
  /** `[B, H, W, C]` float32 pixels scaled to [0, 1]. */
  xs: tf.Tensor4D;
  /** `[B, 10]` float32 one-hot labels. */
  ys: tf.Tensor2D;
}

/**
 * Gathers the images and labels at `indices` into new tensors (the caller disposes them).
 *
 * @param split Source split (raw bytes, HWC).
 * @param indices Item indices into the split, in batch order; repeats are allowed.
 * @param imageShape `[height, width, channels]` of one image.
 * @throws RangeError when an index is outside the split.
 */
export function makeBatch(split: Split, indices: Int32Array | readonly number[], imageShape: readonly [number, number, number]): Batch {
  const [height, width, channels] = imageShape;
  const imageBytes = height * width * channels;
  const size = indices.length;
  const pixels = new Float32Array(size * imageBytes);
  const oneHot = new Float32Array(size * CLASS_COUNT);
  const scale = 1 / 255;
  for (let row = 0; row < size; row++) {
    const index = indices[row];
    if (!Number.isInteger(index) || index < 0 || index >= split.count) {
      throw new RangeError(`makeBatch: index ${index} is outside the split (0..${split.count - 1})`);
    }
    const source = index * imageBytes;
    const target = row * imageBytes;
    for (let i = 0; i < imageBytes; i++) pixels[target + i] = split.images[source + i] * scale;
    oneHot[row * CLASS_COUNT + split.labels[index]] = 1;
  }
  return {
    xs: tf.tensor4d(pixels, [size, height, width, channels], 'float32'),
    ys: tf.tensor2d(oneHot, [size, CLASS_COUNT], 'float32'),
  };
}
