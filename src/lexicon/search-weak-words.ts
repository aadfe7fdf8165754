/**
 * Function words that, standing alone in a search of several words, are not worth marking in
 * a snippet: every "the" or "of" lit up hides the words that were looked for. They are still
 * marked where they are part of the whole query as typed ("Bank of England"), and when the
 * query holds nothing else. Belongs here: articles, prepositions, conjunctions, pronouns,
 * auxiliaries. Does not belong: anything that can carry a topic on its own ("new", "us" as US).
 */
export const SEARCH_WEAK_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'so', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'off', 'on',
  'onto', 'to', 'with', 'than', 'that', 'this', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'been', 'being',
  'am', 'has', 'have', 'had', 'do', 'does', 'did', 'it', 'its', 'he', 'she', 'they', 'we', 'you', 'i', 'me', 'him',
  'her', 'his', 'their', 'them', 'our', 'your', 'my', 'if', 'then', 'there', 'not', 'no',
]);
