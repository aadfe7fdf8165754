/**
 * Ingestion: files, folders and JSONL streams in, normalised `Article`s out.
 *
 * Per input: collect (collect-inputs) → bounded read (read-bounded) → decode (decode) →
 * format ingester (text-ingester, html-ingester, json-record) → buildArticle (boilerplate,
 * normalisation, outlet/date resolution) → unique id (article-ids).
 * Content problems never throw: each becomes a Diagnostic and the run goes on; a path that does
 * not exist is misuse and throws UsageError. Formats and rules: docs/formats.md.
 */
import { createReadStream, existsSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Article, Diagnostic } from '../contract/analysis-schema.js';
import { UsageError } from '../errors.js';
import { IdAllocator } from './article-ids.js';
import { type Draft, buildArticle } from './build-article.js';
import { collectInputs } from './collect-inputs.js';
import { decodeBytes, looksBinary, sniffHtmlCharset } from './decode.js';
import { ingestHtml } from './html-ingester.js';
import { ingestRecord } from './json-record.js';
import { checkFile, formatBytes, readBounded } from './read-bounded.js';
import { ingestText } from './text-ingester.js';

export { normalizeText, countWords } from './normalize-text.js';
export { parsePublished } from './parse-date.js';

/** Default per-input size limit: 16 MiB. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface IngestOptions {
  /** Refuse any single input file (or stdin stream) larger than this many bytes, as a `too-large` diagnostic. @default 16 MiB */
  readonly maxBytes?: number;
  /** Paths in `Article.source` are made relative to this directory. @default process.cwd() */
  readonly cwd?: string;
  /** Called after each input (file or stdin) has been read. */
  readonly onProgress?: (done: number, total: number, source: string) => void;
  /** The stream read for the path "-" in `ingestPaths`. @default process.stdin */
  readonly stdin?: NodeJS.ReadableStream;
}

export interface IngestResult {
  readonly articles: Article[];
  readonly diagnostics: Diagnostic[];
  /** inputs (files) that produced no article; records (JSON/JSONL items) skipped. */
  readonly skipped: { readonly inputs: number; readonly records: number };
}

