import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCifarBatches, loadCifarTarball, parseCifarBatch, parseCifarClassNames } from './cifar';
import { DataError } from './errors';
import { gunzip } from './gzip';
import { readTar } from './tar';
import { makeCifarBatch, makeIdxImages, makeTar, SHARED_DATA_DIR, SHARED_DATA_EXISTS, sharedDataTitle } from './testFixtures.node';
import { CIFAR10_CLASS_NAMES, type Dataset } from './types';

const encode = (text: string) => new TextEncoder().encode(text);

function dataErrorMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message;
  }
  throw new Error('expected a DataError, nothing was thrown');
}

describe('CIFAR-10 batches', () => {
  it('converts planar CHW records to HWC interleaved pixels', () => {
    const split = parseCifarBatch(makeCifarBatch([6, 9]), 'b.bin');
    expect(split.count).toBe(2);
    expect(Array.from(split.labels)).toEqual([6, 9]);
    expect(split.images.length).toBe(2 * 3072);
    // Record 1, pixel 5 (row 0, column 5): R = 1+5, G = 1+7+5, B = 1+14+5.
    const at = (1 * 1024 + 5) * 3;
    expect(Array.from(split.images.subarray(at, at + 3))).toEqual([6, 13, 20]);
    // Last pixel of record 0 (row 31, column 31).
    expect(Array.from(split.images.subarray(1023 * 3, 1024 * 3))).toEqual([1023 & 255, (7 + 1023) & 255, (14 + 1023) & 255]);
  });

  it('reads any number of training batches in numeric order, plus class names', () => {
    const dataset = loadCifarBatches(
      [
        { name: 'x/data_batch_10.bin', bytes: makeCifarBatch([2]) },
        { name: 'x/data_batch_2.bin', bytes: makeCifarBatch([1, 1]) },
        { name: 'x/._data_batch_3.bin', bytes: new Uint8Array(100) },
        { name: 'x/test_batch.bin', bytes: makeCifarBatch([0, 5, 7]) },
        { name: 'x/batches.meta.txt', bytes: encode('a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n\n') },
      ],
      'set',
    );
    expect(Array.from(dataset.train.labels)).toEqual([1, 1, 2]);
    expect(dataset.test.count).toBe(3);
    expect(dataset.classNames).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    expect(dataset.imageShape).toEqual([32, 32, 3]);
  });

  it('reads a synthetic tarball, gzip or not, defaulting the class names', () => {
    const tar = makeTar([
      { path: 'cifar-10-batches-bin/data_batch_1.bin', data: makeCifarBatch([3, 4, 5]) },
      { path: 'cifar-10-batches-bin/test_batch.bin', data: makeCifarBatch([8]) },
    ]);
    for (const bytes of [tar, gzipSync(tar)]) {
      const dataset = loadCifarTarball(bytes, 'c.tgz');
      expect(dataset.train.count).toBe(3);
      expect(Array.from(dataset.test.labels)).toEqual([8]);
      expect(dataset.classNames).toEqual(CIFAR10_CLASS_NAMES);
    }
  });

  it('names the file and the problem for each malformed input', () => {
    const batch = makeCifarBatch([1, 2]);
    const goodTest = { path: 'd/test_batch.bin', data: makeCifarBatch([0]) };
    const tarball = (files: Array<{ path: string; data: Uint8Array }>) => gzipSync(makeTar(files));
    const cases: Array<[string, () => unknown, RegExp]> = [
      ['empty batch', () => parseCifarBatch(new Uint8Array(0), 'b.bin'), /^b\.bin: the file is empty$/],
      ['wrong record size', () => parseCifarBatch(batch.subarray(0, 3073 + 100), 'b.bin'), /^b\.bin: its size \(3173 bytes\) is not a whole number of 3073-byte CIFAR-10 records/],
      ['bad label', () => parseCifarBatch(makeCifarBatch([4, 12]), 'b.bin'), /^b\.bin: label 12 of record 1 is out of range/],
      ['IDX given as batch', () => parseCifarBatch(makeIdxImages(1), 'b.bin'), /^b\.bin: is an IDX file \(MNIST format\), not a CIFAR-10 binary batch$/],
      ['empty tarball', () => loadCifarTarball(new Uint8Array(0), 't.tar.gz'), /^t\.tar\.gz: the file is empty$/],
      ['not gzip nor tar', () => loadCifarTarball(encode('hello world, this is text'), 't.tar.gz'), /^t\.tar\.gz: is neither gzip nor a tar archive/],
      ['gzip but not tar', () => loadCifarTarball(gzipSync(encode('x'.repeat(2000))), 't.tar.gz'), /^t\.tar\.gz: is not a tar archive/],
      ['MNIST given as CIFAR', () => loadCifarTarball(gzipSync(makeIdxImages(2)), 'train-images.gz'), /^train-images\.gz: is an IDX file \(MNIST format\), not a CIFAR-10 tarball$/],
      ['truncated gzip', () => loadCifarTarball(tarball([{ path: 'd/data_batch_1.bin', data: batch }, goodTest]).subarray(0, 300), 't.tgz'), /^t\.tgz: the gzip data is truncated or corrupt/],
      ['truncated tar', () => loadCifarTarball(makeTar([{ path: 'd/data_batch_1.bin', data: batch }]).subarray(0, 2000), 't.tar'), /^t\.tar: the tar archive is truncated/],
      ['no test batch', () => loadCifarTarball(tarball([{ path: 'd/data_batch_1.bin', data: batch }]), 't.tgz'), /^t\.tgz: has no CIFAR-10 test batch \(test_batch\.bin\)$/],
      ['no training batch', () => loadCifarTarball(tarball([goodTest]), 't.tgz'), /^t\.tgz: has no CIFAR-10 training batch/],
      ['bad record size inside', () => loadCifarTarball(tarball([{ path: 'd/data_batch_1.bin', data: batch.subarray(1) }, goodTest]), 't.tgz'), /^t\.tgz › d\/data_batch_1\.bin: its size \(6145 bytes\)/],
      ['bad meta', () => loadCifarTarball(tarball([{ path: 'd/data_batch_1.bin', data: batch }, goodTest, { path: 'd/batches.meta.txt', data: encode('a\nb\n') }]), 't.tgz'), /^t\.tgz › d\/batches\.meta\.txt: lists 2 class names, expected 10$/],
    ];
    for (const [label, action, pattern] of cases) expect(dataErrorMessage(action), label).toMatch(pattern);
  });

  it('detects a corrupt tar header checksum', () => {
    const tar = makeTar([{ path: 'a', data: new Uint8Array(10) }, { path: 'b', data: new Uint8Array(10) }]);
    tar[1024 + 5] ^= 1;
    expect(dataErrorMessage(() => readTar(tar, 't.tar'))).toMatch(/^t\.tar: the tar header at byte 1024 is corrupt \(checksum mismatch\)$/);
    expect(() => parseCifarClassNames('a', 'm')).toThrow(DataError);
  });
});

