/**
 * Words that make a sentence worth handing to the date parser: month names and
 * their abbreviations, weekday names, and relative-time words. Lower case. A
 * sentence with none of these (and no year-like number) cannot hold a date, so
 * the expensive parser never sees it. Add a word here when a date expression
 * is missed because its sentence was never parsed.
 */
export const MONTH_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

export const WEEKDAY_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

/** Relative-time words that chrono resolves against the reference date. */
export const RELATIVE_TIME_WORDS: readonly string[] = [
  'yesterday', 'today', 'tonight', 'tomorrow', 'ago', 'last', 'next', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'weekend', 'morning', 'evening', 'afternoon',
];

/** Every word above, for the cheap per-token scan. */
export const TEMPORAL_WORDS: ReadonlySet<string> = new Set([...MONTH_WORDS, ...WEEKDAY_WORDS, ...RELATIVE_TIME_WORDS]);
