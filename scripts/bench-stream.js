#!/usr/bin/env node
// npm run bench:stream — memory and time of streamInputs (corpus mode) on large generated inputs:
// a WARC of ~1 GiB (1000 one-MiB binary records, each followed by one HTML page), the same as one
// gzip stream, and a JSONL file of ~190 MiB. Peak RSS and heap are sampled after every item; the
// point is that they stay flat whatever the input size. Timings are printed, never asserted.
//   node scripts/bench-stream.js [--pages 1000] [--lines 60000] [--keep]
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
};
const PAGES = opt('pages', 1000);
const LINES = opt('lines', 60000);
const { streamInputs } = await import(fileURLToPath(new URL('../dist/src/ingest/sources/index.js', import.meta.url)));

// Invented text on two topics.
const STORIES = [
  ['River Tarrow bursts its banks in Elmsbury', 'The river burst its banks early on Tuesday, flooding 140 homes along the lower town.', 'Fire crews used boats to reach residents, and the council opened a rest centre for 60 people.'],
  ['Castlegate Rovers sign striker for record fee', 'The club signed the striker for a record fee of 9 million pounds on Friday.', 'He scored 19 league goals last season and agreed a four-year contract.'],
];
const page = ([title, ...ps]) => `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${ps.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
function record(type, uri, block, n) {
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}>\r\nWARC-Date: 2025-04-03T09:00:00Z\r\nWARC-Target-URI: ${uri}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}
const http = (body) => Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`), Buffer.from(body)]);

async function write(path, gz, chunks) {
  const out = createWriteStream(path);
  const sink = gz ? createGzip() : out;
  if (gz) sink.pipe(out);
  for (const chunk of chunks()) if (!sink.write(chunk)) await new Promise((r) => sink.once('drain', r));
  sink.end();
  await new Promise((r) => out.on('finish', r));
}
function* warc() {
  const blob = Buffer.alloc(1024 * 1024, 0x41);
  for (let i = 0; i < PAGES; i++) {
    yield record('resource', `https://x.example/blob${i}`, blob, 2 * i + 1);
    yield record('response', `https://x.example/p${i}`, http(page(STORIES[i % 2])), 2 * i + 2);
  }
}
function* jsonl() {
  const pad = ' Further reporting on the river and the club followed later in the day.'.repeat(40);
  for (let i = 0; i < LINES; i++) {
    const [title, ...ps] = STORIES[i % 2];
    yield `${JSON.stringify({ id: `r${i}`, title, text: ps.join('\n') + pad })}\n`;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-stream-'));
const cases = [['input.warc', false, warc], ['input.warc.gz', true, warc], ['input.jsonl', false, jsonl]];
const rows = [];
try {
  for (const [name, gz, gen] of cases) {
    const path = join(dir, name);
    await write(path, gz, gen);
    let rss = 0, heap = 0, articles = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for await (const item of streamInputs([path], {})) {
      if (item.kind === 'article') articles++;
      const m = process.memoryUsage();
      rss = Math.max(rss, m.rss);
      heap = Math.max(heap, m.heapUsed);
    }
    const cpu = process.cpuUsage(cpu0);
    rows.push({ input: name, 'file MiB': Math.round(statSync(path).size / 2 ** 20), articles, 'peak RSS MiB': Math.round(rss / 2 ** 20), 'peak heap MiB': Math.round(heap / 2 ** 20), 'CPU s': +((cpu.user + cpu.system) / 1e6).toFixed(1), 'wall s': +((performance.now() - t0) / 1000).toFixed(1) });
    if (!argv.includes('--keep')) rmSync(path);
  }
} finally {
  if (!argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
