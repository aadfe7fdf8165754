/**
 * The twice-vouched same-day bar (sameDayTwiceVouchedThreshold, decide.ts): an op-ed and a report
 * of one day whose headlines name the same rare person and whose texts share a second name join
 * at 0.10, under the 0.15 either condition alone gives. Must-not cases score in the same range
 * (0.10–0.15) but hold only one of the two conditions, or come two days apart. Every join is
 * checked both ways: with the twice-vouched bar raised to the same-day bar, it opens a new story.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/contract/analysis-schema.js';
import { art, decisionAfter as decision } from '../helpers/cluster-cases.js';

const OPED_WATER = art('a', '2024-05-14', 'Vallow has picked the wrong fight', 'Whoever advises Maria Vallow should remind her that orchards feed people too. Cities that waste what they have will not learn thrift because Tarrow growers go without. This is ambition dressed up as prudence, and voters will see through it.');
const REPORT_WATER = art('b', '2024-05-14', 'Vallow bill would cap irrigation in dry summers', 'Farms would draw less from the reservoir in droughts under a bill filed on Tuesday by Maria Vallow, the senator for the southern district. Towns would get priority, and Tarrow farmers would be paid for lost harvests.');
const OPED_STADIUM = art('a', '2024-05-20', 'Okafor is gambling with our money', 'Dele Okafor made a promise to Harlow Athletic fans that the rest of us will pay for. When the loans come due, it will be the libraries and buses that suffer, not the directors in their boxes.');
const REPORT_STADIUM = art('b', '2024-05-20', 'Okafor backs canal site for new ground', 'The city will lend 60 million for a 22,000-seat ground on the old gasworks beside the canal, Dele Okafor said on Monday. Harlow Athletic would repay it from ticket sales over 25 years; building starts in March if planners agree.');

/** The article's best score against the story whatever the bars (all set to 0). */
async function rawScore(first: Article, next: Article): Promise<number> {
  const d = await decision(first, next, { joinThreshold: 0, sameDayJoinThreshold: 0, sameDayTwiceVouchedThreshold: 0 });
  return d.kind === 'join' ? d.reason.score : 0;
}

describe('same-day accounts vouched for by a title name and a second name', () => {
  const CASES: { name: string; first: Article; next: Article; joins: boolean }[] = [
    { name: 'water bill: op-ed and report', first: OPED_WATER, next: REPORT_WATER, joins: true },
    { name: 'stadium loan: op-ed and report', first: OPED_STADIUM, next: REPORT_STADIUM, joins: true },
    { name: 'water bill two days apart (must not join)', first: OPED_WATER, next: { ...REPORT_WATER, published: '2024-05-16' }, joins: false },
    { name: 'stadium loan two days apart (must not join)', first: OPED_STADIUM, next: { ...REPORT_STADIUM, published: '2024-05-22' }, joins: false },
    {
      name: 'water bill, the title name and no second name (must not join)',
      first: OPED_WATER,
      next: art('b', '2024-05-14', 'Vallow bill would cap irrigation in dry summers', 'Farms would draw less from the reservoir in droughts under a bill filed on Tuesday by Maria Vallow, the senator for the southern district. Towns would get priority, and growers would be paid for lost harvests.'),
      joins: false,
    },
    {
      name: 'stadium loan, the title name and no second name (must not join)',
      first: OPED_STADIUM,
      next: art('b', '2024-05-20', 'Okafor backs canal site for new ground', 'The city will lend 60 million for a new ground beside the canal, Dele Okafor said on Monday, to be repaid from ticket sales by the club over 25 years.'),
      joins: false,
    },
    {
      name: 'stadium loan, two names and no title name (must not join)',
      first: OPED_STADIUM,
      next: art('b', '2024-05-20', 'City backs canal site for new ground', 'The city will lend 60 million for a new ground beside the canal, Dele Okafor said on Monday, to be repaid from ticket sales by Harlow Athletic over 25 years.'),
      joins: false,
    },
  ];

  it.each(CASES)('$name', async ({ first, next, joins }) => {
    // every case scores where only this rule decides: under the same-day bar, at or over the twice-vouched one
    const score = await rawScore(first, next);
    expect(score).toBeGreaterThanOrEqual(0.1);
    expect(score).toBeLessThan(0.15);
    const d = await decision(first, next);
    expect(d.kind).toBe(joins ? 'join' : 'new');
    if (d.kind !== 'join') return;
    expect(d.reason.sharedEntities.length).toBeGreaterThanOrEqual(2);
    expect((await decision(first, next, { sameDayTwiceVouchedThreshold: 0.15 })).kind).toBe('new');
  });
});
