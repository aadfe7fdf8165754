import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/contract/analysis-schema.js';
import { claimsOf, type PairCase } from './helpers.js';

/**
 * Numbers outlets disagree on (issue 15), on articles written for this test — an earthquake and a
 * flood, a football transfer and a salary, a hostage release and a rescue, an election — with a
 * must-not case for each failure kind: units, money per period, durations, scope (part vs total),
 * running counts by report time, ranges and ratios, different referents in one article.
 */
type Case = PairCase;

const CASES: readonly Case[] = [
  // units: converted to one unit per dimension before comparing
  { name: 'quake depth in miles and in km agree', a: 'The earthquake struck at a depth of 6.2 miles, the survey said.', b: 'The quake struck at a depth of 10 km, the agency said.', figure: 6.2, other: 10, status: 'agreed' },
  { name: 'quake depth 6 miles vs 20 km conflict after conversion', a: 'The earthquake struck at a depth of 6 miles.', b: 'The quake struck at a depth of 20 km.', figure: 6, other: 20, status: 'conflict', why: /after conversion to km/ },
  { name: 'a dam wall height in feet and metres agree', a: 'The dam wall, 300 feet high, cracked during the flood.', b: 'The dam wall, 91 metres high, cracked during the flood.', figure: 300, other: 91, status: 'agreed' },
  // money over a period: per year
  { name: 'a salary per week and per year agree', a: 'The striker will earn a salary of £200,000 a week at his new club.', b: 'The striker will earn a salary of £10.4m a year at his new club.', figure: 200000, other: 10400000, status: 'agreed' },
  { name: 'a salary per week and a different one per year conflict', a: 'The striker will earn a salary of £200,000 a week at his new club.', b: 'The striker will earn a salary of £5m a year at his new club.', figure: 200000, other: 5000000, status: 'conflict', why: /per year/ },
  { name: 'must not: a fee in pounds is never compared with one in euros', a: 'The club paid a transfer fee of £45m for the winger.', b: 'The club paid a transfer fee of €52m for the winger.', figure: 45000000, other: 52000000, status: 'apart' },
  // durations: months and days
  { name: 'captivity in months and in days agree', a: 'The aid worker was held captive for 16 months, her family said.', b: 'The aid worker was held captive for 489 days, her family said.', figure: 16, other: 489, status: 'agreed' },
  { name: 'captivity of 16 months vs 300 days conflict', a: 'The aid worker was held captive for 16 months, her family said.', b: 'The aid worker was held captive for 300 days, her family said.', figure: 16, other: 300, status: 'conflict' },
  // scope: one occasion or part vs the total
  { name: 'must not: six freed at one handover vs 33 freed in all', a: 'The group freed six hostages at one handover in the square.', b: 'The group has freed 33 hostages in all since the truce began.', figure: 6, other: 33, status: 'apart' },
  { name: 'must not: miners rescued in one shaft alone vs the total so far', a: 'Crews rescued 12 miners from the north shaft alone.', b: 'Crews have rescued 40 miners so far.', figure: 12, other: 40, status: 'apart' },
  { name: 'must not: a toll in one county vs the total toll', a: 'The storm killed 14 people in Harlow County, officials said.', b: 'The storm killed 52 people, officials said.', figure: 14, other: 52, status: 'apart' },
  { name: 'must not: votes counted in one district vs in all', a: 'Officials counted 4,120 ballots in one district on Sunday.', b: 'Officials counted 98,400 ballots in total on Sunday.', figure: 4120, other: 98400, status: 'apart' },
  // ratios and ranges
  { name: 'one in four voters and 25% of voters agree', a: 'One in four voters backed the independent candidate.', b: 'About 25% of voters backed the independent candidate.', figure: 25, other: 25, status: 'agreed' },
  // running counts by report time
  { name: 'a toll revised down slightly later is an update, not a conflict', a: 'The derailment killed 288 people, the railway said.', b: 'The derailment killed 275 people, the railway said after removing double counts.', figure: 288, other: 275, status: 'updated', published: ['2026-06-03T08:00:00Z', '2026-06-04T18:00:00Z'] },
  { name: 'an earlier figure a later report corrects ("to 275 from 288") does not make that report the larger one', a: 'The derailment killed 288 people, the railway said.', b: 'Officials revised the toll of the derailment to 275 from 288 after finding double counts.', figure: 288, other: 275, status: 'updated', published: ['2026-06-03T08:00:00Z', '2026-06-05T18:00:00Z'] },
  { name: 'must not: a toll that halves later is not an update', a: 'The derailment killed 288 people, the railway said.', b: 'The derailment killed 120 people, the railway said.', figure: 288, other: 120, status: 'conflict', published: ['2026-06-03T08:00:00Z', '2026-06-04T18:00:00Z'] },
  { name: 'must not: two tolls from the same hour are a conflict', a: 'The derailment killed 288 people, the railway said.', b: 'The derailment killed 275 people, the railway said.', figure: 288, other: 275, status: 'conflict', published: ['2026-06-03T08:00:00Z', '2026-06-03T08:00:00Z'] },
];

