/**
 * Nouns and participles that announce the title of a work in quotation marks
 * ("the film “The Long Goodbye”", "her book ‘Small Hours’", "a report titled “…”").
 * Marks after them enclose a title, not an utterance. Lower case.
 */
export const WORK_TITLE_NOUNS: ReadonlySet<string> = new Set([
  'film', 'movie', 'book', 'novel', 'memoir', 'song', 'single', 'album', 'track', 'series', 'show', 'programme', 'program',
  'play', 'musical', 'opera', 'documentary', 'podcast', 'episode', 'poem', 'painting', 'exhibition', 'game', 'article',
  'essay', 'column', 'headline', 'report', 'paper', 'study', 'titled', 'entitled', 'dubbed', 'named', 'hashtag', 'slogan',
  'campaign', 'operation', 'doctrine', 'plan', 'bill', 'act',
]);
