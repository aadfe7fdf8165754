/**
 * The PostgreSQL write path's document-frequency cache (src/store/doc-freq-map.ts, kept by
 * pg-add-article.ts): what the clusterer reads must equal the term_df table, also when two
 * stores (two pools, as two ingesting processes) take turns writing one database, when an add
 * fails after writing, and when duplicates are rolled back.
 */
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { CandidateSource } from '../../src/cluster/types.js';
import { openStore } from '../../src/store/open-store.js';
import { createTestDatabase, dropTestDatabases, NO_POSTGRES, postgresReachable } from './postgres-test-db.js';
import { addWithTitleWords, testArticle, titleWordClusterer as tw } from './title-word-clusterer.js';

const reachable = await postgresReachable();
if (!reachable) console.warn(NO_POSTGRES);
afterAll(async () => {
  if (reachable) await dropTestDatabases();
});

// Two topics written for this test, so frequencies of shared and distinct terms both change.
const dam = (i: number) => testArticle(`d-${i}`, `dam spillway gates ${i % 2 ? 'inspection' : 'flood'}`, `Engineers opened the spillway gates, report ${i}.`);
const vote = (i: number) => testArticle(`v-${i}`, `vote count recount ${i % 3 ? 'inspection' : 'ballots'}`, `The recount of district ballots went on, report ${i}.`);

const add = addWithTitleWords;

describe.skipIf(!reachable)('postgres document-frequency cache', () => {
  it('equals the table while two stores take turns, across a failed add and a duplicate', async () => {
    const url = await createTestDatabase();
    const stores = [await openStore(url), await openStore(url)] as const;
    const reader = new pg.Client({ connectionString: url });
    await reader.connect();
    let checked = 0;
    const check = async (src: CandidateSource) => {
      const rows = (await reader.query<{ term: string; df: number }>('SELECT term, df FROM term_df')).rows;
      const table = new Map(rows.map((r) => [r.term, r.df]));
      expect(await src.docFreq([...table.keys(), 'never-seen-term'])).toEqual(table);
      expect(await src.docCount()).toBe(Number((await reader.query<{ n: string }>('SELECT count(*) AS n FROM articles')).rows[0]!.n));
      checked++;
    };
    const broken = { ...tw.profiles, addToProfile: () => { throw new Error('profile broke'); } };
    try {
      for (let i = 0; i < 12; i++) {
        const store = stores[i % 3 === 0 ? 1 : 0];
        await add(store, i % 2 ? vote(i) : dam(i), check);
        // An add that fails after its frequencies were written, and a duplicate: both roll back.
        if (i === 5) await expect(add(store, dam(99), check, broken)).rejects.toThrow('profile broke');
        if (i === 7) expect((await add(store, dam(0), check)).status).toBe('duplicate');
      }
      // the failed add reached the clusterer; the duplicate is caught before it
      expect(checked).toBe(12 + 1);
    } finally {
      await reader.end();
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
