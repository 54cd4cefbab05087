import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { gzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCifarTarball, parseCifarBatch, parseCifarClassNames } from './cifar';
import { DataError } from './errors';
import { gunzip, MAX_GUNZIP_BYTES } from './gzip';
import { loadIdxDataset, parseIdxImages, parseIdxLabels, parseIdxSplit } from './idx';
import { loadDatasetFromBytes } from './sources';
import { readTar } from './tar';
import { makeCifarBatch, makeIdxImages, makeIdxLabels, makeTar, SHARED_DATA_DIR, SHARED_DATA_EXISTS, sharedDataTitle } from './testFixtures.node';
import type { Dataset, NamedBytes } from './types';

/** Issue 9, "Files": every malformed input is one DataError; nothing else is thrown, nothing hangs. */

const file = (name: string, bytes: Uint8Array): NamedBytes => ({ name, bytes });

/** The DataError `action` throws (fails on any other error, or none). */
function dataError(action: () => unknown): DataError {
  try {
    action();
  } catch (error) {
    if (!(error instanceof DataError)) throw new Error(`expected a DataError, got ${String(error)}`);
    return error;
  }
  throw new Error('expected a DataError, nothing was thrown');
}

const u32be = (value: number) => [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
const withBytes = (bytes: Uint8Array, at: number, values: number[]) => {
  const copy = new Uint8Array(bytes);
  copy.set(values, at);
  return copy;
};
const joined = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) out.set(part, offset), (offset += part.length);
  return out;
};

describe('IDX files', () => {
  const images = makeIdxImages(4);
  const labels = makeIdxLabels([1, 2, 3, 4]);

  it('wrong magic', () => {
    expect(dataError(() => parseIdxImages(file('i', withBytes(images, 0, [1, 2, 3, 4])), 'mnist')).message).toMatch(/^i: expected IDX magic 2051 \(images\), found 16909060: this is not an IDX file$/);
    expect(dataError(() => parseIdxLabels(file('l', withBytes(labels, 2, [0x07, 1])))).message).toMatch(/^l: expected IDX magic 2049 \(labels\), found 1793/);
  });

  it('wrong dimension count', () => {
    // An images header declaring 2 or 4 dimensions, a labels header declaring 3.
    expect(dataError(() => parseIdxImages(file('i', withBytes(images, 3, [2])), 'mnist')).message).toMatch(/^i: expected IDX magic 2051 \(images\), found 2050$/);
    expect(dataError(() => parseIdxImages(file('i', withBytes(images, 3, [4])), 'mnist')).message).toMatch(/^i: expected IDX magic 2051 \(images\), found 2052$/);
    expect(dataError(() => parseIdxLabels(file('l', withBytes(labels, 3, [3])))).message).toMatch(/^l: expected IDX magic 2049 \(labels\), found 2051 \(images\)$/);
  });

  it('sizes that do not match the bytes, including sizes too large to allocate', () => {
    expect(dataError(() => parseIdxImages(file('i', withBytes(images, 4, u32be(5))), 'mnist')).message).toMatch(/^i: is truncated: its header declares 5×28×28 images \(3936 bytes\) but the file has 3152 bytes$/);
    expect(dataError(() => parseIdxImages(file('i', withBytes(images, 4, u32be(3))), 'mnist')).message).toMatch(/^i: has 784 unexpected bytes after the 3×28×28 images/);
    expect(dataError(() => parseIdxImages(file('i', withBytes(images, 8, u32be(27))), 'mnist')).message).toMatch(/truncated|unexpected bytes/);
    // 2^32 − 1 items of 2^32 − 1 × 2^32 − 1 pixels: refused from the header, nothing allocated.
    const huge = withBytes(images, 4, [...u32be(0xffffffff), ...u32be(0xffffffff), ...u32be(0xffffffff)]);
    expect(dataError(() => parseIdxImages(file('i', huge), 'mnist')).message).toMatch(/^i: is truncated: its header declares 4294967295×4294967295×4294967295 images/);
    expect(dataError(() => parseIdxLabels(file('l', withBytes(labels, 4, u32be(0xffffffff))))).message).toMatch(/^l: is truncated/);
  });

  it('a label count different from the image count', () => {
    expect(dataError(() => parseIdxSplit(file('i', images), file('l', makeIdxLabels([1, 2, 3])), 'mnist')).message).toBe('i + l: the images file holds 4 images but the labels file holds 3 labels');
    expect(dataError(() => loadDatasetFromBytes([file('train-images', images), file('train-labels', makeIdxLabels([1, 2, 3, 4, 5]))])).message).toMatch(/holds 4 images but the labels file holds 5 labels/);
  });

  it('labels out of range', () => {
    for (const bad of [10, 11, 128, 255]) {
      expect(dataError(() => parseIdxLabels(file('l', makeIdxLabels([0, bad, 1])))).message).toBe(`l: label ${bad} at index 1 is out of range (labels must be 0..9)`);
    }
  });
});

