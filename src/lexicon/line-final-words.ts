/**
 * Words that cannot end an English sentence: a line that ends with one of them was cut
 * mid-sentence by a stray line break (src/ingest/join-broken-lines.ts). Lower-case.
 * Belongs here: articles, possessive determiners, prepositions and conjunctions that always need
 * a complement. Does not belong: words that can close a sentence ("in" as in "came in", "over",
 * "up", "on", "said", "too").
 */
export const LINE_FINAL_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'nor', 'but', 'to', 'at', 'for', 'with', 'from', 'by', 'into', 'onto', 'than',
  'that', 'as', 'because', 'although', 'though', 'whether', 'if', 'while', 'whose', 'its', 'their', 'his', 'my',
  'our', 'your', 'during', 'between', 'among', 'amid', 'despite', 'including', 'toward', 'towards', 'via', 'per',
  'very', 'such', 'every', 'each',
]);
