/**
 * The one rule for "does this full stop (or ! ? …) end a sentence?", shared by the NLP layer's
 * correction of wink's boundaries, the summary's fast splitter and the evidence excerpts, so a
 * decimal ("6.5"), a dotted abbreviation ("U.S.", "a.m."), a title ("Rev. Lee", "No. 3") or an
 * initial ("J. R. Smith") never cuts a sentence in one place and not in another.
 *
 * A stop does NOT end a sentence when:
 *  1. the next character is not a space (inside a token: "6.5", "U.S", "example.org"), unless a
 *     lower-case word runs into a capitalised one ("…said.The", a space lost in the page);
 *  2. the next word starts with a lower-case letter ("$2 bn. in March", "“Why?” she asked");
 *  3. it follows a capitalised title and a capitalised word or number follows ("Gen. Ortiz");
 *  4. it follows a number prefix and a digit follows ("No. 3", "Jan. 5");
 *  5. it follows a single capital initial after a capitalised word or another initial, and a
 *     capitalised word follows ("J. R. Smith", "John F. Kennedy"), or after a lower-case word
 *     when two capitalised words follow ("editor M. Stanton Evans");
 *  6. it follows a dotted form ("U.S.", "p.m.") or an ambiguous abbreviation ("Inc.") and the next
 *     word is not a function word: "U.S. President" goes on, "…the U.S. The talks…" ends.
 * A line break always ends a sentence. Closing quotes and brackets after the stop belong to the sentence.
 */
import { AMBIGUOUS_ABBREVIATIONS, NAME_TITLE_ABBREVIATIONS, NUMBER_PREFIX_ABBREVIATIONS, SENTENCE_OPENING_WORDS } from '../lexicon/sentence-abbreviations.js';

