/**
 * extract-article jobs. A batch of articles is read in one query, extracted one after another (CPU
 * work in this process), and each result stored in its own short transaction that also counts the
 * article off its story's `pending_extractions` — so "is the story complete?" is one counter read,
 * whatever the story's size, instead of a look at every member after every extraction.
 *
 * Exactly once: the extraction row is inserted with `ON CONFLICT DO NOTHING` and only an insert
 * that happened decrements the counter, in the same transaction, so a job retried or delivered
 * twice, or a worker killed mid-way, never counts an article twice or loses it.
 */
import type PgBoss from 'pg-boss';
import type { Pool, PoolClient } from 'pg';
import type { Article } from '../contract/analysis-schema.js';
import { extractArticle } from '../extract/index.js';
import { inTransaction, requestAnalysis, WORKER_COMMIT } from './boss.js';

export type ExtractOutcome = 'extracted' | 'already' | 'missing';

// The article row is locked (FOR SHARE) first: a merge moving it to another story waits for this
// transaction, or this statement waits for the merge and then sees the article's new story.
const STORE = `
  WITH a AS (SELECT story_id FROM articles WHERE id = $1 FOR SHARE),
  ins AS (INSERT INTO extractions (article_id, worker, extraction) SELECT $1, $2, $3 FROM a ON CONFLICT (article_id) DO NOTHING RETURNING 1),
  dec AS (UPDATE stories s SET pending_extractions = s.pending_extractions - 1 FROM a WHERE s.id = a.story_id AND EXISTS (SELECT 1 FROM ins) RETURNING s.pending_extractions)
  SELECT (SELECT story_id FROM a) AS story_id, EXISTS (SELECT 1 FROM ins) AS inserted, (SELECT pending_extractions FROM dec) AS pending`;
// The same decrement as a statement of its own (a fresh snapshot): for a story created after STORE's snapshot.
const DECREMENT = 'UPDATE stories SET pending_extractions = pending_extractions - 1 WHERE id = $1 RETURNING pending_extractions';

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
  const client = await pool.connect();
  try {
    // one round trip: BEGIN and the asynchronous commit of a derived, idempotent result (see WORKER_COMMIT)
    await client.query(`BEGIN; SET LOCAL synchronous_commit = ${WORKER_COMMIT}`);
    const outcome = await storeInTransaction(client, boss, worker, id, extraction);
    await client.query('COMMIT');
    return outcome;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function storeInTransaction(c: PoolClient, boss: PgBoss, worker: string, id: string, extraction: string): Promise<ExtractOutcome> {
  const row = (await c.query<{ story_id: number | null; inserted: boolean; pending: number | null }>(STORE, [id, worker, extraction])).rows[0];
  if (!row || row.story_id === null) return 'missing';
  if (!row.inserted) return 'already';
  let pending = row.pending;
  // A merge committed while STORE waited for the article may have moved it into a story that
  // STORE's snapshot does not show; the article is locked now, so its story cannot change again.
  if (pending === null) pending = (await c.query<{ pending_extractions: number }>(DECREMENT, [row.story_id])).rows[0]?.pending_extractions ?? null;
  if (pending === null) throw new Error(`article ${id}: its story ${row.story_id} is not in the store`);
  // Only the extraction that completes its story asks for the analysis: one analysis per story, not one per member.
  if (pending === 0) await requestAnalysis(boss, row.story_id, inTransaction(c));
  return 'extracted';
}
