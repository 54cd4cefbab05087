import { DataError } from './errors';
import { gunzipIfNeeded, isGzip } from './gzip';
import { IDX_MAGIC } from './idx';
import { readTar, type TarEntry } from './tar';
import { CIFAR10_CLASS_NAMES, CLASS_COUNT, DATASET_INFO, type Dataset, type NamedBytes, type Split } from './types';

/**
 * CIFAR-10 "binary version" (`cifar-10-binary.tar.gz`): a gzip'd tar holding
 * `cifar-10-batches-bin/data_batch_1.bin` … `data_batch_N.bin`, `test_batch.bin` and
 * `batches.meta.txt` (class names, one a line). Each batch is a sequence of 3073-byte
 * records: 1 label byte, then the 32×32 red plane, green plane and blue plane
 * (1024 bytes each, row-major).
 */

/** Bytes in one CIFAR-10 record: 1 label + 3 × 32 × 32 pixels. */
export const CIFAR_RECORD_BYTES = 3073;
const PLANE = 1024;

const TRAIN_BATCH = /(?:^|\/)data_batch_(\d+)\.bin$/;
const TEST_BATCH = /(?:^|\/)test_batch\.bin$/;
const META = /(?:^|\/)batches\.meta\.txt$/;

/** macOS archivers add AppleDouble companions (`._data_batch_1.bin`) that are not batches. */
function isAppleDouble(path: string): boolean {
  return path.slice(path.lastIndexOf('/') + 1).startsWith('._');
}

function isIdx(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) return false;
  const magic = (bytes[2] << 8) | bytes[3];
  return magic === IDX_MAGIC.images || magic === IDX_MAGIC.labels;
}

/**
 * Parses one binary batch into a new split, converting planar CHW records to HWC
 * interleaved pixels.
 *
 * @param fileName Used in error messages.
 * @throws DataError on an empty file, a size that is not a multiple of 3073, an IDX
 *   file given instead, or a label ≥ 10.
 */
export function parseCifarBatch(bytes: Uint8Array, fileName: string): Split {
  if (bytes.length === 0) throw new DataError(fileName, 'the file is empty');
  if (isIdx(bytes)) throw new DataError(fileName, 'is an IDX file (MNIST format), not a CIFAR-10 binary batch');
  if (bytes.length % CIFAR_RECORD_BYTES !== 0) {
    throw new DataError(
      fileName,
      `its size (${bytes.length} bytes) is not a whole number of 3073-byte CIFAR-10 records (1 label + 32×32×3 pixels)`,
    );
  }
  const count = bytes.length / CIFAR_RECORD_BYTES;
  const labels = new Uint8Array(count);
  const images = new Uint8Array(count * PLANE * 3);
  for (let record = 0; record < count; record++) {
    const start = record * CIFAR_RECORD_BYTES;
    const label = bytes[start];
    if (label >= CLASS_COUNT) {
      throw new DataError(fileName, `label ${label} of record ${record} is out of range (labels must be 0..${CLASS_COUNT - 1})`);
    }
    labels[record] = label;
    const red = start + 1;
    const out = record * PLANE * 3;
    for (let pixel = 0; pixel < PLANE; pixel++) {
      images[out + pixel * 3] = bytes[red + pixel];
      images[out + pixel * 3 + 1] = bytes[red + PLANE + pixel];
      images[out + pixel * 3 + 2] = bytes[red + 2 * PLANE + pixel];
    }
  }
  return { images, labels, count };
}

/**
 * Reads class names from `batches.meta.txt`: the non-empty lines, trimmed.
 * @throws DataError unless there are exactly 10.
 */
export function parseCifarClassNames(text: string, fileName: string): string[] {
  const names = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (names.length !== CLASS_COUNT) {
    throw new DataError(fileName, `lists ${names.length} class names, expected ${CLASS_COUNT}`);
  }
  return names;
}

