/**
 * Escaping for Markdown built from hostile article text. Every ASCII
 * punctuation mark may be backslash-escaped in CommonMark, so escaping the
 * active ones is always safe; `<` is escaped so raw HTML never reaches a renderer.
 */

/** Escape inline text: emphasis, code, links, HTML, table pipes; newlines become spaces. */
export function mdText(s: string): string {
  return s.replace(/\r\n?|\n|\u2028|\u2029/g, ' ').replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

/** Escape a table cell (same as inline text; an empty cell shows a dash). */
export function mdCell(s: string): string {
  const t = mdText(s).trim();
  return t === '' ? '—' : t;
}

/** Shorten to about `max` characters around an optional focus range, with ellipses. */
export function clip(s: string, max: number, focus: readonly [number, number] | null = null): string {
  if (s.length <= max) return s;
  const [fs, fe] = focus ?? [0, 0];
  let start = Math.max(0, Math.min(fs - Math.floor((max - (fe - fs)) / 2), s.length - max));
  if (!focus) start = 0;
  const end = Math.min(s.length, start + max);
  return `${start > 0 ? '…' : ''}${s.slice(start, end).trim()}${end < s.length ? '…' : ''}`;
}
