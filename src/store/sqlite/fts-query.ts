/**
 * User words → an FTS5 MATCH expression. Every whitespace-separated part of the query becomes a
 * quoted phrase of its words (all must match), so "U.S." is the phrase "U S", not any article
 * with a "u" and an "s" somewhere, and FTS5 operators and punctuation are text, never syntax.
 */
import { queryPhrases } from '../search-highlight.js';

/** The MATCH expression for `query`, or null when it holds no word. */
export function ftsQuery(query: string): string | null {
  const phrases = queryPhrases(query);
  if (phrases.length === 0) return null;
  return phrases.map((words) => `"${words.join(' ')}"`).join(' ');
}
