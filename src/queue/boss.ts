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

export interface ExtractJob {
  readonly articleId: string;
}
export interface AnalyseJob {
  readonly storyId: number;
}

/** Start pg-boss on `url` (installing its schema on first use) with both queues created. */
export async function startBoss(url: string, options: { readonly supervise: boolean }): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', supervise: options.supervise, schedule: false, max: 4 });
  boss.on('error', () => undefined);
  await boss.start();
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  // A job stuck "active" by a killed worker is retried after it expires (maintenance runs in supervising workers).
  if (!existing.has(EXTRACT)) await boss.createQueue(EXTRACT, { name: EXTRACT, policy: 'standard', retryLimit: 2, expireInSeconds: 300 });
  if (!existing.has(ANALYSE)) await boss.createQueue(ANALYSE, { name: ANALYSE, policy: 'stately', retryLimit: 2, expireInSeconds: 900 });
  return boss;
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
