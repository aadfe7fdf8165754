/**
 * Article metadata from an HTML document, most specific source first: JSON-LD NewsArticle/Article
 * (also inside `@graph`), Open Graph / article:* meta tags, name=author/date meta, Dublin Core
 * (DC.title, DC.date, DC.publisher, DC.creator), `<link rel=canonical>`, `<title>`, `<html lang>`,
 * and for the date, microdata `datePublished` or an article's `<time datetime>`.
 */
import { type RawMetadata, mergeMetadata } from './metadata.js';

type Doc = { querySelectorAll(sel: string): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }>; documentElement?: { getAttribute(n: string): string | null } | null; title?: string };

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|ScholarlyArticle|Report|WebPage)$/;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return str(v);
}

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in a JSON-LD payload: top level, arrays and `@graph` members. */
function nodes(v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(v)) v.forEach((x) => nodes(x, out));
  else if (v && typeof v === 'object') {
    out.push(v as Record<string, unknown>);
    nodes((v as Record<string, unknown>)['@graph'], out);
  }
  return out;
}

/** Metadata from JSON-LD script blocks; the first article-typed node wins. Bad JSON is ignored. */
export function jsonLdMetadata(doc: Doc): RawMetadata {
  let meta: RawMetadata = {};
  const all: Record<string, unknown>[] = [];
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      nodes(JSON.parse(el.textContent ?? ''), all);
    } catch {
      // a broken JSON-LD block is common in the wild and says nothing about the article text
    }
  }
  // Prefer real article types over a generic WebPage node.
  const ranked = all.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t))).sort((a, b) => Number(typesOf(a).includes('WebPage')) - Number(typesOf(b).includes('WebPage')));
  for (const n of ranked) {
    meta = mergeMetadata(meta, {
      title: str(n.headline) ?? str(n.name),
      published: str(n.datePublished) ?? str(n.dateCreated),
      author: nameOf(n.author) ?? nameOf(n.creator),
      outlet: nameOf(n.publisher) ?? nameOf(n.sourceOrganization),
      url: str(n.url) ?? (typeof n.mainEntityOfPage === 'string' ? n.mainEntityOfPage : nameOf((n.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id'])),
      language: str(n.inLanguage),
    });
  }
  return meta;
}

/** Read `<meta>` content by property or name (case-insensitive on the key). */
function metaContent(doc: Doc, ...keys: string[]): string | null {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (wanted.has(key) && content?.trim()) return content.trim();
  }
  return null;
}

/** All metadata the document offers, merged with JSON-LD first, then meta tags, then <title>. */
export function htmlMetadata(doc: Doc): RawMetadata {
  const canonical = Array.from(doc.querySelectorAll('link')).find((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))?.getAttribute('href') ?? null;
  const tags: RawMetadata = {
    title: metaContent(doc, 'og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline'),
    published: metaContent(doc, 'article:published_time', 'datePublished', 'og:published_time', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date'),
    author: metaContent(doc, 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'byl'),
    outlet: metaContent(doc, 'og:site_name', 'application-name', 'dc.publisher', 'dcterms.publisher', 'publisher'),
    url: metaContent(doc, 'og:url') ?? canonical,
    language: metaContent(doc, 'og:locale', 'content-language', 'dc.language', 'language') ?? doc.documentElement?.getAttribute('lang') ?? null,
  };
  // article:author is often a profile URL rather than a name; a URL is no author name.
  if (tags.author && /^https?:/.test(tags.author)) tags.author = null;
  let meta = mergeMetadata(jsonLdMetadata(doc), tags);
  // Microdata and <time> elements: the last resort for a date, article-scoped so that the dates of
  // teasers elsewhere on the page are not taken.
  const timeEl = Array.from(doc.querySelectorAll('[itemprop="datePublished"], time[pubdate], article time[datetime]'))[0];
  meta = mergeMetadata(meta, { published: timeEl ? (timeEl.getAttribute('datetime') ?? timeEl.getAttribute('content') ?? timeEl.textContent) : null });
  const titleTag = doc.querySelectorAll('title')[0]?.textContent?.trim() ?? null;
  meta = mergeMetadata(meta, { title: stripSiteSuffix(titleTag, meta.outlet ?? null) });
  return meta;
}

/** "River bursts banks | Example Times" → "River bursts banks" when the suffix names the site. */
export function stripSiteSuffix(title: string | null, site: string | null): string | null {
  if (!title) return null;
  const m = /^(.*\S)\s+[|\-–—·]\s+([^|\-–—·]+)$/.exec(title);
  if (!m) return title;
  const suffix = m[2]!.trim();
  // Without a known site name, only a short capitalised suffix ("| Valley Courier") is taken for one.
  const looksLikeSite = suffix.split(/\s+/).length <= 4 && /^[\p{Lu}\p{N}]/u.test(suffix);
  if ((site && suffix.toLowerCase() === site.toLowerCase()) || (!site && looksLikeSite)) return m[1]!;
  return title;
}
