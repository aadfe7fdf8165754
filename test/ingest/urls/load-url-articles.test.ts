/**
 * loadUrlArticles against a local server on 127.0.0.1: one event per link in input order; the
 * cache serves a re-run without the network; --refresh revalidates with ETag / Last-Modified
 * (a 304 keeps the cached bytes); AMP/print/tracking variants and redirects give one article;
 * failures (404, not HTML, too large, stub, DNS, blocked address) are events, never exceptions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type UrlEvent, type UrlLoadOptions, PageCache, loadUrlArticles } from '../../../src/ingest/urls/index.js';
import { BUDGET, FERRY_A, PRIZE, html, pageHtml, startPages } from './pages.js';

let pages: Awaited<ReturnType<typeof startPages>>;
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-url-load-'));
let version = 1;

beforeAll(async () => {
  pages = await startPages({
    '/ferry': html(pageHtml(FERRY_A)),
    '/budget': html(pageHtml(BUDGET)),
    '/budget/amp': html(pageHtml(BUDGET)),
    '/prize': html(pageHtml(PRIZE)),
    '/prize.html': html(pageHtml(PRIZE)),
    '/prize.amp.html': html(pageHtml(PRIZE)),
    '/moved': (_q, res) => res.writeHead(302, { location: '/prize.html?utm_source=moved' }).end(),
    '/relative-canonical': html(pageHtml({ ...BUDGET, canonical: '/politics/budget-vote' })),
    '/versioned': (req, res) => {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'text/html', etag }).end(pageHtml({ ...FERRY_A, canonical: null, title: `${FERRY_A.title} (version ${version})` }));
    },
    '/dated': (req, res) => {
      const lastModified = 'Tue, 10 Feb 2026 10:00:00 GMT';
      if (req.headers['if-modified-since'] === lastModified) return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/html', 'last-modified': lastModified }).end(pageHtml(PRIZE));
    },
    '/short': html('<!doctype html><html><head><title>Budget</title></head><body><article><p>Please accept cookies to continue reading this page.</p></article></body></html>'),
    '/feed.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'),
    '/image.png': (_q, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
    '/big': html(`<!doctype html><html><body><p>${'word '.repeat(50_000)}</p></body></html>`),
  });
});
afterAll(async () => {
  await pages.stop();
  rmSync(tmp, { recursive: true, force: true });
});

async function load(paths: readonly string[], options: UrlLoadOptions = {}): Promise<UrlEvent[]> {
  const out: UrlEvent[] = [];
  for await (const e of loadUrlArticles(paths.map((p) => (p.startsWith('/') ? `${pages.base}${p}` : p)), { cache: null, allowPrivateNetwork: true, ...options })) out.push(e);
  return out;
}
const summary = (es: UrlEvent[]) => es.map((e) => (e.kind === 'article' ? `${e.kind}:${e.article.id}:${e.from}` : `${e.kind}:${e.diagnostic.rule}`));

describe('loadUrlArticles', () => {
  it('reads pages in input order with metadata from the page; ids from the link like a file name', async () => {
    const es = await load(['/ferry', '/budget', '/prize']);
    expect(summary(es)).toEqual(['article:ferry:network', 'article:budget:network', 'article:prize:network']);
    const [ferry, , prize] = es.map((e) => (e.kind === 'article' ? e.article : null));
    expect(ferry).toMatchObject({ title: FERRY_A.title, outlet: 'Harbour Gazette', author: 'Ilse Marrow', url: FERRY_A.canonical, source: `${pages.base}/ferry` });
    expect(ferry?.published).toMatch(/^2026-02-10/);
    // no canonical link: the fetched address is the article's url
    expect(prize?.url).toBe(`${pages.base}/prize`);
    expect(es.map((e) => [e.index, e.total])).toEqual([[0, 3], [1, 3], [2, 3]]);
  });

  it('ids avoid those taken by other inputs', async () => {
    const es = await load(['/ferry'], { takenIds: ['ferry'] });
    expect(summary(es)).toEqual(['article:ferry-2:network']);
  });

  it('AMP, print and tracking variants and a redirect give one article, by canonical URL or by the address itself', async () => {
    const budgetHits = pages.hits.get('/budget') ?? 0;
    const es = await load(['/budget?utm_campaign=spring', '/budget/amp', '/prize.html', '/prize.html?view=print', '/prize.amp.html', '/moved', '/budget?fbclid=x', '/relative-canonical']);
    expect(summary(es)).toEqual([
      'article:budget:network',
      'duplicate:duplicate-article',
      'article:prize:network',
      'duplicate:duplicate-article',
      'duplicate:duplicate-article',
      'duplicate:duplicate-article',
      'duplicate:duplicate-url',
      'article:relative-canonical:network',
    ]);
    // the relative canonical resolves against the test host, which is another site than the absolute one: a different article
    const last = es[7];
    expect(last?.kind === 'article' && last.article.url).toBe(`${pages.base}/politics/budget-vote`);
    expect(es[3]?.kind === 'duplicate' && es[3].sameAs).toBe(`${pages.base}/prize.html`);
    // the same link twice (tracking parameters aside) is fetched once
    expect(pages.hits.get('/budget')).toBe(budgetHits + 1);
  });

  it('failures are events naming the link and the reason', async () => {
    const es = await load(['/nothing-here', '/short', '/feed.xml', '/image.png', '/big', '/ferry'], { maxBytes: 100_000 });
    expect(summary(es)).toEqual(['failed:http-error', 'failed:too-little-text', 'failed:not-html', 'failed:not-html', 'failed:too-large', 'article:ferry:network']);
    const messages = es.flatMap((e) => (e.kind === 'failed' ? [[e.diagnostic.source, e.diagnostic.message]] : []));
    expect(messages[0]).toEqual([`${pages.base}/nothing-here`, expect.stringMatching(/HTTP 404/)]);
    expect(messages[1]?.[1]).toMatch(/only \d+ word\(s\) of article text \(at least 50 needed\)/);
    expect(messages[2]?.[1]).toMatch(/a feed/);
    expect(messages[3]?.[1]).toMatch(/binary|image\/png/);
  });

  it('without allowPrivateNetwork, loopback links fail as blocked (a diagnostic, not an exception)', async () => {
    const es = await load(['/ferry'], { allowPrivateNetwork: false });
    expect(summary(es)).toEqual(['failed:blocked-address']);
  });

  it('a link that is not http(s) is misuse', async () => {
    await expect(load(['file:///etc/passwd'])).rejects.toThrow(/not an http\(s\) URL/);
  });

  it('the cache answers a re-run without the network; refresh revalidates with ETag and Last-Modified', async () => {
    const cache = new PageCache({ dir: join(tmp, 'cache') });
    const first = await load(['/versioned', '/dated'], { cache });
    expect(summary(first)).toEqual(['article:versioned:network', 'article:dated:network']);
    const hits = () => [pages.hits.get('/versioned'), pages.hits.get('/dated')];
    const before = hits();
    const again = await load(['/versioned', '/dated'], { cache });
    expect(summary(again)).toEqual(['article:versioned:cache', 'article:dated:cache']);
    expect(hits()).toEqual(before);
    expect(again.map((e) => e.kind === 'article' && e.article)).toEqual(first.map((e) => e.kind === 'article' && e.article));

    const unchanged = await load(['/versioned', '/dated'], { cache, refresh: true });
    expect(summary(unchanged)).toEqual(['article:versioned:revalidated', 'article:dated:revalidated']);
    version = 2;
    const changed = await load(['/versioned', '/dated'], { cache, refresh: true });
    expect(summary(changed)).toEqual(['article:versioned:network', 'article:dated:revalidated']);
    expect(changed[0]?.kind === 'article' && changed[0].article.title).toMatch(/version 2/);
    const cached = await load(['/versioned'], { cache });
    expect(cached[0]?.kind === 'article' && cached[0].article.title).toMatch(/version 2/);
    // a smaller byte limit holds for cached pages too: the page is fetched again and refused
    const small = await load(['/versioned'], { cache, maxBytes: 500 });
    expect(summary(small)).toEqual(['failed:too-large']);
  });
});
