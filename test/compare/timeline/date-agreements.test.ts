/** Date agreements: the same fact worded differently by several articles, and events that must stay apart. */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/contract/analysis-schema.js';
import { eventHead } from '../../../src/compare/timeline/event-head.js';
import { timeline } from './timeline-helpers.js';

type Doc = [id: string, text: string, published: string | null];

const agreed = (claims: readonly Claim[]) => claims.filter((c) => c.kind === 'date' && c.status === 'agreed');

interface AgreeCase {
  readonly name: string;
  readonly docs: readonly Doc[];
  /** the agreed dates expected, each with its articles; [] = none must be found. */
  readonly expect: readonly [date: string, articles: readonly string[]][];
  /** a date whose events must stay apart on the timeline (one article each). */
  readonly apart?: string;
}

const CASES: readonly AgreeCase[] = [
  {
    name: 'museum opened / was inaugurated in the same year',
    docs: [
      ['museum-a', 'The Harbour Museum opened in 1972 and houses a collection of ship models.', '2024-04-02'],
      ['museum-b', 'The Harbour Museum, which was inaugurated in 1972, drew 40,000 visitors last year.', '2024-04-03'],
    ],
    expect: [['1972', ['museum-a', 'museum-b']]],
  },
  {
    name: 'party founded / established in the same year',
    docs: [
      ['party-a', 'The Green Alliance was founded in 1990 by a group of teachers in Tarnow.', '2023-10-01'],
      ['party-b', 'Established in 1990, the Green Alliance now holds four seats in parliament.', '2023-10-02'],
    ],
    expect: [['1990', ['party-a', 'party-b']]],
  },
  {
    name: 'group designated / listed / classified since the same year (three articles)',
    docs: [
      ['ban-a', 'The ministry designated the Red Hand Front as a terrorist group in 2004.', '2022-02-01'],
      ['ban-b', 'The Red Hand Front has been listed as a terrorist organisation by the ministry since 2004.', '2022-02-01'],
      ['ban-c', 'Officials classified the Red Hand Front as a terrorist organisation in 2004, and its leaders fled abroad.', '2022-02-02'],
    ],
    expect: [['2004', ['ban-a', 'ban-b', 'ban-c']]],
  },
  {
    name: 'office held since the same year',
    docs: [
      ['mayor-a', 'Lucia Ortega, mayor since 2015, said the budget was balanced.', '2025-06-10'],
      ['mayor-b', 'Lucia Ortega has been mayor since 2015 and is running for a third term.', '2025-06-11'],
    ],
    expect: [['2015', ['mayor-a', 'mayor-b']]],
  },
  {
    name: 'must not: a club winning the league and sacking its manager in one year',
    docs: [
      ['club-a', 'In 2019 the club won the league.', '2024-08-01'],
      ['club-b', 'In 2019 the club sacked its manager.', '2024-08-01'],
    ],
    expect: [],
    apart: '2019',
  },
  {
    name: 'must not: a named club winning the league and sacking its manager in one year',
    docs: [
      ['club-a', 'Harlow Town won the league title in 2019.', '2024-08-01'],
      ['club-b', 'Harlow Town sacked its manager in 2019.', '2024-08-01'],
    ],
    expect: [],
    apart: '2019',
  },
  {
    name: 'must not: the same opening given different years (no agreement, too far apart for a conflict)',
    docs: [
      ['museum-a', 'The Harbour Museum opened in 1972 and houses ship models.', '2024-04-02'],
      ['museum-b', 'The Harbour Museum opened in 1973 and houses ship models.', '2024-04-02'],
    ],
    expect: [],
  },
  {
    name: 'must not: one article stating the date twice',
    docs: [['museum-a', 'The Harbour Museum opened in 1972. Since it was inaugurated in 1972, the Harbour Museum has doubled in size.', '2024-04-02']],
    expect: [],
  },
  {
    name: 'must not: two openings in the same year of different things',
    docs: [
      ['city-a', 'The Harbour Museum opened in 1972.', '2024-04-02'],
      ['city-b', 'The ring road opened to traffic in 1972.', '2024-04-02'],
    ],
    expect: [],
    apart: '1972',
  },
  {
    name: 'the day of the event agrees; the day officials spoke is not an event agreement',
    docs: [
      ['fire-a', 'A warehouse fire in Dunholm killed three workers on Monday, fire officials said on Tuesday.', '2024-03-06'],
      ['fire-b', 'Three workers died in a warehouse fire in Dunholm on Monday, fire officials said on Tuesday.', '2024-03-06'],
    ],
    expect: [['2024-03-04', ['fire-a', 'fire-b']]],
  },
  {
    name: 'heaters manufactured / made between the same dates (product recall)',
    docs: [
      ['heater-a', 'The recall covers Brightwarm heaters manufactured between March 2, 2019 and May 30, 2021, the regulator said.', '2022-01-10'],
      ['heater-b', 'Brightwarm heaters made between March 2, 2019 and May 30, 2021 are affected by the recall.', '2022-01-11'],
    ],
    // the end of the range is nearer "recall" in one and "said" in the other: only the start agrees
    expect: [['2019-03-02', ['heater-a', 'heater-b']]],
  },
  {
    name: 'dockers rejected / voted down the offer on the same day (labour)',
    docs: [
      ['dock-a', 'Members of the Harbour Dockers Union rejected the pay offer on March 3, 2024.', '2024-03-05'],
      ['dock-b', 'The Harbour Dockers Union voted down the pay offer on March 3, 2024, by a wide margin.', '2024-03-06'],
    ],
    expect: [['2024-03-03', ['dock-a', 'dock-b']]],
  },
  {
    name: 'a recall and a manufacture on one date are two events, not one agreement',
    docs: [
      ['lamp-a', 'Lumo lamps were recalled on June 4, 2020 after two fires.', '2020-07-01'],
      ['lamp-b', 'The first Lumo lamps were manufactured on June 4, 2020 in Tarnow.', '2020-07-02'],
    ],
    expect: [],
    apart: '2020-06-04',
  },
];

