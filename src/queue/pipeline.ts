/**
 * How a worker goes through one queue: batches until the queue runs dry, as a pipeline. While one
 * batch is worked on (CPU, in this process), the next one is fetched and `prepare`d (its articles
 * read) and the previous one's results are written and its jobs completed — so the CPU does not
 * wait for those round trips. At most two batches are in hand at once.
 */
import type PgBoss from 'pg-boss';

type Job<T> = PgBoss.Job<T>;

/** A batch worked on: `stored` resolves, one outcome per job, once its results are written. */
export interface Written {
  readonly stored: Promise<readonly PromiseSettledResult<string>[]>;
}

/** What the pipeline needs from its worker. */
export interface PipelineContext {
  readonly boss: PgBoss;
  readonly batchSize: number;
  readonly signal?: AbortSignal | undefined;
  /** counts jobs by outcome ('extracted', 'analysed') and failures. */
  readonly counts: { extracted: number; analysed: number; failed: number };
  /** called after each batch is written. */
  readonly afterBatch: () => Promise<void> | void;
}

interface CompleteMany {
  complete(name: string, ids: string[], data: object): Promise<unknown>;
}

/** Run batches of `queue` until it is empty; returns how many jobs were taken. A stop still runs the batch in hand. */
export async function drainQueue<T, R>(
  ctx: PipelineContext,
  queue: string,
  prepare: (jobs: Job<T>[]) => Promise<R>,
  work: (jobs: Job<T>[], ready: R) => Promise<Written>,
): Promise<number> {
  const load = async () => {
    const jobs = await ctx.boss.fetch<T>(queue, { batchSize: ctx.batchSize });
    return { jobs, ready: jobs.length > 0 ? await settledOne(prepare(jobs)) : null };
  };
  let ahead = load();
  let writing: Promise<void> = Promise.resolve();
  let taken = 0;
  for (;;) {
    const { jobs, ready } = await ahead;
    if (jobs.length === 0 || ready === null) break;
    taken += jobs.length;
    // Fetched jobs are ours (active) until completed, so a stop still runs the batch in hand.
    ahead = ctx.signal?.aborted ? Promise.resolve({ jobs: [], ready: null }) : load();
    let stored: Written['stored'];
    try {
      if (ready.status === 'rejected') throw ready.reason;
      stored = (await work(jobs, ready.value)).stored;
    } catch (e) {
      stored = Promise.resolve(jobs.map(() => ({ status: 'rejected', reason: e })));
    }
    await writing; // at most one batch still being written while the next is worked on
    writing = stored.then((results) => settle(ctx, queue, jobs, results));
    await ctx.afterBatch();
  }
  await writing;
  return taken;
}

/**
 * Complete a batch's jobs with one call per outcome; a job whose own run failed is marked failed
 * (pg-boss retries it) without holding up the rest of the batch.
 */
async function settle<T>(ctx: PipelineContext, queue: string, jobs: readonly Job<T>[], results: readonly PromiseSettledResult<string>[]): Promise<void> {
  const { boss, counts: c } = ctx;
  const byOutcome = new Map<string, string[]>();
  for (const [i, job] of jobs.entries()) {
    const r = results[i]!;
    if (r.status === 'rejected') {
      c.failed++;
      await boss.fail(queue, job.id, { message: (r.reason as Error)?.message ?? String(r.reason) });
      continue;
    }
    if (r.value === 'extracted') c.extracted++;
    if (r.value === 'analysed') c.analysed++;
    byOutcome.set(r.value, [...(byOutcome.get(r.value) ?? []), job.id]);
  }
  // pg-boss stores one output for all the ids of a complete() call (its typings only declare data for one id)
  for (const [outcome, ids] of byOutcome) await (boss as unknown as CompleteMany).complete(queue, ids, { outcome });
}

/** The outcome as a value, so a failure is counted, never an unhandled rejection. */
export function settledOne<T>(p: Promise<T>): Promise<PromiseSettledResult<T>> {
  return p.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}
