/**
 * Issue 13: the date forms news uses that were missed — a year before a noun, two-year spans,
 * quarters, halves, seasons, fiscal years, the end of the year, a month with "last/next", a
 * weekday after a name — each on two topics, with the look-alikes that must stay non-dates.
 */
import { describe, expect, it } from 'vitest';
import { expectDate, expectNoDate, runDates, type DateExpectation } from './date-helpers.js';

const found: [string, DateExpectation][] = [
  // a year as a modifier before a noun
  ['Officials still cite the county’s 2011 flood plan.', { published: '2024-05-02', date: '2011', phrase: '2011' }],
  ['The league rewrote its 1998 transfer rule last winter.', { published: '2024-05-02', date: '1998', phrase: '1998' }],
  ['Analysts were predicting 2025 Norvell revenue of $3bn.', { published: '2024-05-02', date: '2025', phrase: '2025' }],
  ['The dam broke during the 1976 Teton storm season.', { published: '2024-05-02', date: '1976', phrase: '1976' }],
  ['Pension costs will weigh on the budget through 2027.', { published: '2024-05-02', date: '2027', phrase: '2027' }],
  ['For 2023, the charity raised less than it hoped.', { published: '2024-05-02', date: '2023', phrase: '2023' }],
  // two-year spans: both years
  ['The drought of 2011–2013 emptied the reservoir.', { published: '2024-05-02', date: '2013', phrase: '2013' }],
  // quarters and halves: the year, with the period beside it
  ['The brewer posted a third-quarter loss on Tuesday.', { published: '2024-10-24', date: '2024', phrase: 'third-quarter' }],
  ['Ticket sales in the fourth quarter of 2022 set a record for the museum.', { published: '2024-10-24', date: '2022', phrase: 'fourth quarter' }],
  ['The airline expects demand to recover in the first quarter.', { published: '2024-10-24', date: '2025', phrase: 'first quarter' }],
  ['Steel output rose in the first half of 2021.', { published: '2024-10-24', date: '2021', phrase: 'first half' }],
  ['The insurer said the latest quarter was its weakest.', { published: '2024-10-24', date: '2024', phrase: 'latest quarter' }],
  // seasons with a lead or a year
  ['The festival moved to a larger park last fall.', { published: '2024-02-10', date: '2023', phrase: 'last fall' }],
  ['The school board will vote on the plan this summer.', { published: '2024-02-10', date: '2024', phrase: 'this summer' }],
  // fiscal years
  ['The agency’s budget for FY2024 was cut by 3%.', { published: '2024-02-10', date: '2024', phrase: 'FY2024' }],
  ['The chain opened 40 stores in fiscal 2023.', { published: '2024-02-10', date: '2023', phrase: '2023' }],
  ['Tuition rises again in fiscal year 2026, the university said.', { published: '2024-02-10', date: '2026', phrase: '2026' }],
  // the end or start of a year, late/early
  ['The bridge should reopen by the end of the year.', { published: '2024-02-10', date: '2024', phrase: 'end of the year' }],
  ['The clinic will close at the start of next year.', { published: '2024-02-10', date: '2025', phrase: 'next year' }],
  ['Rates may fall in late 2025, the economists wrote.', { published: '2024-02-10', date: '2025', phrase: '2025' }],
  ['The ferry will run again early next year.', { published: '2024-02-10', date: '2025', phrase: 'next year' }],
  // a month with last/next
  ['The mayor first raised the idea last May.', { published: '2024-02-10', date: '2023-05', phrase: 'May' }],
  ['The trial opens next March in the capital.', { published: '2024-06-10', date: '2025-03', phrase: 'March' }],
  ['Prices peaked last November, the index shows.', { published: '2024-02-10', date: '2023-11', phrase: 'November' }],
  // a weekday after a capitalised word that is not part of a name
  ['The Supreme Court Friday rejected the appeal.', { published: '2024-02-10', date: '2024-02-09', phrase: 'Friday' }],
  ['Also Thursday, the union called off the strike.', { published: '2024-02-10', date: '2024-02-08', phrase: 'Thursday' }],
  ['In composite trading Friday, Norvell closed at $12.', { published: '2024-02-10', date: '2024-02-09', phrase: 'Friday' }],
  // "the quarter" alone: the last one completed
  ['Losses in the quarter narrowed, the lender said.', { published: '2024-10-24', date: '2024', phrase: 'quarter' }],
  ['The charity spent less during the quarter than it raised.', { published: '2024-02-10', date: '2023', phrase: 'quarter' }],
];

describe('date forms from issue 13', () => {
  it.each(found)('%s → %o', (text, want) => expectDate(text, want));

  it('keeps the quarter, half or season beside its year', () => {
    const period = (text: string, published: string) => runDates(text, published).dates.map((d) => d.period ?? null);
    expect(period('The brewer posted a third-quarter loss.', '2024-10-24')).toEqual(['2024-Q3']);
    expect(period('Ticket sales in the fourth quarter of 2022 rose.', '2024-10-24')).toEqual(['2022-Q4']);
    expect(period('Steel output rose in the first half of 2021.', '2024-10-24')).toEqual(['2021-H1']);
    expect(period('The festival moved last fall.', '2024-02-10')).toEqual(['2023-FA']);
    expect(period('Steel output rose in 2021.', '2024-10-24')).toEqual([null]);
    expect(period('Losses in the quarter narrowed.', '2024-10-24')).toEqual(['2024-Q3']);
    expect(period('The charity spent less during the quarter.', '2024-02-10')).toEqual(['2023-Q4']);
  });

  it('gives both years of a two-year span', () => {
    const dates = runDates('The orchestra’s 2019-20 tour was cancelled.', '2024-05-02').dates.map((d) => [d.text, d.date]);
    expect(dates).toEqual([['2019', '2019'], ['20', '2020']]);
    const budget = runDates('The city’s 1999-00 budget ran a deficit.', '2024-05-02').dates.map((d) => [d.text, d.date]);
    expect(budget).toEqual([['1999', '1999'], ['00', '2000']]);
  });
});

const notDates: [string, string][] = [
  ['Rates rose 12.53% over the period.', '12.53%'],
  ['She served three years in prison for fraud.', 'three years'],
  ['The contract runs for a month in the first instance.', 'a month'],
  ['The ship stayed in port for a month.', 'for a month'],
  ['The first half of the match was goalless.', 'first half'],
  ['Share prices fall when rates rise.', 'fall'],
  ['The fall of the old regime surprised nobody.', 'fall'],
  ['He sang at the Sun Festival.', 'Sun'],
  ['The strikers scored the 2000 goals that the club counts.', '2000 goals'],
  ['The 2000 protesters marched on the ministry.', '2000 protesters'],
  ['Its 2000 staff were sent home.', '2000 staff'],
  ['The signal went out at 1900 GMT.', '1900'],
  ['The index closed at 2045 after a 2000 point fall.', '2000'],
  ['Polls show Super Tuesday voters leaning left.', 'Tuesday'],
  ['Shoppers queued for Black Friday deals.', 'Friday'],
  ['He took a quarter of the vote.', 'quarter'],
  ['The team reached the quarter-final on penalties.', 'quarter'],
  ['Tourists crowd the quarter of the old town.', 'quarter'],
];

describe('must not match (issue 13 forms)', () => {
  it.each(notDates)('%s: "%s" is not a date', (text, phrase) => expectNoDate(text, phrase));
});
