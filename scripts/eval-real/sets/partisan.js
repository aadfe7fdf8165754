// Partisan-Event-Dataset: every article replayed as one date-ordered stream (undated last), and with
// --shuffle in seeded shuffled orders, through the same path as `crosscheck ingest` (ingest reader →
// clusterer → a fresh SQLite store), scored pairwise against the dataset's stories (two articles
// each, from outlets of opposite leaning).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inCache } from '../lib/cache.js';
import { repeatedStories, storyOf, toRecord } from '../formats/partisan.js';
import { replayOrders } from '../lib/cluster-replay.js';
import { scoreClusters } from '../score/clusters.js';

const DIR = 'partisan/data/merged_annotations';

/** Stories whose number ends in 7 are held out of tuning (run them with --holdout). */
const isHeldOut = (story) => /7$/.test(story ?? '');

/** Ingest `stream` (records in arrival order) into a fresh SQLite store; article id → predicted story. */
async function ingestStream(stream, { openStore, loadClusterer, ingestCorpus, corpusItems }) {
  const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-partisan-'));
  try {
    const jsonl = join(tmp, 'stream.jsonl');
    writeFileSync(jsonl, `${stream.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const store = await openStore(join(tmp, 'corpus.db'));
    const predicted = new Map();
    let c;
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
    return { predicted, dups: c.duplicates.text + c.duplicates.url };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export default {
  id: 'partisan',
  title: 'Partisan-Event-Dataset: story clustering of a date-ordered stream',
  requires: [DIR],
  hasHoldout: true,
  howTo: 'clone Partisan-Event-Dataset into partisan/ (data/merged_annotations/STORY_*_DOCUMENT_*.json)',
  async run({ dist, limit, holdout, shuffle }) {
    const load = (p) => import(pathToFileURL(join(dist, p)).href);
    const [{ openStore }, { loadClusterer }, { ingestCorpus }, { corpusItems }] = await Promise.all([
      load('store/open-store.js'), load('corpus/clusterer.js'), load('corpus/ingest-corpus.js'), load('corpus/input-items.js'),
    ]);
    let names = readdirSync(inCache(DIR)).filter((f) => /^STORY_\d+_DOCUMENT_\d+\.json$/.test(f) && isHeldOut(storyOf(f)) === Boolean(holdout));
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
    const rows = [];
    const errors = [];
    let dups = 0;
    let falseBetweenRepeated = null;
    const repeated = repeatedStories(records);
    const isRepeatedPair = (a, b) => repeated.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
    let undated = 0;
    const gold = new Map(records.map((r) => [r.id, storyOf(r.id)]));
    const byId = new Map(records.map((r) => [r.id, r]));
    const stories = new Set(gold.values()).size;
    for (const { label, stream } of replayOrders(records, shuffle ?? 0)) {
      const run = await ingestStream(stream, { openStore, loadClusterer, ingestCorpus, corpusItems });
      const { counts, errors: wrong } = scoreClusters(gold, run.predicted, (id) => `${byId.get(id)?.outlet ?? '?'} “${byId.get(id)?.title ?? ''}”`);
      const metric = label === 'date order' ? 'same-story pairs' : `same-story pairs (${label})`;
      rows.push({ task: 'clustering', metric, ...counts, note: `${stream.length} articles, ${stories} stories → ${new Set(run.predicted.values()).size} clusters` });
      if (label === 'date order') {
        errors.push(...wrong.map((e) => ({ ...e, start: '', end: '' })));
        // a merged error's expected text starts "STORY_a / STORY_b:" (score/clusters.js)
        falseBetweenRepeated = wrong.filter((e) => e.kind === 'merged' && isRepeatedPair(...(/^(\S+) \/ (\S+):/.exec(e.expected)?.slice(1) ?? []))).length;
        dups = run.dups;
        undated = stream.filter((r) => !r.published).length;
        if (run.predicted.size < stream.length - dups) notes.push(`${stream.length - dups - run.predicted.size} more articles not in any stored story`);
      }
    }
    if (repeated.length > 0) {
      const told = repeated.map(([a, b]) => `${a} = ${b}`).join(', ');
      notes.push(`stories held twice (an article of the same outlet, title and day under two story ids): ${told}; ${falseBetweenRepeated ?? 0} of the date-order false pairs are between them (reported, not tuned on)`);
    }
    if (dups) notes.push(`${dups} articles stored as duplicates of another, left out of the pairs`);
    if (undated) notes.push(`${undated} articles have no date: compared with every story by content, at a stricter bar`);
    notes.push(`${holdout ? 'held-out stories only (ids ending in 7)' : 'development stories (ids ending in 7 are held out: --holdout)'}`);
    notes.push('pairwise: a pair of articles is a tp when both the gold story and crosscheck put them together; every gold story holds two articles');
    return { rows, errors, notes };
  },
};
