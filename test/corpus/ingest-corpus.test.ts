/**
 * Corpus ingestion end to end in-process: real inputs through the source stream, a real SQLite
 * file, the test clusterer; idempotency, stale analyses and export rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseStaleStories } from '../../src/corpus/analyse-stories.js';
import { analysisRows, exportLines, formatRow } from '../../src/corpus/export-rows.js';
import { ingestCorpus } from '../../src/corpus/ingest-corpus.js';
import { corpusItems } from '../../src/corpus/input-items.js';
import { openStore } from '../../src/store/open-store.js';
import { titleWordClusterer } from '../store/title-word-clusterer.js';
import { generateRecords, toJsonl } from './generate-articles.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (it: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('ingestCorpus', () => {
  it('stores every article once, clusters by story, and re-ingesting adds nothing', async () => {
    const input = join(dir, 'day.jsonl');
    writeFileSync(input, `${toJsonl(generateRecords(24, 4))}{"title":"no text here"}\nnot json\n`);
    const store = await openStore(join(dir, 'idem.db'));
    try {
      const first = await ingestCorpus(store, corpusItems([input], { cwd: dir }), titleWordClusterer);
      expect(first).toMatchObject({ read: 24, added: 24, newStories: 4, merges: 0, duplicates: { url: 0, text: 0 } });
      expect(first.skipped.records).toBe(2);
      expect(first.diagnostics).toBeGreaterThanOrEqual(2);
      const again = await ingestCorpus(store, corpusItems([input], { cwd: dir }), titleWordClusterer);
      expect(again).toMatchObject({ read: 24, added: 0, newStories: 0, duplicates: { url: 24, text: 0 } });
      expect(await store.counts()).toEqual({ articles: 24, stories: 4 });
      const stories = await store.listStories();
      expect(stories.map((s) => s.articleCount)).toEqual([6, 6, 6, 6]);
      expect(new Set(stories.map((s) => s.title?.split(' ')[0]))).toEqual(new Set(['flood', 'election', 'transfer', 'merger']));
    } finally {
      await store.close();
    }
  });

  it('analyses stale stories once and exports their records as JSONL and CSV', async () => {
    const store = await openStore(join(dir, 'export.db'));
    try {
      const input = join(dir, 'two.jsonl');
      writeFileSync(input, toJsonl(generateRecords(8, 2)));
      await ingestCorpus(store, corpusItems([input], { cwd: dir }), titleWordClusterer);
      expect(await store.staleStories()).toEqual([1, 2]);
      expect(await analyseStaleStories(store)).toBe(2);
      expect(await analyseStaleStories(store)).toBe(0);
      const stories = (await store.listStories()).map((s) => s.id).sort((a, b) => a - b);
      const expected = (await Promise.all(stories.map(async (id) => analysisRows(id, (await store.getAnalysis(id))!)))).flat();
      expect(expected.length).toBeGreaterThan(0);
      const jsonl = await collect(exportLines(store, 'jsonl'));
      expect(jsonl.map((l) => JSON.parse(l) as { story: number; kind: string; record: { id: string } }).map((r) => [r.story, r.kind, r.record.id])).toEqual(expected.map((r) => [r.story, r.kind, r.id]));
      const csv = await collect(exportLines(store, 'csv'));
      expect(csv[0]).toBe('story,kind,id,text,detail,articles\r\n');
      expect(csv.length).toBe(expected.length + 1);
    } finally {
      await store.close();
    }
  });
});

describe('formatRow (CSV)', () => {
  const row = { story: 3, kind: 'quote' as const, id: 'q1', text: 'We will rebuild, "together"', detail: 'Mayor, Jane Roe', articles: ['a', 'b'], record: {} };
  it.each([
    ['quotes cells with commas and doubles inner quotes', row, '3,quote,q1,"We will rebuild, ""together""","Mayor, Jane Roe",a b\r\n'],
    ['leaves plain cells bare', { ...row, text: 'plain', detail: 'x' }, '3,quote,q1,plain,x,a b\r\n'],
  ])('%s', (_l, r, line) => expect(formatRow(r, 'csv')).toBe(line));
});
