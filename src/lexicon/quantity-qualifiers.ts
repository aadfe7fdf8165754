/**
 * Qualifiers written before (or after) a figure, mapped to the small canonical set the
 * claim comparison understands (see docs/claims.md for the interval of each).
 * Belongs here: hedges and bounds on a number ("about", "more than", "up to", "or more").
 * Longer phrases must be listed before their prefixes do not matter: matching tries the
 * longest phrase first.
 */
export type Qualifier = 'about' | 'more than' | 'at least' | 'nearly' | 'up to' | 'less than';

/** Phrase (lower case, words separated by one space) → canonical qualifier. */
export const QUALIFIER_PHRASES: Readonly<Record<string, Qualifier>> = {
  about: 'about', approximately: 'about', around: 'about', roughly: 'about', some: 'about',
  'an estimated': 'about', estimated: 'about', circa: 'about', 'close to': 'nearly', 'in the region of': 'about',
  'more than': 'more than', over: 'more than', 'just over': 'more than', 'well over': 'more than',
  'in excess of': 'more than', 'upwards of': 'more than', above: 'more than', 'at least': 'at least',
  'no fewer than': 'at least', 'no less than': 'at least', 'a minimum of': 'at least',
  nearly: 'nearly', almost: 'nearly', 'just under': 'nearly', 'close on': 'nearly', approaching: 'nearly',
  'up to': 'up to', 'as many as': 'up to', 'at most': 'up to', 'no more than': 'up to', 'a maximum of': 'up to',
  'fewer than': 'less than', 'less than': 'less than', under: 'less than', below: 'less than',
};

/** Qualifiers written after the figure ("40 or more", "400-plus"). */
export const TRAILING_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  'or more': 'at least', plus: 'more than', 'or so': 'about', 'or fewer': 'up to', 'or less': 'up to',
};
