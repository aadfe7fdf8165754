#!/usr/bin/env node
// npm run bench — throughput of every stage on a deterministic synthetic corpus.
// The corpus is made by recombining the project's own invented articles (examples/, golden and
// story fixtures): paragraphs shuffled across articles of the same story, numbers and surnames
// varied with a seeded PRNG. Same seed → byte-identical corpus. Timings are printed, never asserted.
//   node scripts/bench.js [--articles 200] [--seed 7] [--scaling 10,100,500] [--json] [--no-corpus] [--corpus-large]
//                         [--no-memory] [--no-e2e] [--e2e-articles 300] [--e2e-jobs N] [--write-e2e DIR] [--write-scaling DIR] [--write-corpus DIR]
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { REPO, goldenCases, ingestFixture, loadLibrary, storyCases } from './lib/corpus.js';
import { prng } from './lib/prng.js';
import { buildClusterStream } from './lib/cluster-stream.js';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('usage: node scripts/bench.js [--articles 200] [--seed 7] [--scaling 10,100,500] [--json]\n       [--no-corpus] [--corpus-large] [--no-memory] [--no-e2e] [--e2e-articles 300] [--e2e-jobs N] [--write-e2e DIR] [--write-scaling DIR] [--write-corpus DIR]\n');
  process.exit(0);
}
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
};
const N = opt('articles', 200);
const SEED = opt('seed', 7);
const asJson = argv.includes('--json');
const scalingAt = argv.indexOf('--scaling');
// The child's peak resident set, printed on exit (process.resourceUsage().maxRSS is in KiB).
// With it, the child's CPU time (all threads), which a busy shared machine inflates far less than wall time.
const MAXRSS_HOOK = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { const r = process.resourceUsage(); process.stderr.write(`maxrss=${r.maxRSS} cpu=${r.userCPUTime + r.systemCPUTime}\\n`); });")}`;
const SCALING = (scalingAt >= 0 ? String(argv[scalingAt + 1]) : '10,100,500').split(',').map(Number).filter((n) => n > 0);

const lib = await loadLibrary();
const dist = (p) => import(join(REPO, 'dist/src', p));
const { analyseText } = await dist('nlp/nlp-doc.js');
const { extractEntities } = await dist('extract/entities/index.js');
const { extractQuotes } = await dist('extract/quotes/index.js');
const { extractDates, buildEvents } = await dist('extract/dates/index.js');
const { extractQuantities } = await dist('extract/quantities/index.js');
const { extractFacts } = await dist('extract/facts/index.js');

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};


// ------------------------------------------------------------------ source material
const SURNAMES = ['Albescu', 'Brightwater', 'Castell', 'Dunmore-Pike', 'Esterhazy', 'Fenwright', 'Galloway', 'Hollins', 'Ingram', 'Jankowski', 'Kavanagh', 'Lindqvist-Roe', 'Moreau', 'Nakashima', 'Oyelaran', 'Petrakis'];

async function sourceStories() {
  const stories = [];
  for (const s of storyCases()) stories.push({ slug: s.slug, files: s.files, people: (s.expected.entities ?? []).filter((e) => e.type === 'person').map((e) => e.name) });
  for (const g of goldenCases()) stories.push({ slug: g.slug, files: [g.file], people: (g.expected.entities ?? []).filter((e) => e.type === 'person').map((e) => e.name) });
  for (const s of stories) {
    const res = await ingestFixture(lib, s.files);
    s.paragraphs = res.articles.flatMap((a) => a.text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p.length > 40));
    s.published = res.articles.map((a) => a.published).filter(Boolean).sort()[0] ?? '2025-01-01T08:00:00Z';
  }
  return stories.filter((s) => s.paragraphs.length > 0);
}

function vary(par, rnd, renames) {
  let out = par.replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\b/g, (m) => {
    const n = Number(m.replace(/,/g, ''));
    if (Number.isInteger(n) && n >= 1900 && n <= 2099) return m; // years stay put
    if (rnd() < 0.6) return m;
    const f = 0.7 + rnd() * 0.6;
    const v = m.includes('.') ? (n * f).toFixed(m.split('.')[1]?.length ?? 1) : String(Math.max(1, Math.round(n * f)));
    return m.includes(',') ? Number(v).toLocaleString('en-US') : v;
  });
  for (const [from, to] of renames) out = out.split(from).join(to);
  return out;
}

