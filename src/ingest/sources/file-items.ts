/**
 * The original file formats (.txt .md .html .json .jsonl) as item generators. `ingestPaths`
 * collects these items; `streamInputs` passes them on. JSONL is streamed line by line; the other
 * formats are read whole, within `maxBytes`.
 */
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { decodeBytes, looksBinary, sniffHtmlCharset } from '../decode.js';
import type { ingestRecord as IngestRecord } from '../json-record.js';
import { checkFile, formatBytes, readBounded } from '../read-bounded.js';
import { ingestText } from '../text-ingester.js';
import { type ReadContext, type SourceItem, diagnostic, finishDraft, skippedInput, skippedRecord } from './items.js';

export type FileFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl';
export const FORMAT_BY_EXT: Readonly<Record<string, FileFormat>> = { '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

// The HTML and JSON-record ingesters are loaded on first use: they bring in linkedom and
// Readability (about a quarter of a second to load), which text and Markdown inputs never need.
const htmlIngester = () => import('../html-ingester.js');
const recordIngester = async () => (await import('../json-record.js')).ingestRecord;

/** Why a read failed, as the severity the diagnostic gets. */
const readSeverity = (rule: string) => (rule === 'too-large' || rule === 'read-error' ? 'error' : 'warning');

/** One file of a known or unknown extension. */
export async function* fileItems(ctx: ReadContext, path: string, source: string): AsyncGenerator<SourceItem> {
  const format = FORMAT_BY_EXT[extname(path).toLowerCase()];
  if (!format) {
    yield diagnostic('warning', 'unknown-format', `unsupported file type "${extname(path) || '(no extension)'}"; expected .txt .md .html .htm .json .jsonl`, source);
    return yield skippedInput;
  }
  const stem = basename(path, extname(path));
  // JSONL is only size-checked and sniffed here, then streamed line by line; other formats are read whole.
  const read = format === 'jsonl' ? checkFile(path, ctx.maxBytes) : readBounded(path, ctx.maxBytes);
  if (!read.ok) {
    yield diagnostic(readSeverity(read.rule), read.rule, read.message, source);
    return yield skippedInput;
  }
  if (format !== 'jsonl') return yield* bytesItems(ctx, read.bytes, format, source, stem);
  if (looksBinary(read.bytes)) {
    yield diagnostic('warning', 'binary-file', 'binary content (NUL or control bytes), not text', source);
    return yield skippedInput;
  }
  yield* jsonlItems(ctx, createReadStream(path), source, stem, false, true);
}

/** A whole document already in memory (a file, or a decompressed `.gz`). */
export async function* bytesItems(ctx: ReadContext, bytes: Uint8Array, format: Exclude<FileFormat, 'jsonl'>, source: string, stem: string): AsyncGenerator<SourceItem> {
  const decoded = decodeBytes(bytes, format === 'html' ? sniffHtmlCharset(bytes) : null);
  if (!decoded.ok) {
    yield diagnostic('warning', decoded.rule, decoded.message, source);
    return yield skippedInput;
  }
  if (decoded.note) yield diagnostic('warning', 'encoding-fallback', decoded.note, source);
  if (!decoded.text.trim()) {
    yield diagnostic('warning', 'empty-file', 'file holds only whitespace', source);
    return yield skippedInput;
  }
  if (format === 'json') return yield* jsonItems(ctx, decoded.text, source, stem, await recordIngester());
  const draft = format === 'html' ? (await htmlIngester()).ingestHtml(decoded.text) : ingestText(decoded.text, format);
  if ('fallback' in draft && draft.fallback) yield diagnostic('info', 'readability-fallback', 'no main article found by Readability; used the page body', source);
  const done = finishDraft(ctx, draft, draft.meta.id ?? stem, source);
  yield* done.items;
  if (!done.ok) yield skippedInput;
}

function* jsonItems(ctx: ReadContext, text: string, source: string, stem: string, ingestRecord: typeof IngestRecord): Generator<SourceItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield diagnostic('warning', 'bad-json', `not valid JSON: ${(e as Error).message}`, source);
    return yield skippedInput;
  }
  const obj = value as Record<string, unknown> | null;
  const list = Array.isArray(value) ? value : obj && typeof obj === 'object' && Array.isArray(obj.articles) ? (obj.articles as unknown[]) : null;
  const records = list ?? [value];
  let added = 0;
  for (const [i, rec] of records.entries()) {
    const where = list ? `${source}#${i + 1}` : source;
    const r = ingestRecord(rec);
    if (!r.ok) {
      yield diagnostic('warning', 'bad-record', list ? `record ${i + 1}: ${r.message}` : r.message, source);
      if (list) yield skippedRecord;
      continue;
    }
    const done = finishDraft(ctx, r.draft, r.id ?? (list ? `${stem}-${i + 1}` : stem), where);
    yield* done.items;
    if (done.ok) added++;
    else if (list) yield skippedRecord;
  }
  // A single-record file that yields nothing is a skipped input; an array counts its records.
  if (!added) yield skippedInput;
}

