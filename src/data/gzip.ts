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
 * Decompresses a complete gzip file. Uses fflate's streaming decoder, which grows its
 * output as it goes, so a truncated file cannot make it allocate the (garbage) size
 * read from where the trailer should be. A single-member file's length is then checked
 * against the trailer's ISIZE field.
 *
 * @throws DataError when the data is not gzip, is truncated, or is corrupt.
 */
export function gunzip(bytes: Uint8Array, fileName: string): Uint8Array {
  if (bytes.length === 0) throw new DataError(fileName, 'the file is empty');
  if (!isGzip(bytes)) throw new DataError(fileName, 'is not gzip data (it does not start with the bytes 1f 8b)');
  // 10-byte header + at least 2 bytes of deflate data + 8-byte trailer.
  if (bytes.length < 20) throw new DataError(fileName, `the gzip data is truncated (only ${bytes.length} bytes)`);
  const chunks: Uint8Array[] = [];
  // fflate reports each member after the first.
  let extraMembers = 0;
  const decoder = new Gunzip((chunk) => chunks.push(chunk));
  decoder.onmember = () => {
    extraMembers++;
  };
  try {
    decoder.push(bytes, true);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataError(fileName, `the gzip data is truncated or corrupt (${reason})`);
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

/** Decompresses `bytes` when they are gzip; otherwise returns them unchanged. */
export function gunzipIfNeeded(bytes: Uint8Array, fileName: string): Uint8Array {
  return isGzip(bytes) ? gunzip(bytes, fileName) : bytes;
}
