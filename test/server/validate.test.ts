import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerHandle } from '../../src/server/index.js';
import { hostAllowed } from '../../src/server/security-headers.js';
import { checkId, exposureWarning, checkMethod, checkSearchTerm, checkUrl, decodeSegments, isRefusal, REQUEST_LIMITS } from '../../src/server/validate.js';
import { ferryAnalysis } from '../report/fixtures.js';

describe('validate helpers', () => {
  const ids: [string, boolean][] = [
    ['a3', true],
    ['Ärztin – Bericht 2024', true],
    ['x'.repeat(REQUEST_LIMITS.maxIdChars), true],
    ['x'.repeat(REQUEST_LIMITS.maxIdChars + 1), false],
    ['../etc/passwd', false],
    ['a\\b', false],
    ['a\nb', false],
    ['a\u0000b', false],
    ['', false],
  ];
  for (const [id, ok] of ids) it(`id ${JSON.stringify(id.slice(0, 30))} ${ok ? 'passes' : 'is refused'}`, () => expect(checkId(id) === null).toBe(ok));

  it('search terms: 200 characters pass, 201 and control characters are refused', () => {
    expect(checkSearchTerm('ferry capsized')).toBeNull();
    expect(checkSearchTerm('q'.repeat(200))).toBeNull();
    expect(checkSearchTerm('q'.repeat(201))?.status).toBe(400);
    expect(checkSearchTerm('a\u0007b')?.status).toBe(400);
  });
  it('URL length counts bytes', () => {
    expect(checkUrl('/api/x')).toBeNull();
    expect(checkUrl(`/${'é'.repeat(1024)}`)?.status).toBe(414);
  });
  it('method and percent-escape checks', () => {
    expect(checkMethod('GET', ['GET', 'HEAD'])).toBeNull();
    expect(checkMethod('DELETE', ['GET', 'HEAD'])?.status).toBe(405);
    expect(decodeSegments('articles/a%203')).toEqual(['articles', 'a 3']);
    const bad = decodeSegments('articles/%E0%A4%A');
    expect(isRefusal(bad) && bad.status).toBe(400);
  });
});

function call(url: string, method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('serve refuses bad requests before doing work', () => {
  let server: ServerHandle;
  beforeAll(async () => {
    server = await startServer({ paths: [], port: 0, watch: false, load: async () => ferryAnalysis() });
  });
  afterAll(() => server.close());

  const cases: [string, string, string | undefined, number][] = [
    ['malformed escape', 'api/articles/%E0%A4%A', undefined, 400],
    ['id with a control character', 'api/articles/a%0Ab', undefined, 400],
    ['over-long id', `api/articles/${'x'.repeat(300)}`, undefined, 400],
    ['over-long URL', `api/articles?q=${'x'.repeat(2100)}`, undefined, 414],
    ['DELETE on a collection', 'api/articles', 'DELETE', 405],
    ['GET on reload', 'api/reload', 'GET', 405],
    ['known id still works', 'api/articles/a3', undefined, 200],
  ];
  for (const [name, path, method, status] of cases) {
    it(`${name} → ${status}`, async () => {
      const r = await call(`${server.url}${path}`, method ?? 'GET');
      expect(r.status).toBe(status);
      expect(() => JSON.parse(r.body) as unknown).not.toThrow();
    });
  }
  it('POST /api/reload takes an empty or small body, 413 past 1 KiB', async () => {
    expect((await call(`${server.url}api/reload`, 'POST')).status).toBe(200);
    expect((await call(`${server.url}api/reload`, 'POST', '{}')).status).toBe(200);
    expect((await call(`${server.url}api/reload`, 'POST', 'x'.repeat(REQUEST_LIMITS.maxBodyBytes + 1))).status).toBe(413);
  });
});

describe('--host: loopback by default, a warning otherwise', () => {
  const hosts: [string, boolean][] = [
    ['127.0.0.1', false],
    ['127.0.0.2', false],
    ['localhost', false],
    ['::1', false],
    ['0.0.0.0', true],
    ['192.168.1.20', true],
    ['::', true],
    ['127.example.com', true],
  ];
  for (const [host, warns] of hosts) it(`${host} ${warns ? 'warns' : 'is quiet'}`, () => expect(exposureWarning(host) !== null).toBe(warns));
  it('the Host check accepts the bound name and still refuses others', () => {
    expect(hostAllowed('10.0.0.5:4317', 4317, '10.0.0.5')).toBe(true);
    expect(hostAllowed('[::1]:4317', 4317, '::1')).toBe(true);
    expect(hostAllowed('evil.example:4317', 4317, '10.0.0.5')).toBe(false);
    expect(hostAllowed('10.0.0.5:4317', 4317)).toBe(false);
  });
  it('startServer binds to the given loopback host', async () => {
    const s = await startServer({ paths: [], host: 'localhost', port: 0, watch: false, load: async () => ferryAnalysis() });
    try {
      expect(s.url).toMatch(/^http:\/\/localhost:\d+\/$/);
    } finally {
      await s.close();
    }
  });
});
