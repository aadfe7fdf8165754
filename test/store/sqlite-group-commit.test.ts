/**
 * The SQLite write path's group commit and its in-memory caches (src/store/sqlite/write-cache.ts):
 * other connections see a group once it is committed (full, after GROUP_MS, on flush or close);
 * one failing article leaves the rest of its group stored; the cached document frequencies and
 * profiles the clusterer reads stay exactly what the tables hold, also when two connections
 * take turns writing one file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CandidateSource, StoryProfile } from '../../src/cluster/types.js';
import { ingestCorpus } from '../../src/corpus/ingest-corpus.js';
import { GROUP_ARTICLES, GROUP_MS } from '../../src/store/sqlite/sqlite-add-article.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { sqliteIntegrityProblems } from '../corpus/store-integrity.js';
import { addWithTitleWords, testArticle, titleWordClusterer as tw } from './title-word-clusterer.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-group-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const committed = (path: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } finally {
    db.close();
  }
};

const add = addWithTitleWords;

// Two topics, so both the document frequencies and the story profiles change as articles arrive.
const harbour = (i: number) => testArticle(`h-${i}`, `harbour ferry timetable ${i % 3 ? 'storm' : 'pier'}`, `The ferry pier closed for day ${i}.`, { published: `2026-05-0${1 + (i % 5)}` });
const league = (i: number) => testArticle(`l-${i}`, `league final referee ${i % 2 ? 'penalty' : 'replay'}`, `The final went to penalties, match ${i}.`, { published: `2026-05-0${1 + (i % 5)}` });

describe('sqlite group commit', () => {
  it('other connections see a group after flush, after GROUP_MS without one, and when it is full', async () => {
    const path = join(dir, 'visible.db');
    const store = openSqliteStore(path);
    for (let i = 0; i < 3; i++) await add(store, harbour(i));
    expect(committed(path)).toBe(0);
    await store.flush();
    expect(committed(path)).toBe(3);
    for (let i = 3; i < 5; i++) await add(store, harbour(i));
    await sleep(GROUP_MS * 3);
    expect(committed(path)).toBe(5);
    // The group that fills up is committed without waiting for the timer. The clock stands still
    // while it fills: on a loaded machine adding GROUP_ARTICLES articles can take longer than
    // GROUP_MS, and the timer would then commit part of the group first (seen: 779 of 1,005).
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      for (let i = 0; i < GROUP_ARTICLES; i++) await add(store, league(i));
      expect(committed(path)).toBe(5 + GROUP_ARTICLES);
    } finally {
      vi.useRealTimers();
    }
    await store.close();
    expect(sqliteIntegrityProblems(path)).toEqual([]);
  });

  it('ingestCorpus leaves everything it added committed when it returns', async () => {
    const path = join(dir, 'ingest.db');
    const store = openSqliteStore(path);
    async function* items() {
      for (let i = 0; i < 5; i++) yield { kind: 'article' as const, article: harbour(i) };
    }
    const c = await ingestCorpus(store, items(), tw);
    expect(c.added).toBe(5);
    expect(committed(path)).toBe(5);
    await store.close();
  });

  it('an article that fails (before or after its rows are written) is left out; the rest of its group is stored and counted right', async () => {
    const path = join(dir, 'failing.db');
    const store = openSqliteStore(path);
    for (let i = 0; i < 4; i++) await add(store, harbour(i));
    await expect(add(store, league(0), () => Promise.reject(new Error('clusterer broke')))).rejects.toThrow('clusterer broke');
    // Fails after the article, full-text, frequency and key rows are in: all of them must go.
    const broken = { ...tw.profiles, addToProfile: () => { throw new Error('profile broke'); } };
    await expect(add(store, league(9), undefined, broken)).rejects.toThrow('profile broke');
    for (let i = 4; i < 6; i++) await add(store, harbour(i));
    await add(store, league(1));
    await store.close();
    expect(committed(path)).toBe(7);
    expect(sqliteIntegrityProblems(path)).toEqual([]);
  });

  it('document frequencies and profiles read through the caches equal the tables, with two connections taking turns', async () => {
    const path = join(dir, 'two-writers.db');
    const stores = [openSqliteStore(path), openSqliteStore(path)] as const;
    const reader = new Database(path, { readonly: true });
    const dfRow = reader.prepare('SELECT term, df FROM term_df');
    const profileRow = reader.prepare('SELECT id, profile FROM stories');
    let checked = 0;
    // Each add starts a new transaction (the previous one was flushed), so the committed tables
    // are exactly what the writer's transaction sees when the clusterer asks.
    const check = async (src: CandidateSource) => {
      const table = new Map((dfRow.all() as { term: string; df: number }[]).map((r) => [r.term, r.df]));
      const asked = [...table.keys(), 'never-seen-term'];
      expect(await src.docFreq(asked)).toEqual(table);
      const profiles = new Map((profileRow.all() as { id: number; profile: string }[]).map((r) => [r.id, JSON.parse(r.profile) as StoryProfile]));
      for (const p of await src.candidates(['k:harbour', 'k:league'], 0, 1e6, 50)) expect(p).toEqual(profiles.get(p.storyId));
      checked++;
    };
    for (let i = 0; i < 12; i++) {
      const store = stores[i % 3 === 0 ? 1 : 0];
      await add(store, i % 2 ? league(i) : harbour(i), check);
      await store.flush();
    }
    reader.close();
    await Promise.all(stores.map((s) => s.close()));
    expect(checked).toBe(12);
    expect(sqliteIntegrityProblems(path)).toEqual([]);
  });
});
