/**
 * User words → an FTS5 MATCH expression. Every word becomes a quoted term (all must match), so
 * FTS5 operators and punctuation in the query are text, never syntax.
 */

/** The MATCH expression for `query`, or null when it holds no word. */
export function ftsQuery(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"`).join(' ');
}