describe('date agreements across articles', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const t = timeline(...c.docs);
    const got = agreed(t.claims).map((cl) => [cl.values[0]!.normalized, cl.articles] as const);
    expect(got, JSON.stringify(t.events.map((e) => [e.date, e.articles, e.description]))).toEqual(c.expect);
    if (c.apart !== undefined) {
      const onDate = t.events.filter((e) => e.date === c.apart);
      expect(onDate.length, `events on ${c.apart}`).toBeGreaterThanOrEqual(2);
      expect(onDate.every((e) => e.articles!.length === 1), JSON.stringify(onDate)).toBe(true);
    }
    for (const cl of agreed(t.claims)) {
      expect(cl.values).toHaveLength(1);
      const v = cl.values[0]!;
      expect(new Set(v.evidence.map((s) => s.article))).toEqual(new Set(v.articles));
      expect(c.docs.some(([, text]) => text.includes(v.value)), `value "${v.value}" is written in an article`).toBe(true);
    }
  });

  it('writes the date as one article has it, and the topic from the event', () => {
    const t = timeline(...CASES[0]!.docs);
    const c = agreed(t.claims)[0]!;
    expect(c.values[0]!.value).toBe('1972');
    expect(c.topic).toMatch(/Harbour Museum/);
    expect(t.events.filter((e) => e.date === '1972')).toHaveLength(1);
  });

  it('keeps date conflicts as conflicts, never agreements', () => {
    const t = timeline(
      ['count-a', 'The electoral board certified the county results on Tuesday.', '2024-11-08'],
      ['count-b', 'The electoral board certified the county results on Wednesday, officials said.', '2024-11-08'],
      ['count-c', 'The electoral board certified the county results on Tuesday.', '2024-11-08'],
    );
    expect(t.claims.map((c) => c.status)).toEqual(['conflict']);
  });

  it('is byte-identical whatever the input order', () => {
    const docs = [...CASES[2]!.docs, ...CASES[1]!.docs];
    expect(JSON.stringify(timeline(...[...docs].reverse()))).toBe(JSON.stringify(timeline(...docs)));
  });
});

describe('event heads', () => {
  const HEADS: readonly [text: string, date: string, head: string | null][] = [
    ['Its designation as a terrorist group in 2004 changed little.', '2004', 'designate'],
    ['The group, banned in 2004, was designated a terrorist group later.', '2004', 'ban'],
    ['The plant was classified as a heritage site in 1988.', '1988', 'designate'],
    ['The bridge opened in 1968 and was extended in 1994.', '1968', 'open'],
    ['The bridge opened in 1968 and was extended in 1994.', '1994', 'extend'],
    ['The chief executive stepped down in 2021.', '2021', 'resign'],
    ['Police took him into custody in 2020.', '2020', null],
    ['He was taken into custody in 2020.', '2020', 'arrest'],
    ['Ruiz, governor since 2019, said little.', '2019', 'office:governor'],
    ['The storm hit on Monday, officials said on Tuesday.', 'Tuesday', null],
    ['The clinic has been run by the State Department since 2002.', '2002', null],
    ['The two firms merged in 2011.', '2011', 'merge'],
  ];
  it.each(HEADS)('%s [%s] → %s', (text, date, head) => {
    const start = text.indexOf(date);
    const span = { article: 'x', start, end: start + date.length };
    expect(eventHead(text, { article: 'x', start: 0, end: text.length }, span)).toBe(head);
  });
});
