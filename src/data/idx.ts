import { DataError } from './errors';
import { gunzipIfNeeded } from './gzip';
import { looksLikeTar } from './tar';
import { CLASS_COUNT, DATASET_INFO, type Dataset, type IdxDatasetId, type NamedBytes, type Split } from './types';

/**
 * IDX file format (as used by MNIST and Fashion-MNIST), big-endian:
 *   bytes 0-1  zero
 *   byte  2    element type (0x08 = unsigned byte, the only type used here)
 *   byte  3    number of dimensions d
 *   then d 32-bit sizes, then the elements in row-major order.
 * Images files have d = 3 (count, rows, columns): magic 0x00000803 = 2051.
 * Labels files have d = 1 (count): magic 0x00000801 = 2049.
 */

/** What an IDX file holds. */
export type IdxKind = 'images' | 'labels';

/** The magic number of each kind of IDX file. */
export const IDX_MAGIC: Readonly<Record<IdxKind, number>> = { images: 0x00000803, labels: 0x00000801 };

/** Header length in bytes of each kind of IDX file (4-byte magic + 4 bytes per dimension). */
export const IDX_HEADER_BYTES: Readonly<Record<IdxKind, number>> = { images: 16, labels: 8 };

/** A validated IDX header. */
export interface IdxHeader {
  kind: IdxKind;
  /** Dimension sizes; `dims[0]` is the item count. */
  dims: number[];
  /** Header length in bytes; the elements start here. */
  headerBytes: number;
  /** Number of element bytes the header promises (product of `dims`). */
  dataBytes: number;
}

const CIFAR_RECORD_BYTES = 3073;
const ELEMENT_TYPES: Record<number, string> = {
  0x08: 'unsigned byte',
  0x09: 'signed byte',
  0x0b: 'int16',
  0x0c: 'int32',
  0x0d: 'float32',
  0x0e: 'float64',
};

function describeMagic(magic: number): string {
  if (magic === IDX_MAGIC.images) return `${magic} (images)`;
  if (magic === IDX_MAGIC.labels) return `${magic} (labels)`;
  return String(magic);
}

/** Explains what a non-IDX file most likely is, for the error message. */
function describeForeignContent(bytes: Uint8Array, expected: IdxKind): string {
  if (looksLikeTar(bytes)) return 'is a tar archive (a CIFAR-10 tarball?), not an IDX file';
  if (bytes.length % CIFAR_RECORD_BYTES === 0 && bytes[0] < CLASS_COUNT) {
    return `looks like a CIFAR-10 binary batch (${bytes.length / CIFAR_RECORD_BYTES} records of 3073 bytes), not an IDX file`;
  }
  const magic = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  return `expected IDX magic ${describeMagic(IDX_MAGIC[expected])}, found ${magic}: this is not an IDX file`;
}

/**
 * Checks the 4-byte magic number: two zero bytes, element type unsigned byte, and the
 * dimension count of the expected kind (3 for images, 1 for labels).
 *
 * @throws DataError on an empty or short file, a foreign file, or the wrong magic or type.
 */
export function checkIdxMagic(bytes: Uint8Array, fileName: string, expected: IdxKind): void {
  if (bytes.length === 0) throw new DataError(fileName, 'the file is empty');
  if (bytes.length < 4) throw new DataError(fileName, `is too short for an IDX header (${bytes.length} bytes)`);
  if (bytes[0] !== 0 || bytes[1] !== 0) throw new DataError(fileName, describeForeignContent(bytes, expected));
  const magic = (bytes[2] << 8) | bytes[3];
  const type = bytes[2];
  if (type !== 0x08) {
    const typeName = ELEMENT_TYPES[type];
    if (!typeName) throw new DataError(fileName, describeForeignContent(bytes, expected));
    throw new DataError(fileName, `has element type ${typeName} (0x${type.toString(16).padStart(2, '0')}); only unsigned bytes (0x08) are supported`);
  }
  if (magic !== IDX_MAGIC[expected]) {
    throw new DataError(fileName, `expected IDX magic ${describeMagic(IDX_MAGIC[expected])}, found ${describeMagic(magic)}`);
  }
}

