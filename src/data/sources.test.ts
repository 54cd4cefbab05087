import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataError } from './errors';
import { classifyDataFile, fetchBytes, loadDatasetFromBytes, loadDatasetFromFiles, loadDatasetFromUrls } from './sources';
import { fakeFetch, makeCifarBatch, makeIdxImages, makeIdxLabels, makeTar, SHARED_DATA_DIR, SHARED_DATA_EXISTS, sharedDataTitle } from './testFixtures.node';

const idxSet = () => ({
  trainImages: gzipSync(makeIdxImages(6)),
  trainLabels: gzipSync(makeIdxLabels([0, 1, 2, 3, 4, 5])),
  testImages: makeIdxImages(2),
  testLabels: makeIdxLabels([7, 8]),
});

const cifarTarball = () =>
  gzipSync(
    makeTar([
      { path: 'cifar-10-batches-bin/data_batch_1.bin', data: makeCifarBatch([1, 2]) },
      { path: 'cifar-10-batches-bin/test_batch.bin', data: makeCifarBatch([3]) },
    ]),
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('classifyDataFile', () => {
  it('recognises dataset files by name', () => {
    expect(classifyDataFile('train-images-idx3-ubyte.gz')).toBe('train-images');
    expect(classifyDataFile('some/dir/train-labels-idx1-ubyte')).toBe('train-labels');
    expect(classifyDataFile('t10k-images.idx3-ubyte')).toBe('test-images');
    expect(classifyDataFile('https://host/x/t10k-labels-idx1-ubyte.gz?v=2')).toBe('test-labels');
    expect(classifyDataFile('cifar-10-binary.tar.gz')).toBe('cifar-tarball');
    expect(classifyDataFile('c.TGZ')).toBe('cifar-tarball');
    expect(classifyDataFile('data_batch_3.bin')).toBe('cifar-batch');
    expect(classifyDataFile('test_batch.bin')).toBe('cifar-batch');
    expect(classifyDataFile('batches.meta.txt')).toBe('cifar-meta');
    expect(classifyDataFile('train-imagesX')).toBe('unknown');
    expect(classifyDataFile('photo.png')).toBe('unknown');
  });
});

describe('loadDatasetFromFiles', () => {
  it('builds MNIST or Fashion-MNIST from four IDX files, in any order', async () => {
    const set = idxSet();
    const files = [
      new File([set.testLabels], 't10k-labels-idx1-ubyte'),
      new File([set.trainImages], 'train-images-idx3-ubyte.gz'),
      new File([set.testImages], 't10k-images-idx3-ubyte'),
      new File([set.trainLabels], 'train-labels-idx1-ubyte.gz'),
    ];
    const mnist = await loadDatasetFromFiles(files);
    expect(mnist.id).toBe('mnist');
    expect(mnist.train.count).toBe(6);
    expect(Array.from(mnist.test.labels)).toEqual([7, 8]);
    const fashion = await loadDatasetFromFiles(files, { idxDatasetId: 'fashion-mnist' });
    expect(fashion.classNames[0]).toBe('T-shirt/top');
    expect(fashion.name).toBe('Fashion-MNIST');
  });

  it('builds CIFAR-10 from a tarball, recognised by name or by content', async () => {
    const bytes = cifarTarball();
    const named = await loadDatasetFromFiles([new File([bytes], 'cifar-10-binary.tar.gz')]);
    expect(named.id).toBe('cifar10');
    expect(named.train.count).toBe(2);
    const unnamed = await loadDatasetFromFiles([new Blob([bytes])]);
    expect(unnamed.test.count).toBe(1);
    const batches = await loadDatasetFromFiles([new File([makeCifarBatch([5])], 'data_batch_1.bin'), new File([makeCifarBatch([6])], 'test_batch.bin')]);
    expect(Array.from(batches.test.labels)).toEqual([6]);
  });

  it('rejects unusable file sets with one DataError sentence', async () => {
    const set = idxSet();
    const cases: Array<[string, File[], RegExp]> = [
      ['nothing', [], /^dataset files: no file was given$/],
      ['empty file', [new File([], 'train-images-idx3-ubyte')], /^train-images-idx3-ubyte: the file is empty$/],
      ['mixed datasets', [new File([set.testImages], 't10k-images'), new File([cifarTarball()], 'c.tgz')], /belong to different datasets/],
      ['duplicate role', [new File([set.testImages], 't10k-images-a'), new File([set.testImages], 't10k-images-b')], /both are test-images files/],
      ['unknown file', [new File(['hello'], 'notes.txt')], /^notes\.txt: is not a recognised dataset file/],
      ['unnamed IDX', [new File([set.testLabels], 'labels.bin')], /does not say whether it is training or test data/],
      ['test set only', [new File([set.testImages], 't10k-images'), new File([set.testLabels], 't10k-labels')], /training set\) files are missing/],
      ['MNIST named as CIFAR', [new File([set.trainImages], 'mnist.tar.gz')], /^mnist\.tar\.gz: is an IDX file \(MNIST format\), not a CIFAR-10 tarball$/],
      ['CIFAR named as MNIST', [new File([cifarTarball()], 'train-images-idx3-ubyte.gz'), new File([set.trainLabels], 'train-labels-idx1-ubyte.gz')], /^train-images-idx3-ubyte\.gz: is a tar archive/],
    ];
    for (const [label, files, pattern] of cases) {
      const error = await loadDatasetFromFiles(files).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, label).toBeInstanceOf(DataError);
      expect((error as Error).message, label).toMatch(pattern);
    }
  });

  it('uses a fallback for the missing split and leaves it untouched', () => {
    const set = idxSet();
    const fallback = loadDatasetFromBytes([
      { name: 'train-images', bytes: set.trainImages },
      { name: 'train-labels', bytes: set.trainLabels },
      { name: 't10k-images', bytes: set.testImages },
      { name: 't10k-labels', bytes: set.testLabels },
    ]);
    const frozen = structuredClone(fallback);
    const replaced = loadDatasetFromBytes(
      [
        { name: 't10k-images', bytes: makeIdxImages(3) },
        { name: 't10k-labels', bytes: makeIdxLabels([1, 1, 1]) },
      ],
      { fallback },
    );
    expect(replaced.test.count).toBe(3);
    expect(replaced.train).toBe(fallback.train);
    expect(fallback).toEqual(frozen);
  });
});

