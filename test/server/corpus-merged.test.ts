/**
 * A story merged into another, as a user meets it again (a bookmark, yesterday's `stories`
 * output): `crosscheck story N` says where it went (exit 2), and `serve --db` sends the story
 * page and the API paths on with a 308, following a chain of merges (3 → 2 → 1). On both stores,
 * with the built CLI and a real server.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCorpusServer, type CorpusServerHandle } from '../../src/server/corpus/index.js';
import type { Store } from '../../src/store/types.js';
import { cli, ensureBuilt } from '../cli/corpus-cli-run.js';
import { buildMergedCorpus, corpusStoreKinds, dropCorpusDatabases } from './corpus-fixture.js';
import { call } from './http-call.js';

const KINDS = await corpusStoreKinds();
beforeAll(ensureBuilt, 120_000);
afterAll(() => dropCorpusDatabases(KINDS));

describe.each(KINDS)('a merged story on %s', (kind) => {
  let dir: string;
  let db: string;
  let store: Store;
  let server: CorpusServerHandle;
  let bridges: { roof: string; dam: string };

  beforeAll(async () => {
    ({ dir, db, store } = await buildMergedCorpus(kind));
    const merges = await store.storyMerges(1);
    expect(merges.map((m) => [m.from, m.into])).toEqual([[2, 1]]);
    expect((await store.storyMerges(2)).map((m) => [m.from, m.into])).toEqual([[3, 2]]);
    bridges = { roof: (await store.mergedInto(3))!.articleId, dam: merges[0]!.articleId };
    server = await startCorpusServer({ store, port: 0 });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the store holds one story of all five articles; stories 2 and 3 lead to it', async () => {
    expect((await store.listStories()).map((s) => [s.id, s.articleCount])).toEqual([[1, 5]]);
    expect(await store.mergedInto(3)).toEqual({ into: 1, via: [2], articleId: bridges.roof });
    expect(await store.mergedInto(2)).toEqual({ into: 1, via: [], articleId: bridges.dam });
    // the bridges are the 4th and 5th lines of the input
    expect(bridges).toEqual({ roof: 'in-4', dam: 'in-5' });
  });

  it('crosscheck story <merged id>: exit 2, one line naming the story to ask for instead', () => {
    const direct = cli(['story', '2', '--db', db]);
    expect([direct.code, direct.stdout, direct.stderr]).toEqual([2, '', `crosscheck: story 2 was merged into story 1 when article ${bridges.dam} joined; run crosscheck story 1 --db ${db}\n`]);
    const chain = cli(['story', '3', '--db', db, '--format', 'md']);
    expect([chain.code, chain.stdout]).toEqual([2, '']);
    expect(chain.stderr).toBe(
      `crosscheck: story 3 was merged into story 2 when article ${bridges.roof} joined, and story 2 since into another: its articles are in story 1 now (3 → 2 → 1); run crosscheck story 1 --db ${db}\n`,
    );
    // must not redirect: the story it names works, and an id never used is still "no story"
    const target = cli(['story', '1', '--db', db, '--format', 'why']);
    expect(target.code, target.stderr).toBe(0);
    expect(target.stdout).toContain(`story 2 merged in, bridged by ${bridges.dam}`);
    expect(cli(['story', '4', '--db', db]).stderr).toMatch(/^crosscheck: no story 4 in /);
  });

  it('serve --db: the API answers 308 to the same path of story 1, with a body saying where it went', async () => {
    for (const [path, to] of [
      ['/api/stories/3', '/api/stories/1'],
      ['/api/stories/3/members', '/api/stories/1/members'],
      ['/api/stories/2/report', '/api/stories/1/report'],
    ] as const) {
      const r = await call(new URL(path, server.url).href);
      expect([r.status, r.headers.location], path).toEqual([308, to]);
    }
    const body = JSON.parse((await call(new URL('/api/stories/3', server.url).href)).body) as unknown;
    expect(body).toEqual({ error: `story 3 was merged into story 2 when article ${bridges.roof} joined, and on into story 1`, mergedInto: 1, via: [2], articleId: bridges.roof });
    // a client that follows redirects gets story 1's analysis
    const followed = await fetch(new URL('/api/stories/3', server.url));
    expect(followed.status).toBe(200);
    expect(((await followed.json()) as { articles: unknown[] }).articles).toHaveLength(5);
    // must not redirect: the current story, an id never used
    expect((await call(new URL('/api/stories/1/members', server.url).href)).status).toBe(200);
    expect((await call(new URL('/api/stories/4', server.url).href)).status).toBe(404);
  });

  it('serve --db: the story page of a merged story moves to the story holding its articles, saying which it came from', async () => {
    const r = await call(new URL('/stories/3', server.url).href);
    expect([r.status, r.headers.location]).toEqual([308, '/stories/1?from=3']);
    expect((await call(new URL('/stories/1', server.url).href)).status).toBe(200);
    expect((await call(new URL('/stories/4', server.url).href)).status).toBe(200);
  });
});
