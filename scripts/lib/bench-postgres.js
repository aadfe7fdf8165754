// Part of `npm run bench` (called from scripts/bench-corpus.js with the same generated stream and
// clusterer): corpus ingest rate into the PostgreSQL store (first and last 1k articles: flat
// means the cost per article does not grow with the store), then `crosscheck worker --once`
// draining extraction + story analysis with 1 and 2 worker processes. Skipped with a message when
// no PostgreSQL answers (CROSSCHECK_BENCH_PG, default postgres://postgres@127.0.0.1:5432).
// Timings are printed, never asserted.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { REPO } from './corpus.js';

const SERVER = process.env.CROSSCHECK_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';

async function admin(sql) {
  const c = new pg.Client({ connectionString: `${SERVER}/postgres`, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const worker = (url) =>
  new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [join(REPO, 'bin/crosscheck.js'), 'worker', '--db', url, '--once', '--quiet'], { stdio: 'inherit' });
    p.on('error', reject);
    p.on('close', resolve);
  });

/** Ingest `n` articles of `stream` into a fresh PostgreSQL database, then time 1 and 2 workers on the last `workerArticles`. */
export async function benchPostgres({ stream, clusterer, label, n, window, workerArticles = 2000 }) {
  const name = `crosscheck_bench_${randomBytes(5).toString('hex')}`;
  try {
    await admin(`CREATE DATABASE "${name}"`);
  } catch (e) {
    console.log(`\ncorpus ingest into PostgreSQL: skipped (${SERVER} not reachable: ${e.message})`);
    return;
  }
  const url = `${SERVER}/${name}`;
  try {
    const { openStore } = await import(join(REPO, 'dist/src/store/open-store.js'));
    const { ingestCorpus } = await import(join(REPO, 'dist/src/corpus/ingest-corpus.js'));
    const store = await openStore(url);
    const marks = new Map();
    const t0 = performance.now();
    await ingestCorpus(store, stream(n), clusterer, { onArticle: (x) => (x.read === window || x.read === n - window || x.read === n ? marks.set(x.read, performance.now()) : undefined) });
    const total = (performance.now() - t0) / 1000;
    const totals = await store.counts();
    const first = window / ((marks.get(window) - t0) / 1000);
    const last = window / ((marks.get(n) - marks.get(n - window)) / 1000);
    console.log(`\ncorpus ingest into PostgreSQL (${label})`);
    console.log(`  ${n} generated articles → ${totals.articles} stored in ${totals.stories} stories`);
    console.log(`  ${(n / total).toFixed(0)} articles/s overall; first 1k: ${first.toFixed(0)}/s, last 1k: ${last.toFixed(0)}/s (ratio ${(last / first).toFixed(2)})`);
    const m = Math.min(workerArticles, totals.articles);
    for (const workers of [1, 2]) {
      // Start each run from the same state: no jobs, no extractions, only the last m articles to feed.
      await store.pool.query('TRUNCATE extractions, analyses');
      await store.pool.query('UPDATE stories SET analysed_version = -1');
      await store.pool.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
      await store.pool.query("UPDATE counters SET value = (SELECT max(seq) FROM articles) - $1 WHERE name = 'queued_seq'", [m]);
      const t = performance.now();
      await Promise.all(Array.from({ length: workers }, () => worker(url)));
      const s = (performance.now() - t) / 1000;
      const done = Number((await store.pool.query('SELECT count(*) AS n FROM extractions')).rows[0].n);
      // Profile: analyse-story jobs run vs distinct stories analysed (1.0 = no story analysed twice).
      const jobs = (
        await store.pool.query(
          "SELECT count(*) FILTER (WHERE output->>'outcome' = 'analysed') AS analysed, count(DISTINCT data->>'storyId') FILTER (WHERE output->>'outcome' = 'analysed') AS stories, count(*) AS total FROM pgboss.job WHERE name = 'analyse-story'",
        )
      ).rows[0];
      console.log(`  ${workers} worker process(es), worker --once: ${done} articles extracted + their stories analysed in ${s.toFixed(1)} s → ${(done / s).toFixed(1)} articles/s`);
      console.log(`    analyse-story jobs: ${jobs.total} run, ${jobs.analysed} analysed ${jobs.stories} distinct stories`);
    }
    await store.close();
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  }
}
