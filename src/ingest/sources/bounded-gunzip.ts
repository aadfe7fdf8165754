/**
 * Gzip without decompression bombs: a streamed gunzip whose output is counted and cut off at a
 * limit, and a whole-buffer gunzip capped by zlib's `maxOutputLength`. Both fail with an error
 * whose `code` is `too-large`, which `streamFailure` turns into a `too-large` diagnostic.
 */
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { formatBytes } from '../read-bounded.js';

/** An error meaning "the input passed its byte limit" (code `too-large`). */
export function tooLarge(message: string): Error {
  return Object.assign(new Error(message), { code: 'too-large' });
}

/** Does this buffer start with the gzip magic bytes? */
export const isGzip = (head: Uint8Array): boolean => head[0] === 0x1f && head[1] === 0x8b;

/**
 * A pass-through that errors once more than `limit` bytes have gone through it, or (with
 * `maxLine`) once a line runs longer than that: a line reader would otherwise buffer it whole.
 */
export function byteLimit(limit: number, what: string, maxLine = Infinity): Transform {
  let seen = 0;
  let lineLength = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      seen += chunk.length;
      if (seen > limit) return done(tooLarge(`${what} is over the limit of ${formatBytes(limit)} (${limit} bytes); stopped reading`));
      for (let from = 0; ; ) {
        const nl = chunk.indexOf(10, from);
        lineLength += (nl < 0 ? chunk.length : nl) - from;
        if (lineLength > maxLine) {
          // Pass on the complete lines before the long one, so they are still read.
          if (from > 0) this.push(chunk.subarray(0, from));
          return done(tooLarge(`a line of ${what} is over the --max-bytes limit of ${formatBytes(maxLine)} (${maxLine} bytes); stopped reading`));
        }
        if (nl < 0) break;
        lineLength = 0;
        from = nl + 1;
      }
      done(null, chunk);
    },
  });
}

/**
 * Stream a file, gunzipped when `gzip` (multi-member gzip, as in WARC.gz, is read whole), with
 * at most `limit` decompressed bytes (and lines of at most `maxLine` bytes). Errors (cut-off gzip, limit) are forwarded to the result.
 */
export function openDecompressed(path: string, gzip: boolean, limit: number, what: string, maxLine = Infinity): NodeJS.ReadableStream {
  const out = byteLimit(limit, what, maxLine);
  const file = createReadStream(path, { highWaterMark: 64 * 1024 });
  const fail = (e: Error) => out.destroy(e);
  file.on('error', fail);
  if (!gzip) return file.pipe(out);
  // A small zlib chunk keeps each burst of output small, so the limit is checked often.
  const gunzip = createGunzip({ chunkSize: 16 * 1024 });
  gunzip.on('error', fail);
  return file.pipe(gunzip).pipe(out);
}

/** Gunzip a whole buffer, refusing output past `limit` bytes. */
export function gunzipBounded(bytes: Uint8Array, limit: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw tooLarge(`decompressed content is over the --max-bytes limit of ${formatBytes(limit)} (${limit} bytes); not read`);
    throw e;
  }
}
