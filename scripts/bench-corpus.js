#!/usr/bin/env node
// Part of `npm run bench`: corpus-mode ingest rate into the SQLite store, then PostgreSQL and its
// workers. The input is a generated news stream (scripts/lib/news-stream.js: ~1,000 articles a
// day, many overlapping stories of heavy-tailed size, text rewritten from our own fixtures), 10k
// articles (100k with --corpus-large). Prints articles/s per tenth of the stream and over the
// first and last 1k articles (flat = the cost per article does not grow with the store), and the
// clustering's pairwise F1 against the generated stories. Timings are printed, never asserted.
//   node scripts/bench-corpus.js [--corpus-articles 10000] [--corpus-large] [--no-postgres] [--store-only]
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO, goldenCases, ingestFixture, loadLibrary, storyCases } from './lib/corpus.js';
import { newsStream, pairwiseF1 } from './lib/news-stream.js';

const argv = process.argv.slice(2);
const at = argv.indexOf('--corpus-articles');
const N = argv.includes('--corpus-large') ? 100_000 : at >= 0 ? Number(argv[at + 1]) : 10_000;
const WINDOW = 1000;
const lib = await loadLibrary();
const dist = (p) => import(join(REPO, 'dist/src', p));
const { openStore } = await dist('store/open-store.js');
const { ingestCorpus } = await dist('corpus/ingest-corpus.js');
const { loadClusterer } = await dist('corpus/clusterer.js');

// --store-only: a stand-in clusterer that puts each article in its generated story through one
// index key, so the figures show the store's own cost per article (profiling aid).
function clusterer() {
  if (!argv.includes('--store-only')) return loadClusterer().then((c) => ({ c, label: 'src/cluster' }));
  const sum = (a, b) => Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, (a[k] ?? 0) + (b[k] ?? 0)]));
  return {
    label: 'stand-in clusterer keyed on the generated story: store cost only',
    c: {
      features: (a) => ({ day: Math.floor(Date.parse(a.published) / 864e5), terms: [], entities: [], indexKeys: [`k:${gold.get(a.id)}`] }),
      decide: async (f, s) => {
        const [hit] = await s.candidates(f.indexKeys, f.day - 3, f.day + 3, 5);
        return hit ? { kind: 'join', storyId: hit.storyId, reason: { score: 1, sharedTerms: [], sharedEntities: [] }, merge: [] } : { kind: 'new' };
      },
      profiles: {
        addToProfile: (p, f, storyId) => ({ storyId, articleCount: (p?.articleCount ?? 0) + 1, firstDay: Math.min(p?.firstDay ?? f.day, f.day), lastDay: Math.max(p?.lastDay ?? f.day, f.day), terms: {}, entities: {} }),
        mergeProfiles: (a, b) => ({ ...a, articleCount: a.articleCount + b.articleCount, terms: sum(a.terms, b.terms), entities: sum(a.entities, b.entities) }),
      },
    },
  };
}

// Source texts: every article we wrote for the story, golden and cluster-stream fixtures.
const sources = [];
const clusterDirs = readdirSync(join(REPO, 'test/fixtures/cluster-stream'), { withFileTypes: true }).filter((d) => d.isDirectory());
const clusterFiles = clusterDirs.flatMap((d) => readdirSync(join(REPO, 'test/fixtures/cluster-stream', d.name)).map((f) => [join(REPO, 'test/fixtures/cluster-stream', d.name, f)]));
for (const files of [...storyCases().map((s) => s.files), ...goldenCases().map((g) => [g.file]), ...clusterFiles]) {
  const res = await ingestFixture(lib, files);
  for (const a of res.articles) if (a.text.length > 200) sources.push(a);
}
/** Bytes this process has written with write calls (Linux /proc/self/io wchar: WAL, checkpoints), or null elsewhere. */
function writtenBytes() {
  try {
    return Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);
  } catch {
    return null;
  }
}

let gold = new Map();
/** n articles of the generated news stream (scripts/lib/news-stream.js); gold stories kept for scoring. */
function stream(n) {
  const s = newsStream({ sources, n, idPrefix: 'bench' });
  gold = s.gold;
  return s.stream();
}

const { c, label } = await clusterer();

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-corpus-'));
try {
  const store = await openStore(join(dir, 'bench.db'));
  const marks = [];
  const tenths = [];
  let peak = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const written0 = writtenBytes();
  const counts = await ingestCorpus(store, stream(N), c, {
    onArticle: (x) => {
      if (x.read === WINDOW || x.read === N - WINDOW || x.read === N) marks.push([x.read, performance.now()]);
      if (x.read % (N / 10) === 0) tenths.push([performance.now(), process.cpuUsage(), writtenBytes()]);
      if (x.read % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    },
  });
  const total = (performance.now() - t0) / 1000;
  const totals = await store.counts();
  await store.close();
  const db = new Database(join(dir, 'bench.db'), { readonly: true });
  const found = new Map(db.prepare('SELECT id, story_id FROM articles').raw().all());
  db.close();
  const q = pairwiseF1(gold, found);
  const at = (n) => marks.find(([r]) => r === n)?.[1];
  const first = WINDOW / ((at(WINDOW) - t0) / 1000);
  const last = WINDOW / ((at(N) - at(N - WINDOW)) / 1000);
  console.log(`\ncorpus ingest into SQLite (${label})`);
  console.log(`  ${N} generated articles (${new Set(gold.values()).size} generated stories) from ${sources.length} source articles → ${totals.articles} stored in ${totals.stories} stories (${counts.merges} merges)`);
  const largest = (m) => Math.max(...[...m.values()].reduce((c, v) => c.set(v, (c.get(v) ?? 0) + 1), new Map()).values());
  console.log(`  clustering against the generated stories: pairwise P ${q.precision.toFixed(3)} R ${q.recall.toFixed(3)} F1 ${q.f1.toFixed(3)}; largest story ${largest(found)} articles (largest generated: ${largest(gold)})`);
  // CPU time per article (this process: clusterer + SQLite) is the steadier figure when other work shares the cores.
  const perTenth = tenths.map(([t], i) => Math.round(N / 10 / ((t - (tenths[i - 1]?.[0] ?? t0)) / 1000)));
  const cpuPerTenth = tenths.map(([, u], i) => {
    const prev = tenths[i - 1]?.[1] ?? cpu0;
    return ((u.user + u.system - prev.user - prev.system) / 1000 / (N / 10)).toFixed(2);
  });
  console.log(`  articles/s per tenth of the stream: ${perTenth.join(' ')}`);
  console.log(`  CPU ms per article per tenth:       ${cpuPerTenth.join(' ')}`);
  if (written0 !== null) console.log(`  KiB written per article (WAL+db):   ${tenths.map(([, , w], i) => ((w - (tenths[i - 1]?.[2] ?? written0)) / 1024 / (N / 10)).toFixed(0)).join(' ')}`);
  console.log(`  ${(N / total).toFixed(0)} articles/s overall; first 1k: ${first.toFixed(0)}/s, last 1k: ${last.toFixed(0)}/s (ratio ${(last / first).toFixed(2)}); peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The same stream and clusterer into PostgreSQL, then queue workers (scripts/lib/bench-postgres.js).
if (!argv.includes('--no-postgres'))
  await (await import('./lib/bench-postgres.js')).benchPostgres({ stream, clusterer: c, label, n: N, window: WINDOW });
