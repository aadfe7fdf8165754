/**
 * Step 2: run chrono over each candidate sentence, resolved against the
 * publication date, and re-express its results as raw dates with offsets into
 * the article text. Nothing is judged here; later steps filter and resolve.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { NlpDoc, Sentence } from '../../nlp/nlp-doc.js';
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
  /** true when the result was a range ("March 3-5"); only the start is kept. */
  readonly range: boolean;
}

// With no publication date, relative results are discarded later; any fixed
// reference keeps the parse deterministic.
const NEUTRAL_REFERENCE: YMD = { y: 2000, m: 1, d: 1 };

function valueOf(c: ParsedComponents): YMD {
  return { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
}

function toRaw(r: ParsedResult, offset: number, sentence: Sentence): RawDate {
  const c = r.start;
  return {
    start: offset + r.index,
    end: offset + r.index + r.text.length,
    text: r.text,
    sentence,
    value: valueOf(c),
    certain: { year: c.isCertain('year'), month: c.isCertain('month'), day: c.isCertain('day'), weekday: c.isCertain('weekday'), hour: c.isCertain('hour') },
    weekday: c.isCertain('weekday') ? (c.get('weekday') ?? null) : null,
    tags: r.tags(),
    range: r.end !== null && r.end !== undefined,
  };
}

/** Parse the given sentences of `doc`; `reference` is the publication day or null. */
export function parseSentences(doc: NlpDoc, sentences: readonly Sentence[], reference: YMD | null): RawDate[] {
  const ref = reference ?? NEUTRAL_REFERENCE;
  // noon UTC with timezone 0: the calendar day never shifts with the machine's zone.
  const instant = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  const chrono = dateParser();
  const out: RawDate[] = [];
  for (const s of sentences) {
    const text = doc.text.slice(s.start, s.end);
    for (const r of chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false })) out.push(toRaw(r, s.start, s));
  }
  return out;
}