type Format = 'txt' | 'md' | 'html' | 'json' | 'jsonl';
const FORMAT_BY_EXT: Readonly<Record<string, Format>> = { '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** Mutable state of one ingestion run. */
class Run {
  readonly articles: Article[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly ids = new IdAllocator();
  skippedInputs = 0;
  skippedRecords = 0;
  constructor(readonly maxBytes: number) {}

  diagnose(severity: Diagnostic['severity'], rule: string, message: string, source: string, line?: number): void {
    this.diagnostics.push({ severity, rule, message, source, ...(line ? { line } : {}), stage: 'ingest' });
  }

  /** Finish a draft into an article; returns false (with a diagnostic) when no text is left. */
  add(draft: Draft, wantedId: string, source: string, line?: number): boolean {
    const article = buildArticle(draft, '', source);
    if (!article) {
      this.diagnose('warning', 'empty-text', 'no article text left after removing markup and boilerplate', source, line);
      return false;
    }
    this.articles.push({ ...article, id: this.ids.take(wantedId, source, this.diagnostics, line) });
    return true;
  }

  result(): IngestResult {
    return { articles: this.articles, diagnostics: this.diagnostics, skipped: { inputs: this.skippedInputs, records: this.skippedRecords } };
  }
}

function checkOptions(options: IngestOptions): number {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isFinite(max) || max < 1) throw new UsageError(`maxBytes must be a positive number of bytes, got ${String(options.maxBytes)}`);
  return Math.floor(max);
}

/** Read files and folders (recursively, sorted); "-" reads JSONL from `options.stdin`. A missing path throws UsageError. */
export async function ingestPaths(paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const run = new Run(checkOptions(options));
  const cwd = options.cwd ?? process.cwd();
  const rel = (p: string) => relative(cwd, resolve(cwd, p)) || p;
  // Checked here so the message names the path as the caller wrote it.
  for (const p of paths) if (p !== '-' && !existsSync(resolve(cwd, p))) throw new UsageError(`no such file or directory: ${p}`);
  const inputs = collectInputs(paths.map((p) => (p === '-' ? p : resolve(cwd, p))), rel, run.diagnostics);
  let done = 0;
  for (const input of inputs) {
    const source = input.kind === 'stdin' ? '-' : rel(input.path);
    if (input.kind === 'stdin') await readJsonlStream(run, options.stdin ?? process.stdin, '-', 'stdin', true);
    else await ingestFile(run, input.path, source);
    options.onProgress?.(++done, inputs.length, source);
  }
  return run.result();
}

/** Read JSONL records from a stream (stdin), line by line. */
export async function ingestJsonl(stream: NodeJS.ReadableStream, source = '-', options: IngestOptions = {}): Promise<IngestResult> {
  const run = new Run(checkOptions(options));
  await readJsonlStream(run, stream, source, source === '-' ? 'stdin' : basename(source, extname(source)), true);
  options.onProgress?.(1, 1, source);
  return run.result();
}

async function ingestFile(run: Run, path: string, source: string): Promise<void> {
  const format = FORMAT_BY_EXT[extname(path).toLowerCase()];
  const skip = (severity: Diagnostic['severity'], rule: string, message: string) => {
    run.diagnose(severity, rule, message, source);
    run.skippedInputs++;
  };
  if (!format) return skip('warning', 'unknown-format', `unsupported file type "${extname(path) || '(no extension)'}"; expected .txt .md .html .htm .json .jsonl`);
  // JSONL is only size-checked and sniffed here, then streamed line by line; other formats are read whole.
  const read = format === 'jsonl' ? checkFile(path, run.maxBytes) : readBounded(path, run.maxBytes);
  if (!read.ok) return skip(read.rule === 'too-large' || read.rule === 'read-error' ? 'error' : 'warning', read.rule, read.message);
  const stem = basename(path, extname(path));
  if (format === 'jsonl') {
    if (looksBinary(read.bytes)) return skip('warning', 'binary-file', 'binary content (NUL or control bytes), not text');
    const before = run.articles.length;
    await readJsonlStream(run, createReadStream(path), source, stem, false);
    if (run.articles.length === before) run.skippedInputs++;
    return;
  }
  const decoded = decodeBytes(read.bytes, format === 'html' ? sniffHtmlCharset(read.bytes) : null);
  if (!decoded.ok) return skip('warning', decoded.rule, decoded.message);
  if (decoded.note) run.diagnose('warning', 'encoding-fallback', decoded.note, source);
  if (!decoded.text.trim()) return skip('warning', 'empty-file', 'file holds only whitespace');
  if (format === 'json') return ingestJsonFile(run, decoded.text, source, stem);
  const draft = format === 'html' ? ingestHtml(decoded.text) : ingestText(decoded.text, format);
  if ('fallback' in draft && draft.fallback) run.diagnose('info', 'readability-fallback', 'no main article found by Readability; used the page body', source);
  if (!run.add(draft, draft.meta.id ?? stem, source)) run.skippedInputs++;
}

function ingestJsonFile(run: Run, text: string, source: string, stem: string): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    run.diagnose('warning', 'bad-json', `not valid JSON: ${(e as Error).message}`, source);
    run.skippedInputs++;
    return;
  }
  const obj = value as Record<string, unknown> | null;
  const list = Array.isArray(value) ? value : obj && typeof obj === 'object' && Array.isArray(obj.articles) ? (obj.articles as unknown[]) : null;
  const records = list ?? [value];
  let added = 0;
  records.forEach((rec, i) => {
    const where = list ? `${source}#${i + 1}` : source;
    const r = ingestRecord(rec);
    if (!r.ok) {
      run.diagnose('warning', 'bad-record', list ? `record ${i + 1}: ${r.message}` : r.message, source);
      if (list) run.skippedRecords++;
    } else if (run.add(r.draft, r.id ?? (list ? `${stem}-${i + 1}` : stem), where)) added++;
    else if (list) run.skippedRecords++;
  });
  // A single-record file that yields nothing is a skipped input; an array counts its records.
  if (!added) run.skippedInputs++;
}

/**
 * JSONL, one record per line, read as a stream so a large file or an endless pipe never sits in
 * memory whole. A bad line is a diagnostic with its line number; the other lines still load.
 * The byte limit applies to the stream as a whole.
 */
async function readJsonlStream(run: Run, stream: NodeJS.ReadableStream, source: string, stem: string, bounded: boolean): Promise<void> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let bytes = 0;
  for await (const raw of rl) {
    lineNo++;
    bytes += Buffer.byteLength(raw) + 1;
    if (bounded && bytes > run.maxBytes) {
      run.diagnose('error', 'too-large', `input is over the --max-bytes limit of ${formatBytes(run.maxBytes)} (${run.maxBytes} bytes); stopped reading at line ${lineNo}`, source, lineNo);
      run.skippedInputs++;
      rl.close();
      break;
    }
    const line = (lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (!line) continue;
    const where = `${source}:${lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      run.diagnose('warning', 'bad-jsonl-line', `line ${lineNo} is not valid JSON: ${(e as Error).message}`, source, lineNo);
      run.skippedRecords++;
      continue;
    }
    const r = ingestRecord(value);
    if (!r.ok) {
      run.diagnose('warning', 'bad-jsonl-line', `line ${lineNo}: ${r.message}`, source, lineNo);
      run.skippedRecords++;
      continue;
    }
    if (line.includes('\uFFFD')) run.diagnose('warning', 'encoding-fallback', `line ${lineNo} holds bytes that are not valid UTF-8 (replaced by U+FFFD)`, source, lineNo);
    if (!run.add(r.draft, r.id ?? `${stem}-${lineNo}`, where, lineNo)) run.skippedRecords++;
  }
}
