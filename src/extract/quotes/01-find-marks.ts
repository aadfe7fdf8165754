/**
 * Step 1: find quotation spans from their marks, paragraph by paragraph.
 *
 * Marks handled: straight "…" and '…', curly “…” and ‘…’, guillemets «…» and »…«,
 * low-high „…“. Apostrophes inside words (don’t), elisions (’n’, ’em), decades (’90s),
 * plural possessives (players’ union) and feet/inch primes (5'11") are not marks.
 * A paragraph that opens a quotation and does not close it, followed by a paragraph
 * that opens with the same mark, continues the quotation (the typographic convention
 * for multi-paragraph quotes), unless the next paragraph is a new turn of a transcript.
 * A transcript's turn ("PENCE: …", "\"WALLACE: …", see transcript-tags) is one span from the
 * words after its tag to the end of its paragraph, or to the mark that closes it; a turn with no
 * mark of its own is opened by its colon.
 */
import type { Paragraph } from '../../nlp/nlp-doc.js';
import { ELISIONS } from '../../lexicon/elisions.js';
import type { TranscriptTag } from './transcript-tags.js';

export interface MarkedSpan {
  /** offset of the opening mark */
  readonly open: number;
  /** offset of the closing mark; null when the quotation runs to the end of its paragraph unclosed. */
  readonly close: number | null;
  /** inner span: the quoted characters, marks excluded */
  readonly start: number;
  readonly end: number;
  readonly paragraphs: number;
  /** the transcript speaker tag that opens this turn ("PENCE:"), when the span is one */
  readonly tag?: TranscriptTag;
}

