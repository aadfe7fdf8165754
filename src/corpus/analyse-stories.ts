/**
 * Keep story analyses current: every story changed since its last analysis is analysed again
 * (the same `analyze()` as `crosscheck analyze`) and stored with the version it was computed from.
 */
import { analyze } from '../analyze.js';
import type { Analysis, Article, Diagnostic } from '../contract/analysis-schema.js';
import type { Store } from '../store/types.js';

/**
 * At most this many articles of one story are analysed together. Comparison holds every
 * article's extraction in memory (about 1–2 MiB each), so an unbounded story would break the
 * 1 GiB memory bound; a larger story is analysed on its newest articles, with a diagnostic.
 */
export const MAX_ANALYSED_ARTICLES = 250;

/** The articles to analyse: all of them, or the newest `max` (by publication date, then id). */
export function articlesToAnalyse<T extends Pick<Article, 'id' | 'published'>>(articles: readonly T[], max = MAX_ANALYSED_ARTICLES): { articles: T[]; diagnostics: Diagnostic[] } {
  if (articles.length <= max) return { articles: [...articles], diagnostics: [] };
  const newestFirst = [...articles].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const message = `this story has ${articles.length} articles; only the newest ${max} (by publication date) were analysed together`;
  return { articles: newestFirst.slice(0, max), diagnostics: [{ severity: 'warning', rule: 'story-truncated', message, source: 'store', stage: 'compare' }] };
}

/** Analyse one story now and store the result; null when there is no such story. */
export async function analyseStory(store: Store, storyId: number): Promise<Analysis | null> {
  const story = await store.getStory(storyId);
  if (!story) return null;
  // Version read before the articles: if the story changes in between, the analysis is stored as already stale.
  const picked = articlesToAnalyse(await store.storyArticles(storyId));
  const analysis = analyze(picked);
  await store.putAnalysis(storyId, analysis, story.version);
  return analysis;
}

/** The stored analysis when current, else a fresh one (stored). */
export async function currentAnalysis(store: Store, storyId: number): Promise<Analysis | null> {
  return (await store.getAnalysis(storyId)) ?? analyseStory(store, storyId);
}

/** Analyse every stale story; returns how many were analysed. */
export async function analyseStaleStories(store: Store, onStory?: (done: number, total: number) => void): Promise<number> {
  const ids = await store.staleStories();
  let done = 0;
  for (const id of ids) {
    await analyseStory(store, id);
    done++;
    onStory?.(done, ids.length);
  }
  return done;
}
