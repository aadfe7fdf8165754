/**
 * One local file in any format the stream reads: WARC(.gz) archives, RSS/Atom feeds (.rss,
 * .atom, and .xml sniffed by root element), gzip-compressed files (`name.ext.gz`, read as `.ext`
 * under the byte limit), and the original formats via file-items.
 */
import { basename, extname } from 'node:path';
import { decodeBytes, looksBinary } from '../decode.js';
import { readBounded } from '../read-bounded.js';
import { gunzipBounded, openDecompressed } from './bounded-gunzip.js';
import { feedItems } from './feed-items.js';
import { FORMAT_BY_EXT, bytesItems, fileItems, jsonlItems, streamFailure } from './file-items.js';
import { type ReadContext, type SourceItem, diagnostic, skippedInput } from './items.js';
import { warcItems } from './warc-items.js';

const FEED_EXT = new Set(['.rss', '.atom', '.xml']);
/** Every extension the stream reads, for the unknown-format message. */
const KNOWN = '.txt .md .html .htm .json .jsonl .rss .atom .xml .warc .warc.gz, and any of these + .gz';

/** Items of one local file; `maxStreamedBytes` bounds what a streamed input (WARC, JSONL) may hold in all. */
export async function* localItems(ctx: ReadContext, path: string, source: string, maxStreamedBytes: number): AsyncGenerator<SourceItem> {
  const name = basename(path).toLowerCase();
  if (/\.warc(\.gz)?$/.test(name)) return yield* warcItems(ctx, path, source, maxStreamedBytes);
  const gz = name.endsWith('.gz');
  const inner = gz ? name.slice(0, -3) : name;
  const ext = extname(inner);
  const stem = basename(inner, ext);
  const format = FORMAT_BY_EXT[ext];
  if (!FEED_EXT.has(ext) && !format) {
    yield diagnostic('warning', 'unknown-format', `unsupported file type "${extname(name) || '(no extension)'}"; expected ${KNOWN}`, source);
    return yield skippedInput;
  }
  if (format === 'jsonl') return yield* streamedJsonl(ctx, path, source, stem, gz, maxStreamedBytes);
  if (!gz && !FEED_EXT.has(ext)) return yield* fileItems(ctx, path, source);
  const read = readBounded(path, ctx.maxBytes);
  if (!read.ok) {
    yield diagnostic(read.rule === 'too-large' || read.rule === 'read-error' ? 'error' : 'warning', read.rule, read.message, source);
    return yield skippedInput;
  }
  let bytes = read.bytes;
  if (gz) {
    try {
      bytes = gunzipBounded(bytes, ctx.maxBytes);
    } catch (e) {
      yield streamFailure(e, source);
      return yield skippedInput;
    }
  }
  if (format) return yield* bytesItems(ctx, bytes, format, source, stem);
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))?.[1]?.toLowerCase() ?? null;
  const decoded = decodeBytes(bytes, declared);
  if (!decoded.ok) {
    yield diagnostic('warning', decoded.rule, decoded.message, source);
    return yield skippedInput;
  }
  yield* feedItems(ctx, decoded.text, source, stem);
}

/**
 * JSONL in corpus mode is streamed whatever its size (up to `maxStreamedBytes`), with each line
 * bounded by maxBytes; `.jsonl.gz` is bounded by maxBytes in all, as every plain `.gz` is.
 */
async function* streamedJsonl(ctx: ReadContext, path: string, source: string, stem: string, gz: boolean, maxStreamedBytes: number): AsyncGenerator<SourceItem> {
  const head = readBounded(path, 8192, true);
  if (!head.ok) {
    yield diagnostic(head.rule === 'read-error' ? 'error' : 'warning', head.rule, head.message, source);
    return yield skippedInput;
  }
  if (!gz && looksBinary(head.bytes)) {
    yield diagnostic('warning', 'binary-file', 'binary content (NUL or control bytes), not text', source);
    return yield skippedInput;
  }
  const stream = gz ? openDecompressed(path, true, ctx.maxBytes, 'the decompressed file') : openDecompressed(path, false, maxStreamedBytes, 'the file', ctx.maxBytes);
  yield* jsonlItems(ctx, stream, source, stem, false, true);
}
