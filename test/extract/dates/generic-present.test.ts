/**
 * "today's youth", "the leaders of tomorrow", a show called "This Week", a fraction in a share
 * price, "in half": not dates. "Today's vote", "“Today is …” said", "the board meets tomorrow": dates.
 * Text written for these tests: schools, a chip maker, a talk show, a stock market report.
 */
import { describe, it } from 'vitest';
import { expectDate, expectNoDate } from './date-helpers.js';

const PUB = '2025-03-05';

const notDates: [string, string][] = [
  ['Teachers say today’s youth read less than their parents did.', 'today'],
  ['The chips power many of today’s personal computers.', 'today'],
  ['In today’s world, a degree is not enough.', 'today'],
  ['The academy trains the leaders of tomorrow.', 'tomorrow'],
  ['The minister, speaking on the Sunday show “This Week,” denied the report.', 'This Week'],
  ['Listeners of Radio Nova Today called in to complain.', 'Today'],
  ['The shares rose 4 5/8 to 112 5/8 in heavy trading.', '112 5/8'],
  ['The firm cut its dividend in half and froze hiring.', 'in half'],
];

const dates: [string, Parameters<typeof expectDate>[1]][] = [
  ['Today’s vote on the school budget was close.', { published: PUB, date: '2025-03-05' }],
  ['“Today is a good day for the club,” the coach said.', { published: PUB, date: '2025-03-05' }],
  ['The chip maker’s board meets tomorrow.', { published: PUB, date: '2025-03-06' }],
  ['The show’s host said this week that she would retire.', { published: PUB, date: '2025-03', precision: 'month', period: '2025-W10' }],
];

describe('our time, titles and fractions are not dates', () => {
  it.each(notDates)('%s: "%s" is not a date', (text, phrase) => expectNoDate(text, phrase, PUB));
});

describe('the same words as dates', () => {
  it.each(dates)('%s', (text, want) => expectDate(text, want));
});
