/**
 * A queue worker: feed new articles into the queue, then take extract-article and analyse-story
 * jobs in batches until stopped (or, with `once`, until nothing is left to do). Several workers,
 * on one machine or many, share one database: pg-boss hands each job to one of them
 * (SELECT … FOR UPDATE SKIP LOCKED). One failing job is counted and marked failed, never fatal.
 */
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import { openPostgresStore } from '../store/postgres/index.js';
import { ANALYSE, EXTRACT, requestAnalysis, startBoss } from './boss.js';
import type { AnalyseJob, ExtractJob } from './boss.js';
import { feedQueue } from './feed.js';
import { runAnalyse, runExtract } from './jobs.js';

export interface WorkerOptions {
  readonly url: string;
  /** jobs taken per batch (default 4). */
  readonly concurrency?: number;
  /** drain the queue and return instead of waiting for more work. */
  readonly once?: boolean;
  /** recorded with each extraction (default host:pid). */
  readonly name?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (counts: Readonly<WorkerCounts>) => void;
}

export interface WorkerCounts {
  fed: number;
  extracted: number;
  analysed: number;
  failed: number;
}

const IDLE_MS = 1000;
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/** Run one worker until stopped or (with `once`) drained; returns what it did. */
export async function runWorker(options: WorkerOptions): Promise<WorkerCounts> {
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const batchSize = Math.max(1, options.concurrency ?? 4);
  const store = await openPostgresStore(options.url, { maxConnections: batchSize + 2 });
  const boss = await startBoss(options.url, { supervise: !options.once });
  const c: WorkerCounts = { fed: 0, extracted: 0, analysed: 0, failed: 0 };
  // Each job's outcome is settled individually: one bad article fails its job, not the batch.
  const take = async <T>(queue: string, run: (data: T) => Promise<string>): Promise<number> => {
    const jobs = await boss.fetch<T>(queue, { batchSize });
    await Promise.all(
      jobs.map(async (job) => {
        try {
          const outcome = await run(job.data);
          if (outcome === 'extracted') c.extracted++;
          if (outcome === 'analysed') c.analysed++;
          await boss.complete(queue, job.id, { outcome });
        } catch (e) {
          c.failed++;
          await boss.fail(queue, job.id, { message: (e as Error).message });
        }
      }),
    );
    return jobs.length;
  };
  try {
    let swept = false;
    while (!options.signal?.aborted) {
      const before = c.fed + c.extracted + c.analysed;
      c.fed += await feedQueue(store.pool, boss);
      const extracts = await take<ExtractJob>(EXTRACT, (d) => runExtract(store.pool, boss, name, d.articleId));
      const analyses = extracts ? 0 : await take<AnalyseJob>(ANALYSE, (d) => runAnalyse(store, store.pool, d.storyId));
      options.onProgress?.(c);
      // Jobs that changed nothing (a story still waiting for a failed extraction) must not keep a draining worker alive.
      if (c.fed + c.extracted + c.analysed > before) swept = false;
      if (extracts + analyses > 0) continue;
      // Idle: stories left stale (an analysis skipped while a member was still being extracted) are requested once more.
      if (!swept) {
        swept = true;
        for (const id of await store.staleStories(1000)) await requestAnalysis(boss, id);
        continue;
      }
      if (options.once) break;
      await sleep(IDLE_MS, options.signal);
      swept = false;
    }
    return c;
  } finally {
    await stop(boss);
    await store.close();
  }
}

async function stop(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
}
