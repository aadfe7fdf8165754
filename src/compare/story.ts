import type { Article, IndependenceGroup, Story } from '../contract/analysis-schema.js';

/** The header facts of a story: central title, counts, date range. */
export function buildStory(articles: readonly Article[], groups: readonly IndependenceGroup[]): Story {
  const outlets = new Set(articles.map((a) => a.outlet?.toLowerCase() ?? `article:${a.id}`));
  const grouped = new Set(groups.flatMap((g) => g.articles));
  const independentCount = groups.length + articles.filter((a) => !grouped.has(a.id)).length;
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => !!d).sort();
  return {
    title: centralTitle(articles),
    articleCount: articles.length,
    outletCount: outlets.size,
    independentCount,
    dateRange: dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : null,
  };
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

/** The title sharing the most words with all other articles' titles and texts. */
function centralTitle(articles: readonly Article[]): string | null {
  let best: { title: string; score: number } | null = null;
  const bodies = articles.map((a) => words(`${a.title ?? ''} ${a.text.slice(0, 2000)}`));
  articles.forEach((a, i) => {
    if (!a.title) return;
    const tw = words(a.title);
    let score = 0;
    bodies.forEach((b, j) => {
      if (i === j) return;
      for (const w of tw) if (b.has(w)) score++;
    });
    score = score / Math.max(1, tw.size) + tw.size * 1e-3;
    if (!best || score > best.score) best = { title: a.title, score };
  });
  return (best as { title: string } | null)?.title ?? null;
}
