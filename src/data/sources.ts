import { loadCifarBatches, loadCifarTarball } from './cifar';
import { fileNameOf, openDownloads, readBody, totalSize, type DownloadOptions } from './download';
import { DataError } from './errors';
import { gunzip, isGzip } from './gzip';
import { IDX_MAGIC, loadIdxDataset, type IdxFiles } from './idx';
import { looksLikeTar } from './tar';
import type { Dataset, IdxDatasetId, NamedBytes, ProgressCallback } from './types';

export { fetchBytes, type DownloadOptions } from './download';

/** What a dataset file is, as told by its name (or, failing that, its content). */
export type DataFileRole =
  | 'train-images'
  | 'train-labels'
  | 'test-images'
  | 'test-labels'
  | 'cifar-tarball'
  | 'cifar-batch'
  | 'cifar-meta'
  | 'unknown';

const IDX_ROLE_KEYS = {
  'train-images': 'trainImages',
  'train-labels': 'trainLabels',
  'test-images': 'testImages',
  'test-labels': 'testLabels',
} as const satisfies Partial<Record<DataFileRole, keyof IdxFiles>>;

type IdxRole = keyof typeof IDX_ROLE_KEYS;

function isIdxRole(role: DataFileRole): role is IdxRole {
  return role in IDX_ROLE_KEYS;
}

/**
 * Classifies a file by its name (folder and URL query ignored): MNIST-style
 * `train-images…`, `train-labels…`, `t10k-images…`, `t10k-labels…` (any suffix, e.g.
 * `-idx3-ubyte.gz` or Kaggle's `.idx3-ubyte`); `.tar.gz`, `.tgz`, `.tar` → a CIFAR-10
 * tarball; `data_batch_N.bin` / `test_batch.bin` → a CIFAR-10 batch; `batches.meta.txt`.
 */
export function classifyDataFile(name: string): DataFileRole {
  const base = fileNameOf(name).toLowerCase();
  const idx = /^(train|t10k)-(images|labels)(?=[-._]|$)/.exec(base);
  if (idx) return `${idx[1] === 'train' ? 'train' : 'test'}-${idx[2] as 'images' | 'labels'}`;
  if (/\.(tar\.gz|tgz|tar)$/.test(base)) return 'cifar-tarball';
  if (/^(data_batch_\d+|test_batch)\.bin$/.test(base)) return 'cifar-batch';
  if (base === 'batches.meta.txt') return 'cifar-meta';
  return 'unknown';
}

/** Options for {@link loadDatasetFromBytes} and the loaders built on it. */
export interface DatasetSourceOptions {
  /** Which dataset IDX files hold: MNIST and Fashion-MNIST share one file layout (default `mnist`). */
  idxDatasetId?: IdxDatasetId;
  /** Supplies the split (train or test) that a set of IDX files lacks; never modified. */
  fallback?: Dataset;
}

/**
 * Looks inside a file whose name says nothing: a (gzip'd) tar is a CIFAR-10 tarball.
 * Returns the bytes to parse (decompressed when that was needed to look inside).
 */
function sniff(file: NamedBytes): { role: DataFileRole; bytes: Uint8Array } {
  const unpacked = isGzip(file.bytes) ? gunzip(file.bytes, file.name) : file.bytes;
  if (looksLikeTar(unpacked)) return { role: 'cifar-tarball', bytes: unpacked };
  const magic = unpacked.length >= 4 ? ((unpacked[0] << 24) | (unpacked[1] << 16) | (unpacked[2] << 8) | unpacked[3]) >>> 0 : -1;
  if (magic === IDX_MAGIC.images || magic === IDX_MAGIC.labels) {
    throw new DataError(
      file.name,
      'is an IDX file, but its name does not say whether it is training or test data (name it train-… or t10k-…)',
    );
  }
  throw new DataError(
    file.name,
    'is not a recognised dataset file (expected MNIST-format train-/t10k- IDX files, a CIFAR-10 .tar.gz, or CIFAR-10 .bin batches)',
  );
}

/**
 * Builds a dataset from files given together: either IDX files (two or four) or one
 * CIFAR-10 tarball, or CIFAR-10 `.bin` batches (+ `batches.meta.txt`).
 *
 * @throws DataError when the set is empty, mixes datasets, repeats a file, or any file is malformed.
 */
