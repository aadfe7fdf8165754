/**
 * Date forms that were missed: a day after "the night of", a second day after "and", a month after
 * "for" or "late-", a year after "dating to" or before a plural event noun. Text written for these
 * tests: a fire, a festival, a trade report, a protest movement; with look-alikes that stay non-dates.
 */
import { describe, it } from 'vitest';
import { expectDate, expectNoDate, type DateExpectation } from './date-helpers.js';

const PUB = '2025-11-20';

const found: [string, DateExpectation][] = [
  ['The warehouse burned on the night of Friday, Oct. 24, firefighters said.', { published: PUB, date: '2025-10-24', phrase: 'Oct. 24' }],
  ['The singer collapsed on the evening of Oct. 3 during a rehearsal.', { published: PUB, date: '2025-10-03', phrase: 'Oct. 3' }],
  ['The festival will be held on April 24 and 25.', { published: '2025-02-10', date: '2025-04-25', phrase: '25' }],
  ['Ferries were cancelled on March 3 and 4, when the storm hit.', { published: '2025-03-10', date: '2025-03-04', phrase: '4' }],
  ['The trade figures for January showed a surplus.', { published: '2025-02-06', date: '2025-01', phrase: 'January' }],
  ['Average turnover for October was the highest this year.', { published: PUB, date: '2025-10', phrase: 'October' }],
  ['Organisers planned the late-November march for months.', { published: '2025-12-02', date: '2025-11', phrase: 'November' }],
  ['The feud among the families, dating back to 1994, flared again.', { published: PUB, date: '1994', phrase: '1994' }],
  ['Records of the vineyard dating to 1870 survive.', { published: PUB, date: '1870', phrase: '1870' }],
  ['Many leaders of the 2011 protests have left the country.', { published: PUB, date: '2011', phrase: '2011' }],
  ['The 2019 results were restated after an audit.', { published: PUB, date: '2019', phrase: '2019' }],
];

const notDates: [string, string][] = [
  ['Crews worked through the night of the storm.', 'night'],
  ['Ferries were cancelled on March 3 and 25 people were stranded.', '25'],
  ['Many voters backed the bill, but others voted for May in the ballot.', 'May'],
  ['The charity sent 2000 protesters to the capital.', '2000'],
  ['Prices went from 40 to 1990 points.', '1990'],
];

describe('date forms that were missed', () => {
  it.each(found)('%s', (text, want) => expectDate(text, want));
});

describe('their look-alikes', () => {
  it.each(notDates)('%s: "%s" is not a date', (text, phrase) => expectNoDate(text, phrase));
});
