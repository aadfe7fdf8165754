/**
 * Title names (features.ts namesInTitle) and the same-day rule they feed (decide.ts): two accounts
 * of one day whose headlines name the same rare name — an op-ed and a report of one event — join
 * at the same-day bar even when they share fewer than two names in their leads. Must-not cases:
 * the same pair two days apart, a name common in the store, and a title that names only a place
 * shared with another event of that day (its score stays under the bar).
 */
import { describe, expect, it } from 'vitest';
import { clusterFeatures } from '../../src/cluster/index.js';
import { namesInTitle } from '../../src/cluster/features.js';
import type { Article } from '../../src/contract/analysis-schema.js';
import { art, decisionAfter as decision } from '../helpers/cluster-cases.js';

describe('namesInTitle', () => {
  const CASES: { title: string; entities: string[]; names: string[] }[] = [
    { title: 'Punishing Kestrel, the governor signals a long fight', entities: ['kestrel', 'ada price'], names: ['kestrel'] },
    { title: 'Why Senator Vallow’s Water Bill Will Fail', entities: ['senator vallow', 'river board'], names: ['senator', 'vallow'] },
    { title: 'Prices Rise Again As Winter Nears', entities: ['central bank', 'marta quill'], names: [] },
    { title: '', entities: ['kestrel'], names: [] },
  ];
  it.each(CASES)('$title', ({ title, entities, names }) => {
    expect(namesInTitle(title, entities)).toEqual(names);
  });
});

// Other news (NORLAND_BACKGROUND), so the title names below are rare and "Norland" (named by every article) is not.

const OPED_FERRY = art('a', '2024-05-14', 'The Quillon ferry sale is a giveaway', 'A public service built over a century should not go for a token sum. Whoever runs the Quillon boats next will cut the winter crossings first, and the minister knows it.');
const REPORT_FERRY = art('b', '2024-05-14', 'Norland agrees to sell Quillon ferry line', 'The transport ministry agreed on Tuesday to sell the Quillon ferry line to Harbourway Shipping for one krona, promising islanders that timetables would not change for five years.');
const OPED_DAM = art('a', '2024-05-20', 'Stop the Ebbersley dam before it drowns a valley', 'Families have farmed the fields below Ebbersley for generations. Drowning them for electricity that wind turbines could make is a choice, not a necessity.');
const REPORT_DAM = art('b', '2024-05-20', 'Regional board approves Ebbersley dam', 'The regional water board voted on Monday to approve a 90-metre dam at Ebbersley, which will flood part of the valley and supply power to 40,000 homes from 2030.');

describe('same-day accounts whose titles name the same rare name', () => {
  const CASES: { name: string; first: Article; next: Article; joins: boolean }[] = [
    { name: 'ferry sale: op-ed and report', first: OPED_FERRY, next: REPORT_FERRY, joins: true },
    { name: 'dam plan: op-ed and report', first: OPED_DAM, next: REPORT_DAM, joins: true },
    { name: 'ferry sale two days apart (must not join)', first: OPED_FERRY, next: { ...REPORT_FERRY, published: '2024-05-16' }, joins: false },
    { name: 'dam plan two days apart (must not join)', first: OPED_DAM, next: { ...REPORT_DAM, published: '2024-05-22' }, joins: false },
    {
      name: 'a common name in both titles (must not join)',
      first: art('a', '2024-05-14', 'Norland must not sell its ferries', 'Selling the ferry line to a private operator for a token sum hands away a public service that Norland islanders depend on.'),
      next: art('b', '2024-05-14', 'Norland agrees to sell ferry line', 'The Norland transport ministry agreed on Tuesday to sell the ferry line to Harbourway Shipping for one krona, promising islanders that timetables would not change for five years.'),
      joins: false,
    },
    {
      name: 'same place, another event that day (must not join)',
      first: OPED_DAM,
      next: art('b', '2024-05-20', 'Ebbersley school wins choir contest', 'Pupils from the village school at Ebbersley won the regional choir contest on Monday with a song about the river, their teacher said.'),
      joins: false,
    },
  ];
  it('reads the common name as a title name (so the must-not case tests its rarity)', () => {
    expect(clusterFeatures(CASES[4]!.next).titleNames).toEqual(['norland']);
  });

  it.each(CASES)('$name', async ({ first, next, joins }) => {
    const d = await decision(first, next);
    expect(d.kind).toBe(joins ? 'join' : 'new');
    if (d.kind !== 'join') return;
    // it is this rule that joins: below the general bar, fewer than two shared names, and new when the same-day bar is the general one
    expect(d.reason.score).toBeLessThan(0.3);
    expect(d.reason.sharedEntities.length).toBeLessThan(2);
    expect((await decision(first, next, { sameDayJoinThreshold: 0.3 })).kind).toBe('new');
  });
});
