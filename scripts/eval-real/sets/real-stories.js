// Set "real-stories": our own annotations of real multi-outlet stories (eval/real-stories/*.json),
// the article texts in <cache>/stories/<slug>/<article>.txt. Loader only: the matching rules are
// in scripts/eval-real/score/real-stories.js (read its header for what counts as found).
//
// Each story's articles go through lib.analyze with the annotation's outlet, url and published
// date; the part of a cached file before the annotated body start (a page's date line) is left out.
// crosscheck's spans are mapped back to offsets of the cached file (lib/text-map.js). Then every
// story's articles, mixed in one date-ordered stream, go through the corpus clustering
// (lib/cluster-replay.js) and are scored pairwise against the stories.
// Held-out stories ("holdout": true) run only with ctx.holdout, and then only they run.
// ctx.annotations (a folder) replaces eval/real-stories, for tests.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../../lib/corpus.js';
import { replayClusters, shuffledOrder, streamOrder } from '../lib/cluster-replay.js';
import { normalizeWithMap, toRaw } from '../lib/text-map.js';
import { ROWS, addTallies, commonErrors, emptyTally, scoreStory } from '../score/real-stories.js';

export const ANNOTATIONS = join(REPO, 'eval/real-stories');

/** Every annotation file, parsed, by slug order. */
export function loadAnnotations(dir = ANNOTATIONS) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

/**
 * The cached texts of one story: { texts, missing } — texts of the articles whose cached file is there
 * with its annotated sha256; missing lists the others with the reason (no file, or a changed page).
 */
