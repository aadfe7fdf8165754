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
    const own = await startPages({ '/a.html': html(pageHtml(FERRY_A)), '/b.html': html(pageHtml(FERRY_B)) });
    const links = [`${own.base}/a.html`, `${own.base}/b.html`];
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

    expect([...own.hits.values()]).toEqual([1, 1]);
    await own.stop();
    const second = await cli(['analyze', ...links, '--allow-private-network', '--cache', cache, '-q']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // the same links without the cache cannot be read now: the cache, not luck, made the second run work
    const uncached = await cli(['analyze', ...links, '--allow-private-network', '--no-cache', '-q']);
    expect(uncached.code).toBe(0);
    expect((JSON.parse(uncached.stdout) as { articles: unknown[] }).articles).toEqual([]);
    expect(uncached.stdout).toMatch(/"rule": ?"fetch-error"/);
  }, 60_000);
});

describe('analyze links: failures, duplicates, --urls, misuse', () => {
  it('each failed link is a diagnostic naming it and why; the others are analysed; --strict exits 1', async () => {
    const bad = ['/missing.html', '/data.json', '/huge.html', '/stub'].map((p) => `${pages.base}${p}`);
    const args = ['analyze', `${pages.base}/budget`, ...bad, '--allow-private-network', '--no-cache', '--max-bytes', '1m'];
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { articles: { title: string }[]; diagnostics: { source: string; rule: string; severity: string; message: string }[]; skipped: { inputs: number } };
    expect(out.articles.map((a) => a.title)).toEqual([BUDGET.title]);
    expect(out.skipped.inputs).toBe(4);
    const why = Object.fromEntries(out.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.source, d.rule]));
    expect(why).toEqual({ [bad[0]!]: 'http-error', [bad[1]!]: 'not-html', [bad[2]!]: 'too-large', [bad[3]!]: 'too-little-text' });
    expect(out.diagnostics.find((d) => d.source === bad[3])?.message).toMatch(/paywall/);
    expect(r.stderr).toContain(`${bad[0]} [http-error] HTTP 404`);
    const strict = await cli([...args, '--strict', '-q']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(r.stdout);
  }, 60_000);

  it('an AMP link, a tracking-parameter link and a redirect to the same article count once (must-not: two different articles both stay)', async () => {
    const links = [`${pages.base}/budget?utm_source=news&utm_medium=email`, `${pages.base}/budget/amp`, `${pages.base}/budget`, `${pages.base}/old-budget`, `${pages.base}/a.html`];
    const r = await cli(['analyze', ...links, '--allow-private-network', '--no-cache', '--strict']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { articles: { source: string }[]; diagnostics: { source: string; rule: string }[] };
    expect(out.articles.map((a) => a.source).sort()).toEqual([links[0], links[4]].sort());
    const dups = out.diagnostics.filter((d) => d.rule.startsWith('duplicate-')).map((d) => [d.source, d.rule]);
    expect(new Map(dups as [string, string][])).toEqual(
      new Map([
        [links[1], 'duplicate-article'],
        [links[2], 'duplicate-url'],
        [links[3], 'duplicate-article'],
      ]),
    );
    expect(dups).toHaveLength(3);
  }, 60_000);

  it('--urls reads one link per line, skipping blank lines and # comments, alongside files', async () => {
    const list = join(tmp, 'links.txt');
    writeFileSync(list, `# links for the ferry story\r\n\n  ${pages.base}/b.html  \n# ${pages.base}/a.html is read from a file\n`);
    const r = await cli(['analyze', '--urls', list, join(tmp, 'files', 'a.html'), '--allow-private-network', '--no-cache', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { articles: { id: string; source: string }[] };
    expect(out.articles.map((a) => a.source).sort()).toEqual([`${pages.base}/b.html`, expect.stringMatching(/files\/a\.html$/)].sort());
    expect(out.articles.map((a) => a.id)).toEqual(['a', 'b']);
  }, 60_000);

  it.each([
    [['analyze', '--urls', 'no/such/list.txt'], /cannot read --urls no\/such\/list\.txt: no such file/],
    [['analyze', '--urls', 'LIST'], /list\.txt:2: expected one http\(s\) link per line, got "ftp:\/\/files\.example\/a"/],
    [['analyze', '--urls', 'EMPTY'], /holds no link/],
    [['analyze', 'https://news.example/a', '--cache', 'x', '--no-cache'], /--cache and --no-cache contradict/],
    [['analyze', 'https://news.example/a', '--no-cache', '--refresh'], /--refresh revalidates the page cache/],
    [['analyze', 'FILE', '--refresh'], /--refresh applies to links, and no link was given/],
    [['analyze', 'https://news.example/a', '--cache'], /--cache needs a value/],
  ])('misuse %j → exit 2, one line', async (args, message) => {
    writeFileSync(join(tmp, 'list.txt'), 'https://news.example/a\nftp://files.example/a\n');
    writeFileSync(join(tmp, 'empty.txt'), '# nothing yet\n\n');
    const real = args.map((a) => (a === 'LIST' ? join(tmp, 'list.txt') : a === 'EMPTY' ? join(tmp, 'empty.txt') : a === 'FILE' ? join(tmp, 'files', 'a.html') : a));
    const r = await cli(real);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.replace(tmp + '/', '')).toMatch(message);
    expect(r.stdout).toBe('');
  }, 30_000);
});
