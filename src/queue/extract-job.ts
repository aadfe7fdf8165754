/**
 * extract-article jobs. A batch of articles is read in one query, extracted one after another (CPU
 * work in this process), and each result stored by one statement that also counts the article off
 * its story's `pending_extractions` — so "is the story complete?" is one counter read, whatever
 * the story's size, instead of a look at every member after every extraction.
 *
 * Exactly once: the extraction row is inserted with `ON CONFLICT DO NOTHING` and only an insert
 * that happened decrements the counter, in the same statement, so a job retried or delivered
 * twice, or a worker killed mid-way, never counts an article twice or loses it.
 */
import type PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import type { Article } from '../contract/analysis-schema.js';
import { extractArticle } from '../extract/index.js';
import { requestAnalysis, WORKER_COMMIT } from './boss.js';

export type ExtractOutcome = 'extracted' | 'already' | 'missing';

// One statement (the function of migration 4): the story row is locked only inside the server,
// never across a round trip to this process, which may be busy extracting the next article.
// Asynchronous commit for this transaction only (see WORKER_COMMIT).
const STORE = `SELECT r.story_id, r.inserted, r.pending FROM (SELECT set_config('synchronous_commit', '${WORKER_COMMIT}', true)) c,
  crosscheck_store_extraction($1, $2, $3) r`;

export interface ArticleRow {
  readonly article: Article;
  /** already extracted when read. */
  readonly done: boolean;
}

/** Read the articles of a batch (and whether each is extracted already) in one query; ahead of extracting them. */
export async function readArticles(pool: Pool, ids: readonly string[]): Promise<ReadonlyMap<string, ArticleRow>> {
  const r = await pool.query<{ id: string; article: Article; done: boolean }>(
    'SELECT a.id, a.article, EXISTS (SELECT 1 FROM extractions e WHERE e.article_id = a.id) AS done FROM articles a WHERE a.id = ANY($1::text[])',
    [[...ids]],
  );
  return new Map(r.rows.map((x) => [x.id, { article: x.article, done: x.done }]));
}

/**
 * Extract every article of `ids` not extracted yet (CPU, here and now) and start storing each.
 * Resolves once the extractions are done; `stored` resolves with one outcome per id, in order,
 * once they are written: an article whose extraction or storing fails has its own rejected
 * outcome, and the others go on.
 */
export async function extractBatch(
  pool: Pool,
  boss: PgBoss,
  worker: string,
  ids: readonly string[],
  rows: ReadonlyMap<string, ArticleRow>,
): Promise<{ readonly stored: Promise<PromiseSettledResult<ExtractOutcome>[]> }> {
  const out: Promise<PromiseSettledResult<ExtractOutcome>>[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    if (!row) out.push(settled(Promise.resolve('missing')));
    else if (row.done) out.push(settled(Promise.resolve('already')));
    else {
      let extraction: string;
      try {
        extraction = JSON.stringify(extractArticle(row.article));
      } catch (e) {
        out.push(settled(Promise.reject(e as Error)));
        continue;
      }
      out.push(settled(store(pool, boss, worker, id, extraction)));
      // Let the writes in flight send their next statement before the next (synchronous) extraction,
      // so their round trips overlap it instead of queueing behind the whole batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { stored: Promise.all(out) };
}

/** The outcome as a value at once, so a failure waiting for the rest of the batch is never an unhandled rejection. */
const settled = <T>(p: Promise<T>): Promise<PromiseSettledResult<T>> =>
  p.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );

async function store(pool: Pool, boss: PgBoss, worker: string, id: string, extraction: string): Promise<ExtractOutcome> {
  const row = (await pool.query<{ story_id: number | null; inserted: boolean; pending: number | null }>(STORE, [id, worker, extraction])).rows[0];
  if (!row || row.story_id === null) return 'missing';
  if (!row.inserted) return 'already';
  // Only the extraction that completes its story asks for the analysis: one analysis per story, not
  // one per member. Should this process die right here, the story is left stale, and an idle
  // worker's sweep of stale stories asks for it.
  if (row.pending === 0) await requestAnalysis(boss, row.story_id);
  return 'extracted';
}
