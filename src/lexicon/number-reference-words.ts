/**
 * Words after which a figure is a label, not an amount ("Article 5", "page 12", "Flight 370",
 * "Resolution 2334", "phase 2"). Lower case.
 * Belongs here: nouns that take an identifying number after them.
 */
export const NUMBER_REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'article', 'articles', 'page', 'pages', 'p.', 'pp.', 'chapter', 'section', 'paragraph', 'clause', 'no', 'no.', 'nos', 'number', '#',
  'resolution', 'room', 'flight', 'route', 'line', 'phase', 'stage', 'round', 'episode', 'season', 'series', 'version', 'level',
  'tier', 'category', 'item', 'act', 'rule', 'amendment', 'highway', 'road', 'platform', 'gate', 'channel', 'figure', 'table',
  'bus', 'term', 'grade', 'class', 'division', 'group', 'unit', 'district', 'ward', 'block', 'building', 'floor', 'apartment',
  'exit', 'junction', 'interstate', 'sector', 'zone', 'region', 'game', 'match', 'week', 'day', 'year', 'verse', 'psalm', 'volume',
  'issue', 'model', 'type', 'mark', 'mk', 'gen', 'generation', 'covid', 'covid-', 'g', 'top', 'under-', 'u',
]);

/** Month names: a figure right after one is a day or a year ("March 5"), never an amount. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
