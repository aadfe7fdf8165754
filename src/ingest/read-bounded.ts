/**
 * Read a file without ever holding more than `maxBytes + 1` bytes: stat first (refuse at once when
 * the size is over the limit), then read at most limit + 1 bytes, which catches files that grew
 * after the stat.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export type ReadResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly rule: 'too-large' | 'read-error' | 'not-a-file' | 'empty-file'; readonly message: string };

/** Human form of a byte count for messages ("16 MiB", "1 KiB", "900 bytes"). */
export function formatBytes(n: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (n >= size) return `${Number((n / size).toFixed(1))} ${unit}`;
  }
  return `${n} bytes`;
}

const tooLarge = (size: string, max: number) => ({ ok: false as const, rule: 'too-large' as const, message: `file is ${size}, over the --max-bytes limit of ${formatBytes(max)} (${max} bytes); not read` });

/** The size of a regular file, or why it cannot be read (shared by both readers below). */
function fileSize(path: string): number | Extract<ReadResult, { ok: false }> {
  try {
    const st = statSync(path);
    return st.isFile() ? st.size : { ok: false, rule: 'not-a-file', message: 'not a regular file' };
  } catch (e) {
    return { ok: false, rule: 'read-error', message: `cannot read: ${(e as Error).message}` };
  }
}

/** Stat-checked, size-bounded read of a whole file. */
export function readBounded(path: string, maxBytes: number, headOnly = false): ReadResult {
  const size = fileSize(path);
  if (typeof size !== 'number') return size;
  if (size > maxBytes && !headOnly) return tooLarge(formatBytes(size), maxBytes);
  if (size === 0) return { ok: false, rule: 'empty-file', message: 'file is empty' };
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(Math.min(maxBytes + 1, size + 65536));
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got > maxBytes) {
        if (headOnly) return { ok: true, bytes: buf.subarray(0, maxBytes) };
        return tooLarge(`more than ${formatBytes(maxBytes)}`, maxBytes);
      }
      if (got === buf.length) break;
    }
    if (got === 0) return { ok: false, rule: 'empty-file', message: 'file is empty' };
    return { ok: true, bytes: buf.subarray(0, got) };
  } catch (e) {
    return { ok: false, rule: 'read-error', message: `cannot read: ${(e as Error).message}` };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Check a file's size against the limit without reading it; also returns its first bytes (for binary sniffing). */
export function checkFile(path: string, maxBytes: number, headBytes = 8192): ReadResult {
  const size = fileSize(path);
  if (typeof size !== 'number') return size;
  if (size > maxBytes) return tooLarge(formatBytes(size), maxBytes);
  if (size === 0) return { ok: false, rule: 'empty-file', message: 'file is empty' };
  return readBounded(path, Math.min(headBytes, maxBytes), true);
}
