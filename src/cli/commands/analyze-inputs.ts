/**
 * `analyze`'s inputs: links (arguments starting http:// or https://, and the lines of `--urls`)
 * go to loadUrlArticles with the page cache; everything else to ingestPaths as before. Files are
 * read first so the links' ids avoid theirs (the analysis sorts articles by id, so the order of
 * reading does not show). Misuse (an unreadable --urls file, a line that is not a link, clashing
 * cache options) throws UsageError naming the file and line.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import type { IngestResult, UrlEvent } from '../../index.js';
import type { Progress } from '../progress.js';

export interface AnalyzeInputValues {
  readonly urls?: string | undefined;
  readonly cache?: string | undefined;
  readonly 'no-cache': boolean;
  readonly refresh: boolean;
  readonly 'allow-private-network': boolean;
}

const isLink = (s: string) => /^https?:\/\//i.test(s);

/** The links of a `--urls` file: one per line; blank lines and lines starting with # are skipped; anything else must be an http(s) link. */
export function parseUrlList(text: string, file: string): string[] {
  const out: string[] = [];
  for (const [i, raw] of text.replace(/^\uFEFF/, '').split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!isLink(line) || /\s/.test(line)) throw new UsageError(`${file}:${i + 1}: expected one http(s) link per line, got "${line.length > 80 ? `${line.slice(0, 77)}…` : line}"`);
    out.push(line);
  }
  return out;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
  return Buffer.concat(chunks).toString('utf8');
}

/** The links and the other inputs named on the command line and in `--urls`. */
export async function splitInputs(positionals: readonly string[], values: AnalyzeInputValues, stdin: NodeJS.ReadableStream): Promise<{ links: string[]; paths: string[] }> {
  const links = positionals.filter(isLink);
  const paths = [...new Set(positionals.filter((p) => !isLink(p)))];
  if (values.urls !== undefined) {
    if (values.urls === '-' && paths.includes('-')) throw new UsageError('stdin cannot be both --urls - and a JSONL input -; give one');
    let text: string;
    try {
      text = values.urls === '-' ? await readAll(stdin) : readFileSync(values.urls, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read --urls ${values.urls}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    }
    links.push(...parseUrlList(text, values.urls));
  }
  if (values['no-cache'] && values.cache !== undefined) throw new UsageError('--cache and --no-cache contradict each other; give one');
  if (values['no-cache'] && values.refresh) throw new UsageError('--refresh revalidates the page cache, which --no-cache turns off; give one');
  if (!links.length && (values.cache !== undefined || values.refresh)) throw new UsageError(`${values.refresh ? '--refresh' : '--cache'} applies to links, and no link was given`);
  return { links, paths };
}

/** One line per link on a TTY: where it came from, or why it failed. */
export function urlLine(e: UrlEvent): string {
  const n = `[${e.index + 1}/${e.total}]`;
  if (e.kind === 'article') return `${n} ${e.from === 'network' ? 'fetched' : e.from} ${e.url} — ${e.article.wordCount} words${e.article.outlet ? `, ${e.article.outlet}` : ''}`;
  if (e.kind === 'duplicate') return `${n} duplicate ${e.url} — same as ${e.sameAs}`;
  return `${n} failed ${e.url} — ${e.diagnostic.rule}: ${e.diagnostic.message}`;
}

/** Read the links into an IngestResult, ids clear of `taken`. */
export async function loadLinks(links: readonly string[], values: AnalyzeInputValues, opts: { maxBytes?: number; taken: readonly string[]; progress: Progress; env: NodeJS.ProcessEnv; warn: (line: string) => void }): Promise<IngestResult> {
  const { loadUrlArticles, urlEventItems, PageCache, defaultPageCacheDir } = await import('../../index.js');
  const cache = values['no-cache'] ? null : new PageCache({ dir: values.cache ?? defaultPageCacheDir(opts.env) });
  const result = { articles: [] as IngestResult['articles'], diagnostics: [] as IngestResult['diagnostics'], skipped: { inputs: 0, records: 0 } };
  const events = loadUrlArticles(links, {
    cache,
    refresh: values.refresh,
    allowPrivateNetwork: values['allow-private-network'],
    takenIds: opts.taken,
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
  });
  for await (const e of events) {
    opts.progress.line(urlLine(e));
    if (e.kind === 'article' && e.cacheNote) opts.warn(`page cache: ${e.cacheNote}`);
    for (const item of urlEventItems(e)) {
      if (item.kind === 'article') result.articles.push(item.article);
      else if (item.kind === 'diagnostic') result.diagnostics.push(item.diagnostic);
      else result.skipped.inputs += item.inputs;
    }
  }
  return result;
}