function synthArticle(story, i, rnd, minPars) {
  const renames = story.people
    .map((p) => p.split(' ').at(-1))
    .filter((s) => s && s.length > 2 && rnd() < 0.25)
    .map((s) => [s, SURNAMES[Math.floor(rnd() * SURNAMES.length)]]);
  const k = minPars + Math.floor(rnd() * minPars);
  const pars = [];
  for (let j = 0; j < k; j++) pars.push(vary(story.paragraphs[Math.floor(rnd() * story.paragraphs.length)], rnd, renames));
  const published = new Date(Date.parse(story.published) + i * 7 * 60_000).toISOString().replace('.000Z', 'Z');
  const title = (pars[0] ?? '').split(/[.!?]/)[0]?.slice(0, 90) ?? story.slug;
  const head = `Title: ${title}\nOutlet: Bench Outlet ${1 + (i % 23)}\nPublished: ${published}\nURL: https://bench.example/${story.slug}/${i}\n\n`;
  return head + pars.join('\n\n') + '\n';
}

/** Write n synthetic articles (round-robin over stories, or one story) into a fresh temp dir. */
function writeCorpus(stories, n, seed, dirName, minPars) {
  // the process id keeps two bench runs on one machine (two checkouts, parallel test runs) apart
  const dir = join(tmpdir(), `${dirName}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rnd = prng(seed);
  const hash = createHash('sha256');
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const story = stories[i % stories.length];
    const text = synthArticle(story, i, rnd, minPars);
    bytes += Buffer.byteLength(text);
    hash.update(text);
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${story.slug}.txt`), text);
  }
  return { dir, bytes, sha256: hash.digest('hex').slice(0, 16) };
}

// ------------------------------------------------------------------ timing helpers
const rows = [];
function time(label, fn) {
  sample();
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  sample();
  return { out, ms };
}
async function timeAsync(fn) {
  sample();
  const t0 = performance.now();
  const out = await fn();
  sample();
  return { out, ms: performance.now() - t0 };
}
const mib = (b) => b / (1024 * 1024);
function row(stage, ms, bytes, articles, extra = '') {
  rows.push({ stage, ms: Math.round(ms * 10) / 10, mibPerS: bytes ? Math.round((mib(bytes) / (ms / 1000)) * 100) / 100 : null, articlesPerS: articles ? Math.round((articles / (ms / 1000)) * 10) / 10 : null, extra });
}

// ------------------------------------------------------------------ run
const stories = await sourceStories();
// --write-e2e DIR: only write the end-to-end corpus into DIR (to profile `analyze` on it), then stop.
const E2E_MIN_PARS = 10;
// --write-scaling DIR: likewise the one-story corpus of the compare scaling rows.
// --write-corpus DIR: likewise the corpus of the stage table (for scripts/bench-ab.js).
for (const flag of ['--write-e2e', '--write-scaling', '--write-corpus']) {
  if (!argv.includes(flag)) continue;
  const dir = argv[argv.indexOf(flag) + 1];
  const n = flag === '--write-e2e' ? opt('e2e-articles', 300) : flag === '--write-corpus' ? N : Math.max(...SCALING);
  const c = flag === '--write-e2e'
    ? writeCorpus(stories, n, SEED + 2, `crosscheck-bench-e2e-${SEED}`, E2E_MIN_PARS)
    : flag === '--write-corpus'
      ? writeCorpus(stories, n, SEED, `crosscheck-bench-${SEED}-${n}`, 36)
      : writeCorpus([stories.find((s) => s.slug === 'harbour-bridge') ?? stories[0]], n, SEED + 1, `crosscheck-bench-scaling-${SEED}`, 8);
  rmSync(dir, { recursive: true, force: true });
  renameSync(c.dir, dir);
  console.log(`${dir}: ${n} articles, ${mib(c.bytes).toFixed(2)} MiB`);
  process.exit(0);
}
const corpus = writeCorpus(stories, N, SEED, `crosscheck-bench-${SEED}-${N}`, 36);

const ingest = await timeAsync(() => lib.ingestPaths([corpus.dir], { cwd: corpus.dir }));
const articles = ingest.out.articles;
const textBytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
row('ingest', ingest.ms, corpus.bytes, articles.length);

