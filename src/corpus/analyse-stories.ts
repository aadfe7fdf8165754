/**
 * Keep story analyses current: every story changed since its last analysis is analysed again
 * (the same `analyze()` as `crosscheck analyze`) and stored with the version it was computed from.
 */
import { analyze } from '../analyze.js';
import type { Analysis } from '../contract/analysis-schema.js';
import type { Store } from '../store/types.js';

/** Analyse one story now and store the result; null when there is no such story. */
export async function analyseStory(store: Store, storyId: number): Promise<Analysis | null> {
  const story = await store.getStory(storyId);
  if (!story) return null;
  // Version read before the articles: if the story changes in between, the analysis is stored as already stale.
  const articles = await store.storyArticles(storyId);
  const analysis = analyze({ articles });
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
