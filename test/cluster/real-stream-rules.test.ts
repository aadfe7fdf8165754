/**
 * Issue 17's rules for real streams, on articles we wrote (two unrelated topics per rule, with
 * must-not cases): an undated article joins its story; a month-dated one joins the story of its
 * month (a story opened by a month-dated article is dated to that month); two stories of one week
 * that share only a head of government stay apart; a follow-up days later (a toll rising, a
 * verdict) joins, up to followUpDays away at the higher follow-up bar, while a new event of the
 * same actors opens a new story.
 */
import { describe, expect, it } from 'vitest';
import { MemoryClusterIndex, clusterFeatures, decide, type ClusterOptions } from '../../src/cluster/index.js';
import { distinctNames } from '../../src/cluster/decide.js';
import type { Article } from '../../src/contract/analysis-schema.js';

const art = (id: string, published: string | null, title: string, text: string): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published, language: 'en', text, removed: [], wordCount: 0 });

// Other news of the weeks, so document frequencies are those of a store holding more than the case.
const BACKGROUND = [
  art('bg1', '2024-03-04', 'Tolsey library reopens after roof repairs', 'The Tolsey public library reopened on Monday after eight months of roof repairs. The Tolsey council spent 1.2 million on the work, the librarian said.'),
  art('bg2', '2024-03-11', 'Marl Valley cheese wins national prize', 'A blue cheese made by the Hobb family farm in Marl Valley won the national cheese prize, beating 400 entries from across the country.'),
  art('bg3', '2024-04-08', 'Orrin Rovers sack manager after six defeats', 'Orrin Rovers dismissed their manager Piet Langer after a sixth league defeat in a row, the club said on Monday.'),
  art('bg4', '2024-04-15', 'Dunmere bakery chain opens tenth shop', 'The Dunmere bakery chain Crumbwell opened its tenth shop on Monday and plans 50 more jobs this year, its founder said.'),
];

const INGEST_DAY = 20_700;

/** Cluster `story` after the background; the decision for `next` (with `options`) and the ids of `story`'s stories. */
async function decision(story: readonly Article[], next: Article, options?: ClusterOptions) {
  const index = new MemoryClusterIndex();
  const opts = { ingestDay: INGEST_DAY, ...options };
  for (const a of [...BACKGROUND, ...story]) {
    const f = clusterFeatures(a, opts);
    index.add(a.id, f, await decide(f, index, opts));
  }
  const storyIds = new Set(story.map((a) => index.assignments().get(a.id)));
  return { d: await decide(clusterFeatures(next, opts), index, opts), storyIds };
}

/** The story `d` joins, or null for a new story. */
const joined = (d: Awaited<ReturnType<typeof decide>>) => (d.kind === 'join' ? d.storyId : null);

const MINE = [
  art('m1', '2024-03-05', 'Twelve miners trapped after collapse at Carrow pit', 'A tunnel collapsed at the Carrow coal pit near Heddle on Tuesday, trapping twelve miners 300 metres underground. Rescue teams from the Heddle mines rescue station are drilling towards the miners, the pit owner Garrow Coal said.'),
  art('m2', '2024-03-05', 'Rescuers drill towards trapped Carrow miners', 'Rescue teams at the Carrow pit drilled through the night towards twelve miners trapped by a tunnel collapse, Garrow Coal said. Families gathered at the Heddle miners welfare hall.'),
];
const TRIAL = [
  art('t1', '2024-04-02', 'Trial of Vessmark founder opens over investor fraud', 'The trial of Ilse Varnholt, founder of the payments firm Vessmark, opened on Tuesday at the Brennick crown court. Prosecutors say she misled investors about Vessmark accounts before its collapse.'),
  art('t2', '2024-04-02', 'Vessmark investors watch founder’s fraud trial begin', 'Investors who lost savings in the collapse of Vessmark packed the public gallery at Brennick crown court as the fraud trial of its founder Ilse Varnholt began.'),
];

