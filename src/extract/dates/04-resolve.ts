/**
 * Step 4: turn a kept chrono result into a calendar date at the precision that
 * was actually stated, resolved against the publication day.
 *
 * - Stated years ("March 5, 2025", "November 2024", "in 1997") are absolute.
 * - A bare weekday is the most recent one on or before publication ("on Tuesday
 *   night" in a Wednesday piece is the day before), or the next one on or after
 *   it when the clause is in the future; "last"/"next" force before/after.
 * - A month-day or month without a year is the most recent on or before
 *   publication (two days' grace, for pieces updated after their first date),
 *   or the next one in a future clause.
 * - Relative expressions ("yesterday", "two days ago", "last month") take chrono's
 *   arithmetic, at the precision of their unit; week-sized ones ("last week")
 *   have no day, so they are kept at month precision and marked approximate, with
 *   the ISO week beside them as their period ("1998-W08").
 * Without a publication day, anything that is not absolute is unanchored.
 */
import type { DatePrecision } from '../../model/records.js';
import type { RawDate, YMD } from './02-parse-windows.js';
import { addDays, dayNumber, isValidDay, isoWeekCode, weekdayOf } from './calendar.js';
import { PERIOD_CODE_TAG, PERIOD_MONTHS_TAG, PERIOD_PARSER_TAG, PERIOD_PRECISION_TAG } from './period-parser.js';
import type { Tense } from './tense.js';

export interface Resolved {
  readonly value: YMD | null;
  readonly precision: DatePrecision;
  readonly relative: boolean;
  readonly approximate: boolean;
  /** a quarter, half, season, week or weekend in TimeML notation ("2024-Q3", "2024-W08"); its year is `value`'s. */
  readonly period?: string;
}

// "last week", "this week", "six weeks ago": a calendar week, counted from the reference.
const WEEK = /\b(?:this|last|next|coming)\s+week\b|\bweeks?\s+ago\b/i;

const STATED_DAY = /(?:^|[^\d])\d{1,2}(?:st|nd|rd|th)?(?![\d])/i;
const RELATIVE_WORDS = /\b(?:ago|last|next|this|yesterday|today|tonight|tomorrow)\b/i;

function unitPrecision(raw: RawDate): { precision: DatePrecision; approximate: boolean } {
  const { text, certain } = raw;
  if (/\b(?:days?|yesterday|today|tonight|tomorrow|morning|afternoon|evening|night)\b/i.test(text)) return { precision: 'day', approximate: false };
  if (/\b(?:weeks?|weekend)\b/i.test(text)) return { precision: 'month', approximate: true };
  if (/\bmonths?\b/i.test(text)) return { precision: 'month', approximate: false };
  if (/\byears?\b/i.test(text)) return { precision: 'year', approximate: false };
  return { precision: certain.day ? 'day' : certain.month ? 'month' : 'year', approximate: false };
}

function resolveWeekday(weekday: number, text: string, ref: YMD, future: boolean): YMD {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  if (/\blast\b/i.test(text)) return addDays(ref, -(back === 0 ? 7 : back));
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (/\bnext\b/i.test(text)) return addDays(ref, ahead === 0 ? 7 : ahead);
  return future ? addDays(ref, ahead) : addDays(ref, -back);
}

/** A yearless date this close to publication is the one meant, whatever the tense says. @default 62 days */
const CLOSE_DAYS = 62;
/** The same for a month, compared by first days: the next month only. @default 31 days */
const CLOSE_MONTH_DAYS = 31;
/** … when the other reading is this far away. @default 300 days */
const FAR_DAYS = 300;
/** With no tense, the next occurrence only when it is within a quarter. @default 92 days */
const NEAR_AHEAD_DAYS = 92;

/**
 * Past or next occurrence of a yearless date: by tense, unless the tense points about a
 * year away while the other reading is within two months ("the offer was extended to
 * Nov. 20" in a piece of November 2; "decided on Feb. 11 that a war would be needed" in
 * late February). With no tense marker, the past one unless the next is within a quarter
 * and nearer — "results on Jan. 30" in a piece of January 3 is this month's, "in March"
 * in November is this year's March, "since January 19" in March is this year's.
 */
