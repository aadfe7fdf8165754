/**
 * Office-holders date an undated article (office-holders.ts, decide.ts): an undated account that
 * names "Prime Minister Renko" is not from the term of the story's "Prime Minister Werle", however
 * close its words. Must-not cases: a past holder ("former President …"), a holder of a qualified
 * office ("Veldan President …", another country's), no office named, and the same holder.
 */
import { describe, expect, it } from 'vitest';
import { MemoryClusterIndex, clusterFeatures, decide } from '../../src/cluster/index.js';
import { officeConflict, officeHolders } from '../../src/cluster/office-holders.js';
import type { Article } from '../../src/contract/analysis-schema.js';

const art = (id: string, title: string, text: string, published: string | null): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published, language: 'en', text, removed: [], wordCount: 0 });

describe('officeHolders', () => {
  const CASES: { text: string; holders: string[] }[] = [
    { text: 'Prime Minister Alva Renko met the harbour board.', holders: ['prime minister=renko'] },
    { text: 'House Speaker Lene Dorsch and Senate Majority Leader Piet Varga agreed.', holders: ['house speaker=dorsch', 'senate majority leader=varga'] },
    { text: 'Veldan President Oskar Brandt arrived. President Brandt said little.', holders: ['veldan president=brandt'] },
    { text: 'The levy was cut by President Mara Holt on Monday.', holders: ['president=holt'] },
    { text: 'President Mara Holt Monday signed it.', holders: ['president=holt'] },
    // must not: past holders, a holder glued to "then-", a name running past a sentence end
    { text: 'Former President Ilse Dorn opposed it, as did the late Pope Anselm.', holders: [] },
    { text: 'It was drafted under then-President Dorn.', holders: [] },
    { text: 'The levy passed under Speaker Dorsch. Former President Dorn objected.', holders: ['speaker=dorsch'] },
    // must not: offices held by many at once
    { text: 'Senator Tam Okafor and Governor Rui Esteves spoke.', holders: [] },
  ];
  it.each(CASES)('$text', ({ text, holders }) => {
    expect(officeHolders(text)).toEqual(holders);
  });

  it('calls a conflict only when the same office has no holder in common', () => {
    expect(officeConflict(['president=holt'], { 'president=dorn': 1 })).toBe(true);
    expect(officeConflict(['president=holt'], { 'president=dorn': 1, 'president=holt': 1 })).toBe(false);
    expect(officeConflict(['president=holt'], { 'veldan president=brandt': 2 })).toBe(false);
    expect(officeConflict(undefined, { 'president=dorn': 1 })).toBe(false);
  });
});

// about ten years after the stories: an archive ingested today.
const INGEST_DAY = 20_400;

const LEVY = art(
  'levy',
  'Renko government doubles Port Tallis cargo levy',
  'Prime Minister Alva Renko doubled the cargo levy at Port Tallis on Tuesday, saying the harbour needed 40 million for new quays. Shipping firms at Port Tallis warned the cargo levy would drive freight to rival harbours, and the dockers union called a protest.',
  '2016-03-08',
);
const PENSION = art(
  'pension',
  'Holt raises Marsland pension age to 68',
  'President Mara Holt signed a law raising the Marsland pension age to 68 on Thursday. Unions in Marsland called a general strike against the pension age rise, and the opposition promised to repeal the pension law.',
  '2021-05-13',
);

const UNDATED: { name: string; title: string; text: string; joins: boolean }[] = [
  {
    name: 'cargo levy, same prime minister',
    title: 'Shipping firms attack Port Tallis cargo levy',
    text: 'Shipping firms said the doubled cargo levy at Port Tallis would drive freight to rival harbours. Prime Minister Alva Renko said the harbour needed new quays, and the dockers union kept its protest.',
    joins: true,
  },
  {
    name: 'cargo levy, no office named',
    title: 'Shipping firms attack Port Tallis cargo levy',
    text: 'Shipping firms said the doubled cargo levy at Port Tallis would drive freight to rival harbours. The government said the harbour needed new quays, and the dockers union kept its protest.',
    joins: true,
  },
  {
    name: 'cargo levy of another prime minister’s term (must not join)',
    title: 'Shipping firms attack Port Tallis cargo levy',
    text: 'Shipping firms said the doubled cargo levy at Port Tallis would drive freight to rival harbours. Prime Minister Tomas Werle said the harbour needed new quays, and the dockers union kept its protest.',
    joins: false,
  },
  {
    name: 'pension age, same president, a former one named too',
    title: 'Marsland unions strike over pension age of 68',
    text: 'Unions in Marsland began a general strike against the law raising the pension age to 68, signed by President Mara Holt. Former President Ilse Dorn had tried the same pension age rise and failed.',
    joins: true,
  },
  {
    name: 'pension age, a foreign president named (qualified office)',
    title: 'Marsland unions strike over pension age of 68',
    text: 'Unions in Marsland began a general strike against the law raising the pension age to 68. Veldan President Oskar Brandt said President Brandt would watch the pension law closely.',
    joins: true,
  },
  {
    name: 'pension age under another president (must not join)',
    title: 'Marsland unions strike over pension age of 68',
    text: 'Unions in Marsland began a general strike against the law raising the pension age to 68, signed by President Ilse Dorn. The opposition promised to repeal the pension law.',
    joins: false,
  },
];

describe('an undated article does not join a story of another office-holder', () => {
  it.each(UNDATED)('$name', async ({ title, text, joins }) => {
    const index = new MemoryClusterIndex();
    for (const seed of [LEVY, PENSION]) {
      const f = clusterFeatures(seed, { ingestDay: INGEST_DAY });
      index.add(seed.id, f, await decide(f, index));
    }
    const d = await decide(clusterFeatures(art('x', title, text, null), { ingestDay: INGEST_DAY }), index);
    expect(d.kind).toBe(joins ? 'join' : 'new');
  });

  it('a dated article is dated by its date, not by its office-holders', async () => {
    const index = new MemoryClusterIndex();
    const f = clusterFeatures(PENSION, { ingestDay: INGEST_DAY });
    index.add(PENSION.id, f, await decide(f, index));
    const next = art('x', 'Marsland unions strike over pension age of 68', 'Unions in Marsland began a general strike against the law raising the pension age to 68, signed by President Ilse Dorn. The opposition promised to repeal the pension law.', '2021-05-14');
    expect((await decide(clusterFeatures(next, { ingestDay: INGEST_DAY }), index)).kind).toBe('join');
  });
});
