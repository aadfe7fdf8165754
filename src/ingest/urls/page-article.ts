/**
 * A fetched page → an article draft, or the reason it is not one: not HTML (a feed, an image, a
 * PDF), undecodable, or too little text once Readability has taken the main text (a paywall stub,
 * a consent wall, an index page). Metadata comes from the page as for a local HTML file; the
 * page's own canonical URL (`<link rel=canonical>`, `og:url`) wins over the fetched address,
 * which is used only when the page names none.
 */
import type { Article, Diagnostic } from '../../contract/analysis-schema.js';
import { buildArticle } from '../build-article.js';
import { decodeBytes, sniffHtmlCharset } from '../decode.js';
import { ingestHtml } from '../html-ingester.js';
import { looksLikeFeed } from '../sources/feed-items.js';

export type PageArticle =
  | { readonly ok: true; readonly article: Article; readonly notes: readonly Diagnostic[]; readonly wantedId: string | null }
  | { readonly ok: false; readonly rule: 'not-html' | 'too-little-text' | 'binary-file' | 'bad-encoding' | 'empty-text'; readonly message: string };

/** Decoded text of a fetched body: the content type's charset, else the page's `<meta charset>`. */
export function decodePage(body: Uint8Array, contentType: string) {
  const type = contentType.toLowerCase();
  const charset = /charset\s*=\s*["']?([\w.:-]+)/.exec(type)?.[1] ?? null;
  const isHtmlType = /text\/html|application\/xhtml\+xml/.test(type);
  return { decoded: decodeBytes(body, charset ?? (isHtmlType ? sniffHtmlCharset(body) : null)), isHtmlType };
}

const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html|<head|<body)/i.test(text);

/** A page that says it is for subscribers (schema.org `isAccessibleForFree: false`). */
const markedPaywalled = (html: string) => /["']?isAccessibleForFree["']?\s*:\s*["']?false/i.test(html);

/** The article in a fetched page. `source` is the link as given; `minWords` the least text that counts as an article. */
export function pageArticle(body: Uint8Array, contentType: string, finalUrl: string, source: string, minWords: number): PageArticle {
  const { decoded, isHtmlType } = decodePage(body, contentType);
  if (!decoded.ok && !isHtmlType) return { ok: false, rule: 'not-html', message: `not an HTML page: "${contentType || 'no content type'}" (${decoded.message})` };
  if (!decoded.ok) return { ok: false, rule: decoded.rule === 'binary-file' ? 'binary-file' : 'bad-encoding', message: decoded.message };
  if (!isHtmlType && !looksLikeHtml(decoded.text)) {
    const what = looksLikeFeed(decoded.text) ? 'a feed (give feeds to crosscheck ingest)' : `"${contentType || 'no content type'}"`;
    return { ok: false, rule: 'not-html', message: `not an HTML page: ${what}` };
  }
  const draft = ingestHtml(decoded.text);
  const own = draft.meta.url ? resolveAgainst(draft.meta.url, finalUrl) : null;
  const article = buildArticle({ ...draft, meta: { ...draft.meta, url: own ?? finalUrl } }, '', source);
  const words = article?.wordCount ?? 0;
  if (!article || words < minWords) {
    const why = markedPaywalled(decoded.text) ? 'the page marks itself as for subscribers only (paywall)' : 'a paywall or consent stub, or not an article page';
    return { ok: false, rule: 'too-little-text', message: `only ${words} word(s) of article text (at least ${minWords} needed): ${why}` };
  }
  const notes: Diagnostic[] = [];
  if (decoded.note) notes.push({ severity: 'warning', rule: 'encoding-fallback', message: decoded.note, source, stage: 'ingest' });
  if (draft.fallback) notes.push({ severity: 'info', rule: 'readability-fallback', message: 'no main article found by Readability; used the page body', source, stage: 'ingest' });
  return { ok: true, article, notes, wantedId: draft.meta.id ?? null };
}

/** A canonical link may be relative ("/news/story"): resolved against the fetched address; null when it is not http(s). */
function resolveAgainst(href: string, base: string): string | null {
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