// warm-up (not timed): the first calls pay for JIT compilation and lazy model loading
const nlpRef = winkNLP(model);
const its = nlpRef.its;
for (const a of articles.slice(0, 8)) {
  lib.extractArticle(a);
  nlpRef.readDoc(a.text).tokens().out(its.pos);
}

const nlp = time('nlp', () => articles.map((a) => analyseText(a.text)));
row('nlp (wink tokens, sentences)', nlp.ms, textBytes, articles.length);

// per-stage extraction, in the order of src/extract/index.ts, on the docs made above
const stageMs = { entities: 0, quotes: 0, dates: 0, events: 0, quantities: 0, facts: 0 };
const failed = new Set();
for (let i = 0; i < articles.length; i++) {
  const article = articles[i];
  const ctx = { article, doc: nlp.out[i], diagnose: () => {} };
  const step = (name, fn) => {
    if (failed.has(name)) return null;
    const t0 = performance.now();
    try {
      return fn();
    } catch (e) {
      failed.add(name);
      console.error(`bench: stage ${name} threw (${e instanceof Error ? e.message : e}); its timing is left out`);
      return null;
    } finally {
      stageMs[name] += performance.now() - t0;
    }
  };
  const ents = step('entities', () => extractEntities(ctx));
  const quotes = ents ? step('quotes', () => extractQuotes(ctx, ents)) : null;
  const dates = step('dates', () => extractDates(ctx));
  if (dates && ents) step('events', () => buildEvents(ctx, dates, ents));
  if (dates && ents && quotes) step('quantities', () => extractQuantities(ctx, ents, dates, quotes));
  if (ents && quotes) step('facts', () => extractFacts(ctx, ents, quotes));
  if (i % 10 === 0) sample();
}
for (const [name, ms] of Object.entries(stageMs)) if (!failed.has(name)) row(`  extract: ${name}`, ms, textBytes, articles.length);

const extract = time('extract', () => articles.map((a) => lib.extractArticle(a)));
row('extract (extractArticle, incl. nlp)', extract.ms, textBytes, articles.length);

// compare per story (the corpus mixes stories; crosscheck compares one story at a time)
const byStory = new Map();
extract.out.forEach((x) => {
  const slug = x.article.id.replace(/^\d{4}-/, '');
  byStory.set(slug, [...(byStory.get(slug) ?? []), x]);
});
let compareMs = 0;
let claimCount = 0;
const comparisons = [];
for (const [, xs] of [...byStory].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const c = time('compare', () => lib.compareArticles(xs));
  compareMs += c.ms;
  claimCount += c.out.claims.length;
  comparisons.push(c.out);
}
row('compare (per story)', compareMs, textBytes, articles.length, `${byStory.size} stories, ${claimCount} claims`);