describe.skipIf(!SHARED_DATA_EXISTS)(sharedDataTitle('CIFAR-10 subset tarball from ../shared/data'), () => {
  let cifar: Dataset;
  let tarball: Uint8Array;
  beforeAll(async () => {
    tarball = new Uint8Array(await readFile(join(SHARED_DATA_DIR, 'cifar10', 'cifar-10-subset-binary.tar.gz')));
    cifar = loadCifarTarball(tarball, 'cifar-10-subset-binary.tar.gz');
  });

  it('has the layout of the official tarball, class names included', () => {
    const entries = readTar(gunzip(tarball, 'cifar'), 'cifar');
    const paths = entries.map((entry) => entry.path).sort();
    expect(paths).toEqual(['cifar-10-batches-bin/batches.meta.txt', 'cifar-10-batches-bin/data_batch_1.bin', 'cifar-10-batches-bin/test_batch.bin']);
    const meta = entries.find((entry) => entry.path.endsWith('batches.meta.txt'))!;
    expect(parseCifarClassNames(new TextDecoder().decode(meta.data), 'meta')).toEqual(cifar.classNames);
  });

  it('holds 10000 training and 2000 test images with interleaved balanced classes', () => {
    expect(cifar.id).toBe('cifar10');
    expect(cifar.train.count).toBe(10000);
    expect(cifar.test.count).toBe(2000);
    expect(cifar.train.images.length).toBe(10000 * 32 * 32 * 3);
    expect(Array.from(cifar.train.labels.subarray(0, 20))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const trainPerClass = new Array<number>(10).fill(0);
    for (const label of cifar.train.labels) trainPerClass[label]++;
    expect(trainPerClass).toEqual(new Array(10).fill(1000));
    const testPerClass = new Array<number>(10).fill(0);
    for (const label of cifar.test.labels) testPerClass[label]++;
    expect(testPerClass).toEqual(new Array(10).fill(200));
    expect(cifar.classNames).toEqual(['airplane', 'automobile', 'bird', 'cat', 'deer', 'dog', 'frog', 'horse', 'ship', 'truck']);
  });

  it('holds colour images (channels differ)', () => {
    let differing = 0;
    for (let p = 0; p < 1024; p++) if (cifar.train.images[p * 3] !== cifar.train.images[p * 3 + 2]) differing++;
    expect(differing).toBeGreaterThan(100);
  });
});
