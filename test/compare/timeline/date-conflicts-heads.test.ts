/**
 * Date conflicts found through the event head: one deadline ("until …", "the
 * deadline is …") or one outbreak ("started", "broke out", "began") given two
 * dates by different outlets, and deadlines or clauses that must stay apart.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/contract/analysis-schema.js';
import { eventHead } from '../../../src/compare/timeline/event-head.js';
import { extraction, timeline } from './timeline-helpers.js';

type Doc = [id: string, text: string, published: string | null];

const conflicts = (claims: readonly Claim[]) => claims.filter((c) => c.kind === 'date' && c.status === 'conflict');

interface ConflictCase {
  readonly name: string;
  readonly docs: readonly Doc[];
  /** the conflicting dates expected in one claim (sorted); null = no date conflict may be found. */
  readonly expect: readonly string[] | null;
}

const CASES: readonly ConflictCase[] = [
  {
    name: 'tax-filing deadline: "until" in one outlet, "the deadline is" in another',
    docs: [
      ['tax-a', 'Households may file their tax returns until April 30, Finance Minister Karl Dorn said on Monday.', '2025-03-17'],
      ['tax-b', 'The deadline for households to file tax returns is May 15, the finance ministry said.', '2025-03-18'],
    ],
    expect: ['2025-04-30', '2025-05-15'],
  },
  {
    name: 'appeal window: clubs may appeal until one day or another',
    docs: [
      ['appeal-a', 'Clubs relegated from the league may appeal the points deduction until July 4, the federation said.', '2025-06-20'],
      ['appeal-b', 'Under federation rules, relegated clubs have until July 11 to appeal the points deduction.', '2025-06-21'],
    ],
    expect: ['2025-07-04', '2025-07-11'],
  },
  {
    name: 'factory fire started / broke out on different days',
    docs: [
      ['factory-a', 'The fire started on Tuesday night in a paint warehouse at the Brookfield textile plant, the fire brigade said.', '2025-06-12'],
      ['factory-b', 'The blaze broke out on Monday evening in a paint warehouse at the Brookfield textile plant and spread to two sheds.', '2025-06-12'],
    ],
    expect: ['2025-06-09', '2025-06-10'],
  },
  {
    name: 'dock strike began on different days',
    docs: [
      ['strike-a', 'Dock workers at the port of Kelvar began their walkout on Sunday over unpaid overtime.', '2025-09-17'],
      ['strike-b', 'The walkout by Kelvar dock workers over unpaid overtime started on Monday, union officials said.', '2025-09-17'],
    ],
    expect: ['2025-09-14', '2025-09-15'],
  },
  {
    name: 'must not: two deadlines for two things named by one official',
    docs: [
      ['dl-a', 'Tax office spokesman Paul Verhoeven said returns may be filed until April 30.', '2025-03-17'],
      ['dl-b', 'Paul Verhoeven said refunds for last year would be paid until May 15.', '2025-03-18'],
    ],
    expect: null,
  },
  {
    name: 'one sentence with two dates for two things: only the review clause conflicts, not the ballots deadline',
    docs: [
      ['vote-a', 'The county clerk said absentee ballots would be accepted until Friday and that provisional ballots would be reviewed by November 20.', '2025-11-05'],
      ['vote-b', 'Provisional ballots will be reviewed by Monday, the county clerk said.', '2025-11-06'],
    ],
    // Friday (2025-11-07, the absentee deadline) must not be drawn in.
    expect: ['2025-11-10', '2025-11-20'],
  },
  {
    name: 'must not: a fire starting and firefighters beginning the clean-up',
    docs: [
      ['clean-a', 'The fire started on Monday at the Brookfield textile plant.', '2025-06-12'],
      ['clean-b', 'Firefighters began clearing debris at the Brookfield textile plant on Wednesday.', '2025-06-12'],
    ],
    expect: null,
  },
];

describe('date conflicts through the event head', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const found = conflicts(timeline(...c.docs).claims);
    if (c.expect === null) {
      expect(found.map((k) => k.values.map((v) => v.normalized)), c.name).toEqual([]);
      return;
    }
    expect(found, c.name).toHaveLength(1);
    expect(found[0]!.values.map((v) => v.normalized), c.name).toEqual(c.expect);
  });
});

describe('event heads: deadline and outbreak classes', () => {
  const HEADS: readonly [text: string, date: string, head: string][] = [
    ['Candidates may request a recount until November 14.', 'November 14', 'deadline'],
    ['The deadline for applications is May 2.', 'May 2', 'deadline'],
    ['The fire started on Sunday afternoon near the river.', 'Sunday', 'start'],
    ['The blaze broke out on Saturday evening.', 'Saturday', 'start'],
    ['Cholera broke out on June 3 in the river villages.', 'June 3', 'start'],
    ['Crews began clearing debris on Wednesday.', 'Wednesday', 'none'],
    ['The brush fire began burning early on Monday near the reservoir.', 'Monday', 'start'],
    ['The volcano started erupting on Friday night.', 'Friday', 'start'],
    ['Volunteers started cooking meals on Friday.', 'Friday', 'none'],
  ];
  it.each(HEADS)('%s → %s', (text, date, head) => {
    const at = text.indexOf(date);
    const found = eventHead(text, { article: 'x', start: 0, end: text.length }, { article: 'x', start: at, end: at + date.length });
    expect(found ?? 'none').toBe(head);
  });
});

describe('a second thing said ("… and that …") is its own clause', () => {
  const CLAUSES: readonly [name: string, text: string, published: string, date: string, mustNotContain: string][] = [
    ['ballots / recount', 'The clerk said mail ballots would be accepted until Friday and that about 900 provisional ballots remained.', '2025-11-03', '2025-11-07', 'provisional'],
    ['transfer window / stadium', 'The club said the transfer window stays open until August 30 and that the new stand would hold 4,000 fans.', '2025-08-04', '2025-08-30', 'stand'],
  ];
  it.each(CLAUSES)('%s', (_name, text, published, date, word) => {
    const x = extraction('a', text, published);
    const ev = x.events.find((e) => e.date === date);
    expect(ev, `event on ${date}`).toBeDefined();
    expect(ev!.description).not.toContain(word);
  });
});
