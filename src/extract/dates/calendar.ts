/**
 * Small calendar arithmetic on plain year-month-day triples (no Date objects,
 * so no time zone can shift a day), and ISO formatting at a precision.
 */
import type { DatePrecision } from '../../model/records.js';
import type { YMD } from './02-parse-windows.js';

/** Days since 1970-01-01 for a proleptic Gregorian day. */
export function dayNumber(v: YMD): number {
  return Math.floor(Date.UTC(v.y, v.m - 1, v.d) / 86_400_000);
}

/** The day `n` days after `v` (negative `n` goes back). */
export function addDays(v: YMD, n: number): YMD {
  const t = new Date((dayNumber(v) + n) * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as chrono numbers weekdays. */
export function weekdayOf(v: YMD): number {
  return new Date(dayNumber(v) * 86_400_000).getUTCDay();
}

/** True when the month has that day (no 30 February). */
export function isValidDay(v: YMD): boolean {
  const t = addDays({ y: v.y, m: v.m, d: 1 }, v.d - 1);
  return t.m === v.m && t.y === v.y;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function isoAt(v: YMD, precision: DatePrecision): string {
  if (precision === 'year') return pad(v.y, 4);
  if (precision === 'month') return `${pad(v.y, 4)}-${pad(v.m)}`;
  return `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
}

/**
 * The reference of a publication date: its day, or for a date known only to the month
 * ("2025-05") the middle of that month at month precision; null when there is none.
 */
export function parseIsoReference(iso: string | null): { readonly day: YMD; readonly precision: 'day' | 'month' } | null {
  const day = parseIsoDay(iso);
  if (day !== null) return { day, precision: 'day' };
  const m = iso === null ? null : /^(\d{4})-(\d{2})$/.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return { day: { y: Number(m[1]), m: Number(m[2]), d: 15 }, precision: 'month' };
}

/** The publication day of an ISO date or date-time ("2025-03-05T10:00Z" → 2025-03-05), or null. */
export function parseIsoDay(iso: string | null): YMD | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(v) ? v : null;
}

/**
 * The ISO week of a day in TimeML notation ("1998-W08"): weeks start on Monday and belong to
 * the year of their Thursday, so 2021-01-01 (a Friday) is in "2020-W53".
 */
export function isoWeekCode(v: YMD): string {
  const thursday = addDays(v, 3 - ((weekdayOf(v) + 6) % 7));
  const week = 1 + Math.floor((dayNumber(thursday) - dayNumber({ y: thursday.y, m: 1, d: 1 })) / 7);
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}
