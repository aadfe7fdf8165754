/**
 * The one text normalisation every ingester applies. All spans in crosscheck's output point into
 * the string this returns, so it must be the last transformation applied to an article's body.
 *
 * Decisions (see docs/formats.md):
 * - Unicode NFC, so "é" typed as e + combining accent and the precomposed form compare equal.
 * - CRLF, CR, U+2028/U+2029, form feed and vertical tab become line breaks.
 * - Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are removed:
 *   they split words invisibly and break matching across outlets.
 * - Spaces, tabs, NBSP and the other Unicode spaces collapse to one ASCII space inside a line;
 *   lines are trimmed; other control characters are dropped.
 * - Paragraphs are separated by exactly ONE "\n" and there are no blank lines: the NLP layer
 *   treats each line as a paragraph, so a blank line would carry no information.
 * - Typographic quotes, apostrophes and dashes are kept as they are (quote matching needs them).
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\f\v]/g;
const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Normalise raw article text into crosscheck's canonical form (one paragraph per line). */
export function normalizeText(raw: string): string {
  const flat = raw.normalize('NFC').replace(LINE_BREAKS, '\n').replace(INVISIBLE, '').replace(CONTROLS, '').replace(SPACES, ' ');
  const lines: string[] = [];
  for (const line of flat.split('\n')) {
    const t = line.trim();
    if (t) lines.push(t);
  }
  return lines.join('\n');
}

/** Count words the way crosscheck reports them: whitespace-separated tokens holding a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  for (const tok of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(tok)) n++;
  return n;
}
