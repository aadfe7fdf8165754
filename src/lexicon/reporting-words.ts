/**
 * Words of reporting and attribution ("said", "according to", "sources") that
 * say who told the story, not what happened. Lower case. The timeline ignores
 * them when deciding whether two dated statements describe the same event.
 */
export const REPORTING_WORDS: readonly string[] = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'report', 'reports', 'reported', 'reportedly', 'according', 'state', 'stated',
  'add', 'added', 'note', 'noted', 'claim', 'claimed', 'source', 'sources', 'official', 'officials', 'statement', 'confirmed', 'later', 'earlier',
];
