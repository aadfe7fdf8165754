/** A small SQLite corpus for the `serve --db` tests: generated stories plus one hostile article. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCorpus } from '../../src/corpus/ingest-corpus.js';
import { corpusItems } from '../../src/corpus/input-items.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { generateRecords, toJsonl } from '../corpus/generate-articles.js';
import { titleWordClusterer } from '../store/title-word-clusterer.js';

/** Written for these tests: markup and a script URL in every field a page shows. */
export const HOSTILE = {
  url: 'javascript:window.__pwned=1',
  title: 'hostile <script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">',
  outlet: '<b>Outlet</b>',
  published: '2026-03-09',
  text: 'The hostile report says <img src=x onerror="window.__pwned=4"> gravel <script>window.__pwned=5</script> arrived.',
};

/** A fresh store in a temp folder: `count` generated articles in 3 stories, plus the hostile one. */
export async function buildCorpus(count = 12): Promise<{ dir: string; db: string; store: Store }> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-serve-db-'));
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, toJsonl([...generateRecords(count, 3), HOSTILE]));
  const db = join(dir, 'corpus.db');
  const store = await openStore(db);
  await ingestCorpus(store, corpusItems([input], {}), titleWordClusterer);
  return { dir, db, store };
}
