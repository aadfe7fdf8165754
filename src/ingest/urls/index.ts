/**
 * Articles from a list of links — the library half of `crosscheck analyze <url>…` and of the
 * start page. One function, `loadUrlArticles(urls, options)`, yields one `UrlEvent` per link, in
 * the order given, as soon as that link is settled:
 *
 *   { kind: 'article',   url, index, total, from, article, diagnostics }  — read (from: network | cache | revalidated)
 *   { kind: 'failed',    url, index, total, diagnostic }                  — why not (rule + message naming the URL)
 *   { kind: 'duplicate', url, index, total, sameAs, diagnostic }          — the same article as an earlier link
 *
 * Per link: normalise (normalize-url: tracking parameters out, the cache key) → fetch-page
 * (page cache, else safeFetch: http/https only, public addresses unless allowed, size, time and
 * redirect bounds) → page-article (HTML only, Readability, metadata, at least `minWords` words)
 * → one article per `articleKey` of its canonical URL (AMP, print, mobile renderings fold in; the
 * first link given keeps the article) → a unique id (the link's last path segment, as a file's
 * name gives a file's id, so a saved page and its link compare as the same article).
 * Never throws for a link: every failure is an event. Throws UsageError only for bad options.
 * Up to `concurrency` pages are fetched at once; events still come in input order, so the
 * output is deterministic. `urlEventItems` turns events into the `SourceItem`s of the file flow.
 *
 * @example
 * for await (const e of loadUrlArticles(['https://news.example/a', 'https://other.example/b'], { allowPrivateNetwork: false })) {
 *   if (e.kind === 'article') show(e.article.title, e.article.outlet, e.article.wordCount);
 *   else show(e.url, e.diagnostic.message);
 * }
 */
import type { Article, Diagnostic } from '../../contract/analysis-schema.js';
import { UsageError } from '../../errors.js';
import { PageCache } from '../../net/page-cache.js';
import { IdAllocator } from '../article-ids.js';
import type { SourceItem } from '../sources/items.js';
import { checkOptions } from '../index.js';
import { type FetchedPage, type PageOrigin, fetchPage } from './fetch-page.js';
import { articleKey, normalizeUrl } from './normalize-url.js';
import { pageArticle } from './page-article.js';

export { articleKey, normalizeUrl } from './normalize-url.js';
export { PageCache, defaultPageCacheDir, type CachedPage, type PageCacheOptions } from '../../net/page-cache.js';
export type { PageOrigin } from './fetch-page.js';

/** Least words of article text for a page to count as an article. @default 50 */
export const DEFAULT_MIN_WORDS = 50;

export interface UrlLoadOptions {
  /** The page cache; null for none (`--no-cache`). @default a PageCache in defaultPageCacheDir() */
  readonly cache?: PageCache | null;
  /** Ask the server again for cached pages, with their ETag/Last-Modified (`--refresh`). @default false */
  readonly refresh?: boolean;
  /** Let links reach loopback, private and link-local addresses (`--allow-private-network`). @default false */
  readonly allowPrivateNetwork?: boolean;
  /** Bytes allowed per page. @default 16 MiB */
  readonly maxBytes?: number;
  /** Time allowed per page, redirects included. @default 15000 */
  readonly fetchTimeoutMs?: number;
  /** Redirects followed per link, each re-checked. @default 5 */
  readonly maxRedirects?: number;
  /** Least words of article text; fewer is a `too-little-text` failure (paywall or consent stubs). @default 50 */
  readonly minWords?: number;
  /** Pages fetched at once. @default 4 */
  readonly concurrency?: number;
  /** Ids already used by other inputs of the run (files), so article ids stay unique. */
  readonly takenIds?: Iterable<string>;
  /** Address policy replacing the built-in one (tests). Ignored when `allowPrivateNetwork`. */
  readonly blockedAddress?: (address: string) => string | null;
}

interface Settled {
  readonly url: string;
  readonly index: number;
  readonly total: number;
}

/** What became of one link. */
export type UrlEvent =
  | (Settled & { readonly kind: 'article'; readonly from: PageOrigin; readonly article: Article; readonly diagnostics: readonly Diagnostic[]; readonly cacheNote: string | null })
  | (Settled & { readonly kind: 'failed'; readonly diagnostic: Diagnostic })
  | (Settled & { readonly kind: 'duplicate'; readonly sameAs: string; readonly diagnostic: Diagnostic });

const isHttpUrl = (s: string) => /^https?:\/\/[^\s/]/i.test(s.trim());

const note = (severity: Diagnostic['severity'], rule: string, message: string, source: string): Diagnostic => ({ severity, rule, message, source, stage: 'ingest' });