describe('follow-ups join; a new event of the same actors does not', () => {
  const CASES: { name: string; story: readonly Article[]; next: Article; joins: boolean }[] = [
    { name: 'mine collapse, the toll three days later', story: MINE, next: art('x', '2024-03-08', 'Carrow pit toll rises to nine as rescuers reach miners', 'Rescue teams reached the twelve miners trapped by the tunnel collapse at the Carrow coal pit near Heddle: nine were dead and three alive, Garrow Coal said on Friday.'), joins: true },
    { name: 'fraud trial, the verdict three days later', story: TRIAL, next: art('x', '2024-04-05', 'Vessmark founder found guilty of investor fraud', 'A jury at Brennick crown court found Ilse Varnholt, founder of the collapsed payments firm Vessmark, guilty of misleading investors about the Vessmark accounts.'), joins: true },
    { name: 'mine collapse, the toll eight days later (follow-up bar)', story: MINE, next: art('x', '2024-03-13', 'Carrow pit toll rises to nine; inquiry into collapse', 'Nine of the twelve miners trapped by the tunnel collapse at the Carrow coal pit near Heddle died, Garrow Coal said. An inquiry into the collapse of the Carrow tunnel opens next month.'), joins: true },
    { name: 'same pit owner, another event eight days later (must not join)', story: MINE, next: art('x', '2024-03-13', 'Garrow Coal reports higher yearly profit', 'Garrow Coal reported a higher yearly profit on Wednesday as coal prices rose, and said it would pay a larger dividend to shareholders.'), joins: false },
    { name: 'same founder, a new case six days later (must not join)', story: TRIAL, next: art('x', '2024-04-08', 'Varnholt buys harbour hotel in Ostrel', 'Ilse Varnholt bought the old harbour hotel in Ostrel for 4 million and plans to reopen it next summer, the seller said.'), joins: false },
  ];
  it.each(CASES)('$name', async ({ story, next, joins }) => {
    const { d, storyIds } = await decision(story, next);
    expect(joins ? storyIds.has(joined(d) ?? -1) : d.kind).toBe(joins ? true : 'new');
  });

  it('joins beyond the window only at the follow-up bar', async () => {
    const late = CASES[2]!.next;
    expect((await decision(MINE, late)).d.kind).toBe('join');
    expect((await decision(MINE, late, { followUpJoinThreshold: 0.99 })).d.kind).toBe('new');
    // a follow-up found only beyond the window may be joined, never merged
    expect((await decision(MINE, late, { followUpDays: 4 })).d.kind).toBe('new');
  });
});

const PM = 'Prime Minister Halvard Stenlund';
const PRESIDENT = 'President Amara Oduya';

describe('stories of one week that share only a head of government stay apart', () => {
  const CASES: { name: string; story: readonly Article[]; next: Article }[] = [
    {
      name: 'rail strike vs hospital opening',
      story: [art('p1', '2024-03-05', 'Rail workers strike over pay across Norland', `Train drivers walked out across Norland on Tuesday over pay, cancelling most services. ${PM} called the strike reckless and urged the Rail Workers Union to return to talks.`)],
      next: art('x', '2024-03-07', 'New children’s hospital opens in Vessby', `${PM} opened the new children’s hospital in Vessby on Thursday. The hospital has 120 beds and a cancer ward, its director said.`),
    },
    {
      name: 'trade deal vs flood visit',
      story: [art('q1', '2024-04-09', 'Kesh and Lorran sign grain trade deal', `${PRESIDENT} signed a grain trade deal with Lorran on Tuesday that cuts tariffs on wheat and maize for five years, the trade ministry said.`)],
      next: art('x', '2024-04-11', 'Floods force thousands from homes in Tamu delta', `${PRESIDENT} visited the Tamu delta on Thursday, where floods have forced 8,000 people from their homes. Relief agencies are sending tents and water.`),
    },
  ];
  it.each(CASES)('$name', async ({ story, next }) => {
    const { d, storyIds } = await decision(story, next);
    expect(storyIds.has(joined(d) ?? -1)).toBe(false);
  });

  // the same day: the leader named in full and by surname is one shared name, not the two the same-day bar asks for.
  const SAME_DAY: { name: string; story: readonly Article[]; next: Article }[] = [
    {
      name: 'same day: rail strike vs hospital opening',
      story: [art('p1', '2024-03-05', 'Rail workers strike over pay', `On Tuesday ${PM} called the national rail strike reckless. Train drivers walked out over pay, and the government will not reopen talks, said Stenlund at a news conference.`)],
      next: art('x', '2024-03-05', 'Children’s hospital opens in Vessby', `On Tuesday ${PM} opened the children’s hospital in Vessby. Waiting lists for surgery will shrink, said Stenlund at a news conference.`),
    },
    {
      name: 'same day: trade deal vs flood visit',
      story: [art('q1', '2024-04-09', 'Grain trade deal signed with Lorran', `On Tuesday ${PRESIDENT} signed a grain trade deal with Lorran that cuts tariffs on wheat. It is a good day for our farmers, said Oduya in a televised address.`)],
      next: art('x', '2024-04-09', 'Floods force thousands from homes in Tamu delta', `On Tuesday ${PRESIDENT} visited the Tamu delta, where floods forced 8,000 farmers from their homes. Help for our farmers is on its way, said Oduya in a televised address.`),
    },
  ];
  it.each(SAME_DAY)('$name', async ({ story, next }) => {
    const { d, storyIds } = await decision(story, next);
    expect(storyIds.has(joined(d) ?? -1)).toBe(false);
  });

  it.each([
    { names: ['joe biden', 'biden', 'senate'], distinct: 2 },
    { names: ['president amara oduya', 'oduya'], distinct: 1 },
    { names: ['port seltry', 'seltry harbour board'], distinct: 2 },
    // an initialism of a shared name is that name ("nra" of "national rifle association")
    { names: ['seltry harbour safety office', 'shso', 'port seltry'], distinct: 2 },
    { names: ['bank of north norland', 'bnn'], distinct: 1 },
    // must not: initials that spell no shared name's words
    { names: ['norland rail', 'nra'], distinct: 2 },
    { names: ['seltry harbour board', 'shbx'], distinct: 2 },
    { names: [], distinct: 0 },
  ])('counts $names as $distinct distinct names', ({ names, distinct }) => {
    expect(distinctNames(names)).toBe(distinct);
  });
});

