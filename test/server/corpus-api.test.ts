/**
 * `serve --db`: the corpus JSON API over a real store of each kind (a SQLite file, a fresh
 * PostgreSQL database), and its refusals; the built CLI serving each store until SIGTERM.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { SEARCH_MARKERS } from '../../src/server/corpus/corpus-api.js';
import { startCorpusServer, type CorpusServerHandle } from '../../src/server/corpus/index.js';
import { SERVE_CSP } from '../../src/server/security-headers.js';
import type { Store } from '../../src/store/types.js';
import { ensureBuilt, REPO } from '../cli/corpus-cli-run.js';
import { buildCorpus, corpusStoreKinds, dropCorpusDatabases } from './corpus-fixture.js';
import { call } from './http-call.js';

const KINDS = await corpusStoreKinds();
afterAll(() => dropCorpusDatabases(KINDS));

describe.each(KINDS)('serve --db: JSON API on %s', (kind) => {
  let server: CorpusServerHandle;
  let store: Store;
  let dir: string;
  let db: string;
  const get = async (path: string) => {
    const r = await call(new URL(path, server.url).href);
    return { status: r.status, json: JSON.parse(r.body) as Record<string, unknown> & { error?: string } };
  };

  beforeAll(async () => {
    ({ dir, db, store } = await buildCorpus(12, kind));
    server = await startCorpusServer({ store, port: 0 });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists stories newest first with the store counts; filters by text and since', async () => {
    const r = await get('/api/stories');
    const stories = r.json.stories as { id: number; title: string; articleCount: number; lastPublished: string }[];
    expect(r.json.counts).toEqual(await store.counts());
    expect(stories.map((s) => s.articleCount).sort()).toEqual([1, 4, 4, 4]);
    expect(stories.map((s) => s.lastPublished)).toEqual([...stories.map((s) => s.lastPublished)].sort().reverse());
    const flood = (await get('/api/stories?q=FLOOD')).json.stories as { title: string }[];
    expect(flood.map((s) => s.title.split(' ')[0])).toEqual(['flood']);
    expect((await get('/api/stories?q=nothing-like-this')).json.stories).toEqual([]);
    expect((await get('/api/stories?since=2026-03-06')).json.stories as unknown[]).toHaveLength(1);
    expect((await get('/api/stories?limit=2')).json.stories as unknown[]).toHaveLength(2);
  });

  it('a story: analysis (computed and stored when missing), report model, members with join reasons', async () => {
    const listed = ((await get('/api/stories?q=election')).json.stories as { id: number; conflicts: number | null }[])[0]!;
    expect(listed.conflicts).toBeNull();
    const id = listed.id;
    expect(await store.getAnalysis(id)).toBeNull();
    const a = await get(`/api/stories/${id}`);
    expect(a.status).toBe(200);
    expect((a.json.articles as unknown[]).length).toBe(4);
    expect(await store.getAnalysis(id)).not.toBeNull();
    const rep = await get(`/api/stories/${id}/report`);
    expect((rep.json.model as { articles: unknown[] }).articles).toHaveLength(4);
    const m = await get(`/api/stories/${id}/members`);
    const members = m.json.members as { reason: { sharedEntities: string[] } | null }[];
    expect(members.filter((x) => x.reason === null)).toHaveLength(1);
    for (const x of members.filter((y) => y.reason !== null)) expect(x.reason!.sharedEntities).toEqual(['election']);
    const again = ((await get('/api/stories?q=election')).json.stories as { conflicts: number | null }[])[0]!;
    expect(again.conflicts).toEqual((a.json.claims as { status: string }[]).filter((c) => c.status === 'conflict').length);
  });

  it('search returns hits with matches between the markers and their story', async () => {
    const r = await get('/api/search?q=evacuated');
    const hits = r.json.hits as { snippet: string; storyId: number; title: string }[];
    expect(r.json.markers).toEqual(SEARCH_MARKERS);
    expect(hits.length).toBe(4);
    for (const h of hits) {
      expect(h.snippet).toContain(`${SEARCH_MARKERS[0]}evacuated${SEARCH_MARKERS[1]}`);
      expect(h.title.startsWith('flood')).toBe(true);
    }
    expect((await get('/api/search?q=zzzunknownword')).json.hits).toEqual([]);
  });

  it.each([
    ['/api/stories/abc', 400],
    ['/api/stories/0', 400],
    ['/api/stories/1e3', 400],
    ['/api/stories/-1', 400],
    ['/api/stories/%2031', 400],
    ['/api/stories/9999999', 404],
    ['/api/stories/99999999999', 404],
    ['/api/stories/999999999999999/members', 404],
    ['/api/stories/9999999999999999', 400],
    ['/api/stories/9999999/members', 404],
    ['/api/stories/1/nope', 404],
    ['/api/stories?limit=0', 400],
    ['/api/stories?limit=501', 400],
    ['/api/stories?limit=ten', 400],
    ['/api/stories?since=2026-02-30', 400],
    ['/api/stories?sort=asc', 400],
    ['/api/stories?q=a&q=b', 400],
    [`/api/search?q=${'x'.repeat(201)}`, 400],
    ['/api/search?q=%00', 400],
    ['/api/search', 400],
    ['/api/search?q=flood&limit=99999', 400],
    ['/api/stories/%E0%A4%A', 400],
    ['/api/nothing', 404],
  ])('%s → %i with a JSON error', async (path, status) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    expect(typeof r.json.error).toBe('string');
  });

  it.each([['/api/stories?limit=500'], ['/api/search?q=' + 'x'.repeat(200)], ['/api/stories?since=2024-02-29']])('%s is accepted', async (path) => {
    expect((await get(path)).status).toBe(200);
  });

  it('refuses other methods, foreign hosts and origins; pages carry the strict CSP', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const r = await call(new URL('/api/stories', server.url).href, { method });
      expect(r.status).toBe(405);
      expect(JSON.parse(r.body)).toHaveProperty('error');
    }
    expect((await call(server.url, { headers: { Host: 'evil.example' } })).status).toBe(421);
    expect((await call(new URL('/api/stories', server.url).href, { headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    for (const path of ['/', '/search', '/stories/1']) {
      const r = await call(new URL(path, server.url).href);
      expect(r.status).toBe(200);
      expect(r.headers['content-security-policy']).toBe(SERVE_CSP);
      expect(r.body).not.toMatch(/<script>|<style>/);
    }
    expect((await call(new URL('/stories/x', server.url).href)).status).toBe(404);
  });

  it('the built CLI serves this store (crosscheck serve --db … --port 0) and exits 0 on SIGTERM', async () => {
    ensureBuilt();
    const child = spawn(process.execPath, ['bin/crosscheck.js', 'serve', '--db', db, '--port', '0', '-q'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) resolve(m[1]!);
        });
        void exited.then((code) => reject(new Error(`exited early with ${code}: ${out}${stderr}`)));
      });
      const r = (await (await fetch(new URL('/api/stories', url))).json()) as { counts: unknown; stories: { id: number }[] };
      expect(r.counts).toEqual(await store.counts());
      expect(r.stories.map((s) => s.id)).toEqual(((await get('/api/stories')).json.stories as { id: number }[]).map((s) => s.id));
      expect((await fetch(new URL('/api/search?q=evacuated', url))).status).toBe(200);
      child.kill('SIGTERM');
      expect([await exited, stderr]).toEqual([0, '']);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('serve --db: misuse', () => {
  it.each([
    [['serve', '--db', '/nonexistent/dir/none.db', '--port', '0'], /no store at/],
    [['serve', 'some/path', '--db', 'x.db'], /either paths or --db/],
    [['serve', '--db', 'x.db', '--port', 'abc'], /--port expects/],
  ])('%j exits 2 with one line', async (argv, message) => {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await main(argv, { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} });
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
