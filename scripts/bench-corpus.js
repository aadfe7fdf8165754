#!/usr/bin/env node
// Part of `npm run bench`: corpus-mode ingest rate into the SQLite store. A generated stream of
// 10k articles (100k with --corpus-large) made by recombining the project's own invented stories
// (test/fixtures/stories, golden cases): paragraphs rotated, numbers varied with a seeded PRNG,
// titles, dates and URLs varied; story n's articles are dated near each other so they cluster.
// Prints articles/s over the first and the last 1k articles: flat means the cost per article
// does not grow with the store. Timings are printed, never asserted.
//   node scripts/bench-corpus.js [--corpus-articles 10000] [--corpus-large]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO, goldenCases, ingestFixture, loadLibrary, storyCases } from './lib/corpus.js';
import { prng } from './lib/prng.js';

const argv = process.argv.slice(2);
const at = argv.indexOf('--corpus-articles');
const N = argv.includes('--corpus-large') ? 100_000 : at >= 0 ? Number(argv[at + 1]) : 10_000;
const WINDOW = 1000;
const lib = await loadLibrary();
const dist = (p) => import(join(REPO, 'dist/src', p));
const { openStore } = await dist('store/open-store.js');
const { ingestCorpus } = await dist('corpus/ingest-corpus.js');
const { loadClusterer } = await dist('corpus/clusterer.js');

// Without src/cluster in the build, a key-per-story stand-in measures the store alone (labelled below).
async function clusterer() {
  try {
    return { c: await loadClusterer(), label: 'src/cluster' };
  } catch {
    const sum = (a, b) => Object.fromEntries([...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, (a[k] ?? 0) + (b[k] ?? 0)]));
    return {
      label: 'stand-in clusterer (no src/cluster in this build): store cost only',
      c: {
        features: (a) => ({ day: Math.floor(Date.parse(a.published) / 864e5), terms: [], entities: [], indexKeys: [`k:${a.title.split(' #').pop()}`] }),
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
}

const sources = [];
for (const files of [...storyCases().map((s) => s.files), ...goldenCases().map((g) => [g.file])]) {
  const res = await ingestFixture(lib, files);
  for (const a of res.articles) if (a.text.length > 200) sources.push(a);
}

/** Article i: a source article with rotated paragraphs and varied numbers; 40 articles per story-day. */
async function* stream(n) {
  const rnd = prng(11);
  for (let i = 0; i < n; i++) {
    const base = sources[i % sources.length];
    const story = Math.floor(i / 40);
    const pars = base.text.split('\n').filter(Boolean);
    const k = Math.floor(rnd() * pars.length);
    const text = [...pars.slice(k), ...pars.slice(0, k)].join('\n').replace(/\b\d+\b/g, (m) => (rnd() < 0.5 ? m : String(Math.round(Number(m) * (0.5 + rnd())))));
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(story / 5) * 864e5).toISOString().slice(0, 10);
    const article = { ...base, id: `bench-${i}`, title: `${base.title ?? 'Untitled'} #${story}`, url: `https://bench.example/${story}/${i}`, published: day, text: `${text}\nBulletin ${i}.` };
    yield { kind: 'article', article };
  }
}

const { c, label } = await clusterer();
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-corpus-'));
try {
  const store = await openStore(join(dir, 'bench.db'));
  const marks = [];
  const tenths = [];
  let peak = 0;
  const t0 = performance.now();
  const counts = await ingestCorpus(store, stream(N), c, {
    onArticle: (x) => {
      if (x.read === WINDOW || x.read === N - WINDOW || x.read === N) marks.push([x.read, performance.now()]);
      if (x.read % (N / 10) === 0) tenths.push(performance.now());
      if (x.read % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    },
  });
  const total = (performance.now() - t0) / 1000;
  const totals = await store.counts();
  await store.close();
  const at = (n) => marks.find(([r]) => r === n)?.[1];
  const first = WINDOW / ((at(WINDOW) - t0) / 1000);
  const last = WINDOW / ((at(N) - at(N - WINDOW)) / 1000);
  console.log(`\ncorpus ingest into SQLite (${label})`);
  console.log(`  ${N} generated articles from ${sources.length} source articles → ${totals.articles} stored in ${totals.stories} stories (${counts.merges} merges)`);
  const perTenth = tenths.map((t, i) => Math.round(N / 10 / ((t - (tenths[i - 1] ?? t0)) / 1000)));
  console.log(`  articles/s per tenth of the stream: ${perTenth.join(' ')}`);
  console.log(`  ${(N / total).toFixed(0)} articles/s overall; first 1k: ${first.toFixed(0)}/s, last 1k: ${last.toFixed(0)}/s (ratio ${(last / first).toFixed(2)}); peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The same stream and clusterer into PostgreSQL, then queue workers (scripts/lib/bench-postgres.js).
await (await import('./lib/bench-postgres.js')).benchPostgres({ stream, clusterer: c, label, n: N, window: WINDOW });
