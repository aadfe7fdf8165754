/**
 * Date forms chrono has no parser for: decades, centuries, spelled-out years, holidays, "the
 * weekend", "year-end", a month or year before the noun it dates — each on two topics, with
 * look-alikes that must stay non-dates.
 */
import { describe, it } from 'vitest';
import { expectDate, expectNoDate, type DateExpectation } from './date-helpers.js';

// 2024-11-20 is a Wednesday.
const PUB = '2024-11-20';

const found: [string, DateExpectation][] = [
  // decades: the decade as period, its first year as the date
  ['Inflation ran high through the late 1970s.', { published: PUB, date: '1970', precision: 'year', phrase: '1970s', period: '197' }],
  ['The league expanded in the mid-1980s to twenty clubs.', { published: PUB, date: '1980', precision: 'year', phrase: '1980s', period: '198' }],
  ['Crime in the port city fell through the nineties.', { published: PUB, date: '1990', precision: 'year', phrase: 'nineties', period: '199' }],
  ['Vinyl sales have not been this strong since the ’70s.', { published: PUB, date: '1970', precision: 'year', phrase: '70s', period: '197' }],
  // centuries
  ['It was the wettest autumn of the 20th century.', { published: PUB, date: '1900', precision: 'year', phrase: 'century', period: '19' }],
  ['The chapel dates from the 11th century.', { published: PUB, date: '1000', precision: 'year', phrase: 'century', period: '10' }],
  // spelled-out years (transcripts)
  ['The treaty was signed in nineteen ninety-six by both parties.', { published: PUB, date: '1996', phrase: 'ninety-six' }],
  ['The reactor was shut down in January nineteen seventy-nine.', { published: PUB, date: '1979-01', phrase: 'seventy-nine' }],
  ['Engineers feared the year two thousand would crash the billing system.', { published: PUB, date: '2000', phrase: 'two thousand' }],
  // holidays: by rule, in the stated year or the last/next one
  ['Shops will open on Thanksgiving Day this year.', { published: PUB, date: '2024-11-28', phrase: 'Thanksgiving' }],
  ['Airports were crowded last Christmas, the agency said.', { published: PUB, date: '2023-12-25', phrase: 'Christmas' }],
  ['The parade on Labor Day 1998 drew record crowds.', { published: PUB, date: '1998-09-07', phrase: 'Labor Day' }],
  ['Memorial Day traffic was the heaviest in a decade.', { published: '2024-06-01', date: '2024-05-27', phrase: 'Memorial Day' }],
  // "the weekend" alone: the last one in a past clause, the coming one otherwise
  ['Thousands of farmers marched through the capital over the weekend.', { published: PUB, date: '2024-11', precision: 'month', phrase: 'weekend', period: '2024-W46-WE' }],
  ['The museum will stay open late over the weekend.', { published: PUB, date: '2024-11', precision: 'month', phrase: 'weekend', period: '2024-W47-WE' }],
  // year-end, split by the tokenizer
  ['The bank expects to close the deal by year-end.', { published: PUB, date: '2024', phrase: 'year-end' }],
  ['The insurer must raise capital by year’s end.', { published: PUB, date: '2024', phrase: 'end' }],
  // a year after "the" before the noun it dates, a month between a determiner and a noun
  ['He was charged in the 1995 shooting of a doctor.', { published: PUB, date: '1995', phrase: '1995' }],
  ['Fans still talk about the 2010 final in the capital.', { published: PUB, date: '2010', phrase: '2010' }],
  ['Detectives reopened the October robbery of a jeweller.', { published: PUB, date: '2024-10', phrase: 'October' }],
  ['The buyer walked away from a June agreement with the union.', { published: PUB, date: '2024-06', phrase: 'June' }],
  // a yearless month followed by this/last/next year takes that year
  ['Ratification began in February this year with a vote in Ottawa.', { published: '2024-12-03', date: '2024-02', phrase: 'February' }],
  ['The drought started in July last year, farmers said.', { published: '2024-12-03', date: '2023-07', phrase: 'July' }],
  // a weekday before a past telling verb, or after a past passive, is the last one
  ['The mayor on Tuesday said the bridge would reopen soon.', { published: '2024-11-20', date: '2024-11-19', phrase: 'Tuesday' }],
  ['Since the verdict was announced Monday, the family has stayed silent.', { published: '2024-11-20', date: '2024-11-18', phrase: 'Monday' }],
  // …but a participle that looks ahead keeps the next one
  ['The vote was scheduled Friday, officials confirmed.', { published: '2024-11-20', date: '2024-11-22', phrase: 'Friday' }],
];

describe('named date forms', () => {
  it.each(found)('%s', (text, want) => expectDate(text, want));
});

describe('look-alikes of named date forms', () => {
  it.each([
    ['In her 80s she still ran the farm.', '80s'],
    ['Temperatures reached the 30s by noon.', '30s'],
    ['Nineteen people were hurt in the crash.', 'Nineteen'],
    ['The gift cost two thousand dollars.', 'two thousand'],
    ['A christmas tree farm opened nearby.', 'christmas'],
    ['Labor unions backed the bill.', 'Labor'],
    ['In the 2000 homes surveyed, costs rose.', '2000'],
    ['Theresa May spoke to the committee.', 'May'],
  ])('%s', (text, phrase) => expectNoDate(text, phrase, PUB));
});
