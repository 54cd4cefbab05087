import { Gunzip } from 'fflate';
import { DataError } from './errors';

/** True when `bytes` starts with the gzip magic number 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Joins byte chunks into one new array of exactly `totalLength` bytes (the sum when omitted). */
export function concatChunks(chunks: readonly Uint8Array[], totalLength?: number): Uint8Array {
  const length = totalLength ?? chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

/**
 * Largest decompressed size accepted: 256 MiB (268 435 456 bytes). The largest real
 * input, the official CIFAR-10 binary tarball, decompresses to about 184 MB (six
 * batches of 30 730 000 bytes plus tar headers); MNIST's training images are 47 MB.
 */
export const MAX_GUNZIP_BYTES = 256 * 1024 * 1024;

/**
 * Compressed bytes handed to the decoder at a time. Deflate expands at most about
 * 1032×, so a slice adds at most ~17 MB before the size cap is checked again.
 */
const INPUT_SLICE = 16 * 1024;

/**
 * Decompresses a complete gzip file. Uses fflate's streaming decoder, fed in slices,
 * which grows its output as it goes: a truncated file cannot make it allocate the
 * (garbage) size read from where the trailer should be, and a decompression bomb is
 * stopped once its output passes `maxBytes`. A single-member file's length is then
 * checked against the trailer's ISIZE field.
 *
 * @param maxBytes Largest output accepted (default {@link MAX_GUNZIP_BYTES}).
 * @throws DataError when the data is not gzip, is truncated, is corrupt, or
 *   decompresses to more than `maxBytes`.
 */
export function gunzip(bytes: Uint8Array, fileName: string, maxBytes = MAX_GUNZIP_BYTES): Uint8Array {
  if (bytes.length === 0) throw new DataError(fileName, 'the file is empty');
  if (!isGzip(bytes)) throw new DataError(fileName, 'is not gzip data (it does not start with the bytes 1f 8b)');
  // 10-byte header + at least 2 bytes of deflate data + 8-byte trailer.
  if (bytes.length < 20) throw new DataError(fileName, `the gzip data is truncated (only ${bytes.length} bytes)`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  // fflate reports each member after the first.
  let extraMembers = 0;
  const decoder = new Gunzip((chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  decoder.onmember = () => {
    extraMembers++;
  };
  for (let offset = 0; offset < bytes.length; offset += INPUT_SLICE) {
    const end = Math.min(bytes.length, offset + INPUT_SLICE);
    try {
      decoder.push(bytes.subarray(offset, end), end === bytes.length);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DataError(fileName, `the gzip data is truncated or corrupt (${reason})`);
    }
    if (total > maxBytes) {
      throw new DataError(fileName, `decompresses to more than ${formatBytes(maxBytes)}, the most accepted; decompression was stopped`);
    }
  }
  const output = concatChunks(chunks);
  if (extraMembers === 0) {
    const tail = bytes.length - 4;
    const declared = (bytes[tail] | (bytes[tail + 1] << 8) | (bytes[tail + 2] << 16) | (bytes[tail + 3] << 24)) >>> 0;
    if (declared !== output.length % 2 ** 32) {
      throw new DataError(
        fileName,
        `the gzip data is corrupt (it decompressed to ${output.length} bytes but its trailer says ${declared})`,
      );
    }
  }
  return output;
}

/** `256 MiB`, `1 KiB` or `100 bytes`. */
function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 20 && bytes % 2 ** 20 === 0) return `${bytes / 2 ** 20} MiB`;
  if (bytes >= 2 ** 10 && bytes % 2 ** 10 === 0) return `${bytes / 2 ** 10} KiB`;
  return `${bytes} bytes`;
}

/** Decompresses `bytes` when they are gzip; otherwise returns them unchanged. */
export function gunzipIfNeeded(bytes: Uint8Array, fileName: string): Uint8Array {
  return isGzip(bytes) ? gunzip(bytes, fileName) : bytes;
}
