// Partisan-Event-Dataset: every article replayed as one date-ordered stream (undated last: ingest
// places them on the day of the run) through the same path as `crosscheck ingest` (ingest reader →
// clusterer → a fresh SQLite store), scored pairwise against the dataset's stories (two articles
// each, from outlets of opposite leaning).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inCache } from '../lib/cache.js';
import { storyOf, toRecord } from '../formats/partisan.js';
import { streamOrder } from '../lib/cluster-replay.js';
import { scoreClusters } from '../score/clusters.js';

const DIR = 'partisan/data/merged_annotations';

export default {
  id: 'partisan',
  title: 'Partisan-Event-Dataset: story clustering of a date-ordered stream',
  requires: [DIR],
  howTo: 'clone Partisan-Event-Dataset into partisan/ (data/merged_annotations/STORY_*_DOCUMENT_*.json)',
  async run({ dist, limit }) {
    const load = (p) => import(pathToFileURL(join(dist, p)).href);
    const [{ openStore }, { loadClusterer }, { ingestCorpus }, { corpusItems }] = await Promise.all([
      load('store/open-store.js'), load('corpus/clusterer.js'), load('corpus/ingest-corpus.js'), load('corpus/input-items.js'),
    ]);
    let names = readdirSync(inCache(DIR)).filter((f) => /^STORY_\d+_DOCUMENT_\d+\.json$/.test(f));
    if (limit) {
      const stories = [...new Set(names.map(storyOf))].sort((a, b) => Number(a.slice(6)) - Number(b.slice(6))).slice(0, limit);
      names = names.filter((n) => stories.includes(storyOf(n)));
    }
    const notes = [];
    const records = [];
    for (const n of names) {
      try {
        records.push(toRecord(JSON.parse(readFileSync(inCache(DIR, n), 'utf8'))));
      } catch (err) {
        notes.push(`${n}: not readable (${err instanceof Error ? err.message : String(err)}), left out`);
      }
    }
    const stream = streamOrder(records);
    const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-partisan-'));
    try {
      const jsonl = join(tmp, 'stream.jsonl');
      writeFileSync(jsonl, `${stream.map((r) => JSON.stringify(r)).join('\n')}\n`);
      const store = await openStore(join(tmp, 'corpus.db'));
      let c;
      const predicted = new Map();
      try {
        c = await ingestCorpus(store, corpusItems([jsonl], { cwd: tmp }), await loadClusterer());
        for (const s of await store.listStories()) {
          // an article's source is "stream.jsonl:<line>": the line says which record it is
          for (const a of await store.storyArticles(s.id)) predicted.set(stream[Number(/:(\d+)$/.exec(a.source)?.[1]) - 1]?.id, `story ${s.id}`);
        }
      } finally {
        await store.close();
      }
      predicted.delete(undefined);
      const gold = new Map(stream.map((r) => [r.id, storyOf(r.id)]));
      const byId = new Map(stream.map((r) => [r.id, r]));
      const { counts, errors } = scoreClusters(gold, predicted, (id) => `${byId.get(id)?.outlet ?? '?'} “${byId.get(id)?.title ?? ''}”`);
      const dups = c.duplicates.text + c.duplicates.url;
      if (dups) notes.push(`${dups} articles stored as duplicates of another, left out of the pairs`);
      if (predicted.size < stream.length - dups) notes.push(`${stream.length - dups - predicted.size} more articles not in any stored story`);
      const undated = stream.filter((r) => !r.published).length;
      if (undated) notes.push(`${undated} articles have no date: ingest places them on the day of the run, where they meet each other rather than their stories`);
      notes.push('pairwise: a pair of articles is a tp when both the gold story and crosscheck put them together; every gold story holds two articles');
      const stories = new Set(gold.values()).size;
      return {
        rows: [{ task: 'clustering', metric: 'same-story pairs', ...counts, note: `${stream.length} articles, ${stories} stories → ${new Set(predicted.values()).size} clusters` }],
        errors: errors.map((e) => ({ ...e, start: '', end: '' })),
        notes,
      };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