const has = (c: Claim, n: number) => c.values.some((v) => v.normalized === n || v.value.replace(/,/g, '').includes(String(n)));

describe('numbers outlets disagree on: units, money per period, durations, scope, running counts', () => {
  it.each(CASES)('$name', ({ a, b, figure, other, status, why, published }) => {
    const { claims } = claimsOf([{ id: 'n1', published: published?.[0] ?? null, text: a }, { id: 'n2', published: published?.[1] ?? null, text: b }]);
    const both = claims.filter((c) => c.kind === 'quantity' && has(c, figure) && has(c, other) && (c.articles ?? []).length === 2);
    const listed = claims.map((c) => `${c.topic} [${c.status}] ${c.values.map((v) => v.value).join(' / ')}`).join('; ');
    if (status === 'apart') {
      expect(both, `figures ${figure} and ${other} should be in different claims; got ${listed}`).toEqual([]);
      expect(claims.some((c) => c.kind === 'quantity' && has(c, figure)), `no claim on ${figure}: ${listed}`).toBe(true);
      return;
    }
    expect(both.length, `no claim with ${figure} and ${other}: ${listed}`).toBe(1);
    expect(both[0]!.status).toBe(status);
    if (why) expect(both[0]!.why).toMatch(why);
    if (status === 'conflict' || status === 'updated') expect(both[0]!.why, 'a conflict or update says why').toBeTruthy();
  });
});

describe('different referents in one article are not a conflict', () => {
  it('eight models and 134 models, both stated by one outlet, are two claims', () => {
    const { claims } = claimsOf([
      { id: 'r1', published: null, text: 'The recall covers 134 models of heaters. It also applies to eight models of fans.' },
      { id: 'r2', published: null, text: 'The recall involves 134 models of heaters and fans.' },
      { id: 'r3', published: null, text: 'The recall also includes eight models of fans.' },
    ]);
    const models = claims.filter((c) => c.topic === 'models');
    expect(models.map((c) => c.status).sort(), claims.map((c) => `${c.topic} [${c.status}]`).join('; ')).toEqual(['agreed', 'agreed']);
  });
  it('must not: two outlets giving 12 and 14 plants, neither stating both, still conflict', () => {
    const { claims } = claimsOf([
      { id: 's1', published: null, text: 'Workers walked out at 12 plants across the region.' },
      { id: 's2', published: null, text: 'Workers walked out at 14 plants across the region.' },
    ]);
    expect(claims.find((c) => c.topic === 'plants')?.status).toBe('conflict');
  });
});

describe('update sequences are in report-time order', () => {
  it('an earlier report inside an article ("had put the toll at six") is shown but not its current figure', () => {
    const { claims } = claimsOf([
      { id: 'e1', published: '2026-08-10T06:00:00Z', text: 'The mayor had put the death toll at six on Wednesday morning. By the evening the wildfire had killed 36 people, the county said.' },
      { id: 'e2', published: '2026-08-13T06:00:00Z', text: 'The wildfire has killed 89 people, the county said.' },
    ]);
    const c = claims.find((x) => x.topic === 'people dead')!;
    expect(c.status).toBe('updated');
    expect(c.updates?.map((u) => u.normalized)).toEqual([36, 89]);
  });
  it('undated reports are placed by value among dated ones', () => {
    const { claims } = claimsOf([
      { id: 'w1', published: '2026-08-10T06:00:00Z', text: 'The wildfire has killed 36 people, the county said.' },
      { id: 'w2', published: null, text: 'The wildfire has killed 80 people, the county said.' },
      { id: 'w3', published: '2026-08-13T06:00:00Z', text: 'The wildfire has killed 89 people, the county said.' },
      { id: 'w4', published: null, text: 'The wildfire has killed 96 people, the county said.' },
    ]);
    const c = claims.find((x) => x.topic === 'people dead')!;
    expect(c.status).toBe('updated');
    expect(c.updates?.map((u) => u.article)).toEqual(['w1', 'w2', 'w3', 'w4']);
  });
});