export function loadTexts(story, cache) {
  const texts = {};
  const missing = [];
  for (const a of story.articles) {
    const file = join(cache, 'stories', story.slug, `${a.id}.txt`);
    if (!existsSync(file)) {
      missing.push(`${a.id} (missing ${file})`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    if (createHash('sha256').update(text, 'utf8').digest('hex') !== a.sha256) missing.push(`${a.id} (changed page: sha256 differs from the annotation)`);
    else texts[a.id] = text;
  }
  return { texts, missing };
}

/**
 * The story as annotated, restricted to the articles in `present` (a page that could not be obtained
 * again leaves the story): the other articles' quotes and events go; entities, agreements and
 * conflict values keep only present articles and evidence; an agreement needs two articles left, a
 * conflict two values, an entity one article.
 */
export function restrictStory(story, present) {
  const has = (id) => present.has(id);
  if (story.articles.every((a) => has(a.id))) return story;
  const evidence = (list) => (list ?? []).filter((e) => has(e.article));
  return {
    ...story,
    articles: story.articles.filter((a) => has(a.id)),
    entities: (story.entities ?? []).map((e) => ({ ...e, articles: e.articles.filter(has) })).filter((e) => e.articles.length > 0),
    quotes: (story.quotes ?? []).filter((q) => has(q.article)),
    events: (story.events ?? []).filter((e) => has(e.article)),
    agreements: (story.agreements ?? []).map((g) => ({ ...g, articles: g.articles.filter(has), evidence: evidence(g.evidence) })).filter((g) => g.articles.length >= 2),
    conflicts: (story.conflicts ?? [])
      .map((c) => ({ ...c, values: c.values.map((v) => ({ ...v, articles: v.articles.filter(has), evidence: evidence(v.evidence) })).filter((v) => v.articles.length > 0) }))
      .filter((c) => c.values.length >= 2),
  };
}

/** The Article crosscheck reads for one annotated article, with the map back to the cached file. */
export function toArticle(a, raw, idPrefix = '') {
  const base = a.body?.start ?? 0;
  const { text, orig } = normalizeWithMap(raw.slice(base, a.body?.end ?? raw.length).normalize('NFC'));
  const article = {
    id: `${idPrefix}${a.id}`, source: `${idPrefix}${a.id}.txt`, url: a.url ?? null, outlet: a.outlet ?? null, outletFrom: a.outlet ? 'metadata' : null,
    title: null, author: null, published: /^\d{4}-\d{2}(-\d{2})?$/.test(a.published ?? '') ? a.published : null, // a month-only date stays YYYY-MM
    language: 'en', text, removed: [], wordCount: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
  };
  return { article, map: (s, e) => { const r = toRaw(orig, s, e); return { start: r.start + base, end: r.end + base }; } };
}

/** crosscheck's Analysis as predicted records in cached-file offsets (see scoreStory). */
export function predictedRecords(analysis, maps) {
  const at = (s) => ({ article: s.article, ...(maps[s.article] ? maps[s.article](s.start, s.end) : { start: s.start, end: s.end }) });
  return {
    entities: analysis.entities.map((e) => ({ name: e.name, aliases: e.aliases, type: e.type })),
    quotes: analysis.quotes.flatMap((q) => q.occurrences.map((o) => ({ ...at(o), speaker: o.speakerName ?? q.speaker?.name ?? null }))),
    // the dates task scores each article's own resolution: a date inferred from the story's other
    // articles (an undated piece's "Tuesday", TimelineEvent.inferredIn) is not the article's own.
    dates: analysis.events.flatMap((e) => e.evidence.filter((s) => !(e.inferredIn ?? []).includes(s.article)).map((s) => ({ ...at(s), value: e.date }))),
    claims: analysis.claims.map((c) => ({ kind: c.kind, status: c.status, topic: c.topic, values: c.values.map((v) => ({ value: v.value, normalized: v.normalized, unit: v.unit, articles: v.articles })),
      ...(c.updates ? { updates: c.updates.map((u) => ({ value: u.value, normalized: u.normalized, article: u.article })) } : {}) })),
  };
}

export default {
  id: 'real-stories',
  hasHoldout: true,
  title: 'our annotated multi-outlet real stories (eval/real-stories)',
  requires: ['stories'],
  howTo: 'save each article listed in eval/real-stories/<slug>.json (its url) as <cache>/stories/<slug>/<id>.txt — see eval/real-stories/README.md',
  async run(ctx) {
    const normalizeText = (await import(pathToFileURL(join(ctx.dist, 'ingest/normalize-text.js')).href)).normalizeText;
    const cluster = await import(pathToFileURL(join(ctx.dist, 'cluster/index.js')).href);
    const notes = [];
    const errors = [];
    const tally = emptyTally();
    const stream = [];
    const perStory = [];
    let articles = 0;
    const stories = loadAnnotations(ctx.annotations ?? ANNOTATIONS).filter((s) => Boolean(s.holdout) === Boolean(ctx.holdout));
    for (const annotated of stories) {
      if (ctx.limit && articles >= ctx.limit) break;
      const loaded = loadTexts(annotated, ctx.cache);
      const texts = loaded.texts;
      const story = restrictStory(annotated, new Set(Object.keys(texts)));
      if (story.articles.length < 2) {
        notes.push(`${annotated.slug}: skipped, fewer than two articles in the cache: ${loaded.missing.join('; ')}`);
        continue;
      }
      if (loaded.missing.length > 0) notes.push(`${annotated.slug}: scored without ${loaded.missing.join('; ')}`);
      const built = story.articles.map((a) => ({ a, ...toArticle(a, texts[a.id]) }));
      const drift = built.find((b) => b.article.text !== normalizeText(texts[b.a.id].slice(b.a.body?.start ?? 0, b.a.body?.end)));
      if (drift) {
        notes.push(`${story.slug}: skipped, offset map disagrees with normalizeText on ${drift.a.id}`);
        continue;
      }
      articles += built.length;
      const analysis = ctx.lib.analyze({ articles: built.map((b) => b.article) });
      const maps = Object.fromEntries(built.map((b) => [b.article.id, b.map]));
      const res = scoreStory(story, predictedRecords(analysis, maps), texts);
      addTallies(tally, res.tally);
      perStory.push(`${story.slug}: ${STORY_NOTE.map(([label, k]) => `${label} ${res.tally[k].tp}/${goldCount(k, res.tally[k])}`).join(', ')}`);
      errors.push(...res.errors);
      for (const a of story.articles) stream.push({ article: toArticle(a, texts[a.id], `${story.slug}#`).article, gold: story.slug });
    }
    const rows = ROWS.map(([task, metric]) => ({ task, metric, ...pick(tally[`${task}|${metric}`]), note: rowNote(task, metric, tally[`${task}|${metric}`]) }));
    if (stream.length > 0) {
      for (let seed = 0; seed <= (ctx.shuffle ?? 0); seed++) {
        const c = await replayClusters(cluster, stream, seed === 0 ? streamOrder : (articles) => shuffledOrder(streamOrder(articles), seed));
        const metric = seed === 0 ? 'pairwise (one mixed stream)' : `pairwise (shuffled order ${seed})`;
        rows.push({ task: 'clustering', metric, tp: c.truePairs, fp: c.falsePairs, fn: c.missedPairs, note: `${c.items} articles, ${new Set(stream.map((x) => x.gold)).size} stories → ${c.stories}` });
        notes.push(`clustering${seed === 0 ? '' : ` (shuffled order ${seed})`}: ${splits(stream, c.assignments)}`);
      }
    }
    notes.unshift(`${stories.length} ${ctx.holdout ? 'held-out' : 'development'} stories, ${articles} articles scored`);
    notes.push(...perStory);
    for (const [task, kinds] of Object.entries(commonErrors(errors))) notes.push(`${task} errors: ${kinds.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
    notes.push('agreement/conflict/entity precision counts against our annotation, which lists the facts and names we judged worth comparing: read it as close, not exact');
    return {
      rows,
      errors: errors.map((e) => ({ article: e.article, start: e.start, end: e.end, kind: `${e.task}: ${e.kind}`, expected: e.expected, got: e.got })),
      notes,
    };
  },
};

/** Into how many predicted stories each gold story fell, and which articles went together. */
function splits(stream, assignments) {
  const byGold = new Map();
  for (const x of stream) {
    const groups = byGold.get(x.gold) ?? new Map();
    const story = assignments.get(x.article.id);
    groups.set(story, [...(groups.get(story) ?? []), x.article.id.split('#')[1]]);
    byGold.set(x.gold, groups);
  }
  return [...byGold].map(([gold, groups]) => `${gold} → ${groups.size} (${[...groups.values()].map((ids) => ids.join('+')).join(' | ')})`).join('; ');
}

/** Gold items behind a counter: for "… right" rows a found item of the wrong value is an fp, so it counts too. */
const goldCount = (k, c) => (k.endsWith(' right') ? c.tp + c.fp + c.fn : c.tp + c.fn);

/** Per-story figures shown in the notes (right or found / gold items): [label, tally key]. */
const STORY_NOTE = [
  ['entities', 'entities|found (name/alias)'],
  ['quotes+speaker', 'quotes|speaker right'],
  ['dates', 'dates|value right'],
  ['agreements', 'agreements|found'],
  ['conflicts', 'conflicts|found (values match)'],
];

const pick = (c) => ({ tp: c.tp, fp: c.fp, fn: c.fn });

/** The numeric conflict row in the words of issue 15: share found, and flagged ones not in the annotation. */
function rowNote(task, metric, c) {
  if (task !== 'conflicts' || metric !== 'numeric found') return '';
  return `numeric conflicts+updates found ${c.tp}/${c.tp + c.fn}; flagged numeric not in annotation ${c.fp}/${c.tp + c.fp}`;
}
