/**
 * Step 5: shape kept, resolved results into `DateMention` records. The span is
 * the date words themselves: a leading preposition ("on", "in", "since") is
 * dropped, and a leading "early"/"late"/"earlier"/"mid-" is kept with the date.
 */
import type { DateMention } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { RawDate } from './02-parse-windows.js';
import type { Resolved } from './04-resolve.js';
import { isoAt } from './calendar.js';
import { YEAR_PARSER_TAG } from './year-parser.js';

/** The stage name recorded on every date and event record. */
export const DATE_STAGE = 'dates';

const LEADING_PREPOSITION = /^(?:(?:on|in|at|since|by|during|from|until|till|for|over)\s+)+/i;
const QUALIFIER_BEFORE = /(?:\b(?:earlier|later|early|late)\s+|\bmid-)$/i;

/** Offsets of the date words of `raw` in the article text. */
export function dateWords(text: string, raw: RawDate): { start: number; end: number } {
  // bare years carry their context word ("in 1997", "the 2023-24 season"): the date starts at the year.
  const isYear = raw.tags.has(YEAR_PARSER_TAG);
  const lead = isYear ? null : LEADING_PREPOSITION.exec(raw.text);
  let start = isYear ? raw.start + raw.text.search(/\d/) : raw.start + (lead ? lead[0].length : 0);
  const before = QUALIFIER_BEFORE.exec(text.slice(Math.max(raw.sentence.start, start - 12), start));
  if (before && !lead) start -= before[0].length;
  let end = raw.end;
  while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** One `DateMention`; reports an unanchored relative date as a diagnostic. */
export function toDateMention(ctx: ExtractContext, raw: RawDate, r: Resolved): DateMention {
  const { start, end } = dateWords(ctx.doc.text, raw);
  const text = ctx.doc.text.slice(start, end);
  const anchored = r.value !== null;
  if (!anchored) {
    ctx.diagnose({
      severity: 'info',
      rule: 'date-unanchored',
      message: `date "${text}" is relative (${r.precision === 'day' && /\d/.test(text) ? 'no year stated' : 'counted from the publication day'}) and the article has no publication date: left unanchored`,
      stage: DATE_STAGE,
    });
  }
  return {
    kind: 'date',
    stage: DATE_STAGE,
    span: spanOf(ctx, start, end),
    text,
    date: r.value === null ? null : isoAt(r.value, r.precision),
    precision: r.precision,
    anchored,
    relative: r.relative,
    sentence: raw.sentence.i,
    ...(r.approximate ? { approximate: true } : {}),
    ...(r.period !== undefined ? { period: r.period } : {}),
  };
}
