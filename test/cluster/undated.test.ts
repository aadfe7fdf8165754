/**
 * An article with no publication date, or one known only to its month, is compared with the
 * stories by content: it is not placed on its ingestion day (years after an archive's stories)
 * nor on the first of its month, and it still does not join another story because of its date.
 */
import { describe, expect, it } from 'vitest';
import { MemoryClusterIndex, clusterFeatures, decide } from '../../src/cluster/index.js';
import { publishedDays } from '../../src/cluster/features.js';
import type { Article } from '../../src/contract/analysis-schema.js';

const art = (id: string, title: string, text: string, published: string | null): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published, language: 'en', text, removed: [], wordCount: 0 });

const DAM = art('d1', 'Kellow dam spillway fails after week of rain', 'The spillway of the Kellow dam failed on Thursday after a week of rain. Engineers from the Marrick Water Board evacuated 900 people from Kellow and Dunmere, the board said.', '2019-11-14');
const ELECTION = art('e1', 'Fenwick wins Arlan mayoral race', 'Councillor Rosa Fenwick won the Arlan mayoral race on Sunday with 52% of the vote. Fenwick promised to reopen the Arlan tram line, her campaign said.', '2019-11-10');

// about ten years after the stories: an archive ingested today.
const INGEST_DAY = 20_400;

const CASES: { name: string; published: string | null; article: [string, string]; joins: boolean }[] = [
  { name: 'undated, same dam', published: null, article: ['Marrick Water Board defends Kellow dam checks', 'The Marrick Water Board said the Kellow dam spillway had passed its checks. About 900 people from Kellow and Dunmere are still in shelters.'], joins: true },
  { name: 'month only, same dam', published: '2019-11', article: ['Kellow residents return after dam spillway failure', 'Residents of Kellow and Dunmere returned home after the Kellow dam spillway failed. The Marrick Water Board said repairs would take months.'], joins: true },
  { name: 'month only, same election', published: '2019-11', article: ['Fenwick sworn in as Arlan mayor', 'Rosa Fenwick was sworn in as mayor of Arlan and repeated her promise to reopen the Arlan tram line.'], joins: true },
  { name: 'undated, other story (must not join)', published: null, article: ['Ostrel ferry strike ends', 'Crews of the Ostrel ferry ended their strike after the operator agreed a pay rise, the Ostrel seafarers union said.'], joins: false },
  { name: 'month only, a year later (must not join)', published: '2020-11', article: ['Kellow residents return after dam spillway failure', 'Residents of Kellow and Dunmere returned home after the Kellow dam spillway failed. The Marrick Water Board said repairs would take months.'], joins: false },
];

describe('undated and month-only articles are clustered by content', () => {
  it.each(CASES)('$name', async ({ published, article, joins }) => {
    const index = new MemoryClusterIndex();
    for (const seed of [DAM, ELECTION]) {
      const f = clusterFeatures(seed, { ingestDay: INGEST_DAY });
      index.add(seed.id, f, await decide(f, index));
    }
    const d = await decide(clusterFeatures(art('x1', article[0], article[1], published), { ingestDay: INGEST_DAY }), index);
    expect(d.kind === 'join').toBe(joins);
  });

  it('reads the days an article may be from', () => {
    const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
    expect(publishedDays('2019-11-14')).toEqual([day('2019-11-14'), day('2019-11-14')]);
    expect(publishedDays('2019-11')).toEqual([day('2019-11-01'), day('2019-11-30')]);
    const [from, to] = publishedDays(null);
    expect(from).toBeLessThan(day('1900-01-01'));
    expect(to).toBeGreaterThan(day('2100-01-01'));
  });
});
