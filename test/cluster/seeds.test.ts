import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterArticles, dayNumber } from '../../src/cluster/index.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { HAVE_SEEDS, SEEDS_DIR, SEEDS_SKIP_MESSAGE } from '../helpers/seeds.js';

const OURS = ['test/fixtures/stories/dunmore-mayoral-count', 'test/fixtures/stories/pinecrest-wildfire', 'test/fixtures/stories/veltrane-recall', 'examples/harbour-bridge'];

describe.skipIf(!HAVE_SEEDS)(`seed articles (${HAVE_SEEDS ? 'present' : SEEDS_SKIP_MESSAGE})`, () => {
  it('land in one story and join none of ours', async () => {
    const files = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS_DIR, f));
    const ours = (await ingestPaths(OURS)).articles;
    // Every seed is dated on the day of our first story, so only content (not the time window) keeps them apart.
    const ingestDay = Math.min(...ours.map((a) => dayNumber(a.published) ?? Infinity));
    const day = new Date(ingestDay * 86_400_000).toISOString().slice(0, 10);
    const seeds = (await ingestPaths(files)).articles.map((a) => ({ ...a, id: `seed:${a.id}`, published: day }));
    expect(seeds.length).toBe(5);
    const stream = [...ours.slice(0, 4), ...seeds.slice(0, 2), ...ours.slice(4), ...seeds.slice(2)];
    const story = await clusterArticles(stream, { ingestDay });
    const seedStories = new Set(seeds.map((s) => story.get(s.id)));
    expect(seedStories.size).toBe(1);
    const ourStories = new Set(ours.map((a) => story.get(a.id)));
    expect(ourStories.has([...seedStories][0])).toBe(false);
  });
});
