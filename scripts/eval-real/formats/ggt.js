// GenderGapTracker evaluation rows → gold quotations for score/quotes.js. The annotated offsets
// no longer fit the raw texts, so each quotation is found again by its string. Pure.
import { quotedParts } from './quote-marks.js';
import { sourceKind } from './source-kind.js';

/**
 * The quotation list of a row (a JSON array kept in a spreadsheet cell). A few cells hold two
 * arrays written one after the other ("…}\n[\n{…"); they are read as one list.
 */
export function parseQuotationCell(cell) {
  const s = String(cell ?? '').trim();
  if (!s) return [];
  try {
    return JSON.parse(s);
  } catch {
    return JSON.parse(s.replace(/\}\s*\]?\s*\[\s*\{/g, '},{'));
  }
}

const FOLD = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '–': '-', '—': '-' };

/** Text folded for searching (typographic marks made plain, runs of spaces made one) and a map back to offsets. */
export function foldWithMap(text) {
  let out = '';
  const map = [];
  for (let i = 0; i < text.length; i++) {
    const c = FOLD[text[i]] ?? text[i];
    if (/\s/.test(c)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else out += c;
    map.push(i);
  }
  map.push(text.length);
  return { folded: out, map };
}

/**
 * Where a quotation string stands in the text: its first occurrence not already taken by an
 * identical string (annotations nest: a quote inside reported speech), with the
 * quotation marks at its ends if the text has them there, else without; null when it is not there.
 */
export function locate(index, quote, taken) {
  const whole = foldWithMap(quote).folded.trim();
  const bare = whole.replace(/^["'\s]+|["'\s]+$/g, '');
  if (bare.length < 2) return null;
  // with its marks first, so that a quoted word is not found inside a longer one
  for (const q of whole === bare ? [bare] : [whole, bare]) {
    for (let from = 0; ; from++) {
      const at = index.folded.indexOf(q, from);
      if (at < 0) break;
      const span = { start: index.map[at], end: index.map[at + q.length - 1] + 1 };
      if (!taken.some((t) => t.start === span.start && t.end === span.end)) return span;
      from = at;
    }
  }
  return null;
}

/** Extend a located span over quotation marks right outside it, so that quotedParts can see them. */
function withMarks(text, s) {
  let { start, end } = s;
  if (/["“]/.test(text[start - 1] ?? '')) start--;
  if (/[,.]/.test(text[end] ?? '') && /["”]/.test(text[end + 1] ?? '')) end += 2;
  else if (/["”]/.test(text[end] ?? '')) end++;
  return { start, end };
}

/**
 * Gold quotations of one article. Direct = the annotated string holds double quotation marks or
 * stands between them in the text; its parts are the words between the marks. The speaker kind comes from the speaker as written
 * ('unmarked' when the annotators left it empty: the quote stands alone); accepted names are the
 * annotated reference (who the speaker is) and the speaker as written unless it is a pronoun.
 */
export function goldFromQuotations(text, quotations) {
  const index = foldWithMap(text);
  const taken = [];
  const gold = [];
  const unlocated = [];
  for (const [i, q] of quotations.entries()) {
    const quote = String(q.quote ?? '');
    const span = locate(index, quote, taken);
    if (!span) {
      unlocated.push(quote);
      continue;
    }
    taken.push(span);
    const outer = withMarks(text, span);
    const quoted = quotedParts(text, outer.start, outer.end);
    const direct = quoted.length > 0;
    const parts = direct ? quoted : [span];
    const speaker = String(q.speaker ?? '').trim();
    const kind = speaker === '' ? 'unmarked' : sourceKind(speaker);
    const names = [String(q.reference ?? '').trim(), kind === 'pronoun' ? '' : speaker].filter(Boolean);
    gold.push({ id: `q${i + 1}`, parts, kind: names.length ? kind : null, names, source: null, direct });
  }
  return { gold, regions: [...taken], unlocated };
}
