/**
 * One JSON article record → a draft. Text comes from `text`, `content` or `body` (or, failing those,
 * `html`, which goes through the HTML ingester); metadata from `id`, `title`/`headline`, `url`/`link`,
 * `outlet`/`source`/`publisher`, `published`/`date`/`datePublished`, `author`/`byline`, `language`.
 * Record fields win over anything found inside the text.
 */
import type { Draft } from './build-article.js';
import { ingestHtml } from './html-ingester.js';
import type { RawMetadata } from './metadata.js';
import { ingestText } from './text-ingester.js';

const pick = (r: Record<string, unknown>, ...keys: string[]): string | null => {
  for (const k of keys) {
    const v = r[k];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number' && Number.isFinite(v) && k === 'id') return String(v);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length) return v.join(', ');
    if (v && typeof v === 'object' && typeof (v as Record<string, unknown>).name === 'string') return (v as Record<string, string>).name!;
  }
  return null;
};

export type RecordResult = { readonly ok: true; readonly draft: Draft; readonly id: string | null } | { readonly ok: false; readonly message: string };

/** Turn a parsed JSON value into a draft, or say why it is not an article record. */
export function ingestRecord(value: unknown): RecordResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'record is not a JSON object' };
  const r = value as Record<string, unknown>;
  const meta: RawMetadata = {
    title: pick(r, 'title', 'headline'),
    url: pick(r, 'url', 'link', 'canonical_url'),
    outlet: pick(r, 'outlet', 'source', 'publisher', 'site_name', 'siteName'),
    published: pick(r, 'published', 'date', 'datePublished', 'published_at', 'publishedAt', 'pubDate'),
    author: pick(r, 'author', 'authors', 'byline'),
    language: pick(r, 'language', 'lang', 'inLanguage'),
  };
  // Feeds often put the article's URL in "source": that is a URL, not an outlet name.
  if (meta.outlet && /^https?:\/\//i.test(meta.outlet.trim())) {
    meta.url ??= meta.outlet.trim();
    meta.outlet = null;
  }
  const id = pick(r, 'id');
  const text = pick(r, 'text', 'content', 'body');
  if (text) return { ok: true, draft: ingestText(text, 'txt', meta), id };
  const html = pick(r, 'html');
  if (html) return { ok: true, draft: ingestHtml(html, meta), id };
  return { ok: false, message: 'record has no text (expected a "text", "content", "body" or "html" string field)' };
}
