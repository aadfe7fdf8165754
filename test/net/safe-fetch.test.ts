/**
 * safeFetch and URL inputs against a local server on 127.0.0.1: the happy path needs
 * allowPrivateNetwork; without it loopback, localhost, private ranges and redirects to them are
 * refused with a diagnostic (never an exception); size, redirect and time limits hold.
 */
import { type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamInputs } from '../../src/ingest/sources/index.js';
import { blockedReason } from '../../src/net/address-policy.js';
import { safeFetch } from '../../src/net/safe-fetch.js';
import { EARNINGS, FLOOD, TRANSFER, collect, pageHtml, rss, rssItem } from '../ingest/sources/fixtures.js';

let server: Server;
let base = '';
const routes: Record<string, (res: ServerResponse) => void> = {
  '/feed': (res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss('Valley Courier', [rssItem(FLOOD, 'https://courier.example/f'), rssItem(TRANSFER, 'https://courier.example/t')])),
  '/untyped-feed': (res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(rss('Valley Courier', [rssItem(EARNINGS, 'https://courier.example/e')])),
  '/page': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml(EARNINGS)),
  '/to-page': (res) => res.writeHead(302, { location: '/page' }).end(),
  '/to-private': (res) => res.writeHead(301, { location: 'http://10.0.0.7/feed' }).end(),
  '/to-metadata': (res) => res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-v6-loopback': (res) => res.writeHead(302, { location: `http://[::1]:${new URL(base).port}/feed` }).end(),
  '/to-file': (res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
  '/huge': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const more = () => {
      while (sent < 64 && res.write(chunk)) sent++;
      if (sent < 64) res.once('drain', more);
      else res.end();
    };
    more();
  },
  '/slow': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html>');
    // never ends: the timeout must fire
  },
  '/gone': (res) => res.writeHead(404).end('no'),
  '/not-modified': (res) => res.writeHead(304, { etag: '"x"' }).end(),
  '/binary': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('plain words, not a page')),
};

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/gone']!)(res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** A policy for tests that lets the test server through but refuses everything else non-public. */
const onlyTestServer = (a: string) => (a === '127.0.0.1' ? null : blockedReason(a));

describe('URL inputs with allowPrivateNetwork', () => {
  it('a feed URL gives one article per item; source is the URL', async () => {
    const r = await collect(streamInputs([`${base}/feed`], { allowPrivateNetwork: true }));
    expect(r.articles.map((a) => [a.id, a.source, a.title, a.outlet])).toEqual([
      ['127.0.0.1-feed-1', `${base}/feed#1`, FLOOD.title, 'Valley Courier'],
      ['127.0.0.1-feed-2', `${base}/feed#2`, TRANSFER.title, 'Valley Courier'],
    ]);
  });

  it.each([
    ['/page', EARNINGS.title, '/page'],
    ['/to-page', EARNINGS.title, '/page'],
    ['/untyped-feed', EARNINGS.title, null],
  ])('%s', async (path, title, finalPath) => {
    const r = await collect(streamInputs([base + path], { allowPrivateNetwork: true }));
    expect(r.articles.map((a) => a.title)).toEqual([title]);
    if (finalPath) expect(r.articles[0]!.url).toBe(base + finalPath);
  });
});

describe('refused without allowPrivateNetwork: a diagnostic, not an exception', () => {
  it.each([
    ['127.0.0.1', () => `${base}/feed`],
    ['localhost', () => `${base.replace('127.0.0.1', 'localhost')}/feed`],
    ['10.x', () => 'http://10.1.2.3/feed'],
    ['IPv6 loopback', () => 'http://[::1]/feed'],
    ['IPv4-mapped IPv6', () => 'http://[::ffff:127.0.0.1]/feed'],
    ['link-local metadata service', () => 'http://169.254.169.254/latest/'],
  ])('%s', async (_name, url) => {
    const r = await collect(streamInputs([url()], {}));
    expect(r.articles).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ rule: 'blocked-address', source: url(), severity: 'error' });
    expect(r.diagnostics[0]!.message).toContain('--allow-private-network');
    expect(r.skipped).toEqual({ inputs: 1, records: 0 });
  });

  it.each(['/to-private', '/to-metadata', '/to-v6-loopback'])('a redirect to a private address (%s) is refused at the hop', async (path) => {
    const r = await collect(streamInputs([base + path], { blockedAddress: onlyTestServer }));
    expect(r.articles).toEqual([]);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['blocked-address']);
  });

  it('the test policy itself lets the test server through (so the redirect cases test the hop)', async () => {
    const r = await collect(streamInputs([`${base}/feed`], { blockedAddress: onlyTestServer }));
    expect(r.articles).toHaveLength(2);
  });
});

describe('limits', () => {
  it.each([
    ['/loop', 'too-many-redirects'],
    ['/to-file', 'bad-url'],
    ['/gone', 'http-error'],
    ['/huge', 'too-large'],
  ])('%s → %s', async (path, rule) => {
    const r = await safeFetch(base + path, { allowPrivateNetwork: true, maxBytes: 1024 * 1024 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rule).toBe(rule);
  });

  it('a server that never finishes → timeout', async () => {
    const r = await safeFetch(`${base}/slow`, { allowPrivateNetwork: true, timeoutMs: 300 });
    expect(r).toMatchObject({ ok: false, rule: 'timeout' });
  });

  it('only http and https', async () => {
    expect(await safeFetch('ftp://example.invalid/feed')).toMatchObject({ ok: false, rule: 'bad-url' });
    expect(await safeFetch('not a url')).toMatchObject({ ok: false, rule: 'bad-url' });
  });

  it('content that is neither a feed nor HTML is a diagnostic', async () => {
    const r = await collect(streamInputs([`${base}/binary`], { allowPrivateNetwork: true }));
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['unknown-format']);
  });
});

describe('resolver failures and revalidation', () => {
  /** A resolver that answers like a real one for a name that does not exist, without asking any DNS server. */
  const noSuchHost = ((_host: string, _o: unknown, cb: (e: NodeJS.ErrnoException) => void) => cb(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }))) as never;

  it.each(['http://no-such-host.example/a', 'https://news.example/story'])('a host with no address → dns-error naming the URL: %s', async (url) => {
    const r = await safeFetch(url, { resolver: noSuchHost });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rule).toBe('dns-error');
      expect(r.message).toContain(url);
    }
  });

  it('a refused connection stays fetch-error (must-not: not every failure is DNS)', async () => {
    const r = await safeFetch('http://127.0.0.1:1/x', { allowPrivateNetwork: true });
    expect(r.ok === false && r.rule).toBe('fetch-error');
  });

  it('a 304 is a success only for a conditional request', async () => {
    const plain = await safeFetch(`${base}/not-modified`, { blockedReason: onlyTestServer });
    expect(plain.ok === false && plain.rule).toBe('http-error');
    const conditional = await safeFetch(`${base}/not-modified`, { blockedReason: onlyTestServer, revalidate: { etag: '"x"' } });
    expect(conditional.ok && conditional.status).toBe(304);
    expect(conditional.ok && conditional.body.length).toBe(0);
  });
});
