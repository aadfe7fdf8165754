// The mixed clustering stream of our own written stories (test/cluster/stream.test.ts, eval, bench).
// Gold = folder: each folder under test/fixtures/cluster-stream/ except singletons/ is one story,
// each file in singletons/ and each golden article is its own story, plus the written stories.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO, articleFiles } from './corpus.js';
import { prng } from './prng.js';

export const STREAM_DIR = join(REPO, 'test/fixtures/cluster-stream');
const WRITTEN_STORIES = ['test/fixtures/stories/dunmore-mayoral-count', 'test/fixtures/stories/pinecrest-wildfire', 'test/fixtures/stories/veltrane-recall', 'examples/harbour-bridge'];

/** Pairs of different stories of the same kind that must not merge: [folderA, folderB] under STREAM_DIR. */
export const SAME_KIND_PAIRS = [
  ['storm-coastal-north', 'storm-southern-valley'],
  ['earnings-tarrow-freight', 'earnings-lindqvale-telecom'],
];

const dirs = (d) => (existsSync(d) ? readdirSync(d).filter((f) => statSync(join(d, f)).isDirectory()).sort() : []);

/** Gold groups: [{ gold, paths }] — each entry's paths are ingested together and share one gold label. */
function goldGroups() {
  const groups = WRITTEN_STORIES.map((p) => ({ gold: p, paths: [join(REPO, p)] }));
  for (const d of dirs(STREAM_DIR)) {
    if (d === 'singletons') for (const f of articleFiles(join(STREAM_DIR, d))) groups.push({ gold: relative(REPO, f), paths: [f] });
    else groups.push({ gold: relative(REPO, join(STREAM_DIR, d)), paths: [join(STREAM_DIR, d)] });
  }
  const golden = join(REPO, 'test/fixtures/golden');
  for (const d of dirs(golden)) groups.push({ gold: `test/fixtures/golden/${d}`, paths: [join(golden, d, 'article.txt')] });
  return groups;
}

/**
 * Ingest the stream through the public `ingestPaths(paths, { cwd })`. Returns the articles in
 * publication-date order (ties by id; ids are made unique per gold group) and the gold map id → story.
 */
export async function buildClusterStream(ingestPaths) {
  const articles = [];
  const gold = new Map();
  for (const g of goldGroups()) {
    const res = await ingestPaths(g.paths, { cwd: REPO });
    for (const a of res.articles) {
      const id = `${g.gold}#${a.id}`;
      gold.set(id, g.gold);
      articles.push({ ...a, id });
    }
  }
  articles.sort((a, b) => String(a.published ?? '').localeCompare(String(b.published ?? '')) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { articles, gold };
}

/** A seeded Fisher–Yates shuffle (same seed → same order). */
export function shuffled(items, seed) {
  const rnd = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export const SHUFFLE_SEEDS = [1, 2, 3, 4, 5];

/**
 * Clustering figures for eval: pairwise P/R/F1 in date order, mean/min F1 over the seeded shuffles,
 * and (when seedFiles is given) whether the seed articles, dated on the stream's first day, land in
 * one story that none of ours joins. `cluster` is the built src/cluster module.
 */
export async function clusterFigures(ingestPaths, cluster, seedFiles = null) {
  const { articles, gold } = await buildClusterStream(ingestPaths);
  const score = async (xs) => cluster.pairwiseScores(await cluster.clusterArticles(xs), gold);
  const dateOrder = await score(articles);
  const shuffles = [];
  for (const seed of SHUFFLE_SEEDS) shuffles.push((await score(shuffled(articles, seed))).f1);
  const out = { articles: articles.length, stories: new Set(gold.values()).size, dateOrder, shuffles: shuffles.length, shuffleMeanF1: shuffles.reduce((a, b) => a + b, 0) / shuffles.length, shuffleMinF1: Math.min(...shuffles), seedsInOneStory: null };
  if (seedFiles) {
    const ingestDay = Math.min(...articles.map((a) => cluster.dayNumber(a.published) ?? Infinity));
    const day = new Date(ingestDay * 86_400_000).toISOString().slice(0, 10);
    const seeds = (await ingestPaths(seedFiles, { cwd: REPO })).articles.map((a) => ({ ...a, id: `seed:${a.id}`, published: day }));
    const story = await cluster.clusterArticles([...seeds.slice(0, 2), ...articles, ...seeds.slice(2)], { ingestDay });
    const seedStories = new Set(seeds.map((s) => story.get(s.id)));
    const ours = new Set(articles.map((a) => story.get(a.id)));
    out.seedsInOneStory = seeds.length > 0 && seedStories.size === 1 && !ours.has([...seedStories][0]);
  }
  return out;
}
