/**
 * Pasted links → articles, one settled link at a time, through the library's `loadUrlArticles`
 * (guarded fetch on this side: http/https only, public addresses unless allowed, size, time and
 * redirect bounds; the page cache; AMP/print/tracking variants folded into one article).
 */
import { loadUrlArticles, type Diagnostic, type PageCache, type UrlEvent } from '../../index.js';

/** How links are fetched for the start page. */
export interface LinkOptions {
  /** the page cache; null for none. */
  readonly cache: PageCache | null;
  /** let links reach loopback and private addresses (`--allow-private-network`). */
  readonly allowPrivateNetwork: boolean;
  /** bytes allowed per page. */
  readonly maxBytes: number;
}

/** What became of one link: its articles, or why it gave none. */
export type LinkOutcome =
  | { readonly ok: true; readonly url: string; readonly event: Extract<UrlEvent, { kind: 'article' }> }
  | { readonly ok: false; readonly url: string; readonly reason: string; readonly diagnostic: Diagnostic };

/** Fetch `links`, calling `settled` for each as soon as it is done (in the order given). */
export async function readLinks(links: readonly string[], options: LinkOptions, settled: (index: number, outcome: LinkOutcome) => void): Promise<void> {
  const events = loadUrlArticles(links, { cache: options.cache, allowPrivateNetwork: options.allowPrivateNetwork, maxBytes: options.maxBytes });
  for await (const e of events) {
    if (e.kind === 'article') settled(e.index, { ok: true, url: e.url, event: e });
    else settled(e.index, { ok: false, url: e.url, reason: e.kind === 'duplicate' ? `same article as ${e.sameAs}` : `${e.diagnostic.rule}: ${e.diagnostic.message}`, diagnostic: e.diagnostic });
  }
}