describe('URL sources', () => {
  it('downloads with progress and builds the dataset', async () => {
    const set = idxSet();
    const base = 'https://example.test/mnist/';
    const fetchMock = fakeFetch({
      [`${base}train-images-idx3-ubyte.gz`]: { bytes: set.trainImages, chunkSize: 100 },
      [`${base}train-labels-idx1-ubyte.gz`]: { bytes: set.trainLabels },
      [`${base}t10k-images-idx3-ubyte`]: { bytes: set.testImages },
      [`${base}t10k-labels-idx1-ubyte`]: { bytes: set.testLabels },
    });
    vi.stubGlobal('fetch', fetchMock);
    const progress: Array<[number, number | undefined]> = [];
    const dataset = await loadDatasetFromUrls(
      ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'].map((name) => base + name),
      (loaded, total) => progress.push([loaded, total]),
    );
    expect(dataset.train.count).toBe(6);
    const total = set.trainImages.length + set.trainLabels.length + set.testImages.length + set.testLabels.length;
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every(([loaded], i) => i === 0 || loaded >= progress[i - 1][0])).toBe(true);
    expect(fetchMock.requested.length).toBe(4);
  });

  it('reports unknown totals, HTTP errors, network errors and interrupted bodies as DataErrors', async () => {
    const bytes = cifarTarball();
    const fetch = fakeFetch({
      'https://h/c.tgz': { bytes, hideLength: true, chunkSize: 1000 },
      'https://h/missing.tgz': { status: 404 },
      'https://h/cut.tgz': { bytes, failAfter: 1000, chunkSize: 500 },
    });
    const seen: Array<number | undefined> = [];
    const received = await fetchBytes('https://h/c.tgz', (_, total) => seen.push(total), { fetch });
    expect(received).toEqual(bytes);
    expect(seen.every((total) => total === undefined)).toBe(true);
    await expect(fetchBytes('https://h/missing.tgz', undefined, { fetch })).rejects.toThrow(/^https:\/\/h\/missing\.tgz: the server answered HTTP 404$/);
    await expect(fetchBytes('https://h/offline.tgz', undefined, { fetch })).rejects.toThrow(/^https:\/\/h\/offline\.tgz: could not be downloaded \(fetch failed\)$/);
    await expect(fetchBytes('https://h/cut.tgz', undefined, { fetch })).rejects.toThrow(/^https:\/\/h\/cut\.tgz: the download was interrupted \(terminated\)$/);
    await expect(loadDatasetFromUrls(['https://h/missing.tgz'], undefined, { fetch })).rejects.toBeInstanceOf(DataError);
    const cifar = await loadDatasetFromUrls(['https://h/c.tgz'], undefined, { fetch });
    expect(cifar.id).toBe('cifar10');
  });
});

describe.skipIf(!SHARED_DATA_EXISTS)(sharedDataTitle('dropped real files from ../shared/data'), () => {
  it('builds the MNIST test split from the official files, keeping the fallback training set', async () => {
    const read = async (name: string) => new File([await readFile(join(SHARED_DATA_DIR, 'mnist', name))], name);
    const set = idxSet();
    const fallback = loadDatasetFromBytes([
      { name: 'train-images', bytes: set.trainImages },
      { name: 'train-labels', bytes: set.trainLabels },
      { name: 't10k-images', bytes: set.testImages },
      { name: 't10k-labels', bytes: set.testLabels },
    ]);
    const dataset = await loadDatasetFromFiles([await read('t10k-labels-idx1-ubyte.gz'), await read('t10k-images-idx3-ubyte.gz')], { fallback });
    expect(dataset.test.count).toBe(10000);
    expect(dataset.train.count).toBe(6);
  });
});
