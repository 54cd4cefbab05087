import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMBEDDED_MNIST_FILES, loadEmbeddedMnist, streamEmbeddedMnist, type EmbeddedMnistEvent } from './embedded';
import { DataError } from './errors';
import { REPO_ROOT, fakeFetch, makeIdxImages, makeIdxLabels, SHARED_DATA_DIR, SHARED_DATA_EXISTS, sameBytes, sharedDataTitle, type FakeRoute } from './testFixtures.node';
import type { Split } from './types';

const BASE = 'https://example.test/data/mnist/';
const TRAIN_COUNT = 2500;
const trainLabels = Array.from({ length: TRAIN_COUNT }, (_, i) => (i * 7) % 10);
const trainImages = makeIdxImages(TRAIN_COUNT, 28, 28, (i, p) => (i + p) & 255);

function routes(overrides: Partial<Record<keyof typeof EMBEDDED_MNIST_FILES, FakeRoute>> = {}): Record<string, FakeRoute> {
  const defaults: Record<keyof typeof EMBEDDED_MNIST_FILES, FakeRoute> = {
    testImages: { bytes: gzipSync(makeIdxImages(3)) },
    testLabels: { bytes: gzipSync(makeIdxLabels([1, 2, 3])) },
    trainLabels: { bytes: gzipSync(makeIdxLabels(trainLabels)) },
    trainImages: { bytes: gzipSync(trainImages, { level: 1 }), chunkSize: 997 },
  };
  const all = { ...defaults, ...overrides };
  return Object.fromEntries(Object.entries(all).map(([key, route]) => [BASE + EMBEDDED_MNIST_FILES[key as keyof typeof all], route]));
}

async function collect(events: AsyncIterable<EmbeddedMnistEvent>): Promise<EmbeddedMnistEvent[]> {
  const all: EmbeddedMnistEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('streamEmbeddedMnist', () => {
  it('yields the test set with growing training prefixes, then the whole dataset', async () => {
    const served = routes();
    const fetch = fakeFetch(served);
    vi.stubGlobal('fetch', fetch);
    const progress: Array<[number, number | undefined]> = [];
    const events = await collect(streamEmbeddedMnist(BASE, { prefixStep: 1000, onProgress: (loaded, total) => progress.push([loaded, total]) }));
    const prefixes = events.filter((event) => event.kind === 'training-prefix').map((event) => event.dataset);
    expect(prefixes.map((prefix) => prefix.train.count)).toEqual([1000, 2000]);
    expect(prefixes[0].source).toMatch(/first 1000 of 2500 training images$/);
    const last = events.at(-1)!;
    expect(last.kind).toBe('complete');
    const { dataset } = last;
    expect(dataset.train.count).toBe(TRAIN_COUNT);
    expect(dataset.test.count).toBe(3);
    expect(Array.from(dataset.train.labels)).toEqual(trainLabels);
    expect(sameBytes(dataset.train.images, trainImages.subarray(16))).toBe(true);
    for (const prefix of prefixes) {
      expect(prefix.test).toBe(dataset.test);
      expect(prefix.train.images.length).toBe(prefix.train.count * 784);
      expect(sameBytes(prefix.train.images, trainImages.subarray(16, 16 + prefix.train.count * 784))).toBe(true);
      expect(Array.from(prefix.train.labels)).toEqual(trainLabels.slice(0, prefix.train.count));
    }
    const total = Object.values(served).reduce((sum, route) => sum + route.bytes!.length, 0);
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(fetch.requested).toEqual(
      [EMBEDDED_MNIST_FILES.testLabels, EMBEDDED_MNIST_FILES.testImages, EMBEDDED_MNIST_FILES.trainLabels, EMBEDDED_MNIST_FILES.trainImages].map((name) => BASE + name),
    );
  });

  it('accepts files a server already decompressed, and the callback form', async () => {
    vi.stubGlobal('fetch', fakeFetch(routes({ trainImages: { bytes: trainImages, chunkSize: 1 << 15 }, testLabels: { bytes: makeIdxLabels([1, 2, 3]) } })));
    const seen: Split[] = [];
    const dataset = await loadEmbeddedMnist(BASE.slice(0, -1), { prefixStep: 500, onPrefix: (partial) => seen.push(partial.train) });
    expect(dataset.train.count).toBe(TRAIN_COUNT);
    expect(sameBytes(dataset.train.images, trainImages.subarray(16))).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every((train, i) => train.count % 500 === 0 && (i === 0 || train.count > seen[i - 1].count))).toBe(true);
  });

  it('stops cleanly when the consumer stops after the first prefix', async () => {
    vi.stubGlobal('fetch', fakeFetch(routes()));
    let count = 0;
    for await (const event of streamEmbeddedMnist(BASE, { prefixStep: 1000 })) {
      expect(event.kind).toBe('training-prefix');
      count++;
      break;
    }
    expect(count).toBe(1);
  });

  it('turns bad downloads into DataErrors naming the file', async () => {
    const gz = gzipSync(trainImages, { level: 1 });
    const cases: Array<[string, Record<string, FakeRoute>, RegExp]> = [
      ['missing file', routes({ testImages: { status: 404 } }), /t10k-images-idx3-ubyte\.gzip: the server answered HTTP 404$/],
      ['truncated gzip', routes({ trainImages: { bytes: gz.subarray(0, gz.length >> 1) } }), /train-images-idx3-ubyte\.gzip: the gzip data is truncated or corrupt/],
      ['truncated raw', routes({ trainImages: { bytes: trainImages.subarray(0, 1000) } }), /train-images-idx3-ubyte\.gzip: is truncated: its header declares 2500×28×28 images/],
      ['extra bytes', routes({ trainImages: { bytes: gzipSync(Uint8Array.from([...trainImages, 1, 2])) } }), /has 2 unexpected bytes after the 2500×28×28 images/],
      ['count mismatch', routes({ trainLabels: { bytes: makeIdxLabels([1]) } }), /the images file holds 2500 images but the labels file holds 1 labels$/],
      ['labels as images', routes({ trainImages: { bytes: makeIdxLabels([1]) } }), /train-images-idx3-ubyte\.gzip: expected IDX magic 2051 \(images\), found 2049 \(labels\)$/],
      ['empty', routes({ trainImages: { bytes: new Uint8Array(0) } }), /train-images-idx3-ubyte\.gzip: the file is empty$/],
      ['interrupted', routes({ trainImages: { bytes: gz, failAfter: 5000, chunkSize: 1000 } }), /train-images-idx3-ubyte\.gzip: the download was interrupted/],
    ];
    for (const [label, served, pattern] of cases) {
      vi.stubGlobal('fetch', fakeFetch(served));
      const error = await loadEmbeddedMnist(BASE, () => undefined).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, label).toBeInstanceOf(DataError);
      expect((error as Error).message, label).toMatch(pattern);
    }
  });
});

