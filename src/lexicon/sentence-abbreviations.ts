/**
 * Abbreviations that end in a full stop without ending a sentence ("Mr. Reyes", "Gen. Ortiz",
 * "Acme Inc. said"), for the light sentence splitter of the summary stage. Lower-case, no dot.
 * Belongs here: honorifics, military/political ranks, company suffixes, month and
 * weekday short forms written with a dot. Single capital initials are handled in code.
 */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'jr', 'sr', 'rev', 'hon', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt',
  'sgt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'pres', 'supt', 'insp', 'det', 'inc', 'corp', 'co', 'ltd', 'plc', 'llc',
  'bros', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'assn', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'd.c', 'i.e', 'e.g',
]);
