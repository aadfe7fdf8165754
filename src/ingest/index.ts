/**
 * Ingestion (PLACEHOLDER: reads .txt files as-is). Replaced by the real ingesters:
 * text/markdown, HTML (Readability), JSON/JSONL, stdin; decoding, normalisation,
 * boilerplate removal, metadata.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { Article, Diagnostic } from '../contract/analysis-schema.js';
import { UsageError } from '../errors.js';

export interface IngestOptions {
  /** Refuse any single input larger than this many bytes (a diagnostic, not a crash). @default 64 MiB */
  readonly maxBytes?: number;
  /** Paths in `Article.source` are made relative to this directory. @default process.cwd() */
  readonly cwd?: string;
  /** Called after each input file is read. */
  readonly onProgress?: (done: number, total: number, source: string) => void;
}

export interface IngestResult {
  readonly articles: Article[];
  readonly diagnostics: Diagnostic[];
  /** inputs (files) that produced no article; records (JSON/JSONL items) skipped. */
  readonly skipped: { readonly inputs: number; readonly records: number };
}

/** Read files and folders (recursively). A missing path is misuse and throws UsageError. */
export async function ingestPaths(paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const cwd = options.cwd ?? process.cwd();
  const files: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
    else files.push(p);
  };
  for (const p of paths) {
    try {
      statSync(p);
    } catch {
      throw new UsageError(`no such file or directory: ${p}`);
    }
    walk(p);
  }
  const articles: Article[] = [];
  const diagnostics: Diagnostic[] = [];
  let skippedInputs = 0;
  for (const f of files) {
    const source = relative(cwd, f) || f;
    if (extname(f) !== '.txt') {
      diagnostics.push({ severity: 'warning', rule: 'unknown-format', message: `unknown file type ${extname(f)}`, source });
      skippedInputs++;
      continue;
    }
    const text = readFileSync(f, 'utf8').trim();
    articles.push({ id: basename(f, extname(f)), source, url: null, outlet: null, outletFrom: null, title: null, author: null, published: null, language: null, text, removed: [], wordCount: text.split(/\s+/).filter(Boolean).length });
  }
  return { articles, diagnostics, skipped: { inputs: skippedInputs, records: 0 } };
}

/** Read JSONL records from a stream (stdin). */
export async function ingestJsonl(_stream: NodeJS.ReadableStream, _source = '-', _options: IngestOptions = {}): Promise<IngestResult> {
  return { articles: [], diagnostics: [], skipped: { inputs: 0, records: 0 } };
}
