/**
 * Ingestion: files, folders and JSONL streams in, normalised `Article`s out.
 *
 * Per input: collect (collect-inputs) → bounded read (read-bounded) → decode (decode) →
 * format ingester (text-ingester, html-ingester, json-record) → buildArticle (boilerplate,
 * normalisation, outlet/date resolution) → unique id (article-ids).
 * The per-file readers live in sources/file-items.ts as item generators, shared with the
 * streaming `streamInputs` (sources/index.ts, corpus mode); here their items are collected.
 * Content problems never throw: each becomes a Diagnostic and the run goes on; a path that does
 * not exist is misuse and throws UsageError. Formats and rules: docs/formats.md.
 */
import { existsSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import type { Article, Diagnostic } from '../contract/analysis-schema.js';
import { UsageError } from '../errors.js';
import { IdAllocator } from './article-ids.js';
import { collectInputs } from './collect-inputs.js';
import { fileItems, jsonlItems } from './sources/file-items.js';
import type { ReadContext, SourceItem } from './sources/items.js';

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

/** Collects the items of one batch run into an IngestResult. */
class Run implements ReadContext {
  readonly articles: Article[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly ids = new IdAllocator();
  skippedInputs = 0;
  skippedRecords = 0;
  constructor(readonly maxBytes: number) {}

  async collect(items: AsyncIterable<SourceItem>): Promise<void> {
    for await (const item of items) {
      if (item.kind === 'article') this.articles.push(item.article);
      else if (item.kind === 'diagnostic') this.diagnostics.push(item.diagnostic);
      else {
        this.skippedInputs += item.inputs;
        this.skippedRecords += item.records;
      }
    }
  }

  result(): IngestResult {
    return { articles: this.articles, diagnostics: this.diagnostics, skipped: { inputs: this.skippedInputs, records: this.skippedRecords } };
  }
}

/** The validated byte limit (shared with streamInputs). */
export function checkOptions(options: { readonly maxBytes?: number }): number {
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
    if (input.kind === 'stdin') await run.collect(jsonlItems(run, options.stdin ?? process.stdin, '-', 'stdin', true, false));
    else await run.collect(fileItems(run, input.path, source));
    options.onProgress?.(++done, inputs.length, source);
  }
  return run.result();
}

/** Read JSONL records from a stream (stdin), line by line. */
export async function ingestJsonl(stream: NodeJS.ReadableStream, source = '-', options: IngestOptions = {}): Promise<IngestResult> {
  const run = new Run(checkOptions(options));
  await run.collect(jsonlItems(run, stream, source, source === '-' ? 'stdin' : basename(source, extname(source)), true, false));
  options.onProgress?.(1, 1, source);
  return run.result();
}
