/**
 * A publication date known only to its month ("2025-05") is kept as such: relative dates are
 * anchored at the month's precision (marked approximate when counted in days), written dates keep
 * their own precision, and an undated article leaves relative dates unanchored — never far away.
 */
import { describe, expect, it } from 'vitest';
import { expectDate, runDates, type DateExpectation } from './date-helpers.js';

const cases: [string, DateExpectation][] = [
  // a flood story dated "2025-05"
  ['The river burst its banks yesterday, the council said.', { published: '2025-05', date: '2025-05', precision: 'month', phrase: 'yesterday' }],
  ['Crews reopened the bridge on Tuesday.', { published: '2025-05', date: '2025-05', precision: 'month', phrase: 'Tuesday' }],
  ['The same street flooded last month.', { published: '2025-05', date: '2025-04', phrase: 'last month' }],
  ['The levee was last raised on March 5.', { published: '2025-05', date: '2025-03-05', phrase: 'March 5' }],
  ['The levee was built in 1987.', { published: '2025-05', date: '1987', phrase: '1987' }],
  // a football story dated "2024-01"
  ['The club sacked its coach three days ago.', { published: '2024-01', date: '2024-01', precision: 'month', phrase: 'three days ago' }],
  ['The transfer window closes next week.', { published: '2024-01', date: '2024-01', precision: 'month', phrase: 'next week' }],
  ['The club was relegated last year.', { published: '2024-01', date: '2023', phrase: 'last year' }],
  // undated: relative dates unanchored, written ones kept
  ['The club sacked its coach three days ago.', { published: null, date: null, anchored: false, phrase: 'three days ago' }],
  ['The levee was last raised on 5 March 2021.', { published: null, date: '2021-03-05', phrase: 'March 2021' }],
];

describe('publication date known only to the month, or not at all', () => {
  it.each(cases)('%s → %o', (text, want) => expectDate(text, want));

  it('marks a day counted from a month-only date as approximate', () => {
    const [d] = runDates('The river burst its banks yesterday.', '2025-05').dates;
    expect(d?.approximate).toBe(true);
    const [w] = runDates('The levee was last raised on March 5.', '2025-05').dates;
    expect(w?.approximate).toBeUndefined();
  });

  it('makes events at the month for relative dates, and none for unanchored ones', () => {
    expect(runDates('Crews reopened the flooded bridge on Tuesday.', '2025-05').events.map((e) => e.date)).toEqual(['2025-05']);
    expect(runDates('Crews reopened the flooded bridge on Tuesday.', null).events).toEqual([]);
  });
});