describe('CIFAR-10 files', () => {
  const batch = makeCifarBatch([0, 9, 5]);
  const test = { path: 'cifar-10-batches-bin/test_batch.bin', data: makeCifarBatch([1]) };
  const train = { path: 'cifar-10-batches-bin/data_batch_1.bin', data: batch };

  it('a batch whose size is not a multiple of 3073', () => {
    for (const size of [1, 3072, 3074, 3 * 3073 - 1]) {
      expect(dataError(() => parseCifarBatch(joined(batch, batch).subarray(0, size), 'b.bin')).message).toMatch(new RegExp(`^b\\.bin: its size \\(${size} bytes\\) is not a whole number of 3073-byte CIFAR-10 records`));
    }
  });

  it('labels above 9', () => {
    for (const label of [10, 200, 255]) {
      expect(dataError(() => parseCifarBatch(makeCifarBatch([3, 4, label]), 'b.bin')).message).toBe(`b.bin: label ${label} of record 2 is out of range (labels must be 0..9)`);
    }
    expect(dataError(() => loadCifarTarball(gzipSync(makeTar([{ ...train, data: makeCifarBatch([1, 10]) }, test])), 'c.tgz')).message).toMatch(/^c\.tgz › cifar-10-batches-bin\/data_batch_1\.bin: label 10 of record 1/);
  });

  it('a tar with a bad header checksum', () => {
    const tar = makeTar([train, test]);
    // The first header (the whole archive is refused) and a later one.
    expect(dataError(() => loadCifarTarball(withBytes(tar, 0, [tar[0] ^ 1]), 'c.tar')).message).toMatch(/^c\.tar: is neither gzip nor a tar archive/);
    expect(dataError(() => loadCifarTarball(gzipSync(withBytes(tar, 0, [tar[0] ^ 1])), 'c.tgz')).message).toMatch(/^c\.tgz: is not a tar archive/);
    const second = 512 + Math.ceil(batch.length / 512) * 512;
    expect(dataError(() => loadCifarTarball(gzipSync(withBytes(tar, second + 148, [0x31])), 'c.tgz')).message).toBe(`c.tgz: the tar header at byte ${second} is corrupt (checksum mismatch)`);
  });

  it('a truncated entry', () => {
    const tar = makeTar([train, test]);
    for (const cut of [600, 512 + batch.length - 1, tar.length - 1024 - 512]) {
      expect(dataError(() => loadCifarTarball(gzipSync(tar.subarray(0, cut)), 'c.tgz')).message).toMatch(/^c\.tgz: the tar archive is truncated \(an entry at byte \d+ needs \d+ bytes, only \d+ remain\)$/);
    }
  });

  it('an archive with no batches', () => {
    const meta = { path: 'cifar-10-batches-bin/batches.meta.txt', data: new TextEncoder().encode('a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n') };
    for (const entries of [[meta], [{ path: 'readme.txt', data: new Uint8Array(10) }], [test]]) {
      expect(dataError(() => loadCifarTarball(gzipSync(makeTar(entries)), 'c.tgz')).message).toBe('c.tgz: has no CIFAR-10 training batch (data_batch_1.bin, …)');
    }
    expect(dataError(() => loadCifarTarball(gzipSync(makeTar([train])), 'c.tgz')).message).toBe('c.tgz: has no CIFAR-10 test batch (test_batch.bin)');
    // Nothing but the two zero blocks that end an archive.
    expect(dataError(() => loadCifarTarball(gzipSync(new Uint8Array(1024)), 'c.tgz')).message).toMatch(/^c\.tgz: is not a tar archive/);
  });
});

