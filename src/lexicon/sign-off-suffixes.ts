/**
 * Words that follow an outlet's name inside an end-of-article sign-off such as
 * "(Example Daily Newsroom – Paris)": they name a desk or an office, not the outlet, and are
 * stripped so the outlet reads "Example Daily". Longest entries first; matched case-insensitively
 * at the end of the sign-off's name part.
 */
export const SIGN_OFF_SUFFIXES: readonly string[] = [
  'world headquarters',
  'international desk',
  'foreign desk',
  'news service',
  'news desk',
  'newsroom',
  'headquarters',
  'news team',
  'bureau',
  'staff',
  'desk',
  'hq',
];

/**
 * Single words that can stand alone in parentheses at the end of an article but are labels, not
 * outlets ("(Updated)", "(Video)"), so a one-name sign-off made of them names no outlet.
 */
export const NOT_OUTLET_LABELS: ReadonlySet<string> = new Set([
  'updated', 'update', 'corrected', 'correction', 'video', 'photo', 'photos', 'audio', 'opinion', 'analysis',
  'developing', 'breaking', 'advertisement', 'sponsored', 'end', 'ends', 'file', 'archive', 'live', 'watch', 'listen',
]);
