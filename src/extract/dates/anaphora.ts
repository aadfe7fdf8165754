/**
 * Step 5b: dates counted from another date of the story rather than from the publication day —
 * "a year earlier", "the year-ago quarter", "the previous month", "later that year", "the latest
 * period". Business and political news compares figures with "a year earlier" constantly; the date
 * meant is the period the story last named, a year back ("third-quarter profit rose to $5m from $3m
 * a year earlier" → the third quarter of last year), not the publication day's year.
 *
 * The date in focus is the last date the story named before the expression, within a few
 * sentences; the expression takes its precision (a quarter gives a quarter, a day a day). With no
 * date in focus, a year or month counted back falls back to the publication day, and anything
 * counted forward or pointed at ("that year") is not dated. chrono is not run again: one regular
 * expression over the sentences that hold a trigger word.
 */
import type { DateMention, DatePrecision } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import {
  ANAPHORIC_BACK_WORDS, ANAPHORIC_FORWARD_WORDS, ANAPHORIC_PERIOD_NOUNS, FOCUS_PERIOD_WORDS, FOLLOWING_WORDS, PREVIOUS_WORDS,
  SAME_PERIOD_WORDS, YEAR_BEFORE_ADJECTIVES,
} from '../../lexicon/anaphoric-date-words.js';
import { PERIOD_ORDINALS } from '../../lexicon/period-words.js';
import type { YMD } from './02-parse-windows.js';
import { isValidDay } from './calendar.js';
import { replaceable, ruleMention, scanSentences } from './merge.js';

const alt = (list: readonly string[]) => list.map((w) => w.replace(/[-]/g, '\\-').replace(/ /g, '\\s+')).join('|');
const ORD = Object.keys(PERIOD_ORDINALS).filter((w) => /^[a-z]+$/.test(w)).join('|');

