/**
 * Section and genre labels a page title may start with before a colon ("Opinion: …",
 * "EDITORIAL: …", "First Take: …"): they say what kind of piece it is, not what it is about, so
 * clustering cuts them (src/cluster/text-keys.ts `cleanTitle`). Lower case; matched whole, so a
 * speaker before a colon ("Mayor Fenwick: …") stays. A label that is also a "|" segment
 * ("Opinion | …") is already dropped with the shorter segment.
 */
export const TITLE_SECTION_LABELS: ReadonlySet<string> = new Set([
  'opinion', 'op-ed', 'oped', 'editorial', 'our view', 'analysis', 'news analysis', 'commentary', 'column', 'perspective', 'viewpoint',
  'first take', 'essay', 'letters', 'letter', 'explainer', 'fact check', 'factcheck', 'exclusive', 'breaking', 'breaking news', 'update',
  'updated', 'watch', 'video', 'live', 'listen', 'podcast', 'review', 'in pictures', 'photos',
]);