function pick(past: YMD | null, next: YMD | null, ref: YMD, tense: Tense, close = CLOSE_DAYS): YMD | null {
  if (past === null) return next;
  if (next === null) return past;
  const r = dayNumber(ref);
  const ahead = dayNumber(next) - r;
  const back = r - dayNumber(past);
  if (tense === 'done') return past;
  if (tense === 'future') return ahead > FAR_DAYS && back <= close ? past : next;
  if (tense === 'past') return back > FAR_DAYS && ahead <= close ? next : past;
  return ahead <= NEAR_AHEAD_DAYS && ahead < back ? next : past;
}

function resolveMonthDay(m: number, d: number, weekday: number | null, ref: YMD, tense: Tense): YMD | null {
  const candidates = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, m, d })).filter(isValidDay);
  const withWeekday = weekday === null ? [] : candidates.filter((c) => weekdayOf(c) === weekday);
  if (withWeekday.length === 1) return withWeekday[0]!;
  const r = dayNumber(ref);
  const next = candidates.find((c) => dayNumber(c) >= r) ?? null;
  const past = [...candidates].reverse().find((c) => dayNumber(c) <= r + 2) ?? null;
  return pick(past, next, ref, tense);
}

function resolveMonth(m: number, ref: YMD, tense: Tense): YMD | null {
  const next = { y: m >= ref.m ? ref.y : ref.y + 1, m, d: 1 };
  const past = { y: m <= ref.m ? ref.y : ref.y - 1, m, d: 1 };
  // months are compared by their first days; against the tense, only the month next to the
  // publication's is close ("was postponed to November" in October, not "changed in December").
  return pick(past, next, { ...ref, d: 1 }, tense, CLOSE_MONTH_DAYS);
}

/** A day of the week meant by "this/last/next week" (chrono starts "this week" on a Sunday), else chrono's. */
function weekDay(text: string, value: YMD, ref: YMD): YMD {
  const lead = /\b(this|last|next|coming)\s+week\b/i.exec(text)?.[1]?.toLowerCase();
  if (lead === undefined) return value;
  return addDays(ref, lead === 'this' ? 0 : lead === 'last' ? -7 : 7);
}

/**
 * The Saturday of "this/last/next weekend" (a Sunday piece's "this weekend" began yesterday);
 * "the weekend" alone is the last one begun in a past clause ("rallied over the weekend"),
 * the coming one otherwise.
 */
export function weekendSaturday(text: string, ref: YMD, tense: Tense): YMD {
  const wd = weekdayOf(ref);
  const thisSat = wd === 0 ? addDays(ref, -1) : addDays(ref, 6 - wd);
  if (/\blast\b/i.test(text)) return addDays(thisSat, -7);
  if (/\bnext\b/i.test(text)) return addDays(thisSat, 7);
  if (!/\b(?:this|coming)\b/i.test(text) && (tense === 'past' || tense === 'done') && dayNumber(thisSat) > dayNumber(ref)) return addDays(thisSat, -7);
  return thisSat;
}

/**
 * A named period (quarter, season, fiscal year, end of the year): the parser dated it from the
 * reference; a yearless one over for half a year is next year's in a future clause ("expects growth
 * in the first quarter" in October), while "will report third-quarter results" in October is this year's.
 */
function resolvePeriod(raw: RawDate, ref: YMD | null, tense: Tense): Resolved {
  const tag = (prefix: string) => [...raw.tags].find((t) => t.startsWith(prefix))?.slice(prefix.length);
  const code = tag(PERIOD_CODE_TAG);
  // a quarter, half or season is dated at its year; the period goes beside it.
  const precision: DatePrecision = code !== undefined || tag(PERIOD_PRECISION_TAG) === 'year' ? 'year' : 'month';
  const months = Number(tag(PERIOD_MONTHS_TAG) ?? 0);
  const withPeriod = (value: YMD | null, relative: boolean): Resolved => ({
    value, precision, relative, approximate: false, ...(code !== undefined && value !== null ? { period: `${String(value.y).padStart(4, '0')}-${code}` } : {}),
  });
  if (raw.certain.year) return withPeriod(raw.value, false);
  if (ref === null) return withPeriod(null, true);
  // a season is over once its last month is; a quarter only half a year on ("will report
  // third-quarter results" in October is this year's).
  const season = code !== undefined && /^(?:SP|SU|FA|WI)$/.test(code);
  const over = raw.value.y * 12 + raw.value.m + months - 1 + (season ? 0 : 6) < ref.y * 12 + ref.m + (season ? 0 : 1);
  return withPeriod(tense === 'future' && months > 0 && over ? { ...raw.value, y: raw.value.y + 1 } : raw.value, true);
}

