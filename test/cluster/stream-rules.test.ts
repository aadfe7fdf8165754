/**
 * The rules of issue 17 on articles we write (two topics per rule): an undated article joins its
 * story without stretching the story's window; a month-dated one joins its month's story, not the
 * same place's story of another month; two same-week stories sharing only a head of government
 * stay apart; a follow-up three days later joins.
 */
import { describe, expect, it } from 'vitest';
import { MemoryClusterIndex, clusterFeatures, decide } from '../../src/cluster/index.js';
import type { Article } from '../../src/contract/analysis-schema.js';

const art = (id: string, published: string | null, title: string, text: string): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published, language: 'en', text, removed: [], wordCount: 0 });

// an archive ingested years after its stories.
const INGEST_DAY = 20_400;

/** Cluster `stream` in order; the story of each article id. */
async function cluster(stream: readonly Article[]): Promise<{ story: Map<string, number>; index: MemoryClusterIndex }> {
  const index = new MemoryClusterIndex();
  for (const a of stream) {
    const f = clusterFeatures(a, { ingestDay: INGEST_DAY });
    index.add(a.id, f, await decide(f, index));
  }
  return { story: index.assignments(), index };
}

// A background story both stream share, so the stream is never trivially small.
const BACKGROUND = art('bg', '2021-03-10', 'Tolsey library reopens after roof repairs', 'The Tolsey public library reopened on Wednesday after eight months of roof repairs. The Tolsey council spent 1.2 million on the work, the librarian said.');

const CASES: { name: string; stream: Article[]; together: [string, string][]; apart: [string, string][] }[] = [
  {
    name: 'an undated article joins its story (flood)',
    stream: [
      BACKGROUND,
      art('f1', '2021-03-11', 'River Wend floods Callow as levee breaks', 'The River Wend burst a levee at Callow on Thursday and flooded 300 homes. The Wend Valley rescue service moved 1,100 residents to the Callow sports hall.'),
      art('f2', '2021-03-12', 'Callow levee breach leaves 300 homes under water', 'About 300 homes in Callow were under water after the River Wend broke through a levee. The Wend Valley rescue service said 1,100 residents spent the night in the sports hall.'),
      art('f3', null, 'Callow residents count the cost of the River Wend flood', 'Residents of Callow returned to 300 flooded homes after the River Wend levee broke. The Wend Valley rescue service closed the sports hall shelter.'),
    ],
    together: [['f1', 'f3'], ['f2', 'f3']],
    apart: [['bg', 'f3']],
  },
  {
    name: 'an undated article joins its story (transfer)',
    stream: [
      BACKGROUND,
      art('t1', '2021-03-09', 'Harrowgate United sign striker Pavel Drozny', 'Harrowgate United signed the striker Pavel Drozny from Vessen for a club record fee of 18 million. Drozny signed a four-year contract, the club said.'),
      art('t2', null, 'Drozny completes record move to Harrowgate United', 'Pavel Drozny completed his record move from Vessen to Harrowgate United. The striker signed a four-year contract worth 18 million.'),
    ],
    together: [['t1', 't2']],
    apart: [['bg', 't2']],
  },
  {
    name: 'a month-dated article joins its month, not the same town a year later (strike)',
    stream: [
      BACKGROUND,
      art('s1', '2020-03-04', 'Bus drivers in Orrin strike over pay', 'Bus drivers in Orrin walked out on Wednesday over pay, halting 40 routes. The Orrin Transit Union asked for a 6% rise, the union said.'),
      art('s2', '2021-03-03', 'Bus drivers in Orrin strike over pay again', 'Bus drivers in Orrin walked out again on Wednesday over pay, halting 40 routes. The Orrin Transit Union asked for a 5% rise, the union said.'),
      art('s3', '2021-03', 'Orrin bus strike halts 40 routes', 'The strike by Orrin bus drivers halted 40 routes. The Orrin Transit Union said drivers wanted a 5% rise.'),
    ],
    together: [['s2', 's3']],
    apart: [['s1', 's3'], ['s1', 's2']],
  },
  {
    name: 'a month-dated article joins its month (vaccine plant)',
    stream: [
      BACKGROUND,
      art('v1', '2021-03-02', 'Medrona opens vaccine plant in Ashby', 'Medrona opened a vaccine plant in Ashby on Tuesday that will employ 450 people. The plant will fill 90 million doses a year, Medrona said.'),
      art('v2', '2021-03', 'Ashby vaccine plant to fill 90 million doses', 'The Medrona plant in Ashby will fill 90 million vaccine doses a year and employ 450 people, the company said.'),
    ],
    together: [['v1', 'v2']],
    apart: [['bg', 'v2']],
  },
  {
    name: 'two same-week stories sharing only a head of government stay apart',
    stream: [
      BACKGROUND,
      art('p1', '2021-03-15', 'Prime Minister Elsa Varden opens Brennock bridge', 'Prime Minister Elsa Varden opened the Brennock toll bridge on Monday, cutting the crossing to the island to six minutes. The bridge cost 410 million.'),
      art('p2', '2021-03-17', 'Prime Minister Elsa Varden names new finance minister', 'Prime Minister Elsa Varden named Tomas Reyl finance minister on Wednesday after Ines Galt resigned over the budget. Reyl ran the central bank until May.'),
      art('p3', '2021-03-18', 'Elsa Varden backs fishing quota deal', 'Prime Minister Elsa Varden said the government backed the fishing quota deal agreed with Norland on Thursday. Trawler owners called the cod quota too low.'),
    ],
    together: [],
    apart: [['p1', 'p2'], ['p1', 'p3'], ['p2', 'p3']],
  },
  {
    name: 'a follow-up three days later joins (quake toll, trial verdict)',
    stream: [
      BACKGROUND,
      art('q1', '2021-03-12', 'Earthquake in Sarnos kills 40', 'A magnitude 6.4 earthquake struck the Sarnos valley on Friday, killing 40 people and destroying the Sarnos hospital, the civil defence agency said.'),
      art('q2', '2021-03-15', 'Sarnos earthquake death toll rises to 112', 'The death toll from the magnitude 6.4 earthquake in the Sarnos valley rose to 112 on Monday, the civil defence agency said, as rescuers searched the hospital ruins.'),
      art('j1', '2021-03-08', 'Trial of former mayor Lud Harnet opens', 'The bribery trial of the former Kestle mayor Lud Harnet opened on Monday. Prosecutors say Harnet took 300,000 from a builder for the harbour contract.'),
      art('j2', '2021-03-11', 'Former mayor Lud Harnet found guilty of bribery', 'The former Kestle mayor Lud Harnet was found guilty of taking 300,000 in bribes from a builder for the harbour contract on Thursday.'),
    ],
    together: [['q1', 'q2'], ['j1', 'j2']],
    apart: [['q1', 'j1'], ['bg', 'q2']],
  },
];

describe('clustering rules for real streams', () => {
  it.each(CASES)('$name', async ({ stream, together, apart }) => {
    const { story } = await cluster(stream);
    for (const [a, b] of together) expect(story.get(a), `${a} + ${b}`).toBe(story.get(b));
    for (const [a, b] of apart) expect(story.get(a), `${a} / ${b}`).not.toBe(story.get(b));
  });

  it('an undated member never stretches its story’s window', async () => {
    const stream = CASES[0]!.stream;
    const { story, index } = await cluster(stream);
    const p = index.profile(story.get('f3')!);
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    expect([p?.firstDay, p?.lastDay]).toEqual([day('2021-03-11'), day('2021-03-12')]);
  });
});
