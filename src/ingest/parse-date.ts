/**
 * Publication dates from metadata, normalised to ISO. A date alone becomes `YYYY-MM-DD`; a date with
 * a time keeps the time and its UTC offset as given (zero offset written `Z`), because the outlet's
 * local calendar day is what "on Tuesday" in the article is relative to. No zone → no zone.
 * A date known only to its month ("2025-05", "May 2025") stays a month: `YYYY-MM`, never a made-up day.
 * Anything uncertain (no year, ambiguous 03/05/2025, relative words) gives null, never a guess.
 */
// the English locale only: the package's root also loads its 15 other locales (about 0.07 s at start)
import * as chrono from 'chrono-node/en';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(y: number, m: number, d: number): string | null {
  return validDate(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

function offset(z: string | undefined): string {
  if (!z) return '';
  if (/^(z|utc|gmt|ut)$/i.test(z)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (!m) return '';
  return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const NUMERIC_DMY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const RFC2822 = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|gmt|utc|ut|z)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY_PREFIX = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
// An optional time after the date ("at 10:42 am GMT", "10.42 BST") is accepted and not kept.
const TIME_TAIL = '(?:\\s*(?:,|at|-|–)?\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s+[a-z]{2,5}(?:[+-]\\d{1,2})?)?)?\\.?$';
// The written forms news sites use, parsed directly: chrono is far slower and only needed for the rest.
const MDY = new RegExp(`^${WEEKDAY_PREFIX}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME_TAIL}`, 'i');
const DMY = new RegExp(`^${WEEKDAY_PREFIX}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})${TIME_TAIL}`, 'i');
const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MONTH_YEAR = new RegExp(`^${MONTH_NAME},?\\s+(\\d{4})$`, 'i');

/** "YYYY-MM" for a real month of a plausible year, else null. */
function ym(y: number, m: number): string | null {
  return validDate(y, m, 1) ? `${pad(y, 4)}-${pad(m)}` : null;
}

/** Parse a metadata date string into ISO form, or null when it is not a certain calendar date. */
export function parsePublished(input: string | null | undefined): string | null {
  const s = (input ?? '').trim().replace(/\s+/g, ' ');
  if (!s || s.length > 80) return null;
  let m = ISO.exec(s);
  if (m) {
    const day = ymd(+m[1]!, +m[2]!, +m[3]!);
    if (!day || m[4] === undefined) return day;
    if (+m[4] > 23 || +m[5]! > 59) return day;
    return `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${m[7] ?? ''}${offset(m[8])}`;
  }
  if ((m = ISO_MONTH.exec(s))) return ym(+m[1]!, +m[2]!);
  if ((m = MONTH_YEAR.exec(s))) return ym(+m[2]!, monthIndex(m[1]!));
  if ((m = SLASHED.exec(s))) return ymd(+m[1]!, +m[2]!, +m[3]!);
  if ((m = NUMERIC_DMY.exec(s))) {
    const a = +m[1]!, b = +m[2]!;
    // 03/05/2025 is March 5 in the US and 3 May elsewhere: only accept when one reading is impossible.
    if (a > 12 && b <= 12) return ymd(+m[3]!, b, a);
    if (b > 12 && a <= 12) return ymd(+m[3]!, a, b);
    return null;
  }
  if ((m = RFC2822.exec(s))) {
    const mon = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    const day = mon ? ymd(+m[3]!, mon, +m[1]!) : null;
    return day ? `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offset(m[7])}` : null;
  }
  if ((m = MDY.exec(s))) return ymd(+m[3]!, monthIndex(m[1]!), +m[2]!);
  if ((m = DMY.exec(s))) return ymd(+m[3]!, monthIndex(m[2]!), +m[1]!);
  // chrono only for strings that could hold a full written date (a month name and a year).
  return new RegExp(MONTH_NAME, 'i').test(s) && /\b\d{4}\b/.test(s) ? parseWithChrono(s) : null;
}

function parseWithChrono(s: string): string | null {
  // A fixed reference date keeps the result independent of today's date; we then insist that
  // day, month and year were all written out, so the reference never leaks into the result.
  const results = chrono.strict.parse(s, new Date(Date.UTC(2000, 0, 1)));
  const r = results[0];
  if (!r || results.length !== 1) return null;
  // The date must be most of the string ("Wednesday, March 5, 2025" yes; a sentence with a date in it, no).
  if (r.text.length < s.replace(/^[a-z]+,?\s*/i, '').length * 0.6) return null;
  const st = r.start;
  if (!st.isCertain('year') || !st.isCertain('month') || !st.isCertain('day')) return null;
  return ymd(st.get('year') ?? 0, st.get('month') ?? 0, st.get('day') ?? 0);
}
