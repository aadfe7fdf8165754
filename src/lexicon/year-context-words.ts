/**
 * Words that, directly before a bare four-digit number, make it a year
 * ("in 1997", "since 2014", "by 2030", "early 2024", "summer 2019"). Lower case.
 * A number without one of these (or a date around it) is treated as a count:
 * "2000 prisoners" is not a year. Only words that rarely precede a count belong here.
 */
export const YEAR_PREPOSITIONS: readonly string[] = [
  'in', 'since', 'by', 'until', 'till', 'through', 'throughout', 'during', 'before', 'after', 'from', 'of', 'circa', 'around',
  'early', 'late', 'mid', 'fiscal', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'founded', 'established', 'born', 'dated',
];

/**
 * Context words after which a four-digit number is a year even when a noun follows
 * ("fiscal 2024 revenue", "since 1997 talks") — unlike "from 2000 people". Lower case.
 */
export const STRONG_YEAR_LEADS: readonly string[] = [
  'fiscal', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'founded', 'established', 'born', 'dated', 'since', 'circa', 'mid', 'early', 'late',
];

/**
 * Nouns that, directly after "the YYYY", make the number a year ("the 2024 election",
 * "the 2022 World Cup"). Lower case, singular and plural where both occur.
 */
export const YEAR_EVENT_NOUNS: readonly string[] = [
  'election', 'elections', 'vote', 'referendum', 'campaign', 'census', 'budget', 'season', 'olympics', 'games', 'cup',
  'championship', 'championships', 'tournament', 'final', 'finals', 'summit', 'war', 'crisis', 'earthquake', 'flood', 'floods',
  'hurricane', 'storm', 'attack', 'attacks', 'raid', 'invasion', 'uprising', 'coup', 'agreement', 'accord', 'accords', 'deal',
  'ceasefire', 'truce', 'merger', 'takeover', 'acquisition', 'ipo', 'crash', 'recession', 'pandemic', 'outbreak', 'law', 'act',
  'report', 'study', 'survey', 'edition', 'model', 'tour', 'race', 'primary', 'primaries', 'convention', 'conference',
];

/** Function words that end in "s" but are not plural count nouns ("since 1997 has been …"). */
export const NON_PLURAL_S_WORDS: readonly string[] = [
  'as', 'was', 'has', 'is', 'its', 'his', 'this', 'thus', 'us', 'whereas', 'plus', 'less', 'unless', 'across', 'besides',
];
