/**
 * The job queue: pg-boss in its own schema (`pgboss`) of the store's database, so jobs and the
 * rows they produce can be written in one transaction. Two queues:
 *   extract-article  one job per article (singletonKey = article id), fed from the store in order;
 *   analyse-story    per story (singletonKey = story id), "stately": at most one waiting and one
 *                    running per story, so a burst of new members collapses into one re-analysis.
 */
import PgBoss from 'pg-boss';
import type { PoolClient } from 'pg';

export const EXTRACT = 'extract-article';
export const ANALYSE = 'analyse-story';

/**
 * `synchronous_commit` for what workers write: off. Everything a worker writes is derived and
 * idempotent (cached extractions, analyses, job states), so losing the last fraction of a second
 * of it to a database crash only means that work is done again — PostgreSQL loses a suffix of
 * whole transactions, never part of one, so the pending counters stay exact. Waiting for a disk
 * flush per article would instead cost more than the extraction itself on common disks.
 */
export const WORKER_COMMIT = 'off';

export interface ExtractJob {
  readonly articleId: string;
}
export interface AnalyseJob {
  readonly storyId: number;
}

/**
 * Start pg-boss on `url` (installing its schema on first use) with both queues created.
 * Several workers starting at once on a fresh database race to install the schema and create
 * the queues; PostgreSQL then aborts one of them (deadlock, duplicate object). That loser starts
 * again after a short pause and finds everything in place.
 */
export async function startBoss(url: string, options: { readonly supervise: boolean }): Promise<PgBoss> {
  for (let attempt = 1; ; attempt++) {
    // Asynchronous commit (see WORKER_COMMIT): a job's state is bookkeeping that a crash may roll back safely.
    const boss = new PgBoss({ connectionString: url, schema: 'pgboss', supervise: options.supervise, schedule: false, max: 4, options: `-c synchronous_commit=${WORKER_COMMIT}` } as PgBoss.ConstructorOptions);
    boss.on('error', () => undefined);
    try {
      await boss.start();
      const existing = new Set((await boss.getQueues()).map((q) => q.name));
      // A job stuck "active" by a killed worker is retried after it expires (maintenance runs in supervising workers).
      if (!existing.has(EXTRACT)) await boss.createQueue(EXTRACT, { name: EXTRACT, policy: 'standard', retryLimit: 2, expireInSeconds: 300 });
      if (!existing.has(ANALYSE)) await boss.createQueue(ANALYSE, { name: ANALYSE, policy: 'stately', retryLimit: 2, expireInSeconds: 900 });
      return boss;
    } catch (e) {
      await boss.stop({ graceful: false }).catch(() => undefined);
      if (attempt >= 5 || !isStartupRace(e)) throw e;
      await new Promise((r) => setTimeout(r, 150 * attempt + Math.floor(Math.random() * 150)));
    }
  }
}

/** deadlock_detected, unique_violation, duplicate_table / duplicate_object: another process got there first. */
function isStartupRace(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '23505' || code === '42P07' || code === '42710' || /deadlock detected|already exists/i.test(e instanceof Error ? e.message : '');
}

/** pg-boss's `db` option running its SQL on `client`, i.e. inside the caller's transaction. */
export const inTransaction = (client: PoolClient): PgBoss.Db => ({
  executeSql: async (text, values) => ({ rows: (await client.query(text, values)).rows }),
});

/** Ask for (re-)analysis of a story; a request already waiting for it absorbs this one. */
export async function requestAnalysis(boss: PgBoss, storyId: number): Promise<void> {
  await boss.send(ANALYSE, { storyId } satisfies AnalyseJob, { singletonKey: String(storyId) }).catch((e: unknown) => {
    // the stately queue rejects a second waiting job for the same story: that is the debounce working
    if (!/duplicate key|unique/i.test((e as Error).message)) throw e;
  });
}
