import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../src/ingest/parse-date.js';

const CASES: readonly (readonly [string, string | null])[] = [
  ['2025-03-05', '2025-03-05'],
  ['2025-03-05T14:30:00Z', '2025-03-05T14:30:00Z'],
  ['2025-03-05T14:30:00.250+01:00', '2025-03-05T14:30:00.250+01:00'],
  ['2025-03-05T14:30:00+0530', '2025-03-05T14:30:00+05:30'],
  ['2025-03-05T14:30:00+00:00', '2025-03-05T14:30:00Z'],
  ['2025-03-05 14:30', '2025-03-05T14:30:00'],
  ['2025/03/05', '2025-03-05'],
  ['March 5, 2025', '2025-03-05'],
  ['Mar. 5, 2025', '2025-03-05'],
  ['5 March 2025', '2025-03-05'],
  ['Wednesday, 5 March 2025', '2025-03-05'],
  ['Wed, 05 Mar 2025 14:30:00 +0000', '2025-03-05T14:30:00Z'],
  ['Thu, 14 Aug 2025 17:02:00 -0400', '2025-08-14T17:02:00-04:00'],
  ['14/08/2025', '2025-08-14'],
  // known only to the month: kept as a month, no day made up
  ['2025-05', '2025-05'],
  ['May 2025', '2025-05'],
  ['Sept. 2024', '2024-09'],
  ['2025-13', null],
  // must not match: ambiguous, incomplete, impossible or relative
  ['03/05/2025', null],
  ['March 5', null],
  ['2025', null],
  ['2025-02-30', null],
  ['yesterday', null],
  ['last Tuesday', null],
  ['Date palms', null],
  ['', null],
];

describe('parsePublished', () => {
  it.each(CASES)('%j → %j', (input, expected) => {
    expect(parsePublished(input)).toBe(expected);
  });
});
