/**
 * Lower-case descriptions that stand for an organisation named elsewhere in the article
 * ("the federal safety commission", "the safety commission" for the "Consumer Product
 * Safety Commission").
 *
 * - `DESCRIPTION_MODIFIERS`: words a description may put before the name's own words
 *   without naming another body ("federal", "national", "state"). Lower case.
 *
 * A description must end in an organisation head word (ORG_HEADS in org-words.ts) and
 * keep at least one of the name's own words before it: "the commission" alone is left
 * to the reader.
 */
export const DESCRIPTION_MODIFIERS: ReadonlySet<string> = new Set([
  'federal', 'national', 'state', 'local', 'regional', 'provincial', 'county', 'city', 'municipal', 'central',
  'international', 'global', 'independent', 'government', 'government-run', 'state-run', 'state-owned', 'public',
  'private', 'official', 'same', 'country\'s', 'nation\'s', 'country’s', 'nation’s',
]);
