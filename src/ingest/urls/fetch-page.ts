/**
 * One link's bytes: from the page cache when it holds a fresh copy, else through safeFetch
 * (stored on success). `refresh` asks the server again, with the cached copy's ETag and
 * Last-Modified, so an unchanged page costs a 304 and keeps its bytes.
 * Failed fetches are not cached: a link that failed is tried again next run.
 */
import type { PageCache } from '../../net/page-cache.js';
import { type SafeFetchOptions, type SafeFetchRule, safeFetch } from '../../net/safe-fetch.js';

/** Where a page's bytes came from this run. */
export type PageOrigin = 'network' | 'cache' | 'revalidated';

export type FetchedPage =
  | { readonly ok: true; readonly finalUrl: string; readonly contentType: string; readonly body: Uint8Array; readonly from: PageOrigin; readonly cacheNote: string | null }
  | { readonly ok: false; readonly rule: SafeFetchRule; readonly message: string };

export interface FetchPageOptions {
  /** null: no cache (`--no-cache`). */
  readonly cache: PageCache | null;
  /** Revalidate a cached copy instead of using it as is (`--refresh`). */
  readonly refresh: boolean;
  readonly fetch: SafeFetchOptions;
  /** The clock for fetch times. @default Date.now */
  readonly now?: () => number;
}

/** Fetch `url` (as given) under the cache key `key` (its normalised form). */
export async function fetchPage(url: string, key: string, options: FetchPageOptions): Promise<FetchedPage> {
  const { cache } = options;
  const cached = cache?.get(key, { stale: options.refresh }) ?? null;
  // a copy kept under a larger --max-bytes is not used under a smaller one: the bound holds whatever the cache holds
  const held = cached && options.fetch.maxBytes !== undefined && cached.body.length > options.fetch.maxBytes ? null : cached;
  if (held && !options.refresh) return { ok: true, finalUrl: held.finalUrl, contentType: held.contentType, body: held.body, from: 'cache', cacheNote: null };
  const hasValidators = Boolean(held && (held.validators.etag || held.validators.lastModified));
  const res = await safeFetch(url, { ...options.fetch, ...(held && hasValidators ? { revalidate: held.validators } : {}) });
  if (!res.ok) return res;
  const now = (options.now ?? Date.now)();
  if (res.status === 304 && held) {
    const cacheNote = cache?.put({ ...held, validators: { ...held.validators, ...res.validators }, fetchedAt: now }) ?? null;
    return { ok: true, finalUrl: held.finalUrl, contentType: held.contentType, body: held.body, from: 'revalidated', cacheNote };
  }
  const cacheNote = cache?.put({ url: key, finalUrl: res.url, contentType: res.contentType, validators: res.validators, fetchedAt: now, body: res.body }) ?? null;
  return { ok: true, finalUrl: res.url, contentType: res.contentType, body: res.body, from: 'network', cacheNote };
}
