import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builders of small synthetic dataset files for tests (imported only by `*.test.ts`),
 * and the location of the real dataset files shared beside the project.
 */

/** The repository root. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** `../shared/data` relative to the repository root (real dataset files, never committed). */
export const SHARED_DATA_DIR = resolve(REPO_ROOT, '../shared/data');
/** True when the real dataset files are available (a fresh clone has none). */
export const SHARED_DATA_EXISTS = existsSync(resolve(SHARED_DATA_DIR, 'README.md'));

function u32be(value: number): number[] {
  return [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
}

/** An IDX images file; pixel (i, p) = (i * 31 + p) mod 256 unless `pixel` is given. */
export function makeIdxImages(count: number, rows = 28, columns = 28, pixel = (i: number, p: number) => (i * 31 + p) & 255): Uint8Array<ArrayBuffer> {
  const size = rows * columns;
  const bytes = new Uint8Array(16 + count * size);
  bytes.set([0, 0, 8, 3, ...u32be(count), ...u32be(rows), ...u32be(columns)]);
  for (let i = 0; i < count; i++) for (let p = 0; p < size; p++) bytes[16 + i * size + p] = pixel(i, p);
  return bytes;
}

/** An IDX labels file holding `labels`. */
export function makeIdxLabels(labels: readonly number[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(8 + labels.length);
  bytes.set([0, 0, 8, 1, ...u32be(labels.length)]);
  bytes.set(labels, 8);
  return bytes;
}

/** A CIFAR-10 batch: record r has label `labels[r]` and channel c of pixel p = (r + 7c + p) mod 256. */
export function makeCifarBatch(labels: readonly number[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(labels.length * 3073);
  labels.forEach((label, r) => {
    bytes[r * 3073] = label;
    for (let c = 0; c < 3; c++) for (let p = 0; p < 1024; p++) bytes[r * 3073 + 1 + c * 1024 + p] = (r + 7 * c + p) & 255;
  });
  return bytes;
}

/** A POSIX ustar archive of regular files. */
export function makeTar(files: ReadonlyArray<{ path: string; data: Uint8Array }>): Uint8Array<ArrayBuffer> {
  const blocks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  const field = (header: Uint8Array, offset: number, text: string) => header.set(encoder.encode(text), offset);
  for (const file of files) {
    const header = new Uint8Array(512);
    field(header, 0, file.path);
    field(header, 100, '0000644\0');
    field(header, 108, '0000000\0');
    field(header, 116, '0000000\0');
    field(header, 124, `${file.data.length.toString(8).padStart(11, '0')}\0`);
    field(header, 136, '00000000000\0');
    field(header, 148, '        ');
    header[156] = 0x30;
    field(header, 257, 'ustar\0');
    field(header, 263, '00');
    const sum = header.reduce((total, byte) => total + byte, 0);
    field(header, 148, `${sum.toString(8).padStart(6, '0')}\0 `);
    blocks.push(header);
    const padded = new Uint8Array(Math.ceil(file.data.length / 512) * 512);
    padded.set(file.data);
    blocks.push(padded);
  }
  blocks.push(new Uint8Array(1024));
  const total = blocks.reduce((n, block) => n + block.length, 0);
  const tar = new Uint8Array(total);
  let offset = 0;
  for (const block of blocks) {
    tar.set(block, offset);
    offset += block.length;
  }
  return tar;
}

/** A describe title that says why the block is skipped when `../shared/data` is absent. */
export function sharedDataTitle(title: string): string {
  return SHARED_DATA_EXISTS ? title : `${title} (skipped: ../shared/data not found)`;
}

/** How a fake server answers one URL. */
export interface FakeRoute {
  bytes?: Uint8Array;
  /** Body chunk size (default 4096), to exercise streaming. */
  chunkSize?: number;
  status?: number;
  /** Omit the Content-Length header. */
  hideLength?: boolean;
  /** Fail the connection after this many bytes. */
  failAfter?: number;
}

/**
 * A `fetch` replacement serving `routes` from memory as chunked ReadableStreams;
 * unknown URLs fail like a network error. `requested` lists the URLs asked for.
 */
export function fakeFetch(routes: Record<string, FakeRoute>): typeof fetch & { requested: string[] } {
  const requested: string[] = [];
  const fn = async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input);
    requested.push(url);
    const route = routes[url];
    if (!route) throw new TypeError('fetch failed');
    const bytes = route.bytes ?? new Uint8Array(0);
    const chunkSize = route.chunkSize ?? 4096;
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (route.failAfter !== undefined && offset >= route.failAfter) {
          controller.error(new TypeError('terminated'));
          return;
        }
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        controller.enqueue(bytes.slice(offset, offset + chunkSize));
        offset += chunkSize;
      },
    });
    const headers: Record<string, string> = route.hideLength ? {} : { 'content-length': String(bytes.length) };
    return new Response(body, { status: route.status ?? 200, headers });
  };
  return Object.assign(fn as typeof fetch, { requested });
}

/** Fast byte equality (vitest's deep equality is very slow on megabyte typed arrays). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
