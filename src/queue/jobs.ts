/**
 * What a worker does for one job. Extraction results are cached per article with
 * `ON CONFLICT DO NOTHING`, so an article is extracted and stored at most once even when a job
 * is retried or delivered twice; the row records which worker did it. Analysis compares the
 * cached extractions (`analyzeExtractions`, the same assembly as `crosscheck analyze`).
 */
import type PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { analyzeExtractions } from '../analyze.js';
import { articlesToAnalyse } from '../corpus/analyse-stories.js';
import type { Article } from '../contract/analysis-schema.js';
import { extractArticle } from '../extract/index.js';
import type { ArticleExtraction } from '../model/records.js';
import type { Store } from '../store/types.js';
import { requestAnalysis } from './boss.js';

export type ExtractOutcome = 'extracted' | 'already' | 'missing';

/** Extract one article unless already done; then, if its story is fully extracted, ask for the story's analysis. */
export async function runExtract(pool: Pool, boss: PgBoss, worker: string, articleId: string): Promise<ExtractOutcome> {
  const done = await pool.query('SELECT 1 FROM extractions WHERE article_id = $1', [articleId]);
  if (done.rowCount) return 'already';
  const r = await pool.query<{ article: Article }>('SELECT article FROM articles WHERE id = $1', [articleId]);
  const article = r.rows[0]?.article;
  if (!article) return 'missing';
  const extraction = extractArticle(article);
  const ins = await pool.query('INSERT INTO extractions (article_id, worker, extraction) VALUES ($1, $2, $3) ON CONFLICT (article_id) DO NOTHING', [
    articleId,
    worker,
    JSON.stringify(extraction),
  ]);
  // Read the story id now, not before extracting: a merge in between moves the article. Only the
  // extraction that completes its story asks for the analysis (one analysis per story, not one per
  // member); each worker checks after its own insert, so of two finishing together the later sees both.
  const story = await pool.query<{ story_id: number; complete: boolean }>(
    `SELECT a.story_id, NOT EXISTS (SELECT 1 FROM articles b WHERE b.story_id = a.story_id
       AND NOT EXISTS (SELECT 1 FROM extractions e WHERE e.article_id = b.id)) AS complete
     FROM articles a WHERE a.id = $1`,
    [articleId],
  );
  if (story.rows[0]?.complete) await requestAnalysis(boss, story.rows[0].story_id);
  return ins.rowCount ? 'extracted' : 'already';
}

export type AnalyseOutcome = 'analysed' | 'current' | 'waiting' | 'gone';

/**
 * Analyse one story from cached extractions. 'waiting' when a member is not extracted yet: the
 * extraction that completes the story requests the analysis again.
 */
export async function runAnalyse(store: Store, pool: Pool, storyId: number): Promise<AnalyseOutcome> {
  const story = await store.getStory(storyId);
  if (!story) return 'gone';
  if ((await store.getAnalysis(storyId)) !== null) return 'current';
  // Version read before the extractions: if the story changes in between, the analysis is stored as already stale.
  const r = await pool.query<{ id: string; published: string | null; done: boolean }>(
    'SELECT a.id, a.published, (e.article_id IS NOT NULL) AS done FROM articles a LEFT JOIN extractions e ON e.article_id = a.id WHERE a.story_id = $1',
    [storyId],
  );
  if (r.rows.some((x) => !x.done)) return 'waiting';
  // The same cap as inline analysis: a huge story is compared on its newest articles only.
  const picked = articlesToAnalyse(r.rows);
  const ex = await pool.query<{ extraction: string }>('SELECT extraction FROM extractions WHERE article_id = ANY($1::text[])', [picked.articles.map((a) => a.id)]);
  const extractions = ex.rows.map((x) => JSON.parse(x.extraction) as ArticleExtraction);
  const analysis = analyzeExtractions({ articles: extractions.map((x) => x.article), diagnostics: picked.diagnostics }, extractions);
  await store.putAnalysis(storyId, analysis, story.version);
  return 'analysed';
}
