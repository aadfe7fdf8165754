/**
 * keyDays (src/store/date-range.ts): the days a stored article's index keys cover, so a dated
 * article finds a story opened by a month-dated one on any day of that month, while an undated
 * article's keys stay on its stand-in day.
 */
import { describe, expect, it } from 'vitest';
import { publishedDays } from '../../src/cluster/features.js';
import { keyDays } from '../../src/store/date-range.js';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || '1')) / 86_400_000;

describe('keyDays', () => {
  const CASES: { name: string; published: string | null; standIn: number; keys: [number, number] }[] = [
    { name: 'dated: its day', published: '2023-06-05', standIn: day('2023-06-05'), keys: [day('2023-06-05'), day('2023-06-05')] },
    { name: 'month only: the whole month', published: '2018-08', standIn: day('2018-08-16'), keys: [day('2018-08-01'), day('2018-08-31')] },
    { name: 'month only, February of a leap year', published: '2024-02', standIn: day('2024-02-15'), keys: [day('2024-02-01'), day('2024-02-29')] },
    { name: 'undated: the stand-in day only, never "any day"', published: null, standIn: 20_700, keys: [20_700, 20_700] },
  ];
  it.each(CASES)('$name', ({ published, standIn, keys }) => {
    const [from, to] = publishedDays(published);
    const days = from === to ? undefined : ([from, to] as const);
    expect(keyDays({ day: standIn, ...(days ? { days } : {}) })).toEqual(keys);
  });
});
