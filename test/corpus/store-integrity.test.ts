/** The crash test's integrity checker must notice each kind of damage it claims to check. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/corpus/ingest-corpus.js';
import { openStore } from '../../src/store/open-store.js';
import { titleWordClusterer } from '../store/title-word-clusterer.js';
import { generateRecords } from './generate-articles.js';
import { sqliteIntegrityProblems } from './store-integrity.js';
import { testArticle } from '../store/title-word-clusterer.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-integrity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function* items(n: number) {
  for (const [i, r] of generateRecords(n).entries()) yield { kind: 'article' as const, article: testArticle(`a-${i}`, r.title, r.text, { url: r.url, published: r.published }) };
}

const DAMAGE: readonly (readonly [string, string, RegExp])[] = [
  ['a story count off by one', 'UPDATE stories SET article_count = article_count + 1 WHERE id = 1', /count differs/],
  ['a missing full-text row', 'DELETE FROM articles_fts WHERE rowid = 1', /without a full-text row/],
  ['an orphan article', 'UPDATE articles SET story_id = 999 WHERE seq = 1', /without a story/],
  ['a wrong document frequency', "UPDATE term_df SET df = df + 5 WHERE term = 'update'", /document frequencies/],
];

describe('sqliteIntegrityProblems', () => {
  it.each(DAMAGE)('finds %s', async (_label, sql, problem) => {
    const path = join(dir, `${Math.random().toString(36).slice(2)}.db`);
    const store = await openStore(path);
    await ingestCorpus(store, items(12), titleWordClusterer);
    await store.close();
    expect(sqliteIntegrityProblems(path)).toEqual([]);
    const db = new Database(path);
    db.pragma('foreign_keys = OFF');
    db.exec(sql);
    db.close();
    expect(sqliteIntegrityProblems(path).join('\n')).toMatch(problem);
  });
});
