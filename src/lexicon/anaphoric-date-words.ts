/**
 * Words of the dates that are counted from another date of the story, not from the
 * publication day: "a year earlier", "the year-ago quarter", "the previous month", "that year",
 * "the latest period". The date stage (step 5, anaphora) resolves them against the date the
 * story last named. Lower case.
 */

/** After "a year"/"a month": counted back from the date in focus ("profit of $3m a year earlier"). */
export const ANAPHORIC_BACK_WORDS: readonly string[] = ['earlier', 'before'];

/** After "a year"/"a month": counted forward from the date in focus ("a year later"). */
export const ANAPHORIC_FORWARD_WORDS: readonly string[] = ['later'];

/** Before "year"/"month"/"day": the one before the date in focus ("the previous year"). */
export const PREVIOUS_WORDS: readonly string[] = ['previous', 'prior', 'preceding'];

/** Before "year"/"month"/"day": the one after the date in focus ("the following month"). */
export const FOLLOWING_WORDS: readonly string[] = ['following', 'subsequent'];

/** Hyphenated adjectives that put a period a year before the one in focus ("year-ago results"). */
export const YEAR_BEFORE_ADJECTIVES: readonly string[] = ['year-ago', 'year-earlier'];

/** Words between "the" and a year-before adjective ("the comparable year-ago quarter"). */
export const SAME_PERIOD_WORDS: readonly string[] = ['same', 'comparable', 'corresponding', 'like'];

/** Words before "period" that name the reporting period in focus ("the latest period"). */
export const FOCUS_PERIOD_WORDS: readonly string[] = ['latest', 'current', 'recent', 'most recent'];

/** Nouns that a year-before adjective or "the same" may date as a whole ("the year-ago quarter"). */
export const ANAPHORIC_PERIOD_NOUNS: readonly string[] = ['quarter', 'period', 'half', 'month', 'year'];
