import { DataError } from './errors';
import { concatChunks } from './gzip';
import type { ProgressCallback } from './types';

/** Options shared by the URL loaders. */
export interface DownloadOptions {
  /** Aborts the downloads; the loaders then reject with the signal's `AbortError`. */
  signal?: AbortSignal;
  /** The fetch implementation (defaults to the global `fetch`). */
  fetch?: typeof fetch;
}

/** A response whose headers have arrived and whose status is OK. */
export interface OpenDownload {
  url: string;
  response: Response;
  /** Body length in bytes, when the server declared it for the bytes we will read. */
  total?: number;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Starts a download and waits for its headers.
 * @throws DataError on a network error or a non-OK status (aborts propagate unchanged).
 */
export async function openDownload(url: string, options: DownloadOptions = {}): Promise<OpenDownload> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: options.signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new DataError(url, `could not be downloaded (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new DataError(url, `the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  // With a Content-Encoding the length counts encoded bytes, not the bytes we receive.
  const encoding = response.headers.get('content-encoding');
  const length = Number(response.headers.get('content-length') ?? NaN);
  const total = (!encoding || encoding === 'identity') && Number.isFinite(length) && length >= 0 ? length : undefined;
  return { url, response, total };
}

/**
 * Yields a download's body chunk by chunk.
 * @throws DataError when the connection fails mid-body (aborts propagate unchanged).
 */
export async function* readBodyChunks(download: OpenDownload): AsyncGenerator<Uint8Array> {
  const body = download.response.body;
  if (!body) {
    yield new Uint8Array(await download.response.arrayBuffer());
    return;
  }
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        if (isAbort(error)) throw error;
        throw new DataError(download.url, `the download was interrupted (${error instanceof Error ? error.message : String(error)})`);
      }
      if (result.done) break;
      yield result.value;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Reads a whole body, calling `onBytes` with the size of each chunk received. */
export async function readBody(download: OpenDownload, onBytes?: (bytes: number) => void): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of readBodyChunks(download)) {
    chunks.push(chunk);
    onBytes?.(chunk.length);
  }
  return concatChunks(chunks);
}

/**
 * Downloads a URL completely, reporting progress as chunks arrive.
 * @throws DataError on a network error, a non-OK status or an interrupted body.
 */
export async function fetchBytes(url: string, onProgress?: ProgressCallback, options: DownloadOptions = {}): Promise<Uint8Array> {
  const download = await openDownload(url, options);
  let loaded = 0;
  onProgress?.(0, download.total);
  return readBody(download, (bytes) => {
    loaded += bytes;
    onProgress?.(loaded, download.total);
  });
}

/**
 * Opens several downloads at once (so their total size is known up front), in order.
 * If one fails, the others are cancelled.
 */
export async function openDownloads(urls: readonly string[], options: DownloadOptions = {}): Promise<OpenDownload[]> {
  const settled = await Promise.allSettled(urls.map((url) => openDownload(url, options)));
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    for (const result of settled) {
      if (result.status === 'fulfilled') await result.value.response.body?.cancel().catch(() => undefined);
    }
    throw failure.reason;
  }
  return settled.map((result) => (result as PromiseFulfilledResult<OpenDownload>).value);
}

/** Sum of the downloads' declared sizes, or undefined when any is unknown. */
export function totalSize(downloads: readonly OpenDownload[]): number | undefined {
  let sum = 0;
  for (const download of downloads) {
    if (download.total === undefined) return undefined;
    sum += download.total;
  }
  return sum;
}

/** The last path segment of a URL or path, without query or fragment. */
export function fileNameOf(urlOrPath: string): string {
  const path = urlOrPath.split(/[?#]/)[0];
  const segment = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
