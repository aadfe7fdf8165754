/**
 * Bad input, tried for real: scripts/make-bad-inputs.js writes the corpus, then `analyze` and
 * `ingest --db` run on it as child processes. Each must exit 0 with no stack trace, report each
 * case's expected diagnostic, and keep every good article (data lost = 0). A local server that
 * redirects to private addresses checks that feed URLs cannot reach them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/validate.js';

interface Case { id: string; class: string; file: string; expected: string; analyze?: string; ids?: string[] }
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-bad-inputs-'));
const INPUTS = join(tmp, 'inputs');
let cases: Case[] = [];
let server: Server;
let base = '';
const crashes: string[] = [];
const lost: string[] = [];

/** Run the CLI without blocking the event loop (the redirect server answers in this process). */
function cli(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, ['bin/crosscheck.js', ...args], { cwd: REPO });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    p.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    p.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A crash: non-zero exit, a stack frame or an uncaught error on stderr. */
function crashOf(what: string, r: { code: number | null; stderr: string }): string | null {
  if (r.code !== 0) return `${what}: exit ${String(r.code)}`;
  if (/^\s+at /m.test(r.stderr) || /^(\w*Error|Uncaught)\b/m.test(r.stderr) || /internal error/.test(r.stderr)) return `${what}: stack trace or uncaught error on stderr`;
  return null;
}

/** Diagnostics whose source is `file` (or a record of it). */
const rulesFor = (diags: readonly { source: string; rule: string }[], file: string) =>
  new Set(diags.filter((d) => d.source === file || d.source.endsWith(`/${file}`) || new RegExp(`(^|/)${file.replace(/\./g, '\\.')}[:#]`).test(d.source)).map((d) => d.rule));

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist/src/cli/main.js'))) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed:\n${b.stdout}\n${b.stderr}`);
  }
  const g = spawnSync(process.execPath, ['scripts/make-bad-inputs.js', tmp], { cwd: REPO, encoding: 'utf8' });
  if (g.status !== 0) throw new Error(g.stderr);
  cases = (JSON.parse(readFileSync(join(tmp, 'manifest.json'), 'utf8')) as { cases: Case[] }).cases;
  server = createServer((req, res) => {
    const to = req.url === '/to-private' ? 'http://10.0.0.1/feed.rss' : 'http://127.0.0.1:9/feed.rss';
    res.writeHead(302, { location: to }).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
}, 120_000);
afterAll(() => {
  server?.close();
  rmSync(tmp, { recursive: true, force: true });
  // The figures the README quotes: bad cases only (the plain good articles are not counted), plus the feed-URL class with its 2 URLs.
  const bad = cases.filter((c) => c.class !== 'good article');
  console.log(`bad-inputs summary: ${new Set(bad.map((c) => c.class)).size + 1} classes, ${bad.length + 2} cases (each through analyze and ingest), crashes ${crashes.length}, data lost ${lost.length}`);
});

describe('analyze on the bad-input corpus', () => {
  it('exits 0 without a stack trace, reports each case, keeps every good article', async () => {
    const r = await cli(['analyze', INPUTS, '--format', 'json']);
    const crash = crashOf('analyze', r);
    if (crash) crashes.push(crash);
    expect(crash, r.stderr.slice(-2000)).toBeNull();
    const a = JSON.parse(r.stdout) as { articles: { id: string }[]; diagnostics: { source: string; rule: string }[] };
    expect(schemaErrors(a)).toEqual([]);
    const ids = new Set(a.articles.map((x) => x.id));
    for (const c of cases) {
      const want = c.analyze ?? c.expected;
      if (want !== 'processed') expect([...rulesFor(a.diagnostics, c.file)], c.id).toContain(want);
      if (c.analyze === 'unknown-format') continue;
      for (const id of c.ids ?? []) if (!ids.has(id)) lost.push(`analyze ${c.id}: ${id}`);
    }
    expect(lost).toEqual([]);
  }, 180_000);
});

describe('ingest --db on the bad-input corpus and private-address feed URLs', () => {
  it('exits 0 without a stack trace, stores each case diagnostic, keeps every good article', async () => {
    const db = join(tmp, 's.db');
    const r = await cli(['ingest', '--db', db, '-q', INPUTS, `${base}/to-private`, `${base}/to-loopback`]);
    const crash = crashOf('ingest', r);
    if (crash) crashes.push(crash);
    expect(crash, r.stderr.slice(-2000)).toBeNull();
    const store = new Database(db, { readonly: true });
    const diags = (store.prepare('SELECT diagnostic FROM diagnostics').all() as { diagnostic: string }[]).map((x) => JSON.parse(x.diagnostic) as { source: string; rule: string; message: string });
    const stored = store.prepare('SELECT id, article FROM articles').all() as { id: string; article: string }[];
    store.close();
    const ids = new Set(stored.map((x) => x.id));
    for (const c of cases) {
      if (c.expected !== 'processed') expect([...rulesFor(diags, c.file)], c.id).toContain(c.expected);
      for (const id of c.ids ?? []) if (!ids.has(id)) lost.push(`ingest ${c.id}: ${id}`);
    }
    expect(lost).toEqual([]);
    // Must-not-match: no external entity was resolved into a stored article.
    expect(stored.some((x) => x.article.includes('root:x:0'))).toBe(false);
    // The feed URLs are on loopback: refused before any request, without --allow-private-network.
    for (const u of [`${base}/to-private`, `${base}/to-loopback`]) expect(diags.filter((d) => d.source === u).map((d) => d.rule), u).toEqual(['blocked-address']);
  }, 180_000);

  it('with --allow-private-network the loopback URL is fetched; a dead redirect target is a diagnostic, not a crash', async () => {
    const db = join(tmp, 'allow.db');
    const r = await cli(['ingest', '--db', db, '-q', '--allow-private-network', join(INPUTS, 'good-flood-a.txt'), `${base}/to-loopback`]);
    expect(crashOf('ingest --allow-private-network', r)).toBeNull();
    const store = new Database(db, { readonly: true });
    const rules = (store.prepare('SELECT diagnostic FROM diagnostics').all() as { diagnostic: string }[]).map((x) => (JSON.parse(x.diagnostic) as { rule: string }).rule);
    const n = (store.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    store.close();
    expect(n).toBe(1);
    expect(rules.length).toBeGreaterThan(0); // port 9 on loopback answers nothing: a fetch diagnostic, not a crash
  }, 60_000);
});
