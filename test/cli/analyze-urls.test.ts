/**
 * `crosscheck analyze <url>…` as a user runs it, against pages served on 127.0.0.1 (loopback
 * only): the same analysis as the same pages as files; a second run with the server stopped
 * reads the page cache and prints byte-identical output; failures are diagnostics naming the
 * link (exit 0, or 1 with --strict); --urls files; misuse exits 2 with one line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, FERRY_A, FERRY_B, html, pageHtml, startPages } from '../ingest/urls/pages.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-urls-cli-'));

/** Spawned without blocking: the test server lives in this process and must answer meanwhile. */
function cli(args: readonly string[], env: Record<string, string> = {}, input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/crosscheck.js', ...args], { cwd: REPO, env: { ...process.env, XDG_CACHE_HOME: join(tmp, 'xdg'), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** The analysis without where each article was read from (paths vs links). */
function withoutSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSources);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'source' && k !== 'url').map(([k, v]) => [k, withoutSources(v)]));
  return value;
}

let pages: Awaited<ReturnType<typeof startPages>>;
const stub = `<!doctype html><html><head><title>Subscribe</title><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script></head><body><article><h1>Council budget</h1><p>Subscribe to read the full story. Already a member? Sign in.</p></article></body></html>`;

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist/src/cli/main.js'))) throw new Error('run npm run build first (npm test does)');
  pages = await startPages({
    '/a.html': html(pageHtml(FERRY_A)),
    '/b.html': html(pageHtml(FERRY_B)),
    '/budget': html(pageHtml(BUDGET)),
    '/budget/amp': html(pageHtml(BUDGET)),
    '/old-budget': (_q, res) => res.writeHead(301, { location: '/budget?utm_source=redirect' }).end(),
    '/stub': html(stub),
    '/data.json': (_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}'),
    '/huge.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3 * 1024 * 1024) }).end(Buffer.alloc(3 * 1024 * 1024, 0x61)),
  });
  mkdirSync(join(tmp, 'files'));
  writeFileSync(join(tmp, 'files', 'a.html'), pageHtml(FERRY_A));
  writeFileSync(join(tmp, 'files', 'b.html'), pageHtml(FERRY_B));
}, 30_000);
afterAll(async () => {
  await pages.stop().catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
});

describe('analyze links (done-when)', () => {
  it('links give the analysis their pages give as files; with the server stopped, the cache gives byte-identical output', async () => {
    const cache = join(tmp, 'cache-done');
    const links = [`${pages.base}/a.html`, `${pages.base}/b.html`];
    const fromFiles = await cli(['analyze', join(tmp, 'files', 'a.html'), join(tmp, 'files', 'b.html'), '-q']);
    expect(fromFiles.code, fromFiles.stderr).toBe(0);
    const first = await cli(['analyze', ...links, '--allow-private-network', '--cache', cache, '-q']);
    expect(first.code, first.stderr).toBe(0);
    const a = JSON.parse(fromFiles.stdout) as { articles: { id: string; url: string | null; source: string }[]; quotes: unknown[] };
    const b = JSON.parse(first.stdout) as typeof a;
    expect(b.articles.map((x) => x.source)).toEqual(links);
    expect(b.articles.map((x) => x.url)).toEqual([FERRY_A.canonical, FERRY_B.canonical]);
    expect(a.articles.length).toBe(2);
    expect(a.quotes.length).toBeGreaterThan(0);
    expect(withoutSources(b)).toEqual(withoutSources(a));

    await pages.stop();
    try {
      const second = await cli(['analyze', ...links, '--allow-private-network', '--cache', cache, '-q']);
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toBe(first.stdout);
      const uncached = await cli(['analyze', ...links, '--allow-private-network', '--no-cache', '-q']);
      expect(uncached.code).toBe(0);
      expect(JSON.parse(uncached.stdout).articles).toEqual([]);
      expect(uncached.stdout).toMatch(/"rule": ?"fetch-error"/);
    } finally {
      pages = await startPages(Object.fromEntries([]));
    }
  }, 60_000);
});
