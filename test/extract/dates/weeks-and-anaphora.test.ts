/**
 * Weeks and weekends carry their ISO week beside the month ("last week" → 2024-02 with
 * period 2024-W06); each on two topics, with the look-alikes that must not get a week.
 */
import { describe, it } from 'vitest';
import { expectDate, expectNoDate, type DateExpectation } from './date-helpers.js';

// 2024-02-14 is a Wednesday in ISO week 7.
const WED = '2024-02-14';

const found: [string, DateExpectation][] = [
  // weeks counted from the publication day
  ['The club sacked its manager last week after a run of defeats.', { published: WED, date: '2024-02', precision: 'month', phrase: 'last week', period: '2024-W06' }],
  ['Refinery output fell sharply last week, traders said.', { published: WED, date: '2024-02', precision: 'month', phrase: 'last week', period: '2024-W06' }],
  ['The committee will publish its findings next week.', { published: WED, date: '2024-02', precision: 'month', phrase: 'next week', period: '2024-W08' }],
  ['Rail workers are on strike this week in three regions.', { published: WED, date: '2024-02', precision: 'month', phrase: 'this week', period: '2024-W07' }],
  ['The vaccine was approved six weeks ago.', { published: WED, date: '2024-01', precision: 'month', phrase: 'weeks ago', period: '2024-W01' }],
  // the ISO week belongs to the year of its Thursday: 2021-01-01 is in 2020-W53
  ['The vote was postponed last week.', { published: '2021-01-08', date: '2021-01', precision: 'month', phrase: 'last week', period: '2020-W53' }],
  // weekends: the week with -WE; "the weekend" in a past clause is the last one
  ['Fans gathered outside the stadium last weekend.', { published: WED, date: '2024-02', precision: 'month', phrase: 'last weekend', period: '2024-W06-WE' }],
  ['The festival expects large crowds this weekend.', { published: WED, date: '2024-02', precision: 'month', phrase: 'this weekend', period: '2024-W07-WE' }],
  // a publication date known only to its month: no week
  ['The transfer window closes next week.', { published: '2024-01', date: '2024-01', precision: 'month', phrase: 'next week', period: null }],
  ['Prices rose last week, the bakers said.', { published: '2024-01', date: '2024-01', precision: 'month', phrase: 'last week', period: null }],
];

describe('weeks and weekends', () => {
  it.each(found)('%s', (text, want) => expectDate(text, want));
});

describe('stretches of weeks are not weeks', () => {
  it.each([
    ['The strike has lasted six weeks.', 'six weeks'],
    ['Sales rose over the past two weeks.', 'two weeks'],
    ['She was paid £900 a week.', 'a week'],
  ])('%s', (text, phrase) => expectNoDate(text, phrase));
});
