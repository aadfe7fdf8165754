/**
 * Parts of a year named without a year: "the summer", "the current fiscal year", "the last half
 * of 2024", "the first two quarters of 2025". Text written for these tests: a brewer, a ski resort,
 * a steelmaker, a charity; with the look-alikes that stay non-dates.
 */
import { describe, it } from 'vitest';
import { expectDate, expectNoDate, type DateExpectation } from './date-helpers.js';

const OCT = '2025-10-20';
const FEB = '2025-02-10';

const found: [string, DateExpectation][] = [
  // "the summer": the last one begun; in a future clause, the next once it is over
  ['Rivals cut prices over the summer, the brewer said.', { published: OCT, date: '2025', precision: 'year', period: '2025-SU' }],
  ['Orders have recovered from the low levels of the early summer.', { published: OCT, date: '2025', precision: 'year', period: '2025-SU' }],
  ['The resort struggled through the winter, when snow was thin.', { published: FEB, date: '2024', precision: 'year', period: '2024-WI' }],
  ['The resort expects to reopen its upper lifts in the spring.', { published: FEB, date: '2025', precision: 'year', period: '2025-SP' }],
  ['Steel demand will weaken in the summer.', { published: OCT, date: '2026', precision: 'year', period: '2026-SU' }],
  // the year in progress
  ['The brewer expects its share to grow in the current year.', { published: OCT, date: '2025', precision: 'year' }],
  ['The charity expects donations in the current fiscal year to be flat.', { published: OCT, date: '2025', precision: 'year' }],
  ['The steelmaker forecast an earnings increase for the full year.', { published: OCT, date: '2025', precision: 'year' }],
  // halves said as "the last half" or two quarters
  ['Earnings will be lower in the last half of 2025.', { published: OCT, date: '2025', precision: 'year', period: '2025-H2' }],
  ['Analysts see weak prices through the first two quarters of 2026.', { published: OCT, date: '2026', precision: 'year', period: '2026-H1' }],
  ['The charity spent more in the first half of this year.', { published: OCT, date: '2025', precision: 'year', period: '2025-H1' }],
];

const notDates: [string, string][] = [
  ['The fall in steel prices hurt margins.', 'fall'],
  ['Historians date the spring of the uprising to a bread riot.', 'spring'],
  ['The resort hosted skiers during the Winter Olympics.', 'Winter'],
  ['Parliament broke for the summer recess.', 'summer'],
  ['Tourism peaks in the summer months.', 'summer'],
  ['The team led at the end of the first half.', 'first half'],
];

describe('seasons, the year in progress and halves', () => {
  it.each(found)('%s', (text, want) => expectDate(text, want));
});

describe('season and half look-alikes', () => {
  it.each(notDates)('%s: "%s" is not a date', (text, phrase) => expectNoDate(text, phrase));
});
