/**
 * Weeks and weekends carry their ISO week beside the month ("last week" → 2024-02 with
 * period 2024-W06); dates counted from the date in focus ("a year earlier", "the year-ago
 * quarter", "the following year") take that date, moved. Each on two topics or more, with the
 * look-alikes that must not be read so.
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

// 2024-10-24: third-quarter results season.
const OCT = '2024-10-24';

const anaphoric: [string, DateExpectation][] = [
  // a year before the quarter in focus
  ['The brewer posted third-quarter profit of $40m, up from $31m a year earlier.', { published: OCT, date: '2023', precision: 'year', phrase: 'a year earlier', period: '2023-Q3' }],
  ['Ferry traffic in the second quarter rose 8%. A year earlier, the route was closed for repairs.', { published: OCT, date: '2023', precision: 'year', phrase: 'A year earlier', period: '2023-Q2' }],
  ['The chain reported a third-quarter loss, compared with a profit of $2m a year ago.', { published: OCT, date: '2023', precision: 'year', phrase: 'a year ago', period: '2023-Q3' }],
  ['Hospital admissions fell in the third quarter from the year-ago quarter.', { published: OCT, date: '2023', precision: 'year', phrase: 'year-ago quarter', period: '2023-Q3' }],
  ['The insurer lost $5m in the second quarter, against year-earlier profit of $9m.', { published: OCT, date: '2023', precision: 'year', phrase: 'year-earlier', period: '2023-Q2' }],
  ['Sales in the fourth quarter of 2022 rose from the same period a year earlier.', { published: OCT, date: '2021', precision: 'year', phrase: 'same period', period: '2021-Q4' }],
  ['The miner earned $8m in the third quarter, compared with $6m last year.', { published: OCT, date: '2023', precision: 'year', phrase: 'last year', period: '2023-Q3' }],
  ['The lender lost $3m in the second quarter against a profit in the 2023 quarter.', { published: OCT, date: '2023', precision: 'year', phrase: '2023 quarter', period: '2023-Q2' }],
  ['Orders rose 4% in the second quarter. Margins in the period were the highest since 2019.', { published: OCT, date: '2024', precision: 'year', phrase: 'the period', period: '2024-Q2' }],
  // a month or a day in focus keeps its precision
  ['Unemployment fell to 4.1% in March 2023 from 4.6% a year earlier.', { published: OCT, date: '2022-03', phrase: 'a year earlier' }],
  ['Attendance at the museum reached 9,000 on May 3, 2022, twice the figure a year earlier.', { published: OCT, date: '2021-05-03', phrase: 'a year earlier' }],
  // no date in focus: counted back from the publication day
  ['Wages were 3.8% higher than a year earlier, the statistics office said.', { published: OCT, date: '2023', precision: 'year', phrase: 'a year earlier' }],
  ['Rents were 2% higher than a month earlier, the agency said.', { published: OCT, date: '2024-09', precision: 'month', phrase: 'a month earlier' }],
  // the year or month before or after the one in focus
  ['The bridge opened in 1995, and the following year it carried a million cars.', { published: OCT, date: '1996', phrase: 'following year' }],
  ['The archive was founded in 2001; the previous year, its collection had been in storage.', { published: OCT, date: '2000', phrase: 'previous year' }],
  ['Talks collapsed in June 2019 and resumed the following month.', { published: OCT, date: '2019-07', phrase: 'following month' }],
  ['The striker joined the club in 2016 and later that year won the cup.', { published: OCT, date: '2016', phrase: 'later that year' }],
  ['The flood peaked in 1953, and that year the dikes were raised.', { published: OCT, date: '1953', phrase: 'that year' }],
];

describe('dates counted from the date in focus', () => {
  it.each(anaphoric)('%s', (text, want) => expectDate(text, want));
});

describe('not counted from the date in focus', () => {
  // "a month ago" is the publication day's, whatever quarter is in focus
  it('a month ago stays deictic', () => expectDate('Third-quarter sales were weak; the shop closed a month ago.', { published: OCT, date: '2024-09', phrase: 'a month ago' }));
  // "a year ago" with only a year in focus stays the publication day's year
  it('a year ago after a year', () => expectDate('The law passed in 2019 was amended a year ago.', { published: OCT, date: '2023', phrase: 'a year ago' }));
  // "last year" outside a comparison of a quarter's figures stays the year
  it('last year without a comparison', () => expectDate('Third-quarter sales rose; the chain was founded last year.', { published: OCT, date: '2023', phrase: 'last year', period: null }));
  it.each([
    // nothing in focus to count from: no date
    ['The treaty was signed, and the following year trade doubled.', 'following year'],
    ['She moved to the coast; a year later she opened a bakery.', 'a year later'],
    ['That year, the river froze.', 'That year'],
    // "the quarter" as a place or a fraction
    ['The old quarter of the city was closed to traffic.', 'quarter'],
  ])('%s', (text, phrase) => expectNoDate(text, phrase, OCT));
});
