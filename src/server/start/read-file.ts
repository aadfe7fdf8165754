/**
 * An uploaded file → articles, read exactly as `crosscheck analyze` reads a file of that name:
 * the bytes are written under a fresh private temporary folder and handed to `ingestPaths`, so
 * every format rule, limit and diagnostic is the file flow's own. Nothing from the name becomes
 * a path outside that folder: the name is reduced to a plain base name first.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { ingestPaths, type IngestResult } from '../../index.js';

/** A file name safe to create in a folder we own: no separators, no leading dot, letters kept. */
export function safeBaseName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const ext = extname(base).toLowerCase();
  const stem = base
    .slice(0, base.length - ext.length)
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  return `${stem || 'upload'}${ext}`;
}

/** Read one uploaded file; `maxBytes` as the CLI's `--max-bytes`. */
export async function readUploadedFile(name: string, bytes: Uint8Array, maxBytes: number): Promise<IngestResult> {
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-upload-'));
  try {
    const file = safeBaseName(name);
    await writeFile(join(dir, file), bytes, { mode: 0o600 });
    return await ingestPaths([file], { cwd: dir, maxBytes });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