/**
 * Against a publication date known only to its month, a day counted from the reference
 * ("yesterday", "on Tuesday", "three days ago") is known only to the month: kept at month
 * precision and marked approximate. A written day ("March 5") keeps its day; a week
 * ("last week") loses its period.
 */
export function atMonthReference(raw: RawDate, r: Resolved): Resolved {
  // a week counted from a reference known only to its month is not known.
  if (r.period !== undefined && /-W/.test(r.period)) {
    const { period: _week, ...rest } = r;
    return rest;
  }
  if (r.value === null || !r.relative || r.precision !== 'day') return r;
  const counted = [...raw.tags].some((t) => t === 'result/relativeDate' || t.startsWith('casualReference/'));
  if (!counted && raw.certain.day && STATED_DAY.test(raw.text)) return r;
  return { ...r, precision: 'month', approximate: true };
}

/** Resolve one kept result; `ref` is the publication day or null, `future` the clause's tense. */
export function resolve(raw: RawDate, ref: YMD | null, tense: Tense): Resolved {
  const { certain, text } = raw;
  if (raw.tags.has(PERIOD_PARSER_TAG)) return resolvePeriod(raw, ref, tense);
  const chronoRelative = [...raw.tags].some((t) => t === 'result/relativeDate' || t.startsWith('casualReference/'));
  // a weekend has no single day: its month, marked approximate, with its week beside it.
  if (/\bweekend\b/i.test(text)) {
    if (ref === null) return { value: null, precision: 'month', relative: true, approximate: true };
    const saturday = weekendSaturday(text, ref, tense);
    return { value: saturday, precision: 'month', relative: true, approximate: true, period: `${isoWeekCode(saturday)}-WE` };
  }
  const weekdayOnly = certain.weekday && !certain.day;
  if (weekdayOnly && raw.weekday !== null) {
    const value = ref === null ? null : resolveWeekday(raw.weekday, text, ref, tense === 'future');
    return { value, precision: 'day', relative: true, approximate: false };
  }
  const statedYear = /\b\d{4}\b/.test(text);
  if (!statedYear && (chronoRelative || RELATIVE_WORDS.test(text))) {
    const { precision, approximate } = unitPrecision(raw);
    // a week has no single day or month: its month, marked approximate, with the week beside it.
    const week = ref !== null && WEEK.test(text) ? { period: isoWeekCode(weekDay(text, raw.value, ref)) } : {};
    return { value: ref === null ? null : raw.value, precision, relative: true, approximate, ...week };
  }
  // chrono fills in a day for "the end of March"; only a written day number makes a day.
  const statedDay = certain.day && STATED_DAY.test(text);
  if (certain.year) {
    const precision: DatePrecision = statedDay ? 'day' : certain.month ? 'month' : 'year';
    return { value: raw.value, precision, relative: false, approximate: false };
  }
  if (statedDay) {
    const value = ref === null ? null : resolveMonthDay(raw.value.m, raw.value.d, raw.weekday, ref, tense);
    return { value, precision: 'day', relative: true, approximate: false };
  }
  const value = ref === null ? null : resolveMonth(raw.value.m, ref, tense);
  return { value, precision: 'month', relative: true, approximate: false };
}

/**
 * A yearless month or day followed by "this/last/next year" ("in February this year") takes that
 * year, whatever the tense said; `after` is the text right after the date.
 */
export function withYearAfter(raw: RawDate, r: Resolved, after: string, ref: YMD | null): Resolved {
  if (ref === null || r.value === null || raw.certain.year || r.period !== undefined || r.precision === 'year') return r;
  const w = /^\s*,?\s*(this|last|next)\s+year\b/i.exec(after)?.[1]?.toLowerCase();
  if (w === undefined) return r;
  return { ...r, value: { ...r.value, y: ref.y + (w === 'last' ? -1 : w === 'next' ? 1 : 0) } };
}
