/**
 * A story's analysis for the web UI: the stored one when current, else computed now with the
 * public `analyze` over the story's articles (the newest 250 at most, as `crosscheck story` and
 * the workers do) and stored for next time. Storing is best effort:
 * while `ingest` holds the write lock the fresh analysis is still served, just not kept
 * (the next request or ingest's own analysis pass stores one).
 */
import { analyze } from '../../analyze.js';
import { articlesToAnalyse } from '../../corpus/analyse-stories.js';
import type { Analysis } from '../../contract/analysis-schema.js';
import type { Store } from '../../store/types.js';

/** The current analysis of `storyId`, or null when there is no such story. */
export async function storyAnalysis(store: Store, storyId: number, log: (line: string) => void): Promise<Analysis | null> {
  const stored = await store.getAnalysis(storyId);
  if (stored) return stored;
  const story = await store.getStory(storyId);
  if (!story) return null;
  // version read before the articles: if the story changes in between, what we store is already stale, never wrongly current
  const analysis = analyze(articlesToAnalyse(await store.storyArticles(storyId)));
  try {
    await store.putAnalysis(storyId, analysis, story.version);
  } catch (e) {
    log(`story ${storyId}: analysis served but not stored (${e instanceof Error ? e.message : String(e)})`);
  }
  return analysis;
}
