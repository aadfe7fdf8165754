/**
 * Feed the queue from the store: every article stored since the last feed gets one
 * extract-article job. The high-water mark (`counters.queued_seq`) and the jobs are written in
 * one transaction under an advisory lock, so concurrent workers never enqueue an article twice
 * and a crash never loses one. Cost is proportional to the new articles, not to the store.
 */
import type PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { EXTRACT, inTransaction, WORKER_COMMIT } from './boss.js';

const FEED_LOCK = 7_305_003;

/** Enqueue up to `batch` new articles; returns how many. */
export async function feedQueue(pool: Pool, boss: PgBoss, batch = 1000): Promise<number> {
  const client = await pool.connect();
  try {
    // a lost feed (database crash) is fed again: the mark rolls back with the jobs (see WORKER_COMMIT)
    await client.query(`BEGIN; SET LOCAL synchronous_commit = ${WORKER_COMMIT}`);
    await client.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
    const rows = (
      await client.query<{ seq: string; id: string }>(
        "SELECT seq, id FROM articles WHERE seq > (SELECT value FROM counters WHERE name = 'queued_seq') ORDER BY seq LIMIT $1",
        [batch],
      )
    ).rows;
    if (rows.length > 0) {
      await boss.insert(rows.map((r) => ({ name: EXTRACT, data: { articleId: r.id }, singletonKey: r.id })), { db: inTransaction(client) });
      await client.query("UPDATE counters SET value = $1 WHERE name = 'queued_seq'", [rows[rows.length - 1]!.seq]);
    }
    await client.query('COMMIT');
    return rows.length;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
