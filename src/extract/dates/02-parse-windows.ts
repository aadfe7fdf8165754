/**
 * Step 2: run chrono over the candidate windows, resolved against the
 * publication date, and re-express its results as raw dates with offsets into
 * the article text. Nothing is judged here; later steps filter and resolve.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { NlpDoc, Sentence } from '../../nlp/nlp-doc.js';
import type { Window } from './01-candidate-windows.js';
import { dateParser } from './chrono-instance.js';

/** A calendar day, month 1-12. */
export interface YMD {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** One chrono result, before filtering and resolution. */
export interface RawDate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: Sentence;
  /** what chrono computed, using the reference for whatever was not stated. */
  readonly value: YMD;
  readonly certain: { readonly year: boolean; readonly month: boolean; readonly day: boolean; readonly weekday: boolean; readonly hour: boolean };
  readonly weekday: number | null;
  readonly tags: ReadonlySet<string>;
  /** 'start' or 'end' of a range ("from November to April", "March 3-5"), else null. */
  readonly range: 'start' | 'end' | null;
}

// With no publication date, relative results are discarded later; any fixed
// reference keeps the parse deterministic.
const NEUTRAL_REFERENCE: YMD = { y: 2000, m: 1, d: 1 };

function valueOf(c: ParsedComponents): YMD {
  return { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
}

function rawOf(c: ParsedComponents, r: ParsedResult, start: number, text: string, sentence: Sentence, range: RawDate['range'], ownTagsOnly = false): RawDate {
  const tags = ownTagsOnly ? new Set([...r.tags()].filter((t) => !t.startsWith('result/relativeDate') && !t.startsWith('casualReference/'))) : r.tags();
  return {
    start,
    end: start + text.length,
    text,
    sentence,
    value: valueOf(c),
    certain: { year: c.isCertain('year'), month: c.isCertain('month'), day: c.isCertain('day'), weekday: c.isCertain('weekday'), hour: c.isCertain('hour') },
    weekday: c.isCertain('weekday') ? (c.get('weekday') ?? null) : null,
    tags,
    range,
  };
}

// Word separators are tried first, so "2023-10-02 to 2023-10-09" splits at "to".
const RANGE_WORD = /\s+(?:to|until|till|through|and)\s+/i;
const RANGE_DASH = /\s*[-–—]\s*(?=\S+$)/;

/** One raw date per result, two for a range: each end dated and placed on its own words. */
function toRaw(r: ParsedResult, offset: number, sentence: Sentence): RawDate[] {
  const at = offset + r.index;
  const sep = r.end ? (RANGE_WORD.exec(r.text) ?? RANGE_DASH.exec(r.text)) : null;
  if (!r.end || !sep) return [rawOf(r.start, r, at, r.text, sentence, null)];
  const endAt = sep.index + sep[0].length;
  return [
    rawOf(r.start, r, at, r.text.slice(0, sep.index), sentence, 'start'),
    // the end of "in the year to December" is a plain month: the start's relative tags are not its own.
    rawOf(r.end, r, at + endAt, r.text.slice(endAt), sentence, 'end', true),
  ];
}

// "April 24 and 25": the second day of the month, when a phrase ends after it (not "and 25 people").
const SECOND_DAY = /^(\s+and\s+)(\d{1,2})(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|when|before|after|to)\b)/;

/** The second day of "April 24 and 25", on its digits, or null. */
function secondDay(first: RawDate, after: string): RawDate | null {
  const m = SECOND_DAY.exec(after);
  if (m === null || !first.certain.day || !first.certain.month || first.certain.hour) return null;
  const d = Number(m[2]);
  if (d <= first.value.d || d > 31) return null;
  const start = first.end + m[1]!.length;
  return { ...first, start, end: start + m[2]!.length, text: m[2]!, value: { ...first.value, d }, weekday: null, certain: { ...first.certain, weekday: false } };
}

/** "night of ", "the morning of ": a part of the day before the date it belongs to. */
const PART_OF_DAY_OF = /^(?:the\s+)?(?:night|morning|afternoon|evening)\s+of\s+(?=\S)/i;

// Joins the candidate windows into one chrono call: each call costs about a
// millisecond of set-up, far more than the parsing of one window. No chrono
// parser or refiner reads across a line of semicolons.
const SEPARATOR = '\n;;\n';

/** Index of the last window starting at or before `at`. */
function windowAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Parse the given windows of `doc`; `reference` is the publication day or null. */
export function parseWindows(doc: NlpDoc, windows: readonly Window[], reference: YMD | null): RawDate[] {
  if (windows.length === 0) return [];
  const ref = reference ?? NEUTRAL_REFERENCE;
  // noon UTC with timezone 0: the calendar day never shifts with the machine's zone.
  const instant = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  const starts: number[] = [];
  let joined = '';
  for (const w of windows) {
    if (joined.length > 0) joined += SEPARATOR;
    starts.push(joined.length);
    joined += doc.text.slice(w.start, w.end);
  }
  const out: RawDate[] = [];
  const options = [{ instant, timezone: 0 }, { forwardDate: false }] as const;
  for (const r of dateParser().parse(joined, ...options)) {
    const k = windowAt(starts, r.index);
    const w = windows[k]!;
    if (r.index + r.text.length > starts[k]! + (w.end - w.start)) continue;
    // chrono reads "the night of Friday, Oct. 23" as tonight: the date after "of" is parsed alone.
    const partOf = PART_OF_DAY_OF.exec(r.text);
    if (partOf !== null) {
      for (const inner of dateParser().parse(r.text.slice(partOf[0].length), ...options)) out.push(...toRaw(inner, w.start - starts[k]! + r.index + partOf[0].length, w.sentence));
      continue;
    }
    const raws = toRaw(r, w.start - starts[k]!, w.sentence);
    out.push(...raws);
    const second = raws.length === 1 ? secondDay(raws[0]!, joined.slice(r.index + r.text.length, r.index + r.text.length + 24)) : null;
    if (second !== null) out.push(second);
  }
  return out;
}
