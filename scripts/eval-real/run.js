#!/usr/bin/env node
// npm run eval:real — measure crosscheck on real news sets kept in a local cache (never in the
// repository). A measurement, not a test: exits 0 even when figures are low or a set's data is absent.
//   node scripts/eval-real/run.js [--set id[,id]] [--limit N] [--errors N] [--json] [--holdout] [--shuffle N]
//   --set      only these sets (default: every set in sets/)
//   --limit    at most N articles (documents, stories) per set, for quick runs while developing
//   --errors   also print the first N errors of each set (all errors always go to <cache>/errors/<set>.tsv, or $CROSSCHECK_EVAL_ERRORS/<set>.tsv)
//   --json     machine-readable figures instead of tables
//   --holdout  run the held-out slices only (sets with hasHoldout: polnear, partisan); the default leaves them out
//   --shuffle  the clustering sets also replay their stream in N shuffled orders (seeded 1..N), one row each
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REPO, loadLibrary } from '../lib/corpus.js';
import { CACHE, firstMissing, writeErrors } from './lib/cache.js';
import { prf } from './lib/prf.js';

/** Sets print in this order; a set file not listed here runs after them, by id. */
const ORDER = ['conll', 'polnear', 'ggt', 'tbaq', 'partisan', 'real-stories'];
const USAGE = 'usage: node scripts/eval-real/run.js [--set id[,id]] [--limit N] [--errors N] [--json] [--holdout] [--shuffle N]';

function misuse(message) {
  process.stderr.write(`eval:real: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { sets: null, limit: null, errors: 0, json: false, holdout: false, shuffle: 0 };
  const count = (flag, v) => (/^\d+$/.test(v ?? '') && Number(v) > 0 ? Number(v) : misuse(`${flag} needs a positive whole number, got ${v ?? 'nothing'}`));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--holdout') opts.holdout = true;
    else if (a === '--limit') opts.limit = count(a, argv[++i]);
    else if (a === '--errors') opts.errors = count(a, argv[++i]);
    else if (a === '--shuffle') opts.shuffle = count(a, argv[++i]);
    else if (a === '--set') opts.sets = (argv[++i] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else misuse(`unknown argument ${a}`);
  }
  if (opts.sets !== null && opts.sets.length === 0) misuse('--set needs one or more set ids');
  return opts;
}

async function loadSets() {
  const dir = fileURLToPath(new URL('./sets/', import.meta.url));
  const mods = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const m = (await import(pathToFileURL(join(dir, f)).href)).default;
    if (m && typeof m.id === 'string' && typeof m.run === 'function') mods.push(m);
  }
  const rank = (id) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return mods.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

const fmt = (x) => (x === null ? '   -' : x.toFixed(3));
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);

function printSet(set, res, opts, seconds, errorsFile) {
  console.log(`\n${set.id} — ${set.title} (${seconds.toFixed(1)} s)`);
  console.log(`  ${pad('task', 10)} ${pad('metric', 34)} ${num('tp', 6)} ${num('fp', 6)} ${num('fn', 6)}      P      R     F1  notes`);
  for (const r of res.rows) {
    const q = prf(r);
    console.log(`  ${pad(r.task, 10)} ${pad(r.metric, 34)} ${num(r.tp, 6)} ${num(r.fp, 6)} ${num(r.fn, 6)}  ${fmt(q.p)}  ${fmt(q.r)}  ${fmt(q.f1)}  ${r.note ?? ''}`);
  }
  for (const n of res.notes ?? []) console.log(`  note: ${n}`);
  console.log(`  errors: ${res.errors.length} → ${errorsFile}`);
  for (const e of res.errors.slice(0, opts.errors)) console.log(`    ${e.article} ${e.start}-${e.end} ${e.kind}: expected ${JSON.stringify(e.expected ?? '')} got ${JSON.stringify(e.got ?? '')}`);
}

function commitId() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

const opts = parseArgs(process.argv.slice(2));
const sets = await loadSets();
if (opts.sets) {
  const unknown = opts.sets.filter((id) => !sets.some((s) => s.id === id));
  if (unknown.length) misuse(`unknown set ${unknown.join(', ')} (known: ${sets.map((s) => s.id).join(', ')})`);
}
const lib = await loadLibrary();
const ctx = { lib, cache: CACHE, limit: opts.limit, dist: join(REPO, 'dist/src'), holdout: opts.holdout, shuffle: opts.shuffle };
const out = { date: new Date().toISOString().slice(0, 10), commit: commitId(), cache: CACHE, limit: opts.limit, holdout: opts.holdout, sets: {}, skipped: [], failed: [] };

for (const set of sets.filter((s) => !opts.sets || opts.sets.includes(s.id))) {
  if (opts.holdout && !set.hasHoldout) {
    out.skipped.push({ set: set.id, missing: null, howTo: 'keeps no held-out slice' });
    continue;
  }
  const missing = firstMissing(set.requires ?? []);
  if (missing) {
    if (!opts.json) console.log(`${set.id}: missing ${join(CACHE, missing)} — ${set.howTo}`);
    out.skipped.push({ set: set.id, missing, howTo: set.howTo });
    continue;
  }
  const t0 = performance.now();
  let res;
  try {
    res = await set.run(ctx);
  } catch (err) {
    // a set that crashes is a bug in its loader: say so and go on with the others
    if (!opts.json) console.log(`${set.id}: failed — ${err instanceof Error ? err.stack : String(err)}`);
    out.failed.push({ set: set.id, error: String(err) });
    continue;
  }
  const seconds = (performance.now() - t0) / 1000;
  // held-out errors go to their own file, so that a look at the development errors never shows them
  const errorsFile = writeErrors(opts.holdout ? `${set.id}-holdout` : set.id, res.errors);
  out.sets[set.id] = { title: set.title, seconds: Number(seconds.toFixed(1)), rows: res.rows.map((r) => ({ ...r, ...prf(r) })), notes: res.notes ?? [], errors: res.errors.length, errorsFile };
  if (!opts.json) printSet(set, res, opts, seconds, errorsFile);
}

if (opts.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
else {
  console.log(`\nsummary — ${out.date}, commit ${out.commit}${opts.limit ? `, --limit ${opts.limit}` : ''}${opts.holdout ? ', held-out slices' : ''}`);
  console.log(`  ${pad('set', 12)} ${pad('task', 10)} ${pad('metric', 34)}      P      R     F1  ${num('tp', 6)} ${num('fp', 6)} ${num('fn', 6)}`);
  for (const [id, s] of Object.entries(out.sets)) {
    for (const r of s.rows) console.log(`  ${pad(id, 12)} ${pad(r.task, 10)} ${pad(r.metric, 34)}  ${fmt(r.p)}  ${fmt(r.r)}  ${fmt(r.f1)}  ${num(r.tp, 6)} ${num(r.fp, 6)} ${num(r.fn, 6)}`);
  }
  for (const s of out.skipped) console.log(`  ${pad(s.set, 12)} skipped: ${s.missing ? `missing ${s.missing}` : s.howTo}`);
  for (const s of out.failed) console.log(`  ${pad(s.set, 12)} FAILED: ${s.error}`);
}
process.exitCode = out.failed.length ? 1 : 0;
