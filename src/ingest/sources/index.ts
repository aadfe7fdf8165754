/**
 * Corpus mode input: files, folders, feeds, WARC archives and feed URLs in, a stream of
 * `SourceItem`s out, one article at a time, so memory stays bounded whatever the input size.
 *
 * Per argument: a URL → url-items (safe fetch → feed or HTML page); "-" → JSONL on stdin;
 * a path → collect-inputs (folders recurse, sorted) → local-items (by file name: WARC, feed,
 * .gz, or the original formats in file-items). Every draft becomes an article through
 * buildArticle and one IdAllocator, so ids are unique across the whole run.
 * Formats and limits: docs/formats.md.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Diagnostic } from '../../contract/analysis-schema.js';
import { UsageError } from '../../errors.js';
import { IdAllocator } from '../article-ids.js';
import { collectInputs, safeRealpath } from '../collect-inputs.js';
import { checkOptions } from '../index.js';
import { jsonlItems } from './file-items.js';
import type { ReadContext, SourceItem } from './items.js';
import { localItems } from './local-items.js';
import { isUrlInput, urlItems } from './url-items.js';
import { DEFAULT_MAX_STREAMED_BYTES } from './warc-items.js';

export type { SourceItem } from './items.js';
export { DEFAULT_MAX_STREAMED_BYTES } from './warc-items.js';
export { isUrlInput } from './url-items.js';

/** Options of `streamInputs`. */
export interface StreamOptions {
  /** Bytes allowed per input file, downloaded URL, decompressed `.gz` file or WARC record body; past it a `too-large` diagnostic. @default 16 MiB */
  readonly maxBytes?: number;
  /** Bytes allowed in all per streamed input: a WARC(.gz) archive after decompression, or a plain JSONL file (streamed, so this can be large). @default 4 GiB */
  readonly maxStreamedBytes?: number;
  /** Paths in `Article.source` are made relative to this directory. @default process.cwd() */
  readonly cwd?: string;
  /** Let URLs reach loopback, private, link-local and other non-public addresses (CLI `--allow-private-network`). @default false */
  readonly allowPrivateNetwork?: boolean;
  /** Time allowed per URL, redirects included. @default 15000 */
  readonly fetchTimeoutMs?: number;
  /** Redirects followed per URL, each re-checked. @default 5 */
  readonly maxRedirects?: number;
  /** The stream read for the input "-" (JSONL). @default process.stdin */
  readonly stdin?: NodeJS.ReadableStream;
  /** Called after each input (file, URL or stdin) has been read. `total` counts inputs after folders are expanded. */
  readonly onProgress?: (done: number, total: number, source: string) => void;
  /** Address policy for URLs, replacing the built-in one (tests). Ignored when `allowPrivateNetwork`. */
  readonly blockedAddress?: (address: string) => string | null;
}

type Planned = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'stdin' } | { readonly kind: 'file'; readonly path: string };

/**
 * Read `inputs` (paths, folders, `-` for JSONL on stdin, `http(s)://` feed or page URLs) and yield
 * what they hold, one item at a time, in input order (folders in sorted order):
 * `{ kind: 'article' }` for each article, `{ kind: 'diagnostic' }` for each content problem
 * (a bad file, a feed item with no text, a blocked URL, a cut-off archive — never thrown), and
 * `{ kind: 'skipped', inputs, records }` each time an input or a record produced no article.
 *
 * Throws `UsageError` (before yielding anything) for a path that does not exist or a bad option.
 * @example
 * for await (const item of streamInputs(['crawl.warc.gz', 'https://news.example/rss'], {})) {
 *   if (item.kind === 'article') await store.add(item.article);
 * }
 */
export async function* streamInputs(inputs: readonly string[], options: StreamOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = checkOptions(options);
  const maxStreamedBytes = options.maxStreamedBytes ?? DEFAULT_MAX_STREAMED_BYTES;
  if (!(maxStreamedBytes >= 1)) throw new UsageError(`maxStreamedBytes must be a positive number of bytes, got ${String(options.maxStreamedBytes)}`);
  const cwd = options.cwd ?? process.cwd();
  const rel = (p: string) => relative(cwd, resolve(cwd, p)) || p;
  for (const p of inputs) if (p !== '-' && !isUrlInput(p) && !existsSync(resolve(cwd, p))) throw new UsageError(`no such file or directory: ${p}`);

  const notes: Diagnostic[] = [];
  const plan = planInputs(inputs, cwd, rel, notes);
  for (const d of notes) yield { kind: 'diagnostic', diagnostic: d };
  const ctx: ReadContext = { maxBytes, ids: new IdAllocator() };
  const fetchOptions = {
    ...(options.allowPrivateNetwork ? { allowPrivateNetwork: true } : {}),
    ...(options.fetchTimeoutMs ? { timeoutMs: options.fetchTimeoutMs } : {}),
    ...(options.maxRedirects !== undefined ? { maxRedirects: options.maxRedirects } : {}),
    ...(options.blockedAddress ? { blockedReason: options.blockedAddress } : {}),
  };
  let done = 0;
  for (const input of plan) {
    const source = input.kind === 'url' ? input.url : input.kind === 'stdin' ? '-' : rel(input.path);
    if (input.kind === 'url') yield* urlItems(ctx, input.url, fetchOptions);
    else if (input.kind === 'stdin') yield* jsonlItems(ctx, options.stdin ?? process.stdin, '-', 'stdin', true, false);
    else yield* localItems(ctx, input.path, source, maxStreamedBytes);
    options.onProgress?.(++done, plan.length, source);
  }
}

/** Expand the arguments in order: folders into their files, each file and URL once. */
function planInputs(inputs: readonly string[], cwd: string, rel: (p: string) => string, notes: Diagnostic[]): Planned[] {
  const seen = new Set<string>();
  const out: Planned[] = [];
  const once = (key: string, item: Planned) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(item);
  };
  for (const arg of inputs) {
    if (isUrlInput(arg)) once(`url:${arg}`, { kind: 'url', url: arg });
    else if (arg === '-') once('-', { kind: 'stdin' });
    else for (const i of collectInputs([resolve(cwd, arg)], rel, notes)) if (i.kind === 'file') once(safeRealpath(i.path), i);
  }
  return out;
}
