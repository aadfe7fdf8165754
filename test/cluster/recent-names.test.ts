/**
 * Names common in recent news (CandidateSource.recentNames, decide.ts commonNames): a name found in
 * a large share of the last month's dated articles — a head of government, a big club — weighs
 * little as shared evidence, so two stories of one week that share it and some everyday words stay
 * apart, while the same pair with a rare shared name still joins. Must-not cases: a sparse window
 * (too few articles for a share to mean anything) and the rule switched off both leave the
 * all-time weight, under which the pair joins.
 */
import { describe, expect, it } from 'vitest';
import { MemoryClusterIndex, clusterFeatures, decide, type ClusterOptions } from '../../src/cluster/index.js';
import type { Article } from '../../src/contract/analysis-schema.js';

const art = (id: string, published: string, title: string, text: string): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published, language: 'en', text, removed: [], wordCount: 0 });

const PLACES = ['Tolsey', 'Marl Valley', 'Dunmere', 'Kellow', 'Arlan', 'Brennick', 'Heddle', 'Ostrel', 'Vessby', 'Quillon', 'Ebbersley', 'Carrow'];
const SUBJECTS = ['library roof', 'cheese prize', 'bakery chain', 'harbour wall', 'tram depot', 'court building', 'pit museum', 'ferry pier', 'school choir', 'island bridge', 'river dam', 'bus station'];
const day = (n: number) => new Date(Date.UTC(2024, 2, 1 + n)).toISOString().slice(0, 10);

/** `n` dated articles over the 30 days before 2024-03-31; every `every`-th names `actor`. */
function background(n: number, actor: string, every: number): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const place = PLACES[i % PLACES.length]!;
    const subject = SUBJECTS[(i * 5) % SUBJECTS.length]!;
    const who = i % every === 0 ? ` ${actor} praised the work.` : '';
    return art(`bg${i}`, day(i % 30), `${place} ${subject} news ${i}`, `Work on the ${subject} in ${place} moved on this week, the ${place} council said in item ${i}.${who}`);
  });
}

async function decision(bg: readonly Article[], story: Article, next: Article, options?: ClusterOptions) {
  const index = new MemoryClusterIndex();
  for (const a of [...bg, story]) {
    const f = clusterFeatures(a, options);
    index.add(a.id, f, await decide(f, index, options));
  }
  return decide(clusterFeatures(next, options), index, options);
}

const PM = 'Prime Minister Halvard Stenlund';
const CLUB = 'Orrin Rovers chairman Piet Langer';

const CASES: { name: string; actor: string; story: Article; next: Article }[] = [
  {
    name: 'head of government: a wind farm and a school visit',
    actor: PM,
    story: art('s', '2024-03-31', 'Wind farm approved off Kellow', `The Kellow offshore wind farm was approved on Sunday. ${PM} said the decision showed the government keeps its promises to coastal towns.`),
    next: art('x', '2024-03-31', 'New science wing for Arlan school', `A science wing opened at the Arlan grammar school on Sunday. ${PM} said it showed the government keeps its promises to young people.`),
  },
  {
    name: 'big club: a stadium plan and a youth cup',
    actor: CLUB,
    story: art('s', '2024-03-31', 'Rovers unveil stadium plan', `Plans for a 30,000-seat stadium at the Heddle docks were unveiled on Sunday. ${CLUB} said the club keeps its promises to supporters.`),
    next: art('x', '2024-03-31', 'Rovers youth side win county cup', `The under-18 side won the county cup at Brennick on Sunday. ${CLUB} said the club keeps its promises to young players.`),
  },
];

describe('a name common in recent news weighs little', () => {
  it.each(CASES)('$name: apart when the name is common in the last month', async ({ actor, story, next }) => {
    expect((await decision(background(240, actor, 8), story, next)).kind).toBe('new');
  });

  it.each(CASES)('$name: joined when the rule is off (so it is this rule that keeps them apart)', async ({ actor, story, next }) => {
    expect((await decision(background(240, actor, 8), story, next, { recentDays: 0 })).kind).toBe('join');
  });

  it.each(CASES)('$name: all-time weight in a sparse window (must not apply)', async ({ actor, story, next }) => {
    expect((await decision(background(40, actor, 8), story, next)).kind).toBe('join');
  });

  it.each(CASES)('$name: all-time weight when the name is rare in the window (must not apply)', async ({ actor, story, next }) => {
    expect((await decision(background(240, actor, 1000), story, next)).kind).toBe('join');
  });
});
