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
  'protest', 'protests', 'riot', 'riots', 'strike', 'strikes', 'bombing', 'bombings', 'shooting', 'shootings', 'talks',
  'results', 'earnings', 'figures', 'levels',
];

/** Function words that end in "s" but are not plural count nouns ("since 1997 has been …"). */
export const NON_PLURAL_S_WORDS: readonly string[] = [
  'as', 'was', 'has', 'is', 'its', 'his', 'this', 'thus', 'us', 'whereas', 'plus', 'less', 'unless', 'across', 'besides',
];

/**
 * Words after which a four-digit number names the year of the noun that follows
 * ("a 1996 law", "its 1990 invasion", "the company's 1989 results"). Lower case. The year
 * still needs a fitting word after it: a singular noun, a name, or a noun of YEAR_EVENT_NOUNS.
 */
export const YEAR_MODIFIER_LEADS: readonly string[] = ['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'your', 'whose', 'both'];

/** Prepositions that make a number a year when no counted noun follows ("for 1989", "into 1990", "due 1993"). Lower case. */
export const WEAK_YEAR_PREPOSITIONS: readonly string[] = ['for', 'into', 'between', 'due'];

/**
 * Nouns without a plural "s" that follow a count, not a year ("2000 people", "1900 staff",
 * "2000 km"). Lower case.
 */
export const COUNT_NOUNS_WITHOUT_S: readonly string[] = [
  'people', 'staff', 'personnel', 'police', 'troops', 'cattle', 'livestock', 'men', 'women', 'children', 'sheep', 'fish', 'deer',
  'crew', 'militia', 'infantry', 'faculty', 'youth', 'folk', 'data', 'feet', 'foot', 'metres', 'meter', 'metre', 'miles', 'mile',
  'km', 'kg', 'mg', 'ml', 'mph', 'acre', 'hectare', 'tonne', 'ton', 'yen', 'won', 'yuan', 'rand', 'baht', 'euro', 'point', 'head',
  'hour', 'hours', 'strong', 'times', 'gmt', 'utc', 'est', 'edt', 'bst', 'cet', 'per', 'percent', 'square', 'cubic',
];

/** Words before "to" that make the number after it a year ("dating back to 1994", "dates to 1870"). Lower case. */
export const YEAR_ORIGIN_WORDS: readonly string[] = ['dating', 'dates', 'dated', 'back'];