export function loadDatasetFromBytes(files: readonly NamedBytes[], options: DatasetSourceOptions = {}): Dataset {
  if (files.length === 0) throw new DataError('dataset files', 'no file was given');
  const classified = files.map((file) => {
    if (file.bytes.length === 0) throw new DataError(file.name, 'the file is empty');
    const role = classifyDataFile(file.name);
    return role === 'unknown' ? { ...sniff(file), name: file.name } : { role, bytes: file.bytes, name: file.name };
  });
  const idx = classified.filter((file) => isIdxRole(file.role));
  const cifar = classified.filter((file) => !isIdxRole(file.role));
  if (idx.length > 0 && cifar.length > 0) {
    throw new DataError(
      `${idx[0].name} + ${cifar[0].name}`,
      'these files belong to different datasets (MNIST-format IDX and CIFAR-10); give one dataset at a time',
    );
  }
  if (idx.length > 0) {
    const idxFiles: IdxFiles = {};
    for (const file of idx) {
      const key = IDX_ROLE_KEYS[file.role as IdxRole];
      const previous = idxFiles[key];
      if (previous) throw new DataError(`${previous.name} + ${file.name}`, `both are ${file.role} files; give only one`);
      idxFiles[key] = { name: file.name, bytes: file.bytes };
    }
    return loadIdxDataset(options.idxDatasetId ?? 'mnist', idxFiles, options.fallback);
  }
  const tarballs = cifar.filter((file) => file.role === 'cifar-tarball');
  if (tarballs.length > 0) {
    if (cifar.length > 1) {
      throw new DataError(cifar.map((file) => file.name).join(' + '), 'give the CIFAR-10 tarball on its own, without other files');
    }
    return loadCifarTarball(tarballs[0].bytes, tarballs[0].name);
  }
  return loadCifarBatches(
    cifar.map((file) => ({ name: file.name, bytes: file.bytes })),
    'CIFAR-10 batch files',
  );
}

/** A picked or dropped file: a `File`, or any `Blob` (then named by `name` when present). */
export type DataFileInput = Blob & { name?: string };

/**
 * Builds a dataset from files the user picked or dropped (a `FileList` or array of
 * `File`s). See {@link loadDatasetFromBytes} for what is accepted.
 *
 * @throws DataError when a file cannot be read or the set is not a dataset.
 */
export async function loadDatasetFromFiles(
  files: Iterable<DataFileInput> | ArrayLike<DataFileInput>,
  options: DatasetSourceOptions = {},
): Promise<Dataset> {
  const list = Array.from(files as ArrayLike<DataFileInput>);
  const named = await Promise.all(
    list.map(async (file, i) => {
      const name = file.name || `file ${i + 1}`;
      try {
        return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
      } catch (error) {
        throw new DataError(name, `could not be read (${error instanceof Error ? error.message : String(error)})`);
      }
    }),
  );
  return loadDatasetFromBytes(named, options);
}

/**
 * Downloads dataset files and builds a dataset from them, as {@link loadDatasetFromBytes}
 * (files are named by their URLs). The downloads start together so `onProgress` can
 * report an overall total when every server declares a length.
 *
 * @throws DataError on a network error, a non-OK status, or malformed data.
 */
export async function loadDatasetFromUrls(
  urls: readonly string[],
  onProgress?: ProgressCallback,
  options: DatasetSourceOptions & DownloadOptions = {},
): Promise<Dataset> {
  if (urls.length === 0) throw new DataError('dataset URLs', 'no URL was given');
  const downloads = await openDownloads(urls, options);
  const total = totalSize(downloads);
  let loaded = 0;
  onProgress?.(0, total);
  const files: NamedBytes[] = [];
  try {
    for (const download of downloads) {
      const bytes = await readBody(download, (count) => {
        loaded += count;
        onProgress?.(loaded, total);
      });
      files.push({ name: download.url, bytes });
    }
  } finally {
    for (const download of downloads.slice(files.length + 1)) await download.response.body?.cancel().catch(() => undefined);
  }
  return loadDatasetFromBytes(files, options);
}
