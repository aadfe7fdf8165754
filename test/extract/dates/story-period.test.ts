/**
 * A figure compared with "the year-earlier period" or "a year earlier" is the story's own reporting
 * period (the first quarter or half it names), not a quarter mentioned in passing paragraphs since;
 * a quarter named in the same paragraph or the sentence before stays the focus. Text written for
 * these tests: a grocer's and an airline's results, a rail operator beside another company.
 */
import { describe, it } from 'vitest';
import { expectDate, type DateExpectation } from './date-helpers.js';

const PUB = '2025-10-30';

const cases: [string, DateExpectation][] = [
  [
    'Harbor Foods posted a 12% gain in third-quarter profit.\n\nThe grocer said net rose to $5 million from $4 million.\n\nAfter a weak second quarter, demand recovered in the south. Margins improved on lower freight costs.\n\nThe comparison was helped by charges taken in the year-earlier period.',
    { published: PUB, date: '2024', precision: 'year', phrase: 'year-earlier period', period: '2024-Q3' },
  ],
  [
    'Skyline Air said third-quarter bookings rose 9%.\n\nIn the fourth quarter, the airline expects demand to slow. Fares should stay flat.\n\nBookings had fallen 3% a year earlier, the carrier said.',
    { published: PUB, date: '2024', precision: 'year', phrase: 'a year earlier', period: '2024-Q3' },
  ],
  // the nearest quarter, in the same paragraph, stays the focus
  [
    'Coastal Gas profit rose in the fiscal first quarter.\n\nSeparately, Horizon Rail reported third-quarter profit rose to $6 million. Its results include a one-time gain. Its freight arm grew. Year-earlier results included a charge.',
    { published: PUB, date: '2024', precision: 'year', phrase: 'Year-earlier', period: '2024-Q3' },
  ],
  // a quarter of long ago is history, not the story's period: the one named since is the focus
  [
    'Pine Utilities stopped paying a dividend in the third quarter of 2009.\n\nThe utility reported second-quarter net of $68 million, up from $60 million a year earlier.',
    { published: PUB, date: '2024', precision: 'year', phrase: 'a year earlier', period: '2024-Q2' },
  ],
];

describe("the story's reporting period", () => {
  it.each(cases)('%s', (text, want) => expectDate(text, want));
});
