// Part of `npm run bench` (called from scripts/bench-corpus.js with the same generated stream and
// clusterer): corpus ingest rate into the PostgreSQL store (first and last 1k articles: flat
// means the cost per article does not grow with the store), then `crosscheck worker --once`
// draining the whole store — every article extracted, every story analysed — with 1 and with 2
// worker processes. Each drain starts from the same state: a copy (CREATE DATABASE … TEMPLATE)
// of the freshly ingested database, with no job queued yet. Runs alternate 1, 2, 1, 2 … so that
// load from elsewhere on the machine spreads over both. Skipped with a message when no
// PostgreSQL answers (CROSSCHECK_BENCH_PG, default postgres://postgres@127.0.0.1:5432).
// Timings are printed, never asserted.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { REPO } from './corpus.js';
import { cpuSampler } from './proc-cpu.js';

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

// Extra node flags for the worker processes, for profiling: CROSSCHECK_BENCH_WORKER_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
const NODE_ARGS = (process.env.CROSSCHECK_BENCH_WORKER_ARGS ?? '').split(' ').filter(Boolean);
// Each worker reports its own CPU time (user + system) on fd 3 as it exits.
const REPORT_CPU = `data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>{const u=process.cpuUsage();try{writeSync(3,JSON.stringify(u))}catch{}})`;

/** One `crosscheck worker --once` process; resolves with its exit code and CPU seconds. */
const worker = (url) =>
  new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...NODE_ARGS, '--import', REPORT_CPU, join(REPO, 'bin/crosscheck.js'), 'worker', '--db', url, '--once', '--quiet'], { stdio: ['ignore', 'inherit', 'inherit', 'pipe'] });
    let out = '';
    p.stdio[3].on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => {
      const u = out ? JSON.parse(out) : null;
      resolve({ code, cpu: u ? (u.user + u.system) / 1e6 : NaN });
    });
  });

/** What a drain left in `url`: extractions, stories with a current analysis, jobs by queue and outcome. */
async function outcome(url) {
  const c = new pg.Client(url);
  await c.connect();
  try {
    const q = async (sql) => (await c.query(sql)).rows;
    const [x] = await q(`SELECT (SELECT count(*) FROM extractions)::int AS extracted, (SELECT count(*) FROM stories)::int AS stories,
      (SELECT count(*) FROM stories WHERE analysed_version = version)::int AS analysed, (SELECT max(article_count) FROM stories)::int AS largest`);
    const jobs = await q("SELECT name, coalesce(output->>'outcome', state::text) AS outcome, count(*)::int AS n FROM pgboss.job GROUP BY 1, 2 ORDER BY 1, 2");
    return { ...x, jobs: jobs.map((j) => `${j.name === 'extract-article' ? 'extract' : 'analyse'} ${j.outcome} ${j.n}`).join(', ') };
  } finally {
    await c.end();
  }
}

/** Drain a fresh copy `run` of database `base` with `workers` worker processes; the copy is dropped afterwards. */
export async function drainCopy(base, workers, run) {
  await admin(`CREATE DATABASE "${run}" TEMPLATE "${base}"`);
  const url = `${SERVER}/${run}`;
  try {
    const cpu = cpuSampler('postgres', run);
    const t = performance.now();
    const ends = await Promise.all(Array.from({ length: workers }, () => worker(url)));
    const seconds = (performance.now() - t) / 1000;
    const pgCpu = cpu.stop();
    const o = await outcome(url);
    const workerCpu = ends.reduce((sum, e) => sum + e.cpu, 0);
    const codes = ends.some((e) => e.code !== 0) ? `; exit codes ${ends.map((e) => e.code).join(',')}` : '';
    return {
      ...o,
      seconds,
      workerCpu,
      pgCpu,
      summary: `${o.extracted} articles extracted, ${o.analysed}/${o.stories} stories analysed (largest ${o.largest} articles) in ${seconds.toFixed(1)} s → ${(o.extracted / seconds).toFixed(0)} articles/s${codes}`,
      detail: `CPU: worker processes ${workerCpu.toFixed(1)} s, PostgreSQL backends of this database ${pgCpu === null ? 'n/a (no /proc)' : `${pgCpu.toFixed(1)} s`}; jobs: ${o.jobs}`,
    };
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${run}" WITH (FORCE)`).catch(() => undefined);
  }
}