describe('gzip', () => {
  const payload = makeIdxLabels(Array.from({ length: 5000 }, (_, i) => i % 10));
  const gz = gzipSync(payload);

  it('a truncated stream, at every length', () => {
    expect(dataError(() => gunzip(gz.subarray(0, 1), 'f.gz')).message).toMatch(/^f\.gz: is not gzip data/);
    for (let length = 2; length < gz.length; length++) {
      expect(dataError(() => gunzip(gz.subarray(0, length), 'f.gz')).message).toMatch(/^f\.gz: the gzip data is (truncated|corrupt)/);
    }
  });

  it('a 3-byte stream', () => {
    expect(dataError(() => gunzip(Uint8Array.from([0x1f, 0x8b, 0x08]), 'f.gz')).message).toBe('f.gz: the gzip data is truncated (only 3 bytes)');
    expect(dataError(() => parseIdxLabels(file('t10k-labels.gz', Uint8Array.from([0x1f, 0x8b, 0x08])))).message).toBe('t10k-labels.gz: the gzip data is truncated (only 3 bytes)');
    expect(dataError(() => gunzip(Uint8Array.from([1, 2, 3]), 'f.gz')).message).toMatch(/^f\.gz: is not gzip data/);
  });

  it('trailing garbage', () => {
    for (const tail of [[0], [1, 2, 3], [0x1f], [0x1f, 0x8b], Array(100).fill(0), Array.from({ length: 50 }, (_, i) => i)]) {
      expect(dataError(() => gunzip(joined(gz, Uint8Array.from(tail)), 'f.gz')).message, String(tail)).toMatch(/^f\.gz: the gzip data is (truncated or )?corrupt/);
    }
    // A second whole member is not garbage: concatenated gzip members are one file.
    expect(gunzip(joined(gz, gz), 'f.gz').length).toBe(2 * payload.length);
  });

  it('a decompression bomb is stopped at the size cap while streaming', () => {
    // 1 KiB members that each inflate to 1 MiB: 2048 of them would be 2 GiB.
    const member = gzipSync(new Uint8Array(1 << 20), { level: 9 });
    const bomb = joined(...Array.from({ length: 2048 }, () => member));
    expect(bomb.length).toBeLessThan(3 << 20);
    const started = performance.now();
    expect(dataError(() => gunzip(bomb, 'bomb.gz', 4 << 20)).message).toBe('bomb.gz: decompresses to more than 4 MiB, the most accepted; decompression was stopped');
    // Stopped after a few MiB, not after inflating 2 GiB.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('the default cap is above the largest real dataset and stops a bomb given as a dataset file', () => {
    // The official CIFAR-10 tarball (6 batches of 10000 records, tar headers) and MNIST's training images.
    expect(MAX_GUNZIP_BYTES).toBeGreaterThan(6 * 10000 * 3073 + 64 * 1024);
    expect(MAX_GUNZIP_BYTES).toBeGreaterThan(16 + 60000 * 784);
    const member = gzipSync(new Uint8Array(16 << 20), { level: 9 });
    const bomb = joined(...Array.from({ length: MAX_GUNZIP_BYTES / (16 << 20) + 4 }, () => member));
    // Given as the CIFAR-10 tarball, the largest file a user loads (each decompression costs ~256 MiB of work).
    expect(dataError(() => loadDatasetFromBytes([file('cifar-10-binary.tar.gz', bomb)])).message).toBe('cifar-10-binary.tar.gz: decompresses to more than 256 MiB, the most accepted; decompression was stopped');
  }, 120_000);
});

/** Every parser, as a user reaches it (by name, by content) and as the tarball's parts. */
const PARSERS: Array<[string, (bytes: Uint8Array) => unknown]> = [
  ['gunzip', (b) => gunzip(b, 'f.gz', 64 << 20)],
  ['readTar', (b) => readTar(b, 'f.tar')],
  ['IDX images', (b) => parseIdxImages(file('train-images', b), 'mnist')],
  ['IDX labels', (b) => parseIdxLabels(file('train-labels', b))],
  ['CIFAR batch', (b) => parseCifarBatch(b, 'data_batch_1.bin')],
  ['CIFAR tarball', (b) => loadCifarTarball(b, 'c.tar.gz')],
  ['class names', (b) => parseCifarClassNames(new TextDecoder().decode(b), 'batches.meta.txt')],
  ['any file, by content', (b) => loadDatasetFromBytes([file('upload', b)])],
  ['IDX pair', (b) => loadDatasetFromBytes([file('t10k-images', b), file('t10k-labels', b)], { fallback: FALLBACK })],
  ['CIFAR batches', (b) => loadDatasetFromBytes([file('data_batch_1.bin', b), file('test_batch.bin', b)])],
];
const FALLBACK: Dataset = loadIdxDataset('mnist', { trainImages: file('a', makeIdxImages(1)), trainLabels: file('b', makeIdxLabels([1])), testImages: file('c', makeIdxImages(1)), testLabels: file('d', makeIdxLabels([2])) });