// render: the biggest story's full analysis
const biggest = [...byStory.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
const analysis = lib.analyze({ articles: biggest[1].map((x) => x.article) });
const storyBytes = biggest[1].reduce((s, x) => s + Buffer.byteLength(x.article.text), 0);
for (const format of lib.FORMATS) {
  const r = time('render', () => lib.renderReport(analysis, format));
  row(`render ${format} (${biggest[1].length} articles)`, r.ms, storyBytes, biggest[1].length, `${(Buffer.byteLength(r.out) / 1024).toFixed(0)} KiB out`);
}

// reference: wink-nlp's own tokenise + POS pass over the same text
const ref = time('reference', () => {
  let n = 0;
  for (const a of articles) n += nlpRef.readDoc(a.text).tokens().out(its.pos).length;
  return n;
});
row('reference: wink readDoc+pos', ref.ms, textBytes, articles.length, `${ref.out} tokens`);

// online clustering: clusterFeatures + decide (+ the in-memory index update) over the mixed stream
// (scripts/lib/cluster-stream.js) repeated to ~5k articles with unique ids
{
  const cl = await dist('cluster/index.js');
  const { articles: streamArticles } = await buildClusterStream(lib.ingestPaths);
  const reps = Math.ceil(5000 / streamArticles.length);
  const many = Array.from({ length: reps }, (_, k) => streamArticles.map((a) => ({ ...a, id: `${a.id}~${k}` }))).flat();
  const index = new cl.MemoryClusterIndex();
  const c = await timeAsync(async () => {
    for (const a of many) {
      const f = cl.clusterFeatures(a);
      index.add(a.id, f, await cl.decide(f, index));
    }
  });
  row('cluster (features + decide, memory)', c.ms, many.reduce((s, a) => s + Buffer.byteLength(a.text), 0), many.length, `${many.length} articles (stream × ${reps})`);
}

// comparison cost as one story grows
const bridge = stories.find((s) => s.slug === 'harbour-bridge') ?? stories[0];
const one = writeCorpus([bridge], Math.max(...SCALING), SEED + 1, `crosscheck-bench-scaling-${SEED}`, 8);
const oneArticles = (await lib.ingestPaths([one.dir], { cwd: one.dir })).articles;
const oneX = oneArticles.map((a) => lib.extractArticle(a));
sample();
const scaling = [];
for (const n of SCALING) {
  const c = time('compare', () => lib.compareArticles(oneX.slice(0, n)));
  scaling.push({ articles: n, ms: Math.round(c.ms * 10) / 10, claims: c.out.claims.length, msPerArticle: Math.round((c.ms / n) * 100) / 100 });
}
rmSync(one.dir, { recursive: true, force: true });
rmSync(corpus.dir, { recursive: true, force: true });
sample();

const result = {
  corpus: { articles: articles.length, files: N, seed: SEED, sha256: corpus.sha256, inputMiB: Math.round(mib(corpus.bytes) * 100) / 100, textMiB: Math.round(mib(textBytes) * 100) / 100, stories: stories.length },
  stages: rows,
  extractionOverReference: Math.round((extract.ms / ref.ms) * 100) / 100,
  compareScaling: scaling,
  peakRssMiB: Math.round(mib(peakRss)),
  node: process.version,
};

// ------------------------------------------------------------------ end to end, as a user runs it
// `crosscheck analyze DIR --format json --out FILE` as a child process over E2E articles of
// real-news length (about 2.8 KB of text each, the mean of the real-story cache), against wink's
// own tokenise + POS pass over the same texts in this process. Then a one-article analyze and
// `--help` (best of 3 runs each), and the peak resident memory of analyze on one 500-article story.
if (!argv.includes('--no-e2e')) {
  const E2E = opt('e2e-articles', 300);
  const e2eCorpus = writeCorpus(stories, E2E, SEED + 2, `crosscheck-bench-e2e-${SEED}`, E2E_MIN_PARS);
  const e2eArticles = (await lib.ingestPaths([e2eCorpus.dir], { cwd: e2eCorpus.dir })).articles;
  const e2eBytes = e2eArticles.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
  const bestOf = (n, fn) => Math.min(...Array.from({ length: n }, fn));
  let e2eRefCpu = Infinity;
  const e2eRef = bestOf(3, () => {
    const c0 = process.cpuUsage();
    const ms = time('reference', () => e2eArticles.reduce((s, a) => s + nlpRef.readDoc(a.text).tokens().out(its.pos).length, 0)).ms;
    const c = process.cpuUsage(c0);
    e2eRefCpu = Math.min(e2eRefCpu, (c.user + c.system) / 1000);
    return ms;
  });
  const outFile = join(tmpdir(), `crosscheck-bench-e2e-${SEED}-${process.pid}.json`);
  const jobsArg = argv.includes('--e2e-jobs') ? ['--jobs', String(opt('e2e-jobs', 1))] : [];
  const run = (args) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', MAXRSS_HOOK, join(REPO, 'bin/crosscheck.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`bench: crosscheck ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return { ms, maxRssMiB: Math.round(Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024), cpuMs: Number(/cpu=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1000 };
  };
  const e2e = run(['analyze', e2eCorpus.dir, '--format', 'json', '--out', outFile, '-q', ...jobsArg]);
  row(`end to end: analyze ${e2eArticles.length} articles${jobsArg.length ? ` ${jobsArg.join(' ')}` : ''}`, e2e.ms, e2eBytes, e2eArticles.length, `${Math.round(e2e.cpuMs)} ms CPU, ${e2e.maxRssMiB} MiB peak RSS`);
  row(`  reference: wink readDoc+pos, same texts`, e2eRef, e2eBytes, e2eArticles.length, `${Math.round(e2eRefCpu)} ms CPU`);
  result.endToEndOverReference = Math.round((e2eRef / e2e.ms) * 100) / 100;
  result.endToEndOverReferenceCpu = Math.round((e2eRefCpu / e2e.cpuMs) * 100) / 100;
  const oneFile = readdirSync(e2eCorpus.dir).sort()[0];
  const one = Array.from({ length: 3 }, () => run(['analyze', join(e2eCorpus.dir, oneFile), '--format', 'json', '-q']));
  result.oneArticleMs = Math.round(Math.min(...one.map((r) => r.ms)));
  result.oneArticleCpuMs = Math.round(Math.min(...one.map((r) => r.cpuMs)));
  const help = Array.from({ length: 3 }, () => run(['--help']));
  result.helpMs = Math.round(Math.min(...help.map((r) => r.ms)));
  result.helpCpuMs = Math.round(Math.min(...help.map((r) => r.cpuMs)));
  rmSync(e2eCorpus.dir, { recursive: true, force: true });
  const big = writeCorpus([bridge], 500, SEED + 3, `crosscheck-bench-big-${SEED}`, 8);
  const bigRun = run(['analyze', big.dir, '--format', 'json', '--out', outFile, '-q', ...jobsArg]);
  result.story500 = { ms: Math.round(bigRun.ms), cpuMs: Math.round(bigRun.cpuMs), maxRssMiB: bigRun.maxRssMiB };
  rmSync(big.dir, { recursive: true, force: true });
  rmSync(outFile, { force: true });
}

if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const c = result.corpus;
  console.log(`corpus: ${c.articles} articles from ${c.stories} source stories, ${c.inputMiB} MiB input, ${c.textMiB} MiB text (seed ${c.seed}, sha256 ${c.sha256}…)`);
  console.log(`${'stage'.padEnd(38)} ${'ms'.padStart(9)} ${'MiB/s'.padStart(7)} ${'art/s'.padStart(8)}`);
  for (const r of rows) console.log(`${r.stage.padEnd(38)} ${r.ms.toFixed(1).padStart(9)} ${(r.mibPerS ?? 0).toFixed(2).padStart(7)} ${(r.articlesPerS ?? 0).toFixed(1).padStart(8)}  ${r.extra}`);
  console.log(`extraction / wink reference: ${result.extractionOverReference}× the reference time`);
  console.log('compare cost, one story:');
  for (const s of scaling) console.log(`  ${String(s.articles).padStart(4)} articles: ${s.ms.toFixed(1).padStart(8)} ms  ${s.msPerArticle.toFixed(2)} ms/article  ${s.claims} claims`);
  console.log(`peak RSS: ${result.peakRssMiB} MiB (node ${process.version})`);
  if (result.endToEndOverReference !== undefined) {
    console.log(`end to end / wink reference: ${result.endToEndOverReference}× the reference speed (target ≥ 0.6); by CPU time ${result.endToEndOverReferenceCpu}×`);
    console.log(`one-article analyze: ${result.oneArticleMs} ms wall, ${result.oneArticleCpuMs} ms CPU (target ≤ 400 wall); --help: ${result.helpMs} ms wall, ${result.helpCpuMs} ms CPU (target ≤ 150 wall) (best of 3)`);
    console.log(`analyze of one 500-article story: ${result.story500.ms} ms wall, ${result.story500.cpuMs} ms CPU, peak RSS ${result.story500.maxRssMiB} MiB (target < 1024)`);
    const [first, last] = [scaling.find((s) => s.articles === 100) ?? scaling[0], scaling.at(-1)];
    if (first && last && first !== last) console.log(`compare cost ${first.articles} → ${last.articles} articles: ${(last.ms / first.ms).toFixed(1)}× (target ≤ ${((last.articles / first.articles) * 1.2).toFixed(1)}×, near-linear)`);
  }
}

// Corpus mode: ingest rate into the SQLite store (its own script; --corpus-large for 100k, --no-corpus to skip).
if (!asJson && !argv.includes('--no-corpus')) await import('./bench-corpus.js');
// Peak resident memory of `crosscheck ingest` on a 1 GiB JSONL file (its own script; --memory-mb to change, --no-memory to skip).
if (!asJson && !argv.includes('--no-memory')) await import('./bench-memory.js');
