/**
 * Cues that attribute a figure to a source inside the article ("according to the ministry",
 * "police said", "intelligence estimates that …").
 * Belongs here: verbs of saying, estimating and reporting, in the forms that follow their
 * subject, and the phrases that introduce a source.
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'estimated', 'estimates', 'estimate', 'reported', 'reports', 'report', 'confirmed', 'confirms',
  'announced', 'announces', 'stated', 'states', 'told', 'tells', 'claimed', 'claims', 'believes', 'believed', 'added',
  'put', 'puts', 'showed', 'shows', 'revealed',
]);

/** Phrases introducing the source after them. */
export const ATTRIBUTION_PREFIXES: readonly string[] = ['according to', 'citing', 'figures from', 'data from', 'as reported by'];

/** Words that are not a source even when they stand before "said" (pronouns and the like). */
export const NON_SOURCES: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'there', 'also', 'and', 'but', 'had', 'has', 'have',
]);
