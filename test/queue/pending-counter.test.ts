/**
 * stories.pending_extractions, the counter a worker reads to know that its extraction completed a
 * story, must equal the story's members without an extraction at every commit: while worker
 * processes extract and an ingest merges the stories under them, and after a worker is killed
 * with SIGKILL mid-drain. Checked through the shared invariants (test/queue/pg-invariants.ts).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Article } from '../../src/contract/analysis-schema.js';
import { textHash } from '../../src/corpus/text-hash.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import type { PostgresStore } from '../../src/store/postgres/index.js';
import { createTestDatabase, dropTestDatabases, NO_POSTGRES, postgresReachable } from '../store/postgres-test-db.js';
import { testArticle, titleWordClusterer as tw } from '../store/title-word-clusterer.js';
import { generatedArticles } from './generated-articles.js';
import { inconsistencies } from './pg-invariants.js';

const BUILT = existsSync('dist/src/queue/worker.js');
const reachable = await postgresReachable();
if (!reachable) console.warn(NO_POSTGRES);
afterAll(async () => {
  if (reachable) await dropTestDatabases();
});

const startWorker = (url: string, once: boolean): ChildProcess =>
  spawn(process.execPath, ['bin/crosscheck.js', 'worker', '--db', url, '--concurrency', '3', '-q', ...(once ? ['--once'] : [])], { stdio: 'ignore' });
const exited = (p: ChildProcess) => new Promise<number | null>((resolve) => (p.exitCode !== null || p.signalCode !== null ? resolve(p.exitCode) : p.on('close', resolve)));

/**
 * Articles on two topics we wrote (generated-articles.ts) under story keys k0…k5; every seventh
 * bridges two keys ("k1+k2 …"), so the title-word clusterer merges their stories.
 */
function keyedArticles(n: number, prefix: string, from = 0): Article[] {
  return generatedArticles(n, prefix, from).map((a, i) => {
    const key = i % 7 === 6 ? `k${i % 6}+k${(i + 1) % 6}` : `k${i % 6}`;
    return testArticle(a.id, `${key} ${a.title}`, a.text, { url: a.url, outlet: a.outlet });
  });
}

async function add(store: PostgresStore, articles: readonly Article[]): Promise<number> {
  let merges = 0;
  for (const a of articles) {
    const features = tw.features(a);
    const r = await store.addArticle({ article: a, features, textHash: textHash(a.text), decide: (s) => tw.decide(features, s), profiles: tw.profiles });
    if (r.status === 'added') merges += r.merged.length;
  }
  return merges;
}

/** After a full drain: every article extracted once, nothing pending, every story analysed. */
async function expectDrained(c: pg.Client, store: PostgresStore, articles: number) {
  expect(await inconsistencies(c)).toEqual([]);
  const x = (await c.query<{ n: string; distinct: string; pending: string }>(
    'SELECT count(*) AS n, count(DISTINCT article_id) AS distinct, (SELECT coalesce(sum(pending_extractions), 0) FROM stories) AS pending FROM extractions',
  )).rows[0]!;
  expect([Number(x.n), Number(x.distinct), Number(x.pending)]).toEqual([articles, articles, 0]);
  expect(await store.staleStories()).toEqual([]);
}

describe.skipIf(!reachable || !BUILT)('the pending-extraction counter', () => {
  it('stays exact while two workers extract and an ingest merges their stories', async () => {
    const url = await createTestDatabase();
    const store = await openPostgresStore(url);
    const c = new pg.Client(url);
    await c.connect();
    try {
      const first = keyedArticles(30, 'early');
      await add(store, first);
      // workers that keep running (no --once) while more articles arrive and stories merge
      const workers = [startWorker(url, false), startWorker(url, false)];
      const later = keyedArticles(60, 'late', 1000).map((a) => ({ ...a, published: '2026-03-03' }));
      let merges = 0;
      for (let i = 0; i < later.length; i += 6) {
        merges += await add(store, later.slice(i, i + 6));
        expect(await inconsistencies(c)).toEqual([]);
      }
      expect(merges).toBeGreaterThan(0);
      for (const w of workers) w.kill('SIGTERM');
      await Promise.all(workers.map(exited));
      expect(await inconsistencies(c)).toEqual([]);
      expect(await exited(startWorker(url, true))).toBe(0);
      await expectDrained(c, store, first.length + later.length);
      // must not match: the check does see a counter out of step
      await c.query('UPDATE stories SET pending_extractions = pending_extractions + 1 WHERE id = (SELECT min(id) FROM stories)');
      expect(await inconsistencies(c)).toContain('pending extractions ≠ members not extracted');
    } finally {
      await c.end();
      await store.close();
    }
  }, 180_000);

  it('stays exact when a worker is killed with SIGKILL mid-drain, and a later drain completes every story', async () => {
    const url = await createTestDatabase();
    const store = await openPostgresStore(url);
    const c = new pg.Client(url);
    await c.connect();
    try {
      const articles = keyedArticles(80, 'kill');
      await add(store, articles);
      const extracted = async () => Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM extractions')).rows[0]!.n);
      for (const atLeast of [5, 30, 55]) {
        const w = startWorker(url, false);
        while ((await extracted()) < atLeast && w.exitCode === null) await new Promise((r) => setTimeout(r, 20));
        w.kill('SIGKILL');
        await exited(w);
        expect(await inconsistencies(c)).toEqual([]);
        // what pg-boss's maintenance does once the dead worker's jobs expire: hand them out again
        await c.query("UPDATE pgboss.job SET state = 'retry' WHERE state = 'active'");
      }
      expect(await extracted()).toBeLessThan(articles.length);
      expect(await exited(startWorker(url, true))).toBe(0);
      await expectDrained(c, store, articles.length);
    } finally {
      await c.end();
      await store.close();
    }
  }, 180_000);
});