/**
 * JSONL, one record per line, read as a stream so a large file or an endless pipe never sits in
 * memory whole. A bad line is a diagnostic with its line number; the other lines still load.
 * `bounded`: the byte limit applies to the stream as a whole (stdin). `emptyIsSkipped`: a file
 * that gives no article counts as a skipped input. A stream that fails part-way (a cut-off `.gz`,
 * a limit guard) ends with a diagnostic; the records before it are kept.
 */
export async function* jsonlItems(ctx: ReadContext, stream: NodeJS.ReadableStream, source: string, stem: string, bounded: boolean, emptyIsSkipped: boolean): AsyncGenerator<SourceItem> {
  const ingestRecord = await recordIngester();
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let bytes = 0;
  let added = 0;
  let skipInput = false;
  try {
    for await (const raw of rl) {
      lineNo++;
      bytes += Buffer.byteLength(raw) + 1;
      if (bounded && bytes > ctx.maxBytes) {
        yield diagnostic('error', 'too-large', `input is over the --max-bytes limit of ${formatBytes(ctx.maxBytes)} (${ctx.maxBytes} bytes); stopped reading at line ${lineNo}`, source, lineNo);
        skipInput = true;
        rl.close();
        break;
      }
      const line = (lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (!line) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        yield diagnostic('warning', 'bad-jsonl-line', `line ${lineNo} is not valid JSON: ${(e as Error).message}`, source, lineNo);
        yield skippedRecord;
        continue;
      }
      const r = ingestRecord(value);
      if (!r.ok) {
        yield diagnostic('warning', 'bad-jsonl-line', `line ${lineNo}: ${r.message}`, source, lineNo);
        yield skippedRecord;
        continue;
      }
      if (line.includes('\uFFFD')) yield diagnostic('warning', 'encoding-fallback', `line ${lineNo} holds bytes that are not valid UTF-8 (replaced by U+FFFD)`, source, lineNo);
      const done = finishDraft(ctx, r.draft, r.id ?? `${stem}-${lineNo}`, `${source}:${lineNo}`, lineNo);
      yield* done.items;
      if (done.ok) added++;
      else yield skippedRecord;
    }
  } catch (e) {
    yield streamFailure(e, source, lineNo + 1);
  }
  if (skipInput || (emptyIsSkipped && !added)) yield skippedInput;
}

/** A stream error as a diagnostic: a byte-limit guard (`too-large`), a cut-off gzip (`truncated`), or `read-error`. */
export function streamFailure(e: unknown, source: string, line?: number): SourceItem {
  const err = e as { code?: string; message?: string };
  if (err.code === 'too-large') return diagnostic('error', 'too-large', err.message ?? 'input too large', source, line);
  if (err.code === 'Z_BUF_ERROR' || /unexpected end/i.test(err.message ?? '')) return diagnostic('error', 'truncated', `input is cut off: ${err.message ?? ''}`, source, line);
  return diagnostic('error', 'read-error', `cannot read: ${err.message ?? String(e)}`, source, line);
}