const LETTER = /[\p{L}\p{N}]/u;
const MARK = /["'\u201C\u201D\u2018\u00AB\u00BB\u201E]/g;
const SPACE_OR_OPEN = /[\s([{\u2014\u2013\-/]/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * Closing marks acceptable for an opening mark. Double marks close each other whatever their
 * shape: converted and pasted text mixes straight and curly marks in one quotation ("…” and “…",
 * “…“ said), and a mark shaped like an opener (space before, word after) is never taken as a closer.
 */
const CLOSERS: Record<string, string> = {
  '\u201C': '\u201D"\u201C', '"': '"\u201D\u201C', '\u2018': '\u2019\'', '\'': '\'\u2019', '\u00AB': '\u00BB', '\u00BB': '\u00AB',
  '\u201E': '\u201C\u201D', '\u201D': '\u201D',
};

/** Does a single-quote mark at `i` start an elision or a decade rather than a quotation? */
function isElision(text: string, i: number): boolean {
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(i + 1, i + 12));
  if (!m) return false;
  const word = m[0].toLowerCase();
  if (/^\d\ds?$/.test(word)) return true;
  const after = text[i + 1 + word.length];
  if (word === 'n' && (after === '\u2019' || after === '\'')) return true;
  return word !== 'n' && ELISIONS.has(word);
}

function isOpener(text: string, i: number, paraStart: number): boolean {
  const c = text[i]!;
  const prev = i > paraStart ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (!(c in CLOSERS)) return false;
  if (c === '\u00AB') return true; // French typography puts a (thin) space inside guillemets
  // “ … if the primary were held today”, saying, “ you have to give them a path”: a left mark
  // after a space, then a space before the first word or an ellipsis, still opens
  if (isSpace(next)) return (c === '\u201C' || c === '\u201E') && (prev === undefined || /\s/.test(prev)) && /^[ \t\u00A0]+(?:[\p{L}\p{N}]|\u2026|\.\.\.)/u.test(text.slice(i + 1, i + 6));
  if (c === '\u201C' || c === '\u201E') return true;
  // "“…,” Roe said …" — a straight mark wrapping a paragraph of a block quote right before a
  // curly opener: the curly one opens the quotation
  if (c === '"' && next === '\u201C') return false;
  // Rep. Jane Roe (D-Leith):"I have not heard …" — a transcript's speaker, a colon and the mark
  const prevOk = prev === undefined || SPACE_OR_OPEN.test(prev) || prev === '"' || prev === '\u201C' || (prev === ':' && c === '"');
  if (!prevOk) return false;
  if (c === '\'' || c === '\u2018') return !isElision(text, i) && (isLetter(next) || /["“\u2026.[]/.test(next ?? ''));
  return true; // straight ", » (German style), and a right double mark used as an opener
}

/** Is the single-quote mark at `j` a closer (not an apostrophe inside or after a word)? */
function isSingleCloser(text: string, j: number, paraEnd: number): boolean {
  const prev = text[j - 1];
  const next = j + 1 < paraEnd ? text[j + 1] : undefined;
  if (isSpace(prev)) return false;
  if (isLetter(next)) return false;
  if (/\d/.test(prev ?? '') && /\d/.test(next ?? '')) return false;
  return true;
}

/** Is the straight double mark at `j` the inch mark of a height (5'11")? */
function isInchMark(text: string, j: number): boolean {
  return /\d['\u2032]\d{1,2}$/.test(text.slice(Math.max(0, j - 6), j));
}

/** A double mark with a space before it and a word after it opens a quotation; it does not close one. */
function opensNext(text: string, j: number, paraEnd: number): boolean {
  const next = j + 1 < paraEnd ? text[j + 1] : undefined;
  if (text[j] === '\u201C') return !isSpace(next) && !/[.,;:!?)\]\u2014\u2013-]/u.test(next ?? '');
  return j > 0 && isSpace(text[j - 1]) && (isLetter(next) || next === '\u2018' || next === '\'');
}

function findCloser(text: string, open: number, from: number, paraEnd: number): number | null {
  const want = CLOSERS[text[open]!]!;
  const single = text[open] === '\'' || text[open] === '\u2018';
  let possessive: number | null = null;
  // a curly quotation nested in a curly one (“… what he calls “hell” than …”), or in a straight
  // one ("… what she called a “rant,” and …"): its closer is not ours
  const nests = text[open] === '\u201C' || text[open] === '"';
  let depth = 0;
  let firstInner: number | null = null;
  for (let j = from; j < paraEnd; j++) {
    const c = text[j]!;
    if (!want.includes(c)) continue;
    if (nests && c === '\u201D' && depth > 0) {
      depth--;
      firstInner ??= j;
      continue;
    }
    if (single) {
      if (!isSingleCloser(text, j, paraEnd)) continue;
      // "the players’ union": a plural possessive, unless no later closer exists.
      if (text[j - 1] === 's' && text[j + 1] === ' ' && /[a-z]/.test(text[j + 2] ?? '')) {
        possessive ??= j;
        continue;
      }
      return j;
    }
    if (c === '"' && isInchMark(text, j)) continue;
    if (opensNext(text, j, paraEnd)) {
      if (nests && c === '\u201C') depth++;
      continue;
    }
    return j;
  }
  // unbalanced inner marks: the first closer after all. A straight quotation whose curly ones
  // inside all closed is unclosed here (a block quote's paragraph, continued by the next one)
  return possessive ?? (text[open] === '"' && depth === 0 ? null : firstInner);
}

/** Paragraph continuation: does paragraph `p` open with the same kind of mark as `open`? */
function opensWith(text: string, p: Paragraph, openChar: string): boolean {
  const c = text[p.start];
  return c === openChar || (openChar === '\u201D' && c === '\u201C');
}

const NO_TAGS: ReadonlyMap<number, TranscriptTag> = new Map();

/**
 * All top-level quotation spans in document order. Nested marks stay inside their outer span.
 * `tags`: the transcript speaker tags by paragraph index (transcript-tags), if any.
 */
export function findMarkedSpans(text: string, paragraphs: readonly Paragraph[], tags = NO_TAGS): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const para = paragraphs[pi]!;
    const tag = tags.get(pi);
    if (tag && !isOpener(text, para.start, para.start)) {
      // an unmarked turn: its colon opens it, the paragraph's end closes it
      let end = para.end;
      while (end > tag.body && /\s/.test(text[end - 1]!)) end--;
      if (end > tag.body) out.push({ open: tag.end, close: null, start: tag.body, end, paragraphs: 1, tag });
      continue;
    }
    let i = para.start;
    while (i < para.end) {
      // jump to the next character that can be a mark
      MARK.lastIndex = i;
      const hit = MARK.exec(text);
      if (!hit || hit.index >= para.end) break;
      i = hit.index;
      if (!isOpener(text, i, para.start)) {
        i++;
        continue;
      }
      const open = i;
      const single = text[open] === '\'' || text[open] === '\u2018';
      let close = findCloser(text, open, open + 1, para.end);
      let endPara = pi;
      // continuation across paragraphs (double marks, guillemets, curly single)
      while (close === null && text[open] !== '\'' && endPara + 1 < paragraphs.length && !tags.has(endPara + 1) && opensWith(text, paragraphs[endPara + 1]!, text[open]!)) {
        endPara++;
        const p = paragraphs[endPara]!;
        close = findCloser(text, open, p.start + 1, p.end);
      }
      if (close === null && single) {
        i = open + 1; // an unpaired single mark is an apostrophe
        continue;
      }
      const last = paragraphs[endPara]!;
      let end = close ?? last.end;
      // a marked turn ("\"PENCE: …"): the words start after the tag
      const turn = tag && open === para.start ? tag : undefined;
      let start = turn ? turn.body : open + 1;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start && text.slice(start, end).trim() !== '') {
        const span = { open, close, start, end, paragraphs: endPara - pi + 1 };
        out.push(turn ? { ...span, tag: turn } : span);
      }
      if (endPara > pi) {
        pi = endPara;
        break; // continue scanning in the paragraph where the quote closed
      }
      i = (close ?? end) + 1;
    }
    if (pi < paragraphs.length && out.length > 0) {
      const lastSpan = out[out.length - 1]!;
      const p = paragraphs[pi]!;
      if (lastSpan.paragraphs > 1 && lastSpan.end < p.end && lastSpan.end >= p.start) {
        // scan the rest of the paragraph where a multi-paragraph quote closed
        const rest = findMarkedSpans(text, [{ i: p.i, start: lastSpan.end + 1, end: p.end }]);
        out.push(...rest);
      }
    }
  }
  return out;
}
