// crosscheck's text normalisation (src/ingest/normalize-text.ts) replayed with an offset map, so
// spans crosscheck reports in the normalised text can be turned back into offsets of the cached file
// that our annotations point into. The loader checks the replay against the built normalizeText.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const BREAKS = /[\u2028\u2029\f\v]/;
const SPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;

/**
 * Normalise `raw` (already NFC) like normalizeText and return { text, orig }: orig[i] is the offset in
 * `raw` of text[i]. Line breaks unify, invisible and control characters go, space runs become one
 * space, lines are trimmed and blank lines dropped.
 */
export function normalizeWithMap(raw) {
  const chars = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\r') {
      chars.push(['\n', i]);
      if (raw[i + 1] === '\n') i++;
    } else if (c === '\n' || BREAKS.test(c)) chars.push(['\n', i]);
    else if (INVISIBLE.test(c) || CONTROL.test(c)) continue;
    else if (SPACE.test(c)) {
      if (chars.at(-1)?.[0] !== ' ') chars.push([' ', i]);
    } else chars.push([c, i]);
  }
  const lines = [[]];
  for (const ch of chars) {
    if (ch[0] === '\n') lines.push([ch]);
    else lines.at(-1).push(ch);
  }
  let text = '';
  const orig = [];
  for (const line of lines) {
    let body = line[0]?.[0] === '\n' ? line.slice(1) : line;
    while (body[0]?.[0] === ' ') body = body.slice(1);
    while (body.at(-1)?.[0] === ' ') body = body.slice(0, -1);
    if (body.length === 0) continue;
    if (text) {
      text += '\n';
      orig.push(line[0][1]);
    }
    for (const [c, i] of body) {
      text += c;
      orig.push(i);
    }
  }
  return { text, orig };
}

/** A span [start, end) of the normalised text as offsets of the raw text (end just past its last char). */
export function toRaw(orig, start, end) {
  if (end <= start) return { start: orig[start] ?? 0, end: orig[start] ?? 0 };
  return { start: orig[start], end: orig[end - 1] + 1 };
}
