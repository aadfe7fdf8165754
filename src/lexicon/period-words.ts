/**
 * Named parts of a year that news dates things by: quarters and halves ("the third quarter",
 * "first-half profit"), seasons ("last fall", "the summer of 2019"), fiscal years ("FY2024").
 * Lower case. The date stage reads these; a linguist can extend them without reading code.
 */

/** Ordinals of quarters and halves, as written, with their number. */
export const PERIOD_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Season words and the month each one starts in (northern hemisphere, as TimeML has it). */
export const SEASON_START_MONTH: Readonly<Record<string, number>> = {
  spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12,
};

/** Words before "quarter" that name the current quarter ("this quarter", "the current quarter"). */
export const CURRENT_PERIOD_WORDS: readonly string[] = ['this', 'current'];

/** Words before "quarter" that name the last completed one ("the latest quarter", "last quarter"). */
export const PREVIOUS_PERIOD_WORDS: readonly string[] = ['last', 'latest', 'previous', 'past', 'most recent', 'preceding'];

/** Words before "quarter" that name the one after the current ("next quarter", "the coming quarter"). */
export const NEXT_PERIOD_WORDS: readonly string[] = ['next', 'coming'];
