#!/usr/bin/env node
// Part of `npm run bench`: peak resident memory of `crosscheck ingest` on a large JSONL file.
// Writes a generated JSONL stream of the given size (default 1 GiB) made by recombining the
// project's own invented articles, runs the real CLI (`node bin/crosscheck.js ingest --db … -q
// --no-analyse`) as a child process and reads its peak resident set (VmHWM from /proc) while it
// runs. Inputs are streamed, so the peak should not depend on the file size: run with a smaller
// --memory-mb to compare. Figures are printed, never asserted.
//   node scripts/bench-memory.js [--memory-mb 1024]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { REPO, goldenCases, ingestFixture, loadLibrary, storyCases } from './lib/corpus.js';
import { prng } from './lib/prng.js';

const argv = process.argv.slice(2);
const at = argv.indexOf('--memory-mb');
const targetBytes = (at >= 0 ? Number(argv[at + 1]) : 1024) * 2 ** 20;
const lib = await loadLibrary();

const sources = [];
for (const files of [...storyCases().map((s) => s.files), ...goldenCases().map((g) => [g.file])]) {
  const res = await ingestFixture(lib, files);
  for (const a of res.articles) if (a.text.length > 200) sources.push(a);
}

/** Write records of ~16 KB (six source articles, rotated, numbers varied) until the target size. */
async function writeJsonl(path) {
  const out = createWriteStream(path);
  const rnd = prng(23);
  let bytes = 0;
  let n = 0;
  while (bytes < targetBytes) {
    const parts = [];
    for (let j = 0; j < 6; j++) parts.push(sources[Math.floor(rnd() * sources.length)].text);
    const text = parts.join('\n').replace(/\b\d+\b/g, (m) => (rnd() < 0.5 ? m : String(Math.round(Number(m) * (0.5 + rnd())))));
    const story = Math.floor(n / 50);
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(story / 20) * 864e5).toISOString().slice(0, 10);
    const line = `${JSON.stringify({ id: `mem-${n}`, title: `Bulletin ${story} item ${n}`, url: `https://memory.example/${n}`, published: day, text: `${text}\nRecord ${n}.` })}\n`;
    if (!out.write(line)) await once(out, 'drain');
    bytes += Buffer.byteLength(line);
    n++;
  }
  out.end();
  await once(out, 'finish');
  return n;
}

/** Peak resident set (VmHWM, KiB) of a running process, or 0 once it is gone. */
function peakKiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-memory-'));
try {
  const file = join(dir, 'stream.jsonl');
  const records = await writeJsonl(file);
  const size = statSync(file).size;
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(REPO, 'bin/crosscheck.js'), 'ingest', '--db', join(dir, 'store.db'), '--no-analyse', '-q', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, peakKiB(child.pid))), 100);
  const [code] = await once(child, 'exit');
  clearInterval(timer);
  const secs = (performance.now() - t0) / 1000;
  const { openStore } = await import(join(REPO, 'dist/src/store/open-store.js'));
  const store = await openStore(join(dir, 'store.db'));
  const counts = await store.counts();
  await store.close();
  console.log(`\ningest memory (node bin/crosscheck.js ingest --no-analyse on one JSONL file)`);
  console.log(`  ${(size / 2 ** 20).toFixed(0)} MiB JSONL, ${records} records → ${counts.articles} articles in ${counts.stories} stories, exit ${code}${stderr ? `, stderr: ${stderr.trim().slice(0, 200)}` : ''}`);
  console.log(`  ${secs.toFixed(1)} s (${(records / secs).toFixed(0)} articles/s, ${(size / 2 ** 20 / secs).toFixed(1)} MiB/s); peak resident ${(peak / 1024).toFixed(0)} MiB (bound: 1024 MiB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