/** Runs every parser on `bytes`: each returns or throws a DataError, within `ms`. */
function throughEveryParser(bytes: Uint8Array, ms = 10_000): void {
  for (const [name, parse] of PARSERS) {
    const started = performance.now();
    try {
      parse(bytes);
    } catch (error) {
      if (!(error instanceof DataError)) throw new Error(`${name}: threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}, not a DataError`);
    }
    const elapsed = performance.now() - started;
    if (elapsed > ms) throw new Error(`${name}: took ${Math.round(elapsed)} ms on ${bytes.length} bytes`);
  }
}

type Mutation = { kind: 'set'; at: number; value: number } | { kind: 'cut'; at: number } | { kind: 'insert'; at: number; bytes: Uint8Array };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 0xff, 0x7f, 0x80, 10, 0x30, 0x37)) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
);
/** Mostly in the first 600 bytes, where the headers are. */
function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    const span = m.at % 3 === 0 ? out.length + 1 : Math.min(out.length + 1, 600);
    const at = m.at % span;
    if (m.kind === 'set') out = out.length ? withBytes(out, Math.min(at, out.length - 1), [m.value]) : out;
    else if (m.kind === 'cut') out = out.subarray(0, at);
    else out = joined(out.subarray(0, at), m.bytes, out.subarray(at));
  }
  return out;
}

describe('random and mutated bytes through every parser', () => {
  it('random bytes: only DataErrors, no hang', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.uint8Array({ minLength: 3073, maxLength: 3 * 3073 + 2 })), (bytes) => throughEveryParser(bytes)),
      { numRuns: 1000 },
    );
  });

  it('mutated synthetic files (IDX, CIFAR batch, tar, gzip of each): only DataErrors, no hang', () => {
    const tar = makeTar([
      { path: 'cifar-10-batches-bin/data_batch_1.bin', data: makeCifarBatch([1, 2]) },
      { path: 'cifar-10-batches-bin/test_batch.bin', data: makeCifarBatch([3]) },
      { path: 'cifar-10-batches-bin/batches.meta.txt', data: new TextEncoder().encode('a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n') },
    ]);
    const seeds = [makeIdxImages(3), makeIdxLabels([1, 2, 3]), makeCifarBatch([4, 5]), tar];
    const all = [...seeds, ...seeds.map((s) => gzipSync(s))];
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, mutations) => throughEveryParser(mutate(seed, mutations))),
      { numRuns: 1000 },
    );
  });
});

describe.skipIf(!SHARED_DATA_EXISTS)(sharedDataTitle('mutated real files from ../shared/data'), () => {
  const real: Record<string, { gz: Uint8Array; raw: Uint8Array }> = {};
  beforeAll(async () => {
    for (const path of ['mnist/t10k-images-idx3-ubyte.gz', 'mnist/t10k-labels-idx1-ubyte.gz', 'cifar10/cifar-10-subset-binary.tar.gz']) {
      const gz = new Uint8Array(await readFile(join(SHARED_DATA_DIR, path)));
      real[path] = { gz, raw: gunzip(gz, path) };
    }
  });

  it('the real files parse, and mutated copies (compressed or not) give only DataErrors, without hanging', () => {
    const images = real['mnist/t10k-images-idx3-ubyte.gz'];
    const labels = real['mnist/t10k-labels-idx1-ubyte.gz'];
    const cifar = real['cifar10/cifar-10-subset-binary.tar.gz'];
    expect(parseIdxSplit(file('t10k-images.gz', images.gz), file('t10k-labels.gz', labels.gz), 'mnist').count).toBe(10000);
    expect(loadCifarTarball(cifar.gz, 'c.tgz').train.count).toBe(10000);
    const sources = [images.gz, images.raw, labels.gz, labels.raw, cifar.gz, cifar.raw];
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (index, mutations) => throughEveryParser(mutate(sources[index], mutations), 20_000)),
      { numRuns: 30 },
    );
  }, 300_000);
});