/** Ingest `n` articles of `stream` into a fresh PostgreSQL database, then drain it with 1 and 2 workers, `repeats` times each. */
export async function benchPostgres({ stream, clusterer, label, n, window, repeats = 2, drainMax = 10_000 }) {
  const base = `crosscheck_bench_${randomBytes(5).toString('hex')}`;
  try {
    await admin(`CREATE DATABASE "${base}"`);
  } catch (e) {
    console.log(`\ncorpus ingest into PostgreSQL: skipped (${SERVER} not reachable: ${e.message})`);
    return;
  }
  try {
    const { openStore } = await import(join(REPO, 'dist/src/store/open-store.js'));
    const { ingestCorpus } = await import(join(REPO, 'dist/src/corpus/ingest-corpus.js'));
    const store = await openStore(`${SERVER}/${base}`);
    const marks = new Map();
    const tenths = [];
    const t0 = performance.now();
    await ingestCorpus(store, stream(n), clusterer, {
      onArticle: (x) => {
        if (x.read === window || x.read === n - window || x.read === n) marks.set(x.read, performance.now());
        if (x.read % (n / 10) === 0) tenths.push(performance.now());
      },
    });
    const total = (performance.now() - t0) / 1000;
    const totals = await store.counts();
    await store.close();
    const first = window / ((marks.get(window) - t0) / 1000);
    const last = window / ((marks.get(n) - marks.get(n - window)) / 1000);
    console.log(`\ncorpus ingest into PostgreSQL (${label})`);
    console.log(`  ${n} generated articles → ${totals.articles} stored in ${totals.stories} stories`);
    console.log(`  articles/s per tenth of the stream: ${tenths.map((t, i) => Math.round(n / 10 / ((t - (tenths[i - 1] ?? t0)) / 1000))).join(' ')}`);
    console.log(`  ${(n / total).toFixed(0)} articles/s overall; first 1k: ${first.toFixed(0)}/s, last 1k: ${last.toFixed(0)}/s (ratio ${(last / first).toFixed(2)})`);
    // Draining 100k articles four times would take hours here: past drainMax, the workers drain a
    // separate store holding the stream's first drainMax articles.
    let drainBase = base;
    if (n > drainMax) {
      drainBase = `${base}_drain`;
      await admin(`CREATE DATABASE "${drainBase}"`);
      const small = await openStore(`${SERVER}/${drainBase}`);
      await ingestCorpus(small, stream(drainMax), clusterer);
      await small.close();
    }
    console.log(`\nqueue workers draining ${drainBase === base ? "that store" : `a store of the stream's first ${drainMax} articles`} (worker --once: feed, extract every article, analyse every story), from a copy of it each run`);
    const rates = { 1: [], 2: [] };
    for (let r = 0; r < repeats; r++) {
      for (const workers of [1, 2]) {
        const d = await drainCopy(drainBase, workers, `${base}_w${workers}_${r}`);
        rates[workers].push(d.extracted / d.seconds);
        console.log(`  ${workers} worker${workers > 1 ? 's' : ' '}: ${d.summary}`);
        console.log(`    ${d.detail}`);
      }
    }
    const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
    console.log(`  articles/s over ${repeats} run(s): 1 worker ${range(rates[1])}, 2 workers ${range(rates[2])} (2 cores shared with PostgreSQL)`);
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${base}" WITH (FORCE)`).catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS "${base}_drain" WITH (FORCE)`).catch(() => undefined);
  }
}
