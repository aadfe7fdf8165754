/**
 * Abbreviations written with a full stop that does not end the sentence, for the one sentence-end
 * rule (src/nlp/sentence-ends.ts) that the NLP layer, the summary's splitter and the evidence
 * excerpts share. Lower-case, without the dot; matched only when written with a capital
 * ("Rev. Lee", "No. 3"), so the words "no." and "st." in running text are left alone.
 * Single capital initials ("J. R. Smith") and dotted forms ("U.S.", "a.m.", "D.C.") are handled in code.
 */

/** Stand before a name: the stop never ends a sentence when a capitalised word or a number follows. */
export const NAME_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'st', 'mt', 'ft', 'rev', 'fr', 'hon', 'gen', 'lt', 'col', 'maj', 'capt',
  'cpt', 'sgt', 'cpl', 'pvt', 'cmdr', 'adm', 'brig', 'gov', 'sen', 'sens', 'rep', 'reps', 'pres', 'supt', 'insp', 'det',
  'amb', 'atty', 'vs', 'ave', 'blvd',
]);

/** Stand before a number ("No. 3", "Jan. 5", "Vol. 2"): the stop never ends a sentence when a digit follows. */
export const NUMBER_PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'vol', 'pp', 'p', 'art', 'fig', 'ch', 'sec', 'approx', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Can end a sentence or sit inside one ("Acme Inc. said" / "…bought by Acme Inc. The deal…"): the
 * stop ends the sentence only when the next word is a function word ("The", "He", "But").
 * Dotted forms ("U.S.", "p.m.") are treated the same way without being listed.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'etc', 'est', 'dept', 'univ', 'assn', 'mon', 'tue',
  'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/**
 * Function words that open a new sentence after a dotted form or an ambiguous abbreviation:
 * "…moved to the U.S. The family…" ends, "…the U.S. Embassy…" goes on. Lower-case.
 * Does not belong: weekday, month or any content word ("a.m. Tuesday", "U.S. President").
 */
export const SENTENCE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its',
  'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'nor', 'in', 'on', 'at', 'for', 'from', 'with',
  'after', 'before', 'when', 'while', 'as', 'if', 'there', 'here', 'then', 'now', 'meanwhile', 'however', 'also',
  'still', 'since', 'by', 'of', 'to', 'no', 'not', 'some', 'many', 'most', 'all', 'both', 'each', 'one', 'such', 'what',
  'who', 'why', 'how', 'where', 'which', 'despite', 'although', 'though', 'because', 'until', 'during', 'instead',
  'yes', 'later', 'earlier', 'last', 'next', 'other', 'another', 'more', 'few', 'several', 'any', 'every', 'none',
]);
