/**
 * Words that make a stretch of text worth handing to the date parser. Lower
 * case. Text with none of these (and no year-like number or numeric date)
 * cannot hold a date expression, so the expensive parser never sees it. Add a
 * word here when a date expression is missed because it was never parsed.
 */

/** Month names and their abbreviations; they trigger only when capitalised. */
export const MONTH_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Weekday names and their abbreviations; they trigger only when capitalised. */
export const WEEKDAY_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];

/** Words that are a date relative to the reference on their own. */
export const CASUAL_DAY_WORDS: readonly string[] = ['yesterday', 'today', 'tonight', 'tomorrow', 'ago', 'overnight'];

/** Words that make the period word after them a date ("last week", "this month", "earlier this year"). */
export const RELATIVE_LEADS: readonly string[] = ['last', 'next', 'this', 'past', 'previous', 'coming'];

/** Periods that follow a relative lead. */
export const PERIOD_WORDS: readonly string[] = ['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter'];

/**
 * Capitalised words that make a following weekday part of a name, not a date ("Super Tuesday",
 * "Black Friday", "Ash Wednesday"). Lower case. Any other capitalised word before a weekday
 * ("the Supreme Court Friday rejected …", "Also Sunday, …") leaves it a date.
 */
export const WEEKDAY_NAME_PREFIXES: readonly string[] = [
  'super', 'black', 'cyber', 'ash', 'good', 'holy', 'maundy', 'palm', 'shrove', 'easter', 'bloody', 'blue', 'giving',
  'fat', 'whit', 'low', 'mad', 'manic', 'red', 'white', 'green', 'sunny',
];

/** Words that name a part of a year on their own ("third-quarter", "fiscal", "year-end"); any case. */
export const PERIOD_TRIGGER_WORDS: readonly string[] = ['quarter', 'quarters', 'half', 'fiscal', 'year-end', 'spring', 'summer', 'autumn', 'winter'];

/**
 * Time-zone and clock abbreviations written in capitals after a time ("5 p.m. ET",
 * "2:48 PM CDT", "10:00 IST"). Lower case. After a clock time they are never names;
 * elsewhere "PM" may be a prime minister and "ET" a title, so the entity stage checks
 * what stands before them.
 */
export const CLOCK_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'am', 'pm', 'utc', 'gmt', 'bst', 'cet', 'cest', 'eet', 'eest', 'wet', 'west', 'msk', 'ist', 'pkt', 'npt', 'wib', 'sgt',
  'hkt', 'jst', 'kst', 'aest', 'aedt', 'acst', 'awst', 'nzst', 'nzdt', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt',
  'mst', 'mdt', 'pt', 'pst', 'pdt', 'akst', 'akdt', 'hst', 'ast', 'adt', 'wat', 'cat', 'eat', 'sast',
]);

/** Month abbreviations that news style writes with a dot before a day or year ("Aug. 15", "Sept. 2017"). Lower case, no dot. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
