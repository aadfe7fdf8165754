/**
 * The job queue with real worker processes: two `crosscheck worker --once` processes on one
 * database drain it; every article is extracted exactly once (one row each, and the workers'
 * own counts add up to the number of articles), and every story ends with a current analysis
 * equal to what `analyze` gives for the same articles.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { analyze } from '../../src/analyze.js';
import { textHash } from '../../src/corpus/text-hash.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { createTestDatabase, dropTestDatabases, NO_POSTGRES, postgresReachable } from '../store/postgres-test-db.js';
import { titleWordClusterer as tw } from '../store/title-word-clusterer.js';
import { generatedArticles } from './generated-articles.js';

const BUILT = existsSync('dist/src/queue/worker.js');
const reachable = await postgresReachable();
if (!reachable) console.warn(NO_POSTGRES);
if (!BUILT) console.warn('worker tests need the build (npm run build): dist/src/queue/worker.js is missing');
afterAll(async () => {
  if (reachable) await dropTestDatabases();
});

function worker(url: string, extra: string[] = []): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['bin/crosscheck.js', 'worker', '--db', url, '--once', '--concurrency', '2', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stderr }));
  });
}
const extractedBy = (stderr: string) => Number(/extracted (\d+)/.exec(stderr)?.[1] ?? NaN);

async function seed(url: string, n: number) {
  const store = await openPostgresStore(url);
  for (const a of generatedArticles(n)) {
    const features = tw.features(a);
    await store.addArticle({ article: a, features, textHash: textHash(a.text), decide: (s) => tw.decide(features, s), profiles: tw.profiles });
  }
  return store;
}

describe.skipIf(!reachable || !BUILT)('worker processes on one queue', () => {
  it('two workers drain 40 articles: each extracted exactly once, every story analysed like analyze()', async () => {
    const url = await createTestDatabase();
    const store = await seed(url, 40);
    const [w1, w2] = await Promise.all([worker(url), worker(url)]);
    expect([w1.code, w2.code], w1.stderr + w2.stderr).toEqual([0, 0]);
    expect(extractedBy(w1.stderr) + extractedBy(w2.stderr)).toBe(40);
    const c = new pg.Client(url);
    await c.connect();
    const rows = (await c.query<{ n: string; workers: string }>('SELECT count(*) AS n, count(DISTINCT worker) AS workers FROM extractions')).rows[0]!;
    const perArticle = (await c.query<{ id: string; n: string }>('SELECT a.id, count(e.article_id) AS n FROM articles a LEFT JOIN extractions e ON e.article_id = a.id GROUP BY a.id HAVING count(e.article_id) <> 1')).rows;
    await c.end();
    expect(Number(rows.n)).toBe(40);
    expect(perArticle).toEqual([]);
    expect(await store.staleStories()).toEqual([]);
    for (const s of await store.listStories()) {
      const stored = await store.getAnalysis(s.id);
      expect(JSON.stringify(stored)).toBe(JSON.stringify(analyze({ articles: await store.storyArticles(s.id) })));
    }
    // a second drain finds nothing to do
    expect(extractedBy((await worker(url)).stderr)).toBe(0);
    await store.close();
  }, 120_000);

  it('articles added after a drain are picked up by the next one, and their stories re-analysed', async () => {
    const url = await createTestDatabase();
    const store = await seed(url, 6);
    expect(extractedBy((await worker(url)).stderr)).toBe(6);
    const versions = new Map((await store.listStories()).map((s) => [s.id, s.version]));
    const more = generatedArticles(4, 'late', 1000);
    for (const a of more) {
      const features = tw.features(a);
      await store.addArticle({ article: a, features, textHash: textHash(a.text), decide: (s) => tw.decide(features, s), profiles: tw.profiles });
    }
    expect(await store.staleStories()).toHaveLength(versions.size);
    expect(extractedBy((await worker(url)).stderr)).toBe(4);
    expect(await store.staleStories()).toEqual([]);
    await store.close();
  }, 120_000);

  it('refuses a SQLite path or a bad --concurrency with one line and exit code 2', async () => {
    const sqlite = await worker('crosscheck.db');
    expect(sqlite.code).toBe(2);
    expect(sqlite.stderr.trim().split('\n')).toHaveLength(1);
    expect(sqlite.stderr).toMatch(/worker needs --db postgres/);
    const bad = await worker('postgres://postgres@127.0.0.1:5432/none', ['--concurrency', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--concurrency must be/);
  });
});
