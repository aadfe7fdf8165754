/**
 * WARC and WARC.gz archives, streamed record by record with warcio's WARCParser: memory holds one
 * record body at most (`maxBytes`), never the archive. Kept: `response` records with HTTP status
 * 200 and an HTML content type, read through the HTML ingester; url = WARC-Target-URI, and
 * WARC-Date is the publication date when the page gives none. Other records (request, metadata,
 * non-HTML, non-200) are skipped silently and counted. An archive cut off mid-record ends with a
 * `truncated` diagnostic; the records before it are kept.
 */
import { basename } from 'node:path';
import { AsyncIterReader, type WARCRecord, WARCParser } from 'warcio';
import { decodeBytes, sniffHtmlCharset } from '../decode.js';
import { ingestHtml } from '../html-ingester.js';
import { mergeMetadata } from '../metadata.js';
import { formatBytes, readBounded } from '../read-bounded.js';
import { isGzip, openDecompressed } from './bounded-gunzip.js';
import { streamFailure } from './file-items.js';
import { type ReadContext, type SourceItem, diagnostic, finishDraft, skippedInput, skippedRecord } from './items.js';

/** Default cap on the bytes of one streamed input (a WARC after decompression, a JSONL file): 4 GiB. */
export const DEFAULT_MAX_STREAMED_BYTES = 4 * 1024 ** 3;

/** Slices of at most 16 KiB, so an HTTP Content-Encoding inflater never gets a large burst to expand. */
function* slices(chunks: readonly Uint8Array[]): Generator<Uint8Array> {
  for (const c of chunks) for (let i = 0; i < c.length; i += 16384) yield c.subarray(i, i + 16384);
}

type Body = { readonly bytes: Uint8Array | null; readonly truncated: boolean; readonly tooLarge: boolean };

/** Drain a record's raw payload; keep it only when `keep` and within `max` bytes. */
async function drain(record: WARCRecord, keep: boolean, max: number): Promise<Body> {
  const reader = record.reader;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of reader) {
    size += chunk.length;
    if (keep && size <= max) chunks.push(chunk);
  }
  // warcio's LimitReader counts down what the headers promised; anything left means the file ended early.
  const left = (reader as { limit?: number }).limit ?? 0;
  if (left > 0 || size > max || !keep) return { bytes: null, truncated: left > 0, tooLarge: keep && size > max };
  // Undo HTTP transfer/content encodings (chunked, gzip, deflate, br), bounded like the raw body.
  const encoded = record.httpHeaders?.headers.get('content-encoding') || record.httpHeaders?.headers.get('transfer-encoding');
  if (!encoded) return { bytes: Buffer.concat(chunks), truncated: false, tooLarge: false };
  const out: Uint8Array[] = [];
  let outSize = 0;
  for await (const chunk of record._createDecodingReader([...slices(chunks)])) {
    outSize += chunk.length;
    if (outSize > max) return { bytes: null, truncated: false, tooLarge: true };
    out.push(chunk);
  }
  return { bytes: Buffer.concat(out), truncated: false, tooLarge: false };
}

const isHtmlResponse = (r: WARCRecord): boolean => {
  if (r.warcType !== 'response' || !r.httpHeaders) return false;
  const type = r.httpHeaders.headers.get('content-type') ?? '';
  return Number(r.httpHeaders.statusCode) === 200 && /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(type);
};

/** Articles of one WARC or WARC.gz file (gzip is detected from the bytes, not the name). */
export async function* warcItems(ctx: ReadContext, path: string, source: string, maxArchiveBytes: number): AsyncGenerator<SourceItem> {
  const head = readBounded(path, 4, true);
  if (!head.ok) {
    yield diagnostic(head.rule === 'read-error' ? 'error' : 'warning', head.rule, head.message, source);
    return yield skippedInput;
  }
  const stem = basename(path).replace(/\.warc(\.gz)?$/i, '');
  const stream = openDecompressed(path, isGzip(head.bytes), maxArchiveBytes, 'the decompressed archive');
  // compressed=null: gzip is already undone above, under our byte limit.
  const parser = new WARCParser(new AsyncIterReader(stream as AsyncIterable<Uint8Array>, null));
  let n = 0;
  let added = 0;
  try {
    for await (const record of parser) {
      n++;
      if (!/^WARC\/\d/.test(record.warcHeaders.statusline)) {
        // Not a record boundary: not a WARC at all, or damage; nothing after it can be trusted.
        yield diagnostic('warning', 'bad-warc', `record ${n} does not start with a "WARC/1.x" line; ${n === 1 ? 'not a WARC file' : 'stopped reading'}`, source);
        break;
      }
      const html = isHtmlResponse(record);
      const body = await drain(record, html, ctx.maxBytes);
      if (body.truncated) {
        yield diagnostic('error', 'truncated', `the archive ends in the middle of record ${n}; ${n - 1} earlier record(s) were read`, source);
        break;
      }
      const where = `${source}#${n}`;
      if (body.tooLarge) {
        yield diagnostic('error', 'too-large', `record ${n} body is over the --max-bytes limit of ${formatBytes(ctx.maxBytes)} (${ctx.maxBytes} bytes); skipped`, where);
        yield skippedRecord;
        continue;
      }
      if (!html || !body.bytes) {
        yield skippedRecord;
        continue;
      }
      const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(record.httpHeaders?.headers.get('content-type') ?? '')?.[1]?.toLowerCase() ?? null;
      const decoded = decodeBytes(body.bytes, charset ?? sniffHtmlCharset(body.bytes));
      if (!decoded.ok) {
        yield diagnostic('warning', decoded.rule, `record ${n}: ${decoded.message}`, where);
        yield skippedRecord;
        continue;
      }
      const draft = ingestHtml(decoded.text, { url: record.warcTargetURI ?? null });
      // The capture date is only a fallback: when the page was archived, not when it was published.
      const meta = mergeMetadata(draft.meta, { published: record.warcDate ?? null });
      const done = finishDraft(ctx, { ...draft, meta }, `${stem}-${n}`, where);
      yield* done.items;
      if (done.ok) added++;
      else yield skippedRecord;
    }
  } catch (e) {
    yield streamFailure(e, source);
  }
  if (!added) yield skippedInput;
}
