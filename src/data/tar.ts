import { DataError } from './errors';

/** One regular file inside a tar archive; `data` is a view into the archive bytes. */
export interface TarEntry {
  path: string;
  data: Uint8Array;
}

const BLOCK = 512;
const decoder = new TextDecoder();

/** Reads a NUL-terminated string field of a header. */
function readString(block: Uint8Array, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return decoder.decode(end === -1 ? field : field.subarray(0, end));
}

/**
 * Reads a numeric header field: octal ASCII (space/NUL padded), or GNU base-256 when
 * the first byte has its high bit set. Returns NaN when the field is not a number.
 */
function readNumber(block: Uint8Array, offset: number, length: number): number {
  if (block[offset] & 0x80) {
    let value = block[offset] & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + block[offset + i];
    return value;
  }
  const text = readString(block, offset, length).trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : text === '' ? 0 : NaN;
}

/** Header checksum rule: byte sum of the block with the checksum field read as spaces. */
function checksumMatches(block: Uint8Array): boolean {
  const stored = readNumber(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i];
  return stored === sum;
}

function isZeroBlock(block: Uint8Array): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

/** Extracts the `path` record from a pax extended header body (`"<len> path=<value>\n"` records). */
function paxPath(body: Uint8Array): string | undefined {
  const text = decoder.decode(body);
  for (const match of text.matchAll(/\d+ path=([^\n]*)\n/g)) return match[1];
  return undefined;
}

/** True when `bytes` starts with a tar header block whose checksum is valid. */
export function looksLikeTar(bytes: Uint8Array): boolean {
  return bytes.length >= BLOCK && !isZeroBlock(bytes.subarray(0, BLOCK)) && checksumMatches(bytes.subarray(0, BLOCK));
}

/**
 * Lists the regular files of an uncompressed tar archive (POSIX ustar, with GNU
 * long-name and pax `path` extensions). Directories, links and other entry types are
 * skipped. Entry data are views into `bytes`, not copies.
 *
 * @param archiveName Used in error messages.
 * @throws DataError when the bytes are not a tar archive or are truncated.
 */
export function readTar(bytes: Uint8Array, archiveName: string): TarEntry[] {
  if (!looksLikeTar(bytes)) throw new DataError(archiveName, 'is not a tar archive (no valid tar header at its start)');
  const entries: TarEntry[] = [];
  let offset = 0;
  let pendingPath: string | undefined;
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (isZeroBlock(header)) break;
    if (!checksumMatches(header)) {
      throw new DataError(archiveName, `the tar header at byte ${offset} is corrupt (checksum mismatch)`);
    }
    const size = readNumber(header, 124, 12);
    if (!Number.isFinite(size) || size < 0) {
      throw new DataError(archiveName, `the tar header at byte ${offset} has an invalid size field`);
    }
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > bytes.length) {
      throw new DataError(
        archiveName,
        `the tar archive is truncated (an entry at byte ${offset} needs ${size} bytes, only ${bytes.length - dataStart} remain)`,
      );
    }
    const data = bytes.subarray(dataStart, dataEnd);
    const type = String.fromCharCode(header[156] || 0x30);
    if (type === 'L') {
      pendingPath = readString(data, 0, data.length);
    } else if (type === 'x') {
      pendingPath = paxPath(data) ?? pendingPath;
    } else {
      if (type === '0' || type === '7') {
        const isUstar = readString(header, 257, 6).startsWith('ustar');
        const prefix = isUstar ? readString(header, 345, 155) : '';
        const name = readString(header, 0, 100);
        entries.push({ path: pendingPath ?? (prefix ? `${prefix}/${name}` : name), data });
      }
      pendingPath = undefined;
    }
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}