/** Concatenates splits into one new split. */
export function concatSplits(splits: readonly Split[], imageBytes: number): Split {
  const count = splits.reduce((sum, split) => sum + split.count, 0);
  const images = new Uint8Array(count * imageBytes);
  const labels = new Uint8Array(count);
  let offset = 0;
  for (const split of splits) {
    images.set(split.images.subarray(0, split.count * imageBytes), offset * imageBytes);
    labels.set(split.labels.subarray(0, split.count), offset);
    offset += split.count;
  }
  return { images, labels, count };
}

/**
 * Builds a CIFAR-10 dataset from its separate files: any number of
 * `data_batch_N.bin` (used in order of N), one `test_batch.bin`, and optionally
 * `batches.meta.txt`. Names may carry a folder prefix.
 *
 * @param sourceName Names the whole set in error messages and in `source`.
 * @throws DataError when no training batch or no test batch is present, or any file is malformed.
 */
export function loadCifarBatches(files: readonly NamedBytes[], sourceName: string): Dataset {
  const trainFiles = files
    .filter((file) => TRAIN_BATCH.test(file.name) && !isAppleDouble(file.name))
    .map((file) => ({ file, index: Number(TRAIN_BATCH.exec(file.name)![1]) }))
    .sort((a, b) => a.index - b.index);
  const testFiles = files.filter((file) => TEST_BATCH.test(file.name) && !isAppleDouble(file.name));
  const metaFile = files.find((file) => META.test(file.name) && !isAppleDouble(file.name));
  if (trainFiles.length === 0) throw new DataError(sourceName, 'has no CIFAR-10 training batch (data_batch_1.bin, …)');
  if (testFiles.length === 0) throw new DataError(sourceName, 'has no CIFAR-10 test batch (test_batch.bin)');
  if (testFiles.length > 1) {
    throw new DataError(sourceName, `has ${testFiles.length} test batches (${testFiles.map((f) => f.name).join(', ')}), expected one`);
  }
  const duplicate = trainFiles.find((entry, i) => i > 0 && trainFiles[i - 1].index === entry.index);
  if (duplicate) throw new DataError(sourceName, `has more than one data_batch_${duplicate.index}.bin`);
  const imageBytes = 32 * 32 * 3;
  const trainSplits = trainFiles.map(({ file }) => parseCifarBatch(file.bytes, `${sourceName} › ${file.name}`));
  const train = trainSplits.length === 1 ? trainSplits[0] : concatSplits(trainSplits, imageBytes);
  const test = parseCifarBatch(testFiles[0].bytes, `${sourceName} › ${testFiles[0].name}`);
  const classNames = metaFile
    ? parseCifarClassNames(new TextDecoder().decode(metaFile.bytes), `${sourceName} › ${metaFile.name}`)
    : [...CIFAR10_CLASS_NAMES];
  const info = DATASET_INFO.cifar10;
  return {
    id: 'cifar10',
    name: info.name,
    imageShape: [...info.imageShape],
    classNames,
    train,
    test,
    source: `${sourceName} (${trainFiles.length} training batch${trainFiles.length === 1 ? '' : 'es'}, ${train.count} + ${test.count} images)`,
  };
}

/**
 * Parses a CIFAR-10 binary tarball (`.tar.gz`, `.tgz`, or an uncompressed `.tar`).
 *
 * @param fileName Used in error messages and in the dataset's `source`.
 * @throws DataError when the bytes are not a (gzip'd) tar, lack a training or test
 *   batch, or hold a malformed batch.
 */
export function loadCifarTarball(bytes: Uint8Array, fileName: string): Dataset {
  if (bytes.length === 0) throw new DataError(fileName, 'the file is empty');
  const archive = gunzipIfNeeded(bytes, fileName);
  if (isIdx(archive)) throw new DataError(fileName, 'is an IDX file (MNIST format), not a CIFAR-10 tarball');
  let entries: TarEntry[];
  try {
    entries = readTar(archive, fileName);
  } catch (error) {
    if (error instanceof DataError && !isGzip(bytes) && error.problem.startsWith('is not a tar')) {
      throw new DataError(fileName, 'is neither gzip nor a tar archive, so it cannot be a CIFAR-10 tarball');
    }
    throw error;
  }
  return loadCifarBatches(
    entries.map((entry) => ({ name: entry.path, bytes: entry.data })),
    fileName,
  );
}
