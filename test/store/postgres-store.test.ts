/**
 * The PostgreSQL store: the shared contract, each test in a fresh database, plus what only
 * PostgreSQL has (migrations under concurrent opens, concurrent writers from separate pools,
 * full-text search with stemming-free terms, unreachable servers).
 */
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { textHash } from '../../src/corpus/text-hash.js';
import { openStore } from '../../src/store/open-store.js';
import { MIGRATIONS, openPostgresStore } from '../../src/store/postgres/index.js';
import type { Store } from '../../src/store/types.js';
import { createTestDatabase, dropTestDatabases, NO_POSTGRES, postgresReachable } from './postgres-test-db.js';
import { storeContract } from './store-contract.js';
import { testArticle, titleWordClusterer as tw } from './title-word-clusterer.js';

const reachable = await postgresReachable();
if (!reachable) console.warn(NO_POSTGRES);
afterAll(async () => {
  if (reachable) await dropTestDatabases();
});

const addTo = (store: Store, id: string, title: string, text: string) => {
  const a = testArticle(id, title, text);
  const features = tw.features(a);
  return store.addArticle({ article: a, features, textHash: textHash(a.text), decide: (s) => tw.decide(features, s), profiles: tw.profiles });
};

describe.skipIf(!reachable)('postgres', () => {
  storeContract('postgres', async () => openStore(await createTestDatabase()));

  it('records every migration once when several processes open a new database at the same time', async () => {
    const url = await createTestDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(url)));
    await Promise.all(stores.map((s) => s.close()));
    const c = new pg.Client(url);
    await c.connect();
    const ids = (await c.query<{ id: number }>('SELECT id FROM migrations ORDER BY id')).rows.map((r) => r.id);
    await c.end();
    expect(ids).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('migration 5 counts the updated figures of analyses stored before it (a list then agrees with the report)', async () => {
    const url = await createTestDatabase();
    const c = new pg.Client(url);
    await c.connect();
    await c.query('CREATE TABLE migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.id < 5)) {
      await c.query(m.sql);
      await c.query('INSERT INTO migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, '2026-01-01T00:00:00Z']);
    }
    const claims = ['updated', 'conflict', 'agreed', 'updated', 'conflict', 'conflict'].map((status) => ({ status }));
    await c.query('INSERT INTO analyses (story_id, version, conflicts, analysis) VALUES (1, 1, 3, $1), (2, 1, 0, $2)', [JSON.stringify({ claims }), JSON.stringify({ claims: [] })]);
    await (await openPostgresStore(url)).close();
    const rows = (await c.query<{ story_id: number; conflicts: number; updates: number }>('SELECT story_id, conflicts, updates FROM analyses ORDER BY story_id')).rows;
    await c.end();
    expect(rows).toEqual([
      { story_id: 1, conflicts: 3, updates: 2 },
      { story_id: 2, conflicts: 0, updates: 0 },
    ]);
  });

  it('migration 6 counts the names of the dated articles stored before it, per day', async () => {
    const url = await createTestDatabase();
    const c = new pg.Client(url);
    await c.connect();
    await c.query('CREATE TABLE migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.id < 6)) {
      await c.query(m.sql);
      await c.query('INSERT INTO migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, '2026-01-01T00:00:00Z']);
    }
    await c.query("INSERT INTO stories (id, title, profile, updated_at) VALUES (1, NULL, '{}', '2026-01-01T00:00:00Z')");
    const features = [
      { day: 20_000, terms: [], entities: ['kellow', 'marrick board'], indexKeys: [] },
      { day: 20_000, terms: [], entities: ['kellow'], indexKeys: [] },
      { day: 20_001, terms: [], entities: ['kellow'], indexKeys: [] },
      { day: 20_000, days: [19_990, 20_020], terms: [], entities: ['kellow'], indexKeys: [] },
    ];
    for (const [i, f] of features.entries()) {
      await c.query("INSERT INTO articles (id, text_hash, story_id, body, article, features) VALUES ($1, $2, 1, '', '{}', $3)", [`a${i}`, `h${i}`, JSON.stringify(f)]);
    }
    await (await openPostgresStore(url)).close();
    const names = (await c.query('SELECT term, day, df FROM name_days ORDER BY term, day')).rows;
    const days = (await c.query('SELECT day, n FROM article_days ORDER BY day')).rows;
    await c.end();
    expect(names).toEqual([
      { term: 'kellow', day: 20_000, df: 2 },
      { term: 'kellow', day: 20_001, df: 1 },
      { term: 'marrick board', day: 20_000, df: 1 },
    ]);
    expect(days).toEqual([
      { day: 20_000, n: 2 },
      { day: 20_001, n: 1 },
    ]);
  });

  it('two stores (two pools, as two processes would) adding at once never split a story or duplicate an article', async () => {
    const url = await createTestDatabase();
    const [s1, s2] = await Promise.all([openPostgresStore(url, { maxConnections: 4 }), openPostgresStore(url, { maxConnections: 4 })]);
    const keys = ['alpha', 'beta', 'gamma'];
    const jobs = Array.from({ length: 30 }, (_, i) => [i % 2 === 0 ? s1 : s2, `p-${i}`, `${keys[i % 3]!} item ${i}`, `Body ${i} written by both pools.`] as const);
    // each article twice, once through each store: the second copy must be a duplicate
    const results = await Promise.all(jobs.flatMap(([s, id, title, text]) => [addTo(s, id, title, text), addTo(s === s1 ? s2 : s1, id, title, text)]));
    expect(results.filter((r) => r.status === 'added')).toHaveLength(30);
    expect(await s1.counts()).toEqual({ articles: 30, stories: 3 });
    await Promise.all([s1.close(), s2.close()]);
  });

  it('search matches whole terms, title and body, and ranks a title hit above a body hit', async () => {
    const store = await openPostgresStore(await createTestDatabase());
    await addTo(store, 'ship-1', 'harbour tanker aground', 'The vessel ran onto a sandbank at low water.');
    await addTo(store, 'ship-2', 'election ballots', 'A tanker of diesel stood by the polling station generator.');
    expect((await store.search('tanker')).map((h) => h.articleId)).toEqual(['ship-1', 'ship-2']);
    // must not match: a prefix is not a term
    expect(await store.search('tank')).toEqual([]);
    expect((await store.search('sandbank'))[0]!.snippet).toContain('«sandbank»');
    await store.close();
  });

  it('an unreachable server is a usage error naming the URL without its password', async () => {
    await expect(openPostgresStore('postgres://someone:secret@127.0.0.1:1/none')).rejects.toThrow(/cannot open the store postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/none/);
  });
});