describe('undated and month-dated articles', () => {
  const STORM_MARCH = [art('s1', '2024-03-12', 'Storm Idris floods Kellow harbour', 'Storm Idris flooded the harbour at Kellow on Tuesday and tore the roof off the lifeboat station. The Marrick coastguard rescued two fishermen.')];
  const STORM_APRIL = [art('s2', '2024-04-16', 'Storm Perla cuts power to Dunmere coast', 'Storm Perla cut power to 20,000 homes on the Dunmere coast on Tuesday and closed the Dunmere ferry port. Engineers expect repairs to take three days.')];
  const BUDGET_MONTH = [art('b1', '2024-03', 'Arlan council passes budget with tram line money', 'The Arlan council passed its yearly budget with 40 million for reopening the Arlan tram line, councillor Rosa Fenwick said.')];
  const CASES: { name: string; story: readonly Article[]; next: Article; joins: boolean; options?: ClusterOptions }[] = [
    { name: 'undated, storm Idris', story: [...STORM_MARCH, ...STORM_APRIL], next: art('x', null, 'Kellow counts cost of Storm Idris', 'Kellow harbour traders counted the cost of Storm Idris, which flooded the harbour and wrecked the lifeboat station. The Marrick coastguard praised the crew.'), joins: true },
    { name: 'undated, storm Perla', story: [...STORM_APRIL, ...STORM_MARCH], next: art('x', null, 'Dunmere ferry port reopens after Storm Perla', 'The Dunmere ferry port reopened after Storm Perla, and power came back to most of the 20,000 homes on the Dunmere coast that lost it.'), joins: true },
    { name: 'month only, the April storm (joins April, not March)', story: [...STORM_APRIL, ...STORM_MARCH], next: art('x', '2024-04', 'Storm Perla: Dunmere coast power restored', 'Engineers restored power to the 20,000 homes on the Dunmere coast that Storm Perla cut off, and the Dunmere ferry port reopened.'), joins: true },
    { name: 'month only, the April storm dated March (must not join)', story: STORM_APRIL, next: art('x', '2024-02', 'Storm Perla: Dunmere coast power restored', 'Engineers restored power to the 20,000 homes on the Dunmere coast that Storm Perla cut off, and the Dunmere ferry port reopened.'), joins: false },
    { name: 'dated, into a story opened by a month-dated article of its month', story: BUDGET_MONTH, next: art('x', '2024-03-20', 'Arlan tram line to reopen after budget vote', 'Trams will run again on the Arlan line after the council budget set aside 40 million, councillor Rosa Fenwick said on Wednesday.'), joins: true },
    { name: 'dated, a month after the month-dated story (must not join)', story: BUDGET_MONTH, next: art('x', '2024-05-20', 'Arlan tram line to reopen after budget vote', 'Trams will run again on the Arlan line after the council budget set aside 40 million, councillor Rosa Fenwick said on Wednesday.'), joins: false },
  ];
  it.each(CASES)('$name', async ({ story, next, joins, options }) => {
    const { d } = await decision(story, next, options);
    if (!joins) return expect(d.kind).toBe('new');
    // the first article of `story` is the one this case is about
    const index = new MemoryClusterIndex();
    for (const a of [...BACKGROUND, ...story]) {
      const f = clusterFeatures(a, { ingestDay: INGEST_DAY });
      index.add(a.id, f, await decide(f, index, { ingestDay: INGEST_DAY }));
    }
    expect(joined(d)).toBe(index.assignments().get(story[0]!.id));
  });
});