// One alternative per form; named groups say which one matched.
const PATTERN = new RegExp(
  [
    // "a year earlier", "one month later", "a year ago" ("before" only at the end of a clause)
    `(?<a>\\b(?:a|one)\\s+(?<au>year|month)\\s+(?<aw>${alt([...ANAPHORIC_BACK_WORDS, ...ANAPHORIC_FORWARD_WORDS, 'ago'])})\\b)`,
    // "that year", "later that month", "earlier that day"
    `(?<b>\\b(?:(?:later|earlier)\\s+(?:in\\s+)?)?that\\s+(?<bu>year|month|day)(?![-\\w]))`,
    // "the year-ago quarter", "the comparable year-earlier period", "the year-ago third quarter", "year-earlier profit"
    `(?<c>\\b(?:(?<cthe>the\\s+(?:(?:${alt(SAME_PERIOD_WORDS)})\\s+)?))?(?<cadj>${alt(YEAR_BEFORE_ADJECTIVES)})(?:\\s+(?<cord>${ORD}))?(?:[-\\s]+(?<cn>${alt(ANAPHORIC_PERIOD_NOUNS)})\\b)?)`,
    // "the previous year", "the following month"
    `(?<d>\\bthe\\s+(?<dw>${alt([...PREVIOUS_WORDS, ...FOLLOWING_WORDS])})\\s+(?<du>year|month|day)\\b)`,
    // "the same quarter last year", "the corresponding period a year earlier", "last year's quarter"
    `(?<e>\\bthe\\s+(?:(?:${alt(SAME_PERIOD_WORDS)})\\s+)?(?:quarter|period|month)\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier)|the\\s+(?:previous|prior)\\s+year)\\b|\\blast\\s+year['’]s\\s+(?:quarter|period)\\b)`,
    // "the latest period", "the 1988 period", "the 1988 quarter", "the quarter" (the reporting period in focus)
    `(?<f>\\bthe\\s+(?:(?:${alt(FOCUS_PERIOD_WORDS)})\\s+period|(?<fy>(?:18|19|20)\\d\\d)\\s+(?:period|quarter)|(?<fq>quarter|period))\\b(?![-\\w])(?!\\s+(?:of|a\\s+year)\\b))`,
    // "compared with $3m last year" when a quarter is in focus: the year-ago quarter
    `(?<g>\\blast\\s+year\\b(?![-'’\\w]))`,
  ].join('|'),
  'gi',
);
/** Words without which a sentence cannot hold one of the forms above. */
const TRIGGER = /\b(?:earlier|later|ago|before|that|quarter|last|year-ago|year-earlier|previous|prior|preceding|following|subsequent|period|year['’]s)\b/i;

/** The stage name on dates counted from another date: consumers may tell them from dates of their own. */
export const ANAPHORA_STAGE = 'dates/anaphora';

/** Words before a figure's date that compare it with another period's ("from $3m last year"). */
const COMPARISON = /\b(?:from|with|versus|vs\.?|than|against)\b/i;

/** How many sentences back the date in focus may stand. @default 4 */
const FOCUS_SENTENCES = 4;
/** A quarter this close, or in the same paragraph, stays the focus over the story's own period. @default 1 sentence */
const RECENT_SENTENCES = 1;

interface Focus {
  readonly value: YMD;
  readonly precision: DatePrecision;
  /** quarter, half or season code of the focus ("Q3"); weeks are not kept. */
  readonly code?: string;
}

function focusOf(m: DateMention): Focus | null {
  if (m.date === null) return null;
  const [y, mo, d] = m.date.split('-').map(Number);
  const code = m.period === undefined ? undefined : /^\d{4}-((?:Q|H)[1-4]|SP|SU|FA|WI)$/.exec(m.period)?.[1];
  return { value: { y: y!, m: mo ?? 1, d: d ?? 1 }, precision: m.precision, ...(code !== undefined ? { code } : {}) };
}

/** `f` moved by whole years, months or days (a 29 February moved a year is the 28th). */
function shift(f: Focus, unit: 'year' | 'month' | 'day', n: number): Focus {
  const { y, m, d } = f.value;
  if (unit === 'day') {
    const t = new Date(Date.UTC(y, m - 1, d + n));
    return { ...f, value: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() } };
  }
  const k = y * 12 + (m - 1) + (unit === 'year' ? 12 * n : n);
  let v = { y: Math.floor(k / 12), m: (k % 12) + 1, d };
  while (!isValidDay(v)) v = { ...v, d: v.d - 1 };
  return { ...f, value: v };
}

/** The focus at the precision a unit word allows: "that month" needs a month, "that year" keeps only the year. */
function atUnit(f: Focus, unit: 'year' | 'month' | 'day'): Focus | null {
  const order: DatePrecision[] = ['year', 'month', 'day'];
  if (order.indexOf(f.precision) < order.indexOf(unit)) return null;
  return { value: f.value, precision: unit };
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase();

/**
 * The date a match names, given the focus (null when there is none) and the publication day;
 * null when it cannot be dated. `start` is where the date words begin within the match.
 */
function readMatch(g: Record<string, string | undefined>, focus: Focus | null, ref: YMD | null, comparison: boolean): { focus: Focus; skip: number } | null {
  const fromRef: Focus | null = ref === null ? null : { value: ref, precision: 'year' };
  if (g.a !== undefined) {
    const unit = lower(g.au) as 'year' | 'month';
    const w = lower(g.aw);
    const back = w !== 'later';
    // "a year ago" is the publication day's unless a finer date is in focus (a quarter's figures).
    if (w === 'ago' && (unit === 'month' || focus === null || (focus.precision === 'year' && focus.code === undefined))) return null;
    // with no date in focus, counted back from the publication day at the unit's precision.
    const base = focus ?? (back && ref !== null ? { value: ref, precision: unit } : null);
    return base === null ? null : { focus: shift(base, unit, back ? -1 : 1), skip: 0 };
  }
  if (g.b !== undefined) {
    if (focus === null) return null;
    const f = atUnit(focus, lower(g.bu) as 'year' | 'month' | 'day');
    return f === null ? null : { focus: f, skip: 0 };
  }
  if (g.c !== undefined) {
    const base = focus ?? fromRef;
    if (base === null) return null;
    let f = shift(base, 'year', -1);
    // "the year-ago third quarter": the quarter is stated, a year before the focus's year.
    if (g.cord !== undefined && /^quarter|half$/i.test(g.cn ?? '')) {
      const n = PERIOD_ORDINALS[lower(g.cord)] ?? 1;
      const half = /^half$/i.test(g.cn ?? '');
      f = { value: { y: f.value.y, m: (n - 1) * (half ? 6 : 3) + 1, d: 1 }, precision: 'year', code: `${half ? 'H' : 'Q'}${n}` };
    }
    // without its noun ("the year-ago results"), the date is the adjective alone.
    const skip = g.cn === undefined && g.cthe !== undefined ? g.cthe.length : 0;
    return { focus: f, skip };
  }
  if (g.d !== undefined) {
    const unit = lower(g.du) as 'year' | 'month' | 'day';
    const n = PREVIOUS_WORDS.includes(lower(g.dw)) ? -1 : 1;
    const f = focus === null ? null : atUnit(focus, unit);
    return f === null ? null : { focus: shift(f, unit, n), skip: 0 };
  }
  if (g.e !== undefined) {
    const base = focus ?? fromRef;
    return base === null ? null : { focus: shift(base, 'year', -1), skip: 0 };
  }
  const reportingPeriod = focus !== null && focus.code !== undefined && /^[QH]/.test(focus.code);
  if (g.f !== undefined) {
    // a reporting period: the quarter or half in focus (of the year stated, when one is).
    if (!reportingPeriod) return g.fy === undefined ? null : { focus: { value: { y: Number(g.fy), m: 1, d: 1 }, precision: 'year' }, skip: 0 };
    return { focus: g.fy === undefined ? focus : { ...focus, value: { ...focus.value, y: Number(g.fy) } }, skip: 0 };
  }
  if (g.g !== undefined) {
    // only in a comparison of a quarter's figures ("rose to $5m from $3m last year").
    return reportingPeriod && comparison ? { focus: shift(focus, 'year', -1), skip: 0 } : null;
  }
  return null;
}

const REPORTING_PERIOD = /^\d{4}-[QH][1-4]$/;
const isReportingPeriod = (m: DateMention) => m.period !== undefined && REPORTING_PERIOD.test(m.period);

/**
 * The first quarter or half the story names before `start`, within a year of publication: the
 * period its figures are for ("the third quarter of 1984" is history, not the story's period).
 */
function storyPeriod(mentions: readonly DateMention[], start: number, ref: YMD | null): DateMention | undefined {
  return mentions.find((m) => m.span.end <= start && isReportingPeriod(m) && (ref === null || Number(m.period!.slice(0, 4)) >= ref.y - 1));
}

/**
 * `mentions` (in text order) with the dates counted from another date added, each replacing the
 * mentions it contains ("a year ago" read from the publication day becomes the year-ago quarter).
 */
export function resolveAnaphora(ctx: ExtractContext, mentions: readonly DateMention[], ref: YMD | null): DateMention[] {
  const { doc } = ctx;
  return scanSentences(ctx, mentions, TRIGGER, PATTERN, (match, s, start, end, replaced) => {
    const g = match.groups ?? {};
    // the last date named before the expression, a few sentences back at most, that is not inside it.
    let focusMention: DateMention | undefined;
    for (const m of mentions) {
      if (m.span.start >= start) break;
      // a date this step re-read ("a year ago" from the publication day) is no focus.
      if (m.span.end <= start && s.i - m.sentence <= FOCUS_SENTENCES && !replaced.has(m)) focusMention = m;
    }
    // chrono's reading of "$2m a year ago" (two minutes, then a year back) gives way too.
    const inside = replaceable(mentions, start, end, (m) => g.a !== undefined && m.span.start < start && m.span.end === end && /\d/.test(doc.text.slice(m.span.start, start)));
    if (inside === null) return null;
    // "the year-ago third quarter": the quarter inside is what the adjective moves back. A reporting
    // period compared with a year before is the story's own (the first quarter or half it names),
    // not a quarter mentioned in passing since ("after a flat second quarter, … the year-earlier period").
    // A quarter named in this paragraph or the sentence before stays the focus ("third-quarter profit rose
    // from $4m a year earlier").
    const recent = focusMention !== undefined && (focusMention.sentence >= s.i - RECENT_SENTENCES || doc.sentences[focusMention.sentence]?.paragraph === s.paragraph);
    const nearest = !recent && (focusMention === undefined || isReportingPeriod(focusMention)) ? (storyPeriod(mentions, start, ref) ?? focusMention) : focusMention;
    const base = g.c !== undefined && inside.length > 0 ? inside[0]! : g.b !== undefined || g.d !== undefined ? focusMention : nearest;
    const read = readMatch(g, base === undefined ? null : focusOf(base), ref, COMPARISON.test(doc.text.slice(Math.max(s.start, start - 60), start)));
    if (read === null) return null;
    const f = read.focus;
    const period = f.code !== undefined ? { period: `${String(f.value.y).padStart(4, '0')}-${f.code}` } : {};
    return { mention: ruleMention(ctx, s.i, start + read.skip, end, f.value, f.precision, { ...period, stage: ANAPHORA_STAGE }), replaces: inside };
  });
}
