/**
 * Words that say which part of a story's events a count covers (src/extract/quantities/count-scope.ts).
 * "33 released in all" and "six released at one handover" count different things, so they are
 * never set against each other. Lower case; phrases are space-separated words.
 */

/** A running total: everything so far ("in all", "so far", "a total of", "to date"). */
export const TOTAL_SCOPE_PHRASES: readonly string[] = [
  'in all', 'in total', 'altogether', 'so far', 'to date', 'thus far', 'overall', 'a total of', 'the total', 'cumulative',
  'all told', 'since the start', 'since the beginning', 'up to now', 'until now',
];

/**
 * One occasion or one part of the whole: a single handover, batch or round, the latest
 * of several, one place "alone". A count that says so is that part's count. Not "each" or
 * "per": "2.8 million deaths each year" is a rate of the whole, not a part.
 */
export const PART_SCOPE_PHRASES: readonly string[] = [
  'at one', 'in one', 'in a single', 'at a single', 'on a single', 'latest', 'alone', 'occasion', 'handover', 'batch',
  'round', 'group of', 'that day',
  // one competition of a season's several ("12 goals in the league" against "20 in all competitions")
  'in the league', 'in the cup',
];

/** Nouns after a capitalised place name that make it one part of a larger area ("in Maui County"). */
export const PLACE_PART_NOUNS: readonly string[] = [
  'county', 'district', 'province', 'parish', 'prefecture', 'region', 'township', 'municipality', 'borough', 'village', 'town', 'neighbourhood', 'neighborhood',
];

/**
 * States of cumulative counts for which a weekday next to the figure may name one day's part
 * ("released six on Saturday"): such a count is set apart only from counts that say they are totals.
 */
export const DAY_PART_STATES: readonly string[] = ['released', 'rescued', 'evacuated', 'arrested', 'freed'];
