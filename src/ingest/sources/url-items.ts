/**
 * A feed or article URL: fetched through safeFetch (public addresses only unless allowed, size and
 * time limits, checked redirects), then read as a feed (by content type, or by sniffing the root
 * element) or as one HTML article. A failed fetch is a diagnostic, never an exception.
 */
import { safeFetch, type SafeFetchOptions } from '../../net/safe-fetch.js';
import { ingestHtml } from '../html-ingester.js';
import { decodePage } from '../urls/page-article.js';
import { feedItems, looksLikeFeed } from './feed-items.js';
import { type ReadContext, type SourceItem, diagnostic, finishDraft, skippedInput } from './items.js';

/** Does this argument name a URL to fetch rather than a path? */
export const isUrlInput = (input: string): boolean => /^https?:\/\//i.test(input);

/** A readable id stem for a URL: host plus last path segment ("news.example-floods"). */
function stemOf(url: string): string {
  const u = new URL(url);
  const last = u.pathname.split('/').filter(Boolean).pop()?.replace(/\.[a-z0-9]+$/i, '');
  return [u.hostname.replace(/^www\./, ''), last].filter(Boolean).join('-');
}

/** Items of one URL: the feed's articles, or the page as one article. */
export async function* urlItems(ctx: ReadContext, url: string, fetchOptions: SafeFetchOptions): AsyncGenerator<SourceItem> {
  const res = await safeFetch(url, { ...fetchOptions, maxBytes: ctx.maxBytes });
  if (!res.ok) {
    yield diagnostic('error', res.rule, res.message, url);
    return yield skippedInput;
  }
  const type = res.contentType.toLowerCase();
  const { decoded, isHtmlType } = decodePage(res.body, res.contentType);
  if (!decoded.ok) {
    yield diagnostic('warning', decoded.rule, decoded.message, url);
    return yield skippedInput;
  }
  const stem = stemOf(res.url);
  // The root element decides; an XML content type that is not a feed gets the feed reader's "not-a-feed" diagnostic.
  if (looksLikeFeed(decoded.text) || (/[/+]xml\b/.test(type) && !isHtmlType)) {
    return yield* feedItems(ctx, decoded.text, url, stem);
  }
  if (!isHtmlType && !/^\s*(<!doctype html|<html|<head|<body)/i.test(decoded.text)) {
    yield diagnostic('warning', 'unknown-format', `content type "${res.contentType || 'none'}" is neither a feed nor HTML`, url);
    return yield skippedInput;
  }
  const done = finishDraft(ctx, ingestHtml(decoded.text, { url: res.url }), stem, url);
  yield* done.items;
  if (!done.ok) yield skippedInput;
}
