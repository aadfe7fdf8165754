/**
 * Cues for reading the article's own outlet from its text when no metadata names it
 * (src/ingest/credited-outlet.ts): an outlet credits its own reporting as "a source … told
 * <Outlet>", and cites other outlets as "according to <Outlet>", "<Outlet> reported".
 * Lower case; multi-word entries are matched with any run of spaces between the words.
 */

/** Verbs (with their particle) between an unnamed source and the outlet it spoke to. */
export const CREDIT_VERBS: readonly string[] = [
  'told', 'tells', 'confirmed to', 'confirm to', 'confirmed for', 'said to', 'spoke to', 'speaking to', 'revealed to',
  'disclosed to', 'explained to',
];

/** Head nouns of an unnamed source ("two sources", "a senior official", "people familiar with the talks"). */
export const ANONYMOUS_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'insider', 'insiders', 'diplomat', 'diplomats', 'aide', 'aides',
  'people', 'person', 'figure', 'figures', 'member', 'members',
]);

/** Phrases that cite an outlet standing just after them as someone else's reporting. */
export const CITING_BEFORE: readonly string[] = [
  'according to', 'reported by', 'revealed by', 'exposed by', 'published by', 'broken by', 'first reported by', 'citing',
  'cited by', 'quoted by', 'interview with', 'report by', 'report in', 'reports in', 'story in', 'told by',
];

/** Verbs that, just after an outlet's name, cite it as someone else's reporting ("Reuters reported"). */
export const CITING_AFTER: readonly string[] = [
  'reported', 'reports', 'said', 'says', 'quoted', 'quotes', 'revealed', 'reveals', 'published', 'wrote', 'writes',
  'learned', 'learnt', 'first reported', 'also reported', 'has reported', 'had reported', 'cited', 'cites', 'obtained',
];
