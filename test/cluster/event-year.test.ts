/**
 * An undated article is not older than the events its text dates (text-years.ts): the latest year
 * it dates a past or present event to bounds its publication date from below (one year of slack),
 * so it does not join a story that ended before then. Years of plans and limits ("by 2030") do not count.
 */
import { describe, expect, it } from 'vitest';
import { MemoryClusterIndex, clusterFeatures, decide } from '../../src/cluster/index.js';
import { latestEventYear } from '../../src/cluster/text-years.js';
import type { Article } from '../../src/contract/analysis-schema.js';

const art = (id: string, title: string, text: string, published: string | null): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published, language: 'en', text, removed: [], wordCount: 0 });

const DAM = art('d1', 'Kellow dam spillway fails after week of rain', 'The spillway of the Kellow dam failed on Thursday after a week of rain. Engineers from the Marrick Water Board evacuated 900 people from Kellow and Dunmere, the board said.', '2019-11-14');
const ELECTION = art('e1', 'Fenwick wins Arlan mayoral race', 'Councillor Rosa Fenwick won the Arlan mayoral race on Sunday with 52% of the vote. Fenwick promised to reopen the Arlan tram line, her campaign said.', '2019-11-10');

// about ten years after the stories: an archive ingested today.
const INGEST_DAY = 20_400;

const dam = (when: string) => ['Marrick Water Board defends Kellow dam checks', `The Marrick Water Board said the Kellow dam spillway had passed its checks before it failed ${when}. About 900 people from Kellow and Dunmere left their homes.`] as const;
const mayor = (when: string) => ['Fenwick and the Arlan tram line', `Rosa Fenwick, who won the Arlan mayoral race ${when}, repeated her promise to reopen the Arlan tram line.`] as const;

const CASES: { name: string; article: readonly [string, string]; joins: boolean }[] = [
  { name: 'dam, names the story\'s month', article: dam('in November 2019'), joins: true },
  { name: 'dam, names the story\'s year and a plan for 2030', article: [dam('in 2019')[0], `${dam('in 2019')[1]} The board plans to rebuild it by 2030.`], joins: true },
  { name: 'election, names the story\'s year', article: mayor('in 2019'), joins: true },
  { name: 'election, names a re-run planned years later', article: [mayor('in 2019')[0], `${mayor('in 2019')[1]} A vote on the line is expected in 2026.`], joins: true },
  { name: 'dam, a failure dated four years later (must not join)', article: dam('in March 2023'), joins: false },
  { name: 'election, a race dated five years later (must not join)', article: mayor('in 2024'), joins: false },
];

describe('an undated article does not join a story older than the events it dates', () => {
  it.each(CASES)('$name', async ({ article, joins }) => {
    const index = new MemoryClusterIndex();
    for (const seed of [DAM, ELECTION]) {
      const f = clusterFeatures(seed, { ingestDay: INGEST_DAY });
      index.add(seed.id, f, await decide(f, index));
    }
    const d = await decide(clusterFeatures(art('x1', article[0], article[1], null), { ingestDay: INGEST_DAY }), index);
    expect(d.kind === 'join').toBe(joins);
  });
});

const YEARS: { text: string; year: number | null }[] = [
  { text: 'The dam failed in May 2019 and was rebuilt in 2021.', year: 2021 },
  { text: 'Rents have risen since 2015, the council said on March 3, 2018.', year: 2018 },
  { text: 'The club was founded in 1907; its stadium opened in early 1923.', year: 1923 },
  // must not: plans, limits, forecasts and bare numbers
  { text: 'The board plans to open a second spillway in 2031.', year: null },
  { text: 'Emissions must fall by half by 2030.', year: null },
  { text: 'The tram line will reopen in 2027. It closed in 2012.', year: 2012 },
  { text: 'Fares are frozen for 2025 and beyond in 2024 and beyond.', year: null },
  { text: 'The harbour handled 2019 containers last week.', year: null },
];

describe('latestEventYear', () => {
  it.each(YEARS)('$text → $year', ({ text, year }) => {
    expect(latestEventYear(text)).toBe(year);
  });
});
