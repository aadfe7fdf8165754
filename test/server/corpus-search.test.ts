/**
 * Search through `serve --db`'s API on both stores, for the tokens where the stores' tokenisers
 * could part ways: decimals, dates, hyphenated words, apostrophes, host names, numbers with
 * thousands separators. Every query must find its article and highlight it, on either store.
 * The articles are written for this test, on different topics.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textHash } from '../../src/corpus/text-hash.js';
import { SEARCH_MARKERS } from '../../src/server/corpus/corpus-api.js';
import { startCorpusServer, type CorpusServerHandle } from '../../src/server/corpus/index.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { testArticle, titleWordClusterer as tw } from '../store/title-word-clusterer.js';
import { corpusStoreKinds, dropCorpusDatabases, newStoreDb } from './corpus-fixture.js';

const KINDS = await corpusStoreKinds();
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-search-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropCorpusDatabases(KINDS);
});

const ARTICLES = [
  ['swell-1', 'swell warning', "The ferry from Kell Point was held in port; O'Neill, the harbour-master, measured 3.5 metres of swell at dawn."],
  ['rail-1', 'rail opening', 'The new cross-border rail link carried 1,200 passengers on its first day, the operator said.'],
  ['ship-1', 'ship notice', 'The captain sent the e-mail at 10:45 on 2026-03-04, asking for a berth at the outer quay.'],
  ['notice-1', 'notices posted', 'Sailing times are posted at port.example/notices and updated every morning.'],
] as const;

async function fill(store: Store): Promise<void> {
  for (const [id, title, text] of ARTICLES) {
    const a = testArticle(id, title, text);
    const f = tw.features(a);
    await store.addArticle({ article: a, features: f, textHash: textHash(a.text), decide: (s) => tw.decide(f, s), profiles: tw.profiles });
  }
}

describe.each(KINDS)('search on %s: the article is found whatever the token looks like', (kind) => {
  let store: Store;
  let server: CorpusServerHandle;
  beforeAll(async () => {
    store = await openStore(await newStoreDb(kind, dir, `${kind}.db`));
    await fill(store);
    server = await startCorpusServer({ store, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it.each([
    ['3.5 metres', 'swell-1'],
    ["O'Neill", 'swell-1'],
    ['harbour-master', 'swell-1'],
    ['cross-border', 'rail-1'],
    ['1,200 passengers', 'rail-1'],
    ['2026-03-04', 'ship-1'],
    ['10:45', 'ship-1'],
    ['e-mail', 'ship-1'],
    ['port.example', 'notice-1'],
    ['Cross-Border RAIL', 'rail-1'],
  ])('%j finds %s, highlighted', async (query, articleId) => {
    const r = (await (await fetch(new URL(`/api/search?q=${encodeURIComponent(query)}`, server.url))).json()) as { hits: { articleId: string; snippet: string }[] };
    expect(r.hits.map((h) => h.articleId)).toEqual([articleId]);
    expect(r.hits[0]!.snippet).toContain(SEARCH_MARKERS[0]);
  });
});
