/**
 * Shared lookups for building the report model: which outlet an article belongs
 * to, how to turn a span into a readable excerpt, stable sorting.
 */
import type { Analysis, Article, Span } from '../../contract/analysis-schema.js';
import { sentenceAround } from '../../nlp/sentence-ends.js';
import { articleLabel, articleLabels } from '../../util/article-label.js';
import type { Excerpt } from './types.js';

export interface ModelContext {
  readonly articles: ReadonlyMap<string, Article>;
  readonly outletOf: (articleId: string) => string;
  readonly groupOf: (articleId: string) => string | null;
  /** outlets of some articles, deduplicated and sorted. */
  readonly outletsOf: (articleIds: readonly string[]) => string[];
  /** number of independent sources among some articles (syndicated copies count once). */
  readonly independentOf: (articleIds: readonly string[]) => number;
  readonly excerpt: (span: Span, needle?: string | null) => Excerpt | null;
}

/** Compare strings by code unit, the same on every machine (no locale). */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted unique strings. */
export const uniqSorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(cmp);

/**
 * The outlet label of an article: its outlet, else the host of its URL, else a readable label
 * made from its id (`fallback`, from `articleLabels`; hash-like parts of a file name dropped).
 */
export function outletLabel(a: Article, fallback: string = articleLabel(a.id)): string {
  if (a.outlet && a.outlet.trim()) return a.outlet.trim();
  if (a.url) {
    try {
      return new URL(a.url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: fall through to the id's label
    }
  }
  return fallback;
}

const MAX_CONTEXT = 320;

/** Make the lookups for one analysis. */
export function modelContext(analysis: Analysis): ModelContext {
  const articles = new Map(analysis.articles.map((a) => [a.id, a]));
  const groups = new Map<string, string>();
  for (const g of analysis.independence ?? []) for (const id of g.articles) groups.set(id, g.id);
  const labels = articleLabels(articles.keys());
  const outletOf = (id: string) => {
    const a = articles.get(id);
    return a ? outletLabel(a, labels.get(id)) : id;
  };
  return {
    articles,
    outletOf,
    groupOf: (id) => groups.get(id) ?? null,
    outletsOf: (ids) => uniqSorted(ids.map(outletOf)),
    independentOf: (ids) => new Set(ids.map((id) => groups.get(id) ?? `article:${id}`)).size,
    excerpt: (span, needle) => excerptOf(articles.get(span.article), span, needle ?? null),
  };
}

/**
 * The sentence around a span, with the part worth highlighting marked: the
 * `needle` (e.g. a claimed value) when it occurs inside the span, else the span
 * itself when it is shorter than its sentence. Returns null for a span outside
 * its article (the report skips it instead of showing wrong characters).
 */
export function excerptOf(article: Article | undefined, span: Span, needle: string | null): Excerpt | null {
  if (!article) return null;
  const t = article.text;
  if (!(span.start >= 0 && span.start <= span.end && span.end <= t.length)) return null;
  // widen to the sentence (the one sentence-end rule: "U.S.", "6.5", "Rev. Lee" do not cut it), bounded
  const { from, to, clipped } = sentenceAround(t, span.start, span.end, Math.max(0, MAX_CONTEXT - (span.end - span.start)) >> 1);
  const text = t.slice(from, to);
  let mark: [number, number] | null = null;
  const inner = t.slice(span.start, span.end);
  const at = needle ? inner.toLowerCase().indexOf(needle.toLowerCase()) : -1;
  if (needle && at >= 0) mark = [span.start - from + at, span.start - from + at + needle.length];
  else if (span.end > span.start && (span.start > from || span.end < to)) mark = [span.start - from, span.end - from];
  return { article: article.id, start: span.start, end: span.end, contextStart: from, text, mark, clipped };
}

/** Excerpts of many spans, dropping invalid ones, in (article, start) order. */
export function excerpts(ctx: ModelContext, spans: readonly Span[], needle?: string | null): Excerpt[] {
  return spans
    .map((s) => ctx.excerpt(s, needle))
    .filter((e): e is Excerpt => e !== null)
    .sort((a, b) => cmp(a.article, b.article) || a.start - b.start || a.end - b.end);
}
