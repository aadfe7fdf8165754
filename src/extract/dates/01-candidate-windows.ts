/**
 * Step 1: a cheap token scan that picks the stretches of text worth parsing.
 * chrono runs dozens of regular expressions over whatever it is given, so it
 * only sees a window of a few tokens around each date-ish token — a capitalised
 * month or weekday name, a casual day word ("yesterday"), "last/next/this" + a
 * period, a year-like number or a numeric date — clipped to its sentence.
 * Overlapping windows of one sentence are merged.
 */
import type { NlpDoc, Sentence } from '../../nlp/nlp-doc.js';
import { CASUAL_DAY_WORDS, MONTH_WORDS, PERIOD_TRIGGER_WORDS, PERIOD_WORDS, RELATIVE_LEADS, WEEKDAY_WORDS } from '../../lexicon/temporal-words.js';

/** A stretch of one sentence handed to chrono. */
export interface Window {
  readonly start: number;
  readonly end: number;
  readonly sentence: Sentence;
}

/** Tokens kept on each side of a trigger: enough for "from Monday, March 3 to Friday, March 7, 2025". */
export const WINDOW_TOKENS = 8;

const NAMES = new Set([...MONTH_WORDS, ...WEEKDAY_WORDS]);
const PERIODS = new Set(PERIOD_WORDS);
const PART_OF_YEAR = new Set(PERIOD_TRIGGER_WORDS);
// One lookup per token instead of four set lookups: what each listed word is.
const NAME = 1;
const DAY_WORD = 2; // a casual day word ("yesterday") or a part of the year ("summer")
const LEAD = 4;
const WORD_KINDS = new Map<string, number>();
const addKind = (words: Iterable<string>, kind: number) => {
  for (const w of words) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | kind);
};
addKind(NAMES, NAME);
addKind(CASUAL_DAY_WORDS, DAY_WORD);
addKind(PART_OF_YEAR, DAY_WORD);
addKind(RELATIVE_LEADS, LEAD);
const kindOf = (w: string): number => WORD_KINDS.get(w) ?? 0;
// "FY2024", "Q3": a fiscal year or a quarter in one token.
const PERIOD_CODE = /^(?:fy'?\d{2}(?:\d{2})?|q[1-4])$/;
const YEAR_LIKE = /^(?:18|19|20)\d\d$|^2100$/;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?$/;

/** True when token `i` of `doc` could start or belong to a date expression. */
function isTrigger(doc: NlpDoc, i: number): boolean {
  const t = doc.tokens[i]!;
  const c = t.lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return YEAR_LIKE.test(t.lower) || NUMERIC_DATE.test(t.lower);
  // month and weekday names count only when capitalised ("may", "march" are words);
  // abbreviations may keep their full stop as part of the token ("Aug.").
  const kind = kindOf(t.lower);
  if (kind & NAME || (t.lower.endsWith('.') && kindOf(t.lower.slice(0, -1)) & NAME)) return t.text.charCodeAt(0) !== c;
  // PERIOD_CODE starts with "f" or "q"
  if (kind & DAY_WORD || ((c === 102 || c === 113) && PERIOD_CODE.test(t.lower))) return true;
  // "the end of the year", "the summer of 1998": the year or month after "the".
  // "the current year", "the full year", "the current fiscal year" too.
  if ((t.lower === 'year' || t.lower === 'month') && /^(?:the|current|full|present|fiscal)$/.test(doc.tokens[i - 1]?.lower ?? '')) return true;
  // "year-end", "year end", "year's end": the tokenizer splits them.
  if (t.lower === 'year' && (doc.tokens[i + 1]?.lower === 'end' || doc.tokens[i + 2]?.lower === 'end')) return true;
  // "mid-March", "pre-2020": a hyphenated prefix before a name or year.
  const dash = t.lower.lastIndexOf('-');
  if (dash > 0 && dash < t.lower.length - 1) {
    const tail = t.lower.slice(dash + 1);
    return (NAMES.has(tail) && t.text.charCodeAt(dash + 1) !== tail.charCodeAt(0)) || YEAR_LIKE.test(tail) || PART_OF_YEAR.has(tail);
  }
  if (kind & LEAD) {
    const next = doc.tokens[i + 1];
    return next !== undefined && next.sentence === t.sentence && PERIODS.has(next.lower);
  }
  return false;
}

/** Windows around the date-ish tokens of `doc`, in text order. */
export function candidateWindows(doc: NlpDoc): Window[] {
  const out: Window[] = [];
  for (const s of doc.sentences) {
    let from = -1;
    let to = -1;
    for (let i = s.first; i < s.last; i++) {
      if (!isTrigger(doc, i)) continue;
      const a = Math.max(s.first, i - WINDOW_TOKENS);
      const b = Math.min(s.last - 1, i + WINDOW_TOKENS);
      if (from >= 0 && a <= to + 1) to = b;
      else {
        if (from >= 0) out.push({ start: doc.tokens[from]!.start, end: doc.tokens[to]!.end, sentence: s });
        from = a;
        to = b;
      }
    }
    if (from >= 0) out.push({ start: doc.tokens[from]!.start, end: doc.tokens[to]!.end, sentence: s });
  }
  return out;
}
