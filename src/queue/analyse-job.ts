/**
 * analyse-story jobs: compare a story's cached extractions (`analyzeExtractions`, the same assembly
 * as `crosscheck analyze`) and store the analysis with the story version it was computed from.
 * One small read decides whether there is anything to do (the story's version, analysed version
 * and pending-extraction counter), so a request for a current or incomplete story costs one query.
 */
import type { Pool } from 'pg';
import { analyzeExtractions } from '../analyze.js';
import { articlesToAnalyse } from '../corpus/analyse-stories.js';
import type { ArticleExtraction } from '../model/records.js';
import type { Store } from '../store/types.js';

export type AnalyseOutcome = 'analysed' | 'current' | 'waiting' | 'gone';

/**
 * Analyse one story from cached extractions. 'waiting' when a member is not extracted yet: the
 * extraction that completes the story requests the analysis again.
 */
export async function runAnalyse(store: Store, pool: Pool, storyId: number): Promise<AnalyseOutcome> {
  // Version read before the extractions: if the story changes in between, the analysis is stored as already stale.
  const s = (
    await pool.query<{ version: number; analysed_version: number; pending_extractions: number }>(
      'SELECT version, analysed_version, pending_extractions FROM stories WHERE id = $1',
      [storyId],
    )
  ).rows[0];
  if (!s) return 'gone';
  if (s.analysed_version === s.version) return 'current';
  if (s.pending_extractions > 0) return 'waiting';
  const members = await pool.query<{ id: string; published: string | null }>('SELECT id, published FROM articles WHERE story_id = $1', [storyId]);
  // The same cap as inline analysis: a huge story is compared on its newest articles only.
  const picked = articlesToAnalyse(members.rows);
  const ex = await pool.query<{ extraction: string }>('SELECT extraction FROM extractions WHERE article_id = ANY($1::text[])', [picked.articles.map((a) => a.id)]);
  // The counter says complete; a member added since the version was read may still lack its extraction.
  if (ex.rows.length < picked.articles.length) return 'waiting';
  const extractions = ex.rows.map((x) => JSON.parse(x.extraction) as ArticleExtraction);
  const analysis = analyzeExtractions({ articles: extractions.map((x) => x.article), diagnostics: picked.diagnostics }, extractions);
  await store.putAnalysis(storyId, analysis, s.version);
  return 'analysed';
}
