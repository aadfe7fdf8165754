#!/usr/bin/env node
// Compare the extraction stages of two builds in ONE process, so that a busy shared machine slows
// both alike: each build's dist/src is imported, the corpus is ingested once, both builds run every
// stage over every article once and their JSON outputs are compared article by article, then
// passes alternate A B B A …, timing each stage's CPU (process.cpuUsage). Prints medians and minima.
//   node scripts/bench-ab.js A_REPO B_REPO [passes=6] [corpus dir]
// e.g. git worktree add --detach ../base main && (cd ../base && npm run build);
//      node scripts/bench.js --write-e2e /tmp/e2e; node scripts/bench-ab.js ../base . 6 /tmp/e2e
import { join, resolve } from 'node:path';
const [A, B] = process.argv.slice(2, 4).map((p) => resolve(p ?? ''));
if (!process.argv[3]) {
  process.stderr.write('usage: node scripts/bench-ab.js A_REPO B_REPO [passes=6] [corpus dir]\n');
  process.exit(2);
}
const PASSES = Number(process.argv[4] ?? 6);
const CORPUS = resolve(process.argv[5] ?? 'examples/harbour-bridge');
async function load(repo) {
  const dist = (p) => import(join(repo, 'dist/src', p));
  const lib = await dist('index.js');
  return {
    repo, lib, analyseText: (await dist('nlp/nlp-doc.js')).analyseText,
    entities: (await dist('extract/entities/index.js')).extractEntities,
    quotes: (await dist('extract/quotes/index.js')).extractQuotes,
    dates: (await dist('extract/dates/index.js')),
    quantities: (await dist('extract/quantities/index.js')).extractQuantities,
    facts: (await dist('extract/facts/index.js')).extractFacts,
  };
}
const libs = [await load(A), await load(B)];
const res = await libs[0].lib.ingestPaths([CORPUS], { cwd: CORPUS });
const articles = res.articles;
const names = ['nlp', 'entities', 'quotes', 'dates', 'events', 'quantities', 'facts'];
function run(L, record) {
  const t = Object.fromEntries(names.map((n) => [n, 0]));
  const outs = [];
  for (const article of articles) {
    const step = (name, fn) => { const u0 = process.cpuUsage(); const o = fn(); const u = process.cpuUsage(u0); t[name] += (u.user + u.system) / 1000; return o; };
    const doc = step('nlp', () => L.analyseText(article.text));
    const ctx = { article, doc, diagnose: () => {} };
    const ents = step('entities', () => L.entities(ctx));
    const quotes = step('quotes', () => L.quotes(ctx, ents));
    const dates = step('dates', () => L.dates.extractDates(ctx));
    const events = step('events', () => L.dates.buildEvents(ctx, dates, ents));
    const quantities = step('quantities', () => L.quantities(ctx, ents, dates, quotes));
    const facts = step('facts', () => L.facts(ctx, ents, quotes));
    if (record) outs.push(JSON.stringify({ ents, quotes, dates, events, quantities, facts }));
  }
  return { t, outs };
}
// warm-up and output check
const r0 = run(libs[0], true), r1 = run(libs[1], true);
let diff = 0;
for (let i = 0; i < articles.length; i++) if (r0.outs[i] !== r1.outs[i]) { diff++; if (diff <= 3) console.log('DIFF in article', i, articles[i].source); }
console.log(diff === 0 ? 'outputs identical' : `OUTPUTS DIFFER in ${diff} articles`);
const times = [[], []];
for (let p = 0; p < PASSES; p++) {
  const order = p % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) times[k].push(run(libs[k], false).t);
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log('stage'.padEnd(11), 'A med / min'.padStart(14), 'B med / min'.padStart(14), ' B/A (med)');
let ta = 0, tb = 0;
for (const n of names) {
  const a = times[0].map((t) => t[n]), b = times[1].map((t) => t[n]);
  ta += med(a); tb += med(b);
  console.log(n.padEnd(11), `${med(a).toFixed(0)} / ${Math.min(...a).toFixed(0)}`.padStart(14), `${med(b).toFixed(0)} / ${Math.min(...b).toFixed(0)}`.padStart(14), (med(b) / med(a)).toFixed(3));
}
console.log('total'.padEnd(11), ta.toFixed(0).padStart(14), tb.toFixed(0).padStart(14), (tb / ta).toFixed(3));
