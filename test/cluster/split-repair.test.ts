/**
 * Repairing early splits (src/cluster/converge.ts): stories we wrote where an outlier article
 * (a local angle) arrives first, opens a story, and the main coverage opens another; once a later
 * article brings the outlier's angle into the main story, the two profiles converge and merge.
 * Must-not-merge: same-kind stories in the same week on different subjects (they share a name).
 * Each case runs after the mixed stream (date order), so document frequencies are those of a
 * store holding other news rather than of an empty one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterArticles, type ClusterStep } from '../../src/cluster/index.js';
import type { Article } from '../../src/contract/analysis-schema.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { buildClusterStream, shuffled } from '../../scripts/lib/cluster-stream.js';

const DIR = 'test/fixtures/cluster-split';
const background = (await buildClusterStream(ingestPaths)).articles;

/** The articles of one written story, in file order, ids prefixed with the story folder. */
async function story(folder: string): Promise<Article[]> {
  const { articles } = await ingestPaths([join(DIR, folder)]);
  return articles.map((a) => ({ ...a, id: `${folder}/${a.id}` })).sort((a, b) => (a.id < b.id ? -1 : 1));
}

const outlierFirst = (xs: readonly Article[], outlier: string) => [...xs.filter((a) => a.id.endsWith(`/${outlier}`)), ...xs.filter((a) => !a.id.endsWith(`/${outlier}`))];

/**
 * Cluster the background then `xs`; the story of every article of `xs` and the steps for `xs`.
 * `sameDayBar` set to the general bar switches the same-day rule off (see REPAIR below).
 */
async function run(xs: readonly Article[], storyMergeThreshold?: number, sameDayBar?: number) {
  const steps: ClusterStep[] = [];
  const ids = new Set(xs.map((a) => a.id));
  const options = { ...(storyMergeThreshold === undefined ? {} : { storyMergeThreshold }), ...(sameDayBar === undefined ? {} : { sameDayJoinThreshold: sameDayBar }) };
  const assigned = await clusterArticles([...background, ...xs], { ...options, onStep: (s) => ids.has(s.articleId) && steps.push(s) });
  return { stories: new Set(xs.map((a) => assigned.get(a.id))), assigned, steps };
}

const SPLITS = [
  { topic: 'sports transfer (club send-off report first)', folder: 'transfer-aukrand', outlier: '01-tresswick-echo' },
  { topic: 'product recall (local fire report first)', folder: 'recall-brightmoor-heater', outlier: '01-wexley-courier' },
];

/**
 * The transfer's outlier and the next report share the day and a rare title name (the player), so
 * the same-day rule joins them before any split arises; the repair cases run with that rule off
 * (same-day bar = the general bar) so that they still test the repair.
 */
const REPAIR = 0.3;

describe('split repair: outlier first', () => {
  it.each(SPLITS)('$topic: splits without the repair', async ({ folder, outlier }) => {
    const { stories } = await run(outlierFirst(await story(folder), outlier), Number.POSITIVE_INFINITY, REPAIR);
    expect(stories.size).toBeGreaterThan(1);
  });

  it.each(SPLITS)('$topic: one story with default options', async ({ folder, outlier }) => {
    const { stories } = await run(outlierFirst(await story(folder), outlier));
    expect(stories.size).toBe(1);
  });

  it.each(SPLITS)('$topic: one story with it, merged story to story with a reason', async ({ folder, outlier }) => {
    const { stories, steps } = await run(outlierFirst(await story(folder), outlier), undefined, REPAIR);
    expect(stories.size).toBe(1);
    const merges = steps.flatMap((s) => (s.decision.kind === 'join' ? s.decision.merge : []));
    expect(merges.length).toBeGreaterThan(0);
    for (const m of merges) {
      expect(m.reason.basis).toBe('story');
      expect(m.reason.score).toBeGreaterThanOrEqual(0.3);
      expect(m.reason.sharedEntities.length).toBeGreaterThan(0);
      expect(m.reason.sharedTerms.length).toBeGreaterThan(0);
    }
  });

  it.each(SPLITS)('$topic: outlier last joins directly, no merge needed', async ({ folder, outlier }) => {
    const xs = outlierFirst(await story(folder), outlier);
    const { stories, steps } = await run([...xs.slice(1), xs[0]!]);
    expect(stories.size).toBe(1);
    expect(steps.some((s) => s.decision.kind === 'join' && s.decision.merge.length > 0)).toBe(false);
  });
});

const SAME_KIND = [
  { kind: 'two transfers in one week (they share a club name)', a: 'transfer-aukrand', b: 'transfer-drass', outlier: '01-tresswick-echo' },
  { kind: 'two product recalls in one week (they share a regulator)', a: 'recall-brightmoor-heater', b: 'recall-carrowdale-car-seat', outlier: '01-wexley-courier' },
];

describe('split repair: must not merge', () => {
  it.each(SAME_KIND)('$kind stay apart in every order', async ({ a, b, outlier }) => {
    const [xa, xb] = [await story(a), await story(b)];
    const byDate = [...xa, ...xb].sort((x, y) => String(x.published).localeCompare(String(y.published)));
    const orders = [byDate, [...outlierFirst(xa, outlier), ...xb], [...xb, ...outlierFirst(xa, outlier)], ...[1, 2, 3, 4, 5].map((seed) => shuffled([...xa, ...xb], seed))];
    for (const order of orders) {
      const { assigned } = await run(order);
      const storiesOf = (xs: readonly Article[]) => new Set(xs.map((x) => assigned.get(x.id)));
      expect([...storiesOf(xa)].filter((s) => storiesOf(xb).has(s))).toEqual([]);
    }
  });
});
