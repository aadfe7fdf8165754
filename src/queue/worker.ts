/**
 * A queue worker: feed new articles into the queue, then take extract-article and analyse-story
 * jobs in batches until stopped (or, with `once`, until nothing is left to do). Several workers,
 * on one machine or many, share one database: pg-boss hands each job to one of them
 * (SELECT … FOR UPDATE SKIP LOCKED). One failing job is counted and marked failed, never fatal.
 *
 * Extraction and comparison are CPU work on Node's one thread, so a process uses at most one core
 * however many jobs it holds; what the batch buys is overlap: while one article is extracted, the
 * next batch is being fetched and the previous articles' results are being written. For more CPU,
 * start more worker processes (one per core, on as many machines as you like).
 */
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { openPostgresStore } from '../store/postgres/index.js';
import { ANALYSE, EXTRACT, requestAnalysis, startBoss } from './boss.js';
import type { AnalyseJob, ExtractJob } from './boss.js';
import { feedQueue } from './feed.js';
import { runAnalyse } from './analyse-job.js';
import { extractBatch, readArticles } from './extract-job.js';
import { drainQueue, settledOne } from './pipeline.js';
import type { PipelineContext } from './pipeline.js';
import type { ArticleRow } from './extract-job.js';

export interface WorkerOptions {
  readonly url: string;
  /**
   * jobs a worker holds at once: fetched together, their database round trips overlapped with the
   * CPU work of the others (which still runs one at a time in one process).
   * @default 4
   */
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
/** While extraction jobs keep coming, new articles are fed at most this often (feeding takes a lock shared by all workers). */
const FEED_MS = 1000;
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/** Run one worker until stopped or (with `once`) drained; returns what it did. */
export async function runWorker(options: WorkerOptions): Promise<WorkerCounts> {
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const batchSize = Math.max(1, options.concurrency ?? 4);
  // two batches being written (one finishing, one being worked on), the next one being read, and the feed
  const store = await openPostgresStore(options.url, { maxConnections: 2 * batchSize + 2 });
  const boss = await startBoss(options.url, { supervise: !options.once });
  const c: WorkerCounts = { fed: 0, extracted: 0, analysed: 0, failed: 0 };
  let lastFeed = -Infinity;
  const feed = async () => {
    lastFeed = Date.now();
    c.fed += await feedQueue(store.pool, boss);
  };

  const ctx: PipelineContext = {
    boss,
    batchSize,
    signal: options.signal,
    counts: c,
    afterBatch: async () => {
      options.onProgress?.(c);
      if (Date.now() - lastFeed >= FEED_MS && !options.signal?.aborted) await feed();
    },
  };
  const extracts = () =>
    drainQueue<ExtractJob, ReadonlyMap<string, ArticleRow>>(
      ctx,
      EXTRACT,
      (jobs) => readArticles(store.pool, jobs.map((j) => j.data.articleId)),
      (jobs, rows) => extractBatch(store.pool, boss, name, jobs.map((j) => j.data.articleId), rows),
    );
  const analyses = () =>
    drainQueue<AnalyseJob, null>(
      ctx,
      ANALYSE,
      async () => null,
      async (jobs) => ({ stored: Promise.all(jobs.map((j) => settledOne(runAnalyse(store, store.pool, j.data.storyId)))) }),
    );

  try {
    let swept = false;
    while (!options.signal?.aborted) {
      const before = c.fed + c.extracted + c.analysed;
      await feed();
      const extracted = await extracts();
      const analysed = extracted ? 0 : await analyses();
      // Jobs that changed nothing (a story still waiting for a failed extraction) must not keep a draining worker alive.
      if (c.fed + c.extracted + c.analysed > before) swept = false;
      if (extracted + analysed > 0) continue;
      // Idle: stories left stale with every member extracted (an analysis skipped while a member was
      // still being extracted, or a worker that died before requesting it) are requested once more.
      // Those still pending are requested by the extraction that completes them.
      if (!swept) {
        swept = true;
        for (const id of await staleAndComplete(store.pool)) await requestAnalysis(boss, id);
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

/** Up to 1,000 stale stories with no member waiting for extraction (through the partial index of stale stories). */
async function staleAndComplete(pool: Pool): Promise<number[]> {
  const r = await pool.query<{ id: number }>('SELECT id FROM stories WHERE analysed_version <> version AND pending_extractions = 0 ORDER BY id LIMIT 1000');
  return r.rows.map((x) => x.id);
}

async function stop(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: false, wait: true, close: true }).catch(() => undefined);
}
