/**
 * Date conflicts keyed by the event (step 6): one event verb class about one
 * thing, given two dates by two outlets in clauses that share too few words for
 * the word-overlap test — and the events that must stay apart (another thing,
 * another doer of the same surname, a hedge or a denial, a recurring win).
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/contract/analysis-schema.js';
import { sameEventKey } from '../../../src/compare/timeline/06-keyed-date-conflicts.js';
import { timeline } from './timeline-helpers.js';

type Doc = [id: string, text: string, published: string | null];

interface KeyedCase {
  readonly name: string;
  readonly docs: readonly Doc[];
  /** the conflicting dates expected in one claim (sorted); null = no date conflict may be found. */
  readonly expect: readonly string[] | null;
}

const dateConflicts = (claims: readonly Claim[]) => claims.filter((c) => c.kind === 'date' && c.status === 'conflict');

const CASES: readonly KeyedCase[] = [
  {
    name: 'science: a study published on Thursday in one outlet, on Friday in another',
    docs: [
      ['sleep-a', 'Teenagers who sleep less than seven hours score lower in memory tests, the study published Thursday concluded.', '2025-05-16'],
      ['sleep-b', 'The study, published in the journal Sleep Health on Friday, followed 4,000 pupils in three countries.', '2025-05-17'],
    ],
    expect: ['2025-05-15', '2025-05-16'],
  },
  {
    name: 'sport: a cup won on Saturday in one outlet, clinched on Sunday in another',
    docs: [
      ['cup-a', 'Dynamo Kelvar won the regional cup on Saturday with a late penalty against Port Aske.', '2025-05-11'],
      ['cup-b', 'A late penalty against Port Aske gave the fans their party as the team clinched the regional cup on Sunday in Kelvar.', '2025-05-12'],
    ],
    expect: ['2025-05-10', '2025-05-11'],
  },
  {
    name: 'business: a takeover dated to the same month of two years (a one-time event)',
    docs: [
      ['dairy-a', 'Norvik Foods bought Castell Dairy in March 2021 for 40 million euros.', '2025-02-03'],
      ['dairy-b', 'Since the purchase of Castell Dairy in March 2022, Norvik Foods has cut 300 jobs.', '2025-02-04'],
    ],
    expect: ['2021-03', '2022-03'],
  },
  {
    name: 'must not: the semi-final won on Thursday and the final won on Saturday',
    docs: [
      ['semi-a', 'Dynamo Kelvar won the semi-final on Thursday in front of 9,000 fans.', '2025-05-11'],
      ['semi-b', 'Dynamo Kelvar won the final on Saturday in front of 12,000 fans.', '2025-05-11'],
    ],
    expect: null,
  },
  {
    name: 'must not: "was expected to win" on Saturday is not a win on Saturday',
    docs: [
      ['hedge-a', 'Dynamo Kelvar was expected to win the regional cup on Saturday against Port Aske.', '2025-05-09'],
      ['hedge-b', 'Dynamo Kelvar won the regional cup on Sunday after extra time.', '2025-05-12'],
    ],
    expect: null,
  },
  {
    name: 'must not: a denial is not an account of the event',
    docs: [
      ['deny-a', 'The ministry did not publish the water audit on Monday despite its promise.', '2025-08-07'],
      ['deny-b', 'The ministry published the water audit on Wednesday after weeks of delay.', '2025-08-07'],
    ],
    expect: null,
  },
  {
    name: 'must not: two sprinters of one surname winning the sprint on two days',
    docs: [
      ['berg-a', 'Anna Berg won the sprint on Saturday at the Kelvar track meeting.', '2025-06-16'],
      ['berg-b', 'Tomas Berg won the sprint on Sunday at the Kelvar track meeting.', '2025-06-16'],
    ],
    expect: null,
  },
  {
    name: 'must not: a bridge and a tunnel opened on different days',
    docs: [
      ['open-a', 'The Harrow bridge opened on Monday to cars and cyclists.', '2025-04-10'],
      ['open-b', 'The Lune tunnel opened on Friday to lorries.', '2025-04-12'],
    ],
    expect: null,
  },
  {
    name: 'must not: a league title won in May of two years (a recurring event)',
    docs: [
      ['league-a', 'Dynamo Kelvar won the league title in May 2023 under coach Ivo Marek.', '2025-02-03'],
      ['league-b', 'Dynamo Kelvar won the league title in May 2024 without a single defeat at home.', '2025-02-04'],
    ],
    expect: null,
  },
  {
    name: 'must not: a governor told one channel Friday and warned a press conference Saturday (two statements)',
    docs: [
      ['toll-a', 'Governor Lena Marsh told KVN News Friday the death toll from the floods will continue to climb.', '2025-03-15'],
      ['toll-b', 'Governor Lena Marsh warned at a press conference on Saturday afternoon the death toll from the floods would continue to climb.', '2025-03-15'],
    ],
    expect: null,
  },
  {
    name: 'must not: a club chairman said on Monday and said on Tuesday the coach would stay (two statements)',
    docs: [
      ['coach-a', 'Chairman Piet Olde said on Monday that coach Ivo Marek would stay at Dynamo Kelvar next season.', '2025-05-14'],
      ['coach-b', 'Chairman Piet Olde said on Tuesday that coach Ivo Marek would stay at Dynamo Kelvar next season.', '2025-05-14'],
    ],
    expect: null,
  },
  {
    name: 'must not: talks failed "Wednesday night" in one outlet, "tonight" in one published after midnight',
    docs: [
      ['night-a', 'Thousands of Harlow bus drivers walked out after union members rejected the contract offer Wednesday night.', '2025-10-16'],
      ['night-b', 'Tonight thousands of Harlow bus drivers walked out after union members rejected the contract offer.', '2025-10-16'],
    ],
    expect: null,
  },
  {
    name: 'must not: the ferry sank late Saturday in one outlet, early Sunday in another',
    docs: [
      ['ferry-a', 'The ferry Nordlys sank late Saturday off the coast of Varna with 40 passengers aboard.', '2025-07-21'],
      ['ferry-b', 'The ferry Nordlys sank early Sunday off the coast of Varna with 40 passengers aboard.', '2025-07-21'],
    ],
    expect: null,
  },
  {
    name: 'a ferry that sank on Saturday in one outlet and on Monday in another still conflicts',
    docs: [
      ['ferry-c', 'The ferry Nordlys sank on Saturday off the coast of Varna with 40 passengers aboard.', '2025-07-22'],
      ['ferry-d', 'The ferry Nordlys sank on Monday off the coast of Varna with 40 passengers aboard.', '2025-07-22'],
    ],
    expect: ['2025-07-19', '2025-07-21'],
  },
];

