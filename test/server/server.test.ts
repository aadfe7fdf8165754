import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/contract/analysis-schema.js';
import { SERVE_CSP } from '../../src/server/security-headers.js';
import { startServer, type ServerHandle } from '../../src/server/index.js';
import { ferryAnalysis } from '../report/fixtures.js';
import { call } from './http-call.js';

const json = async (url: string) => JSON.parse((await call(url)).body) as unknown;

describe('serve: API over the ferry story', () => {
  let server: ServerHandle;
  beforeAll(async () => {
    server = await startServer({ paths: [], port: 0, watch: false, load: async () => ferryAnalysis() });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 on a random port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });
  it('/api/analysis is the whole analysis', async () => {
    expect(await json(`${server.url}api/analysis`)).toEqual(ferryAnalysis());
  });
  const collections: [string, number, string][] = [
    ['articles', 4, 'a3'],
    ['entities', 5, 'ent-tomas-berg'],
    ['claims', 6, 'claim-passengers'],
    ['quotes', 2, 'q-berg-safety'],
    ['events', 5, 'ev-divers'],
  ];
  for (const [name, count, id] of collections) {
    it(`/api/${name} lists ${count}, /api/${name}/${id} returns one, unknown ids 404 as JSON`, async () => {
      const list = (await json(`${server.url}api/${name}`)) as { id: string }[];
      expect(list.map((x) => x.id)).toHaveLength(count);
      const one = (await json(`${server.url}api/${name}/${id}`)) as { id: string };
      expect(one.id).toBe(id);
      const miss = await call(`${server.url}api/${name}/no-such-id`);
      expect(miss.status).toBe(404);
      expect(miss.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(miss.body)).toEqual({ error: 'not found', collection: name, id: 'no-such-id' });
    });
  }
  it('article listings leave the text out; a single article has it', async () => {
    const list = (await json(`${server.url}api/articles`)) as Record<string, unknown>[];
    expect(list[0]).not.toHaveProperty('text');
    const one = (await json(`${server.url}api/articles/a2`)) as { text: string };
    expect(one.text).toContain('152 passengers');
  });
  it('unknown API path is a JSON 404', async () => {
    const r = await call(`${server.url}api/nothing`);
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body)).toMatchObject({ error: 'not found' });
  });
  it('every response carries the strict CSP and nosniff', async () => {
    for (const path of ['', 'app.js', 'app.css', 'api/analysis', 'api/nothing', 'nope']) {
      const r = await call(`${server.url}${path}`);
      expect(r.headers['content-security-policy'], path).toBe(SERVE_CSP);
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
    }
    expect(SERVE_CSP).toBe("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
  });
  it('the page has no inline script or style and loads /app.js and /app.css', async () => {
    const page = await call(server.url);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<script src="/app.js" defer></script>');
    expect(page.body).toContain('<link rel="stylesheet" href="/app.css">');
    expect(page.body).not.toMatch(/<script>|<style>|\sstyle=|\son\w+=/);
    expect((await call(`${server.url}app.js`)).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await call(`${server.url}app.css`)).headers['content-type']).toMatch(/^text\/css/);
  });
  it('refuses other Host names (DNS rebinding) and cross-origin callers', async () => {
    expect((await call(`${server.url}api/analysis`, { headers: { host: `evil.example:${server.port}` } })).status).toBe(421);
    expect((await call(`${server.url}api/reload`, { method: 'POST', headers: { origin: 'https://evil.example' } })).status).toBe(403);
  });
  it('reload needs POST and reports the revision', async () => {
    expect((await call(`${server.url}api/reload`)).status).toBe(405);
    const r = await call(`${server.url}api/reload`, { method: 'POST' });
    expect(r.status).toBe(200);
    const rev = (await json(`${server.url}api/revision`)) as { revision: string };
    expect(JSON.parse(r.body)).toEqual({ revision: rev.revision, error: null });
    expect(rev.revision).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('serve: live re-analysis of real files', () => {
  let dir: string;
  let server: ServerHandle;
  const lines: string[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crosscheck-serve-'));
    writeFileSync(join(dir, 'one.txt'), 'The city council approved the new stadium on Monday by 31 votes to 20.\n');
    server = await startServer({ paths: [dir], port: 0, debounceMs: 50, log: (l) => lines.push(l) });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const articles = async () => ((await json(`${server.url}api/revision`)) as { articles: number }).articles;

  it('picks up a new file through fs.watch', async () => {
    expect(await articles()).toBe(1);
    writeFileSync(join(dir, 'two.txt'), 'Shares in the merged bank rose 4 per cent after the deal closed on Tuesday.\n');
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await articles()) !== 2) await new Promise((r) => setTimeout(r, 100));
    expect(await articles()).toBe(2);
    expect(lines.some((l) => l.startsWith('re-analysed: 2 article(s)'))).toBe(true);
  });
  it('a failed re-analysis keeps the previous result and reports the error', async () => {
    let fail = false;
    const s = await startServer({ paths: [], port: 0, watch: false, load: async () => {
      if (fail) throw new Error('disk on fire');
      return ferryAnalysis() as Analysis;
    } });
    try {
      fail = true;
      const r = JSON.parse((await call(`${s.url}api/reload`, { method: 'POST' })).body) as { error: string };
      expect(r.error).toBe('disk on fire');
      expect(((await json(`${s.url}api/articles`)) as unknown[]).length).toBe(4);
    } finally {
      await s.close();
    }
  });
});
