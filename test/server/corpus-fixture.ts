/**
 * A small corpus for the `serve --db` and corpus CLI tests: generated stories plus one hostile
 * article, in either store — a SQLite file in a temp folder or a fresh PostgreSQL database
 * (test/store/postgres-test-db.ts; drop them with `dropCorpusDatabases` in `afterAll`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCorpus } from '../../src/corpus/ingest-corpus.js';
import { corpusItems } from '../../src/corpus/input-items.js';
import { openStore } from '../../src/store/open-store.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store, StoreKind } from '../../src/store/types.js';
import { generateRecords, toJsonl } from '../corpus/generate-articles.js';
import { createTestDatabase, dropTestDatabases, NO_POSTGRES, postgresReachable } from '../store/postgres-test-db.js';
import { titleWordClusterer } from '../store/title-word-clusterer.js';

/** Written for these tests: markup and a script URL in every field a page shows. */
export const HOSTILE = {
  url: 'javascript:window.__pwned=1',
  title: 'hostile <script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">',
  outlet: '<b>Outlet</b>',
  published: '2026-03-09',
  text: 'The hostile report says <img src=x onerror="window.__pwned=4"> gravel <script>window.__pwned=5</script> arrived.',
};

/** The store kinds to test: SQLite always, PostgreSQL when a server answers (else a warning saying why it is skipped). */
export async function corpusStoreKinds(): Promise<StoreKind[]> {
  if (await postgresReachable()) return ['sqlite', 'postgres'];
  console.warn(NO_POSTGRES);
  return ['sqlite'];
}

/** A `--db` value for a new empty store of `kind`: a file in `dir`, or a fresh PostgreSQL database's URL. */
export function newStoreDb(kind: StoreKind, dir: string, name = 'corpus.db'): Promise<string> {
  return kind === 'postgres' ? createTestDatabase() : Promise.resolve(join(dir, name));
}

/** Drop the PostgreSQL databases this test file created (none for SQLite). */
export async function dropCorpusDatabases(kinds: readonly StoreKind[]): Promise<void> {
  if (kinds.includes('postgres')) await dropTestDatabases();
}

/**
 * A fresh store: `count` generated articles in 3 stories, plus the hostile one, clustered by the
 * test clusterer and not analysed (as after `ingest --no-analyse`, or before PostgreSQL workers ran).
 * `hostile: false` leaves the hostile article out.
 */
export async function buildCorpus(count = 12, kind: StoreKind = 'sqlite', options: { readonly hostile?: boolean } = {}): Promise<{ dir: string; db: string; store: Store }> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-serve-db-'));
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, toJsonl([...generateRecords(count, 3), ...(options.hostile === false ? [] : [HOSTILE])]));
  const db = await newStoreDb(kind, dir);
  const store = await openStore(db);
  await ingestCorpus(store, corpusItems([input], {}), titleWordClusterer);
  return { dir, db, store };
}

/** Written for these tests. The first title word is the story key; "a+b" bridges two stories. Stories open as dam 1, ferry 2, roof 3. */
const MERGE_RECORDS = [
  ['dam', 'dam inspectors walk the crest', 'Inspectors walked the crest of the reservoir dam at dawn and found no new cracks.'],
  ['ferry', 'ferry crews stop work', 'Ferry crews stopped work over new rotas, and the morning sailings were cancelled.'],
  ['roof', 'roof gives way at school', 'Part of a school roof gave way after a night of heavy snow; nobody was hurt.'],
  ['roof-ferry', 'ferry+roof crews help clear snow', 'Striking ferry crews helped clear the snow from the school roof.'],
  ['dam-ferry', 'dam+ferry crews inspect spillway', 'The same crews later joined the inspectors on the dam spillway.'],
].map(([slug, title, text]) => ({ url: `https://merge.example/${slug!}`, title: title!, outlet: 'Harbour Gazette', published: '2026-02-11', text: text! }));

/**
 * A fresh store where one story absorbed a chain of merges: stories open as dam 1, ferry 2 and
 * roof 3; the 4th article bridges roof into ferry, the 5th ferry into dam (3 → 2 → 1). Committed
 * (SQLite groups commits), so another process sees it at once.
 */
export async function buildMergedCorpus(kind: StoreKind): Promise<{ dir: string; db: string; store: Store }> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-merged-'));
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, toJsonl(MERGE_RECORDS));
  const db = await newStoreDb(kind, dir);
  const store = await openStore(db);
  await ingestCorpus(store, corpusItems([input], {}), titleWordClusterer);
  if (store instanceof SqliteStore) await store.flush();
  return { dir, db, store };
}