describe('keyed date conflicts (timeline step 6)', () => {
  it.each(CASES)('$name', ({ docs, expect: want }) => {
    const found = dateConflicts(timeline(...docs).claims);
    if (want === null) {
      expect(found.map((c) => c.values.map((v) => v.normalized))).toEqual([]);
      return;
    }
    expect(found.map((c) => c.values.map((v) => v.normalized).sort())).toContainEqual([...want]);
  });

  it('keys: the same thing matches; another thing or another doer does not', () => {
    const k = (head: string, subject: string[], object: string[]) => ({ head, subject: new Set(subject), object: new Set(object) });
    expect(sameEventKey(k('win', ['e:kelvar'], ['region', 'cup']), k('win', [], ['region', 'cup']))).toBe(true);
    expect(sameEventKey(k('publish', ['study'], []), k('publish', ['study'], ['journal']))).toBe(true);
    expect(sameEventKey(k('win', ['e:kelvar'], ['semi-final']), k('win', ['e:kelvar'], ['final']))).toBe(false);
    expect(sameEventKey(k('win', ['e:anna berg'], ['sprint']), k('win', ['e:tomas berg'], ['sprint']))).toBe(false);
    expect(sameEventKey(k('win', ['study'], []), k('publish', ['study'], []))).toBe(false);
  });
});