/**
 * Reads and validates an IDX header of the expected kind. Only the header is needed,
 * so this also works on the first bytes of a stream; see {@link checkIdxLength} for the
 * size check once the whole file is known.
 *
 * @param bytes Uncompressed file bytes (at least the header).
 * @param fileName Used in error messages.
 * @throws DataError as {@link checkIdxMagic}, on a truncated header, or on a zero dimension.
 */
export function readIdxHeader(bytes: Uint8Array, fileName: string, expected: IdxKind): IdxHeader {
  checkIdxMagic(bytes, fileName, expected);
  const headerBytes = IDX_HEADER_BYTES[expected];
  if (bytes.length < headerBytes) {
    throw new DataError(fileName, `is truncated: the ${expected} header needs ${headerBytes} bytes, the file has ${bytes.length}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, headerBytes);
  const dims: number[] = [];
  for (let offset = 4; offset < headerBytes; offset += 4) dims.push(view.getUint32(offset, false));
  const zero = dims.indexOf(0);
  if (zero !== -1) throw new DataError(fileName, `declares dimension ${zero} as 0: an IDX file must hold at least one item`);
  return { kind: expected, dims, headerBytes, dataBytes: dims.reduce((product, size) => product * size, 1) };
}

/**
 * Checks that a file's length is exactly header + data, as its header declares.
 * @throws DataError when the file is truncated or has trailing bytes.
 */
export function checkIdxLength(header: IdxHeader, byteLength: number, fileName: string): void {
  const expected = header.headerBytes + header.dataBytes;
  const shape = header.dims.join('×');
  if (byteLength < expected) {
    throw new DataError(fileName, `is truncated: its header declares ${shape} ${header.kind} (${expected} bytes) but the file has ${byteLength} bytes`);
  }
  if (byteLength > expected) {
    throw new DataError(fileName, `has ${byteLength - expected} unexpected bytes after the ${shape} ${header.kind} its header declares`);
  }
}

/**
 * Checks an images header against the image size of the dataset (28×28 for MNIST and Fashion-MNIST).
 * @throws DataError when the size differs.
 */
export function checkIdxImageSize(header: IdxHeader, datasetId: IdxDatasetId, fileName: string): void {
  const [height, width] = DATASET_INFO[datasetId].imageShape;
  const [, rows, columns] = header.dims;
  if (rows !== height || columns !== width) {
    throw new DataError(fileName, `holds ${rows}×${columns} images, but ${DATASET_INFO[datasetId].name} images are ${height}×${width}`);
  }
}

/**
 * Checks every label is a class index (< 10).
 * @throws DataError naming the first out-of-range label.
 */
export function checkLabels(labels: Uint8Array, fileName: string): void {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] >= CLASS_COUNT) {
      throw new DataError(fileName, `label ${labels[i]} at index ${i} is out of range (labels must be 0..${CLASS_COUNT - 1})`);
    }
  }
}

/**
 * Checks an images file and a labels file describe the same number of items.
 * @throws DataError naming both files when the counts differ.
 */
export function checkPairCounts(imageCount: number, labelCount: number, imagesName: string, labelsName: string): void {
  if (imageCount !== labelCount) {
    throw new DataError(`${imagesName} + ${labelsName}`, `the images file holds ${imageCount} images but the labels file holds ${labelCount} labels`);
  }
}

/**
 * Parses an IDX images file (raw or gzip) into a new byte array of `count` 28×28 images.
 * @throws DataError on any malformed input.
 */
export function parseIdxImages(file: NamedBytes, datasetId: IdxDatasetId): { images: Uint8Array; count: number } {
  const bytes = gunzipIfNeeded(file.bytes, file.name);
  const header = readIdxHeader(bytes, file.name, 'images');
  checkIdxLength(header, bytes.length, file.name);
  checkIdxImageSize(header, datasetId, file.name);
  // Constructing from a view copies, so the result never aliases the caller's bytes.
  return { images: new Uint8Array(bytes.subarray(header.headerBytes)), count: header.dims[0] };
}

/**
 * Parses an IDX labels file (raw or gzip) into a new byte array of class indices.
 * @throws DataError on any malformed input, including a label ≥ 10.
 */
export function parseIdxLabels(file: NamedBytes): Uint8Array {
  const bytes = gunzipIfNeeded(file.bytes, file.name);
  const header = readIdxHeader(bytes, file.name, 'labels');
  checkIdxLength(header, bytes.length, file.name);
  const labels = new Uint8Array(bytes.subarray(header.headerBytes));
  checkLabels(labels, file.name);
  return labels;
}

/** Parses one images + labels pair into a split. */
export function parseIdxSplit(images: NamedBytes, labels: NamedBytes, datasetId: IdxDatasetId): Split {
  const parsedImages = parseIdxImages(images, datasetId);
  const parsedLabels = parseIdxLabels(labels);
  checkPairCounts(parsedImages.count, parsedLabels.length, images.name, labels.name);
  return { images: parsedImages.images, labels: parsedLabels, count: parsedImages.count };
}

/** The four IDX files of a dataset; any may be missing, but images and labels come in pairs. */
export interface IdxFiles {
  trainImages?: NamedBytes;
  trainLabels?: NamedBytes;
  testImages?: NamedBytes;
  testLabels?: NamedBytes;
}

/** The splits parsed from an {@link IdxFiles} set: whichever were given. */
export interface IdxSplits {
  train?: Split;
  test?: Split;
}

function parsePair(
  images: NamedBytes | undefined,
  labels: NamedBytes | undefined,
  split: 'train' | 'test',
  datasetId: IdxDatasetId,
): Split | undefined {
  const prefix = split === 'train' ? 'train' : 't10k';
  if (images && !labels) throw new DataError(images.name, `has no matching ${prefix}-labels file`);
  if (labels && !images) throw new DataError(labels.name, `has no matching ${prefix}-images file`);
  return images && labels ? parseIdxSplit(images, labels, datasetId) : undefined;
}

/**
 * Parses whichever complete splits an IDX file set holds.
 * @throws DataError when no file is given, a pair is incomplete, or any file is malformed.
 */
export function parseIdxSplits(datasetId: IdxDatasetId, files: IdxFiles): IdxSplits {
  const train = parsePair(files.trainImages, files.trainLabels, 'train', datasetId);
  const test = parsePair(files.testImages, files.testLabels, 'test', datasetId);
  if (!train && !test) throw new DataError(`${DATASET_INFO[datasetId].name} IDX files`, 'none were given');
  return { ...(train && { train }), ...(test && { test }) };
}

function describeFiles(images?: NamedBytes, labels?: NamedBytes): string {
  return [images?.name, labels?.name].filter(Boolean).join(' + ');
}

/**
 * Builds a new dataset from IDX files. Splits missing from `files` are taken from
 * `fallback` (e.g. the embedded MNIST); `fallback` itself is never modified.
 *
 * @throws DataError when a split is missing and there is no fallback, or any file is malformed.
 */
export function loadIdxDataset(datasetId: IdxDatasetId, files: IdxFiles, fallback?: Dataset): Dataset {
  const splits = parseIdxSplits(datasetId, files);
  const info = DATASET_INFO[datasetId];
  const train = splits.train ?? fallback?.train;
  const test = splits.test ?? fallback?.test;
  if (!train || !test) {
    const missing = train ? 't10k-images and t10k-labels (test set)' : 'train-images and train-labels (training set)';
    throw new DataError(`${info.name} IDX files`, `the ${missing} files are missing`);
  }
  const trainSource = splits.train ? describeFiles(files.trainImages, files.trainLabels) : `${fallback?.source}`;
  const testSource = splits.test ? describeFiles(files.testImages, files.testLabels) : `${fallback?.source}`;
  return {
    id: datasetId,
    name: info.name,
    imageShape: [...info.imageShape],
    classNames: [...info.classNames],
    train,
    test,
    source: trainSource === testSource ? trainSource : `train: ${trainSource}; test: ${testSource}`,
  };
}

/**
 * A new dataset equal to `base` with the given splits replaced (e.g. the embedded MNIST
 * with the splits read by `--mnist-idx DIR`); `base` is not modified.
 */
export function replaceSplits(base: Dataset, splits: IdxSplits, source: string): Dataset {
  if (!splits.train && !splits.test) return base;
  const replaced = [splits.train && 'train', splits.test && 'test'].filter(Boolean).join(' and ');
  return {
    ...base,
    imageShape: [...base.imageShape],
    classNames: [...base.classNames],
    train: splits.train ?? base.train,
    test: splits.test ?? base.test,
    source: splits.train && splits.test ? source : `${base.source}, ${replaced} from ${source}`,
  };
}