describe.skipIf(!SHARED_DATA_EXISTS)(sharedDataTitle('streaming the official t10k files from ../shared/data'), () => {
  it('yields 2000-image prefixes of the real MNIST test images', async () => {
    const read = (name: string) => readFile(join(SHARED_DATA_DIR, 'mnist', name)).then((buffer) => new Uint8Array(buffer));
    const images = await read('t10k-images-idx3-ubyte.gz');
    const labels = await read('t10k-labels-idx1-ubyte.gz');
    // The test files stand in for the training files too.
    vi.stubGlobal('fetch', fakeFetch(routes({ testImages: { bytes: images }, testLabels: { bytes: labels }, trainImages: { bytes: images, chunkSize: 65536 }, trainLabels: { bytes: labels } })));
    const events = await collect(streamEmbeddedMnist(BASE, { prefixStep: 2000 }));
    expect(events.filter((event) => event.kind === 'training-prefix').map((event) => event.dataset.train.count)).toEqual([2000, 4000, 6000, 8000]);
    const last = events.at(-1)!;
    expect(last.kind).toBe('complete');
    expect(last.dataset.train.count).toBe(10000);
    expect(sameBytes(last.dataset.train.images, last.dataset.test.images)).toBe(true);
    expect(Array.from(last.dataset.test.labels.subarray(0, 5))).toEqual([7, 2, 1, 0, 4]);
  });
});

const BUILT_ASSETS = resolve(REPO_ROOT, 'public/data/mnist');
const builtAssetsExist = existsSync(join(BUILT_ASSETS, EMBEDDED_MNIST_FILES.trainImages));
describe.skipIf(!builtAssetsExist)(`assets written by scripts/build-mnist-assets.mjs${builtAssetsExist ? '' : ' (skipped: run npm run build:data first)'}`, () => {
  it('stream into the official 60000 + 10000 MNIST', async () => {
    const served: Record<string, FakeRoute> = {};
    for (const name of Object.values(EMBEDDED_MNIST_FILES)) {
      served[BASE + name] = { bytes: new Uint8Array(await readFile(join(BUILT_ASSETS, name))), chunkSize: 1 << 16 };
    }
    vi.stubGlobal('fetch', fakeFetch(served));
    const counts: number[] = [];
    const progress: number[] = [];
    const dataset = await loadEmbeddedMnist(BASE, { onProgress: (loaded) => progress.push(loaded), onPrefix: (partial) => counts.push(partial.train.count) });
    expect(progress.at(-1)).toBe(Object.values(served).reduce((sum, route) => sum + route.bytes!.length, 0));
    expect(counts).toEqual([10000, 20000, 30000, 40000, 50000]);
    expect(dataset.train.count).toBe(60000);
    expect(dataset.test.count).toBe(10000);
    expect(Array.from(dataset.train.labels.subarray(0, 5))).toEqual([5, 0, 4, 1, 9]);
  });
});