const STOPS = '.!?…';
const CLOSERS = '”"’\')]»';
const OPENERS = /^[“"‘'([«]*/;
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}.])([\p{L}\p{N}][\p{L}\p{N}.]*)\.$/u;
const WORD_BEFORE_THAT = /(?:^|[^\p{L}.])([\p{L}][\p{L}.'’-]*)\s+[\p{L}\p{N}.]+\.$/u;

/** Is the character at `i` a sentence stop (. ! ? …)? */
export const isStop = (text: string, i: number): boolean => i >= 0 && i < text.length && STOPS.includes(text[i]!);

/**
 * If the stop at `i` ends a sentence, the offset just past the sentence (after any closing quotes
 * or brackets); otherwise -1. A run of stops ("?!", "...") is decided at its last character.
 */
export function sentenceEndAt(text: string, i: number): number {
  if (!isStop(text, i) || isStop(text, i + 1)) return -1;
  let j = i + 1;
  while (j < text.length && CLOSERS.includes(text[j]!)) j++;
  if (j >= text.length || text[j] === '\n') return j;
  // a closing quote run straight into an opening one ("…wrong.”“Your…"): two sentences, the space lost
  if (j > i + 1 && '“‘«'.includes(text[j]!)) return j;
  if (!/\s/.test(text[j]!)) return missingSpace(text, i, j) ? j : -1;
  const rest = text.slice(j, j + 40).trimStart();
  const next = rest.slice(OPENERS.exec(rest)![0].length);
  if (/^\p{Ll}/u.test(next)) return -1;
  if (text[i] !== '.' || j > i + 1) return j;
  return abbreviationGoesOn(text.slice(Math.max(0, i - 40), i + 1), next) ? -1 : j;
}

/**
 * "…the minister said.The talks…": a lower-case word, a number or an ellipsis runs into a capitalised word
 * with no space: a sentence end with the space lost, unless an abbreviation explains it ("Mr.Lee").
 * "U.S" (capital before the stop), "6.5" and "example.org" (no capitalised word after) stay inside.
 */
function missingSpace(text: string, i: number, j: number): boolean {
  if (!/^\p{Lu}[\p{Ll} ]/u.test(text.slice(j, j + 2)) || !/[\p{Ll}\p{N}…]/u.test(text[i - 1] ?? '')) return false;
  return !abbreviationGoesOn(text.slice(Math.max(0, i - 40), i + 1), text.slice(j, j + 40));
}

/** `before` ends with the stop; `next` is the text after it, from the next word on. */
function abbreviationGoesOn(before: string, next: string): boolean {
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word) return false;
  const bare = word.toLowerCase();
  const capitalised = /^\p{Lu}/u.test(word);
  const nextCapital = /^\p{Lu}/u.test(next);
  const nextDigit = /^\p{N}/u.test(next);
  if (NUMBER_PREFIX_ABBREVIATIONS.has(bare) && nextDigit) return true;
  if (capitalised && NAME_TITLE_ABBREVIATIONS.has(bare) && (nextCapital || nextDigit)) return true;
  if (/^\p{Lu}$/u.test(word) && nextCapital) {
    const prev = WORD_BEFORE_THAT.exec(before)?.[1];
    // "J. Smith" opening a text, "John F. Kennedy", "J. R. Smith"; not "…in Group B. Then…" (checked by next word)
    if (prev === undefined || /^\p{Lu}/u.test(prev)) return !startsWithFunctionWord(next);
    // after a lower-case word only a full name goes on: "editor M. Stanton Evans", not "letters A to I. Survey I …"
    return /^(?!I\b)\p{Lu}\p{Ll}+\s+(?!I\b)\p{Lu}\p{Ll}+/u.test(next) && !startsWithFunctionWord(next);
  }
  if (isDottedForm(word) || AMBIGUOUS_ABBREVIATIONS.has(bare)) return (nextCapital || nextDigit) && !startsWithFunctionWord(next);
  return false;
}

/** "U.S", "a.m", "Ph.D": short letter groups joined by dots; not "9.40" (a price) or "example.com" (a domain). */
const isDottedForm = (word: string): boolean => word.includes('.') && word.split('.').every((g) => /^\p{L}{1,3}$/u.test(g));

function startsWithFunctionWord(next: string): boolean {
  const w = /^[\p{L}]+/u.exec(next)?.[0];
  return w !== undefined && SENTENCE_OPENING_WORDS.has(w.toLowerCase());
}

/** Offsets of the sentence ends in `text[from, to)`: each is just past a sentence (see sentenceEndAt). */
export function sentenceEnds(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if (text[i] === '\n') out.push(i);
    else if (isStop(text, i)) {
      const e = sentenceEndAt(text, i);
      if (e >= 0) out.push(e);
    }
  }
  return out;
}

export interface SentenceWindow {
  /** offsets of the window in the text, trimmed of spaces at both ends */
  readonly from: number;
  readonly to: number;
  /** the window stops short of its sentence at the start / at the end (cut on a word boundary) */
  readonly clipped: readonly [boolean, boolean];
}

/**
 * The sentence (or sentences) around `text[start, end)`, never past a line break and at most
 * `maxWidening` characters wider than the span on each side; where the sentence goes on beyond
 * that, the window is cut on a word boundary and flagged as clipped.
 */
export function sentenceAround(text: string, start: number, end: number, maxWidening: number): SentenceWindow {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const lo = Math.max(lineStart, start - maxWidening);
  const hi = Math.min(lineEnd, end + maxWidening);
  let from = lo;
  let clipStart = lo > lineStart;
  for (let i = start - 1; i >= Math.max(lineStart, lo - 3); i--) {
    if (!isStop(text, i)) continue;
    const e = sentenceEndAt(text, i);
    if (e >= 0 && e <= start && e >= lo) {
      [from, clipStart] = [e, false];
      break;
    }
  }
  let to = hi;
  let clipEnd = hi < lineEnd;
  for (let i = Math.max(start, end - 1); i < hi; i++) {
    if (!isStop(text, i)) continue;
    const e = sentenceEndAt(text, i);
    if (e >= end) {
      [to, clipEnd] = [Math.min(e, lineEnd), false];
      break;
    }
  }
  // a cut window ends on a word boundary, never inside a word
  if (clipStart) while (from < start && !/\s/.test(text[from - 1]!)) from++;
  if (clipEnd) while (to > end && !/\s/.test(text[to]!)) to--;
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return { from, to, clipped: [clipStart, clipEnd] };
}
