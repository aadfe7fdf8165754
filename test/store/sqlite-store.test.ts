/**
 * The SQLite store: the shared contract on a real file in a temp dir, plus what only SQLite has
 * (migrations table, WAL, reopening a file).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { textHash } from '../../src/corpus/text-hash.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openStore } from '../../src/store/open-store.js';
import { storeContract } from './store-contract.js';
import { testArticle, titleWordClusterer as tw } from './title-word-clusterer.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('sqlite', () => openStore(join(dir, `contract-${++n}.db`)));

describe('sqlite store', () => {
  it('creates the file on first use with every migration recorded, WAL on, and keeps data on reopen', async () => {
    const path = join(dir, 'reopen.db');
    const s1 = await openStore(path);
    const a = testArticle('keep-1', 'keep me', 'A stored article survives a reopen.');
    const features = tw.features(a);
    await s1.addArticle({ article: a, features, textHash: textHash(a.text), decide: (src) => tw.decide(features, src), profiles: tw.profiles });
    await s1.close();
    const s2 = await openStore(path);
    expect(await s2.counts()).toEqual({ articles: 1, stories: 1 });
    await s2.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT id FROM migrations ORDER BY id').pluck().all()).toEqual(MIGRATIONS.map((m) => m.id));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('migration 3 counts the updated figures of analyses stored before it (a list then agrees with the report)', async () => {
    const path = join(dir, 'before-updates.db');
    const old = new Database(path);
    old.exec('CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.id < 3)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(m.id, m.name, '2026-01-01T00:00:00Z');
    }
    const claims = ['updated', 'conflict', 'agreed', 'updated', 'conflict', 'conflict'].map((status) => ({ status }));
    old.prepare('INSERT INTO analyses (story_id, version, conflicts, analysis) VALUES (1, 1, 3, ?)').run(JSON.stringify({ claims }));
    old.prepare('INSERT INTO analyses (story_id, version, conflicts, analysis) VALUES (2, 1, 0, ?)').run(JSON.stringify({ claims: [] }));
    old.close();
    await (await openStore(path)).close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT story_id, conflicts, updates FROM analyses ORDER BY story_id').all()).toEqual([
      { story_id: 1, conflicts: 3, updates: 2 },
      { story_id: 2, conflicts: 0, updates: 0 },
    ]);
    db.close();
  });

  it('migration 4 counts the names of the dated articles stored before it, per day', async () => {
    const path = join(dir, 'before-name-days.db');
    const old = new Database(path);
    old.exec('CREATE TABLE migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.id < 4)) {
      old.exec(m.sql);
      old.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(m.id, m.name, '2026-01-01T00:00:00Z');
    }
    old.prepare("INSERT INTO stories (id, title, profile, updated_at) VALUES (1, NULL, '{}', '2026-01-01T00:00:00Z')").run();
    const insert = old.prepare("INSERT INTO articles (id, url, text_hash, story_id, outlet, title, published, article, features) VALUES (?, NULL, ?, 1, NULL, NULL, NULL, '{}', ?)");
    insert.run('a1', 'h1', JSON.stringify({ day: 20_000, terms: [], entities: ['kellow', 'marrick board'], indexKeys: [] }));
    insert.run('a2', 'h2', JSON.stringify({ day: 20_000, terms: [], entities: ['kellow'], indexKeys: [] }));
    insert.run('a3', 'h3', JSON.stringify({ day: 20_001, terms: [], entities: ['kellow'], indexKeys: [] }));
    insert.run('a4', 'h4', JSON.stringify({ day: 20_000, days: [19_990, 20_020], terms: [], entities: ['kellow'], indexKeys: [] }));
    old.close();
    await (await openStore(path)).close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT term, day, df FROM name_days ORDER BY term, day').all()).toEqual([
      { term: 'kellow', day: 20_000, df: 2 },
      { term: 'kellow', day: 20_001, df: 1 },
      { term: 'marrick board', day: 20_000, df: 1 },
    ]);
    expect(db.prepare('SELECT day, n FROM article_days ORDER BY day').all()).toEqual([
      { day: 20_000, n: 2 },
      { day: 20_001, n: 1 },
    ]);
    db.close();
  });

  it('a bad path is a usage error naming it; an empty --db too', async () => {
    await expect(openStore(join(dir, 'no', 'such', 'dir', 'x.db'))).rejects.toThrow(/cannot open the store .*x\.db/);
    await expect(openStore('')).rejects.toThrow(/--db needs/);
  });
});