/** A readable id stem: the last path segment of the article's address without its extension, else the host. */
function stemOf(url: string): string {
  const key = articleKey(url);
  const path = key.split('?')[0]!;
  const last = path.split('/').filter(Boolean).slice(1).pop()?.replace(/\.[a-z0-9]+$/i, '');
  return last || path.split('/')[0]!.replace(/:\d+$/, '');
}

/** Load `urls` as articles; see the module comment. Throws UsageError for a string that is not an http(s) URL or a bad option. */
export async function* loadUrlArticles(urls: readonly string[], options: UrlLoadOptions = {}): AsyncGenerator<UrlEvent> {
  const bad = urls.find((u) => !isHttpUrl(u));
  if (bad !== undefined) throw new UsageError(`not an http(s) URL: "${bad}"`);
  const maxBytes = checkOptions(options);
  const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
  const concurrency = options.concurrency ?? 4;
  if (!(minWords >= 0) || !Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`minWords must be ≥ 0 and concurrency a whole number ≥ 1; got ${minWords} and ${concurrency}`);
  const cache = options.cache === undefined ? new PageCache() : options.cache;
  const fetch = {
    maxBytes,
    ...(options.allowPrivateNetwork ? { allowPrivateNetwork: true } : {}),
    ...(options.fetchTimeoutMs ? { timeoutMs: options.fetchTimeoutMs } : {}),
    ...(options.maxRedirects !== undefined ? { maxRedirects: options.maxRedirects } : {}),
    ...(options.blockedAddress ? { blockedReason: options.blockedAddress } : {}),
  };
  const links = urls.map((u) => ({ url: u.trim(), key: normalizeUrl(u) }));
  const firstOfKey = new Map<string, number>();
  links.forEach((l, i) => firstOfKey.has(l.key) || firstOfKey.set(l.key, i));

  // Fetches run ahead of the events by up to `concurrency` links; a repeated link is not fetched again.
  const pending = new Map<number, Promise<FetchedPage>>();
  const start = (i: number) => {
    const l = links[i];
    if (l && firstOfKey.get(l.key) === i && !pending.has(i)) pending.set(i, fetchPage(l.url, l.key, { cache, refresh: options.refresh ?? false, fetch }));
  };
  const ids = new IdAllocator();
  const reserved: Diagnostic[] = [];
  for (const id of options.takenIds ?? []) ids.take(id, '', reserved);
  const byArticle = new Map<string, string>();
  const total = links.length;

  for (const [index, { url, key }] of links.entries()) {
    for (let j = index; j < index + concurrency; j++) start(j);
    const at = { url, index, total };
    const first = firstOfKey.get(key)!;
    if (first !== index) {
      yield { ...at, kind: 'duplicate', sameAs: links[first]!.url, diagnostic: note('info', 'duplicate-url', `same link as ${links[first]!.url}; read once`, url) };
      continue;
    }
    const page = await pending.get(index)!;
    pending.delete(index);
    if (!page.ok) {
      yield { ...at, kind: 'failed', diagnostic: note('error', page.rule, page.message, url) };
      continue;
    }
    const read = pageArticle(page.body, page.contentType, page.finalUrl, url, minWords);
    if (!read.ok) {
      yield { ...at, kind: 'failed', diagnostic: note('error', read.rule, read.message, url) };
      continue;
    }
    const identity = articleKey(read.article.url ?? page.finalUrl);
    const earlier = byArticle.get(identity);
    if (earlier !== undefined) {
      yield { ...at, kind: 'duplicate', sameAs: earlier, diagnostic: note('info', 'duplicate-article', `the same article as ${earlier} (canonical address ${read.article.url ?? page.finalUrl}); counted once`, url) };
      continue;
    }
    byArticle.set(identity, url);
    const diagnostics = [...read.notes];
    const id = ids.take(read.wantedId ?? stemOf(page.finalUrl), url, diagnostics);
    yield { ...at, kind: 'article', from: page.from, article: { ...read.article, id }, diagnostics, cacheNote: page.cacheNote };
  }
}

/** The items of one event, as the file readers give them: a failed link is a skipped input. */
export function urlEventItems(event: UrlEvent): SourceItem[] {
  if (event.kind === 'article') return [...event.diagnostics.map((d): SourceItem => ({ kind: 'diagnostic', diagnostic: d })), { kind: 'article', article: event.article }];
  if (event.kind === 'duplicate') return [{ kind: 'diagnostic', diagnostic: event.diagnostic }];
  return [{ kind: 'diagnostic', diagnostic: event.diagnostic }, { kind: 'skipped', inputs: 1, records: 0 }];
}
