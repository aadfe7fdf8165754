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
const NON_ASCII = /[^\u0000-\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Normalise raw article text into crosscheck's canonical form (one paragraph per line). */
export function normalizeText(raw: string): string {
  // NFC cannot change pure ASCII; skipping it there saves a full pass on most English text.
  const flat = (NON_ASCII.test(raw) ? raw.normalize('NFC') : raw).replace(LINE_BREAKS, '\n').replace(INVISIBLE, '').replace(CONTROLS, '').replace(SPACES, ' ');
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
  for (const m of text.matchAll(/\S+/g)) {
    const tok = m[0];
    // ASCII letters/digits are checked by char code; only other tokens need the Unicode regex.
    let found = false;
    for (let i = 0; i < tok.length && !found; i++) {
      const c = tok.charCodeAt(i);
      found = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    }
    if (found || (NON_ASCII.test(tok) && WORDISH.test(tok))) n++;
  }
  return n;
}

const WORDISH = /[\p{L}\p{N}]/u;
