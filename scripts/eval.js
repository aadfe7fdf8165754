#!/usr/bin/env node
// npm run eval — measure crosscheck against hand-made expectations (a measurement, not a test:
// always exits 0 unless the corpora themselves cannot be read).
//   node scripts/eval.js            compact table
//   node scripts/eval.js --json     machine-readable figures
//   node scripts/eval.js --cases    also one line per case
//   node scripts/eval.js --explain  also list what each miss was (false positives and negatives)
//   node scripts/eval.js --only golden|stories|seeds|clustering   one corpus
import { addTally, newTally, rates, scoreArticle, scoreStory, sortedKeys } from './lib/score.js';
import { REPO, goldenCases, ingestFixture, loadLibrary, seedCase, storyCases } from './lib/corpus.js';
import { clusterFigures } from './lib/cluster-stream.js';

const args = new Set(process.argv.slice(2));
const asJson = args.has('--json');
const perCase = args.has('--cases');
const explain = args.has('--explain');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const want = (corpus) => only === undefined || only === corpus;

const lib = await loadLibrary();
const notes = [];
let patchedArticles = 0;

async function analyseFiles(files) {
  const res = await ingestFixture(lib, files);
  patchedArticles += res.patched;
  return lib.analyze({ articles: res.articles, diagnostics: res.diagnostics, skipped: res.skipped });
}

async function runCorpus(name, cases, score) {
  const total = newTally();
  const byCase = {};
  for (const c of cases) {
    const files = c.file ? [c.file] : c.files;
    const analysis = await analyseFiles(files);
    if (analysis.articles.length < files.length) notes.push(`${name}/${c.slug}: ${files.length - analysis.articles.length} of ${files.length} inputs not ingested`);
    const t = score(c.expected, analysis);
    byCase[c.slug] = t;
    addTally(total, t);
  }
  return { cases: cases.map((c) => c.slug), total, byCase };
}

const results = {};
if (want('golden')) results.golden = await runCorpus('golden', goldenCases(), scoreArticle);
if (want('stories')) results.stories = await runCorpus('stories', storyCases(), scoreStory);
const seeds = want('seeds') ? seedCase() : null;
if (seeds) results.seeds = await runCorpus('seeds', [seeds], scoreStory);
else if (want('seeds')) notes.push('seed corpus ../shared/seeds not found: seeds skipped');
let clustering = null;
if (want('clustering')) {
  // Online clustering of the mixed stream (scripts/lib/cluster-stream.js); seeds only when present.
  const cluster = await import(`${REPO}dist/src/cluster/index.js`);
  clustering = await clusterFigures(lib.ingestPaths, cluster, seedCase()?.files ?? null);
}
if (patchedArticles > 0) notes.push(`${patchedArticles} fixture articles had their header metadata filled in by eval (the ingester left it unread)`);

const fmt = (x) => (x === null ? '   -' : x.toFixed(2).padStart(4));

if (asJson) {
  const out = { notes };
  for (const [corpus, r] of Object.entries(results)) {
    out[corpus] = { cases: r.cases, metrics: {} };
    for (const k of sortedKeys(r.total)) {
      const { fpItems, fnItems, ...counts } = r.total[k];
      out[corpus].metrics[k] = { ...counts, ...rates(r.total[k]), ...(explain ? { fpItems: fpItems ?? [], fnItems: fnItems ?? [] } : {}) };
    }
    if (perCase) out[corpus].byCase = r.byCase;
  }
  if (clustering) out.clustering = clustering;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  for (const [corpus, r] of Object.entries(results)) {
    console.log(`\n${corpus} (${r.cases.length} case${r.cases.length === 1 ? '' : 's'}: ${r.cases.join(', ')})`);
    console.log(`  ${'metric'.padEnd(22)}   tp   fp   fn   prec recall   f1`);
    for (const k of sortedKeys(r.total)) {
      const t = r.total[k];
      const q = rates(t);
      console.log(`  ${k.padEnd(22)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}   ${fmt(q.precision)}   ${fmt(q.recall)} ${fmt(q.f1)}`);
      if (explain) {
        if (t.fpItems?.length) console.log(`      fp: ${t.fpItems.join(' | ')}`);
        if (t.fnItems?.length) console.log(`      fn: ${t.fnItems.join(' | ')}`);
      }
    }
    if (perCase) {
      for (const [slug, t] of Object.entries(r.byCase)) {
        const sum = Object.entries(t).filter(([k]) => !k.includes(':') || k.startsWith('claims:')).map(([k, v]) => `${k} ${fmt(rates(v).f1).trim()}`);
        console.log(`    ${slug}: ${sum.join(', ')}`);
      }
    }
  }
  if (clustering) {
    const d = clustering.dateOrder;
    console.log(`\nclustering (${clustering.articles} articles, ${clustering.stories} gold stories, pairwise)`);
    console.log(`  date order: P ${d.precision.toFixed(3)} R ${d.recall.toFixed(3)} F1 ${d.f1.toFixed(3)}`);
    console.log(`  shuffled (${clustering.shuffles} seeds): F1 mean ${clustering.shuffleMeanF1.toFixed(3)} min ${clustering.shuffleMinF1.toFixed(3)}`);
    console.log(`  seeds in one story: ${clustering.seedsInOneStory === null ? 'n/a (no seeds)' : clustering.seedsInOneStory ? 'yes' : 'no'}`);
  }
  for (const n of notes) console.log(`note: ${n}`);
}
