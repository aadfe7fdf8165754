/**
 * The story header: central title, counts, date range.
 */
import type { Article, IndependenceGroup, Story } from '../contract/analysis-schema.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { independentCount } from './independence/index.js';

/** The header facts of a story: central title, article/outlet/independent counts, date range. */
export function buildStory(articles: readonly Article[], groups: readonly IndependenceGroup[]): Story {
  // an article without an outlet is a source of its own
  const outlets = new Set(articles.map((a) => (a.outlet?.trim() ? `outlet:${a.outlet.trim().toLowerCase()}` : `article:${a.id}`)));
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => !!d).sort();
  return {
    title: centralTitle(articles),
    articleCount: articles.length,
    outletCount: outlets.size,
    independentCount: independentCount(articles.map((a) => a.id), groups),
    dateRange: dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : null,
  };
}

/** Content words of a text (stopwords out), as a set. */
const words = (s: string) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOPWORDS.has(w)));

/**
 * The title most similar to the others: the share of its content words found in each
 * other article (title and opening), averaged. Ties go to the title with more content
 * words (more specific), then to the smaller article id.
 */
function centralTitle(articles: readonly Article[]): string | null {
  const titled = [...articles].filter((a) => a.title?.trim()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!titled.length) return null;
  // Each word's list of the articles that hold it, so that a title's hits in every article are
  // counted in one pass over its words' lists, not by testing each word in each article: the
  // loop below was quadratic in story size with a set lookup per word (a third of a second at
  // 500 articles). Scores are summed in article order, exactly as before.
  const holders = new Map<string, number[]>();
  articles.forEach((a, i) => {
    for (const w of words(`${a.title ?? ''} ${a.text.slice(0, 2000)}`)) {
      const list = holders.get(w);
      if (list) list.push(i);
      else holders.set(w, [i]);
    }
  });
  const hits = new Int32Array(articles.length);
  let best: { title: string; score: number; size: number } | null = null;
  for (const a of titled) {
    const tw = words(a.title!);
    hits.fill(0);
    for (const w of tw) for (const i of holders.get(w) ?? []) hits[i]!++;
    let score = 0;
    let others = 0;
    articles.forEach((b, i) => {
      if (b.id === a.id) return;
      others++;
      score += tw.size ? hits[i]! / tw.size : 0;
    });
    score /= Math.max(1, others);
    if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && tw.size > best.size)) best = { title: a.title!.trim(), score, size: tw.size };
  }
  return best?.title ?? null;
}
