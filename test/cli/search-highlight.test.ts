/**
 * What a search marks, where users see it: `crosscheck search` spawned (table and JSON) and the
 * corpus web UI's /api/search, on each store. "U.S." is marked whole and only where it stands,
 * never every "s" of "port's"; a lone "the" in a query is not marked all over the snippet.
 * The articles are written for this test, on different topics.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textHash } from '../../src/corpus/text-hash.js';
import { SEARCH_MARKERS } from '../../src/server/corpus/corpus-api.js';
import { startCorpusServer } from '../../src/server/corpus/index.js';
import { openStore } from '../../src/store/open-store.js';
import { corpusStoreKinds, dropCorpusDatabases, newStoreDb } from '../server/corpus-fixture.js';
import { testArticle, titleWordClusterer as tw } from '../store/title-word-clusterer.js';
import { cli, ensureBuilt } from './corpus-cli-run.js';

const KINDS = await corpusStoreKinds();
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-search-marks-'));
beforeAll(ensureBuilt, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropCorpusDatabases(KINDS);
});

const ARTICLES = [
  ['trade-1', 'tariff talks', "The U.S. trade envoy said the bloc's tariffs would stay; the envoy's aides called it a pause."],
  ['orchard-1', 'orchard frost', "Growers lost a third of the crop; the co-op's U.S. buyers cancelled, and the growers' fund is empty."],
  ['chess-1', 'chess final', "The champion's queen fell on move 31 after a U-turn in the final's last hour, as her coach's notes show."],
] as const;

describe.each(KINDS)('search marks on %s', (kind) => {
  let db = '';
  beforeAll(async () => {
    db = await newStoreDb(kind, dir, `${kind}.db`);
    const store = await openStore(db);
    for (const [id, title, text] of ARTICLES) {
      const a = testArticle(id, title, text);
      const f = tw.features(a);
      await store.addArticle({ article: a, features: f, textHash: textHash(a.text), decide: (s) => tw.decide(f, s), profiles: tw.profiles });
    }
    await store.close();
  }, 60_000);

  it('crosscheck search U.S.: the articles with U.S. only, marked whole, no lone letter marked', () => {
    const r = cli(['search', 'U.S.', '--db', db, '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const hits = JSON.parse(r.stdout) as { articleId: string; snippet: string }[];
    expect(hits.map((h) => h.articleId).sort()).toEqual(['orchard-1', 'trade-1']);
    for (const h of hits) {
      expect(h.snippet).toContain('«U.S».');
      expect(h.snippet.match(/«[^»]*»/g)).toEqual(['«U.S»']);
    }
    // the table prints the same snippets
    const table = cli(['search', 'U.S.', '--db', db]);
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(/«s»|«S»|«U»/);
    expect(table.stdout.match(/«U\.S»/g)).toHaveLength(2);
    // must not: the chess article, which has a lone "U" and many an "s" but no U.S.
    expect(table.stdout).not.toContain('chess-1');
  });

  it('crosscheck search "the envoy": the envoy marked, not every "the"', () => {
    const hits = JSON.parse(cli(['search', 'the envoy', '--db', db, '--format', 'json']).stdout) as { articleId: string; snippet: string }[];
    expect(hits.map((h) => h.articleId)).toEqual(['trade-1']);
    expect(hits[0]!.snippet).toContain('«envoy»');
    expect(hits[0]!.snippet).toContain('«the» «envoy»'); // the whole query where it stands
    // must not: "the" marked where it is not followed by envoy
    expect(hits[0]!.snippet.match(/«the»|«The»/g)).toEqual(['«the»']);
  });

  it('the corpus web UI gets the same marks through /api/search', async () => {
    const store = await openStore(db);
    const server = await startCorpusServer({ store, port: 0 });
    try {
      const [open, close] = SEARCH_MARKERS;
      const r = (await (await fetch(new URL(`/api/search?q=${encodeURIComponent('U.S.')}`, server.url))).json()) as { hits: { articleId: string; snippet: string }[] };
      expect(r.hits.map((h) => h.articleId).sort()).toEqual(['orchard-1', 'trade-1']);
      for (const h of r.hits) expect(h.snippet.split(open).slice(1).map((s) => s.slice(0, s.indexOf(close)))).toEqual(['U.S']);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
