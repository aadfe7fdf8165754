/**
 * Step 5c: date forms chrono has no parser for, read by one regular expression over the
 * sentences that hold a trigger: decades ("the 1990s", "the mid-1980s", "the nineties"),
 * centuries ("the 20th century"), years spelled out ("nineteen ninety-six", "January nineteen
 * ninety-seven", "the year two thousand"), holidays ("Thanksgiving Day", "last Christmas") and
 * "the weekend" alone. Decades and centuries carry their TimeML value as period ("199", "19").
 */
import type { DateMention } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { HOLIDAYS, type Holiday } from '../../lexicon/holidays.js';
import { CARDINAL_WORDS } from '../../lexicon/number-words.js';
import { MONTH_WORDS } from '../../lexicon/temporal-words.js';
import { tokenIndexAt } from '../../nlp/nlp-doc.js';
import type { YMD } from './02-parse-windows.js';
import { weekendSaturday } from './04-resolve.js';
import { addDays, dayNumber, isoWeekCode, weekdayOf } from './calendar.js';
import { replaceable, ruleMention, scanSentences } from './merge.js';
import { tenseAround, type Tense } from './tense.js';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const DECADE_WORDS: Readonly<Record<string, number>> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const ORDINAL_CENTURIES: Readonly<Record<string, number>> = { nineteenth: 19, twentieth: 20, 'twenty-first': 21, eighteenth: 18 };
const MONTHS = MONTH_WORDS.slice(0, 12).map((m) => m[0]!.toUpperCase() + m.slice(1));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`));
const HOLIDAY_NAMES = [...HOLIDAYS].sort((a, b) => b.name.length - a.name.length).map((h) => escape(h.name)).join('|');

// Case-sensitive where a capital is what makes the date (month and holiday names).
const PATTERN = new RegExp(
  [
    // "the 1990s", "the mid-1980s", "the late '70s", "the nineties"
    `(?<dec>\\b(?:[Tt]he\\s+)?(?:(?:early|mid|late)[-\\s])?(?:(?<dc>1[89]|20)(?<dd>\\d)0|['’](?<dd2>\\d)0)s\\b|\\b[Tt]he\\s+(?:(?:early|mid|late)[-\\s])?(?<dw>${Object.keys(DECADE_WORDS).join('|')})\\b)`,
    // "the 20th century", "the nineteenth century"
    `(?<cen>\\b(?:(?<cn>1\\d|2[01]|[1-9])(?:st|nd|rd|th)|(?<cw>${Object.keys(ORDINAL_CENTURIES).join('|')}))\\s+century\\b)`,
    // "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand"
    `(?<sp>\\b(?:(?<sm>${MONTHS.join('|')})\\s+)?(?:(?<sc>eighteen|nineteen)[\\s-](?<sr>(?:${TENS})(?:-(?:${UNITS}))?|${TEENS}|hundred)|(?:the\\s+year\\s+)two\\s+thousand(?:\\s+and\\s+(?<st>${UNITS}))?)\\b)`,
    // "Thanksgiving Day", "last Christmas", "Labor Day 1998"
    `(?<hol>\\b(?:(?<hw>last|next|this)\\s+)?(?<hn>${HOLIDAY_NAMES})(?<hd>\\s+Day)?(?:,?\\s+(?<hy>(?:18|19|20)\\d\\d))?\\b)`,
    // "the weekend" ("this/last/next weekend" are chrono's)
    `(?<we>\\b[Tt]he\\s+weekend\\b)`,
  ].join('|'),
  'g',
);
const TRIGGER = new RegExp(`\\d0['’]?s\\b|ties\\b|century|eighteen|nineteen|thousand|weekend|${HOLIDAY_NAMES}`, 'i');

const wordValue = (w: string) => w.split('-').reduce((n, part) => n + (CARDINAL_WORDS[part.toLowerCase()] ?? 0), 0);

/** The day of `h` in year `y`. */
function holidayIn(h: Holiday, y: number): YMD {
  const r = h.rule;
  if (r.kind === 'fixed') return { y, m: r.month, d: r.day };
  if (r.n > 0) {
    const first = { y, m: r.month, d: 1 };
    return addDays(first, ((r.weekday - weekdayOf(first) + 7) % 7) + 7 * (r.n - 1));
  }
  const last = addDays({ y: r.month === 12 ? y + 1 : y, m: (r.month % 12) + 1, d: 1 }, -1);
  return addDays(last, -((weekdayOf(last) - r.weekday + 7) % 7));
}

/** The holiday's day: in the stated year, else the last or next one by lead word or tense, else the nearer. */
function holidayDay(h: Holiday, lead: string, year: number | null, ref: YMD | null, tense: Tense): YMD | null {
  if (year !== null) return holidayIn(h, year);
  if (ref === null) return null;
  const r = dayNumber(ref);
  const thisYear = holidayIn(h, ref.y);
  const past = dayNumber(thisYear) <= r ? thisYear : holidayIn(h, ref.y - 1);
  const next = dayNumber(thisYear) >= r ? thisYear : holidayIn(h, ref.y + 1);
  if (lead === 'last') return dayNumber(past) === r ? holidayIn(h, ref.y - 1) : past;
  if (lead === 'next') return next;
  if (lead === 'this' || tense === 'unknown') return r - dayNumber(past) <= dayNumber(next) - r ? past : next;
  return tense === 'future' ? next : past;
}

interface Read {
  readonly value: YMD;
  readonly precision: 'year' | 'month' | 'day';
  readonly period?: string;
  readonly relative: boolean;
  readonly approximate?: boolean;
}

function readMatch(ctx: ExtractContext, g: Record<string, string | undefined>, start: number, end: number, sentence: { first: number; last: number }, ref: YMD | null): Read | null {
  const tense = () => tenseAround(ctx.doc, sentence, tokenIndexAt(ctx.doc.tokens, start), tokenIndexAt(ctx.doc.tokens, end));
  if (g.dec !== undefined) {
    // "the '70s" and "the seventies": the last such decade before the reference's century ends.
    const century = g.dc !== undefined ? Number(g.dc) : ref !== null && ref.y >= 2000 && Number(g.dd2 ?? DECADE_WORDS[(g.dw ?? '').toLowerCase()]) <= (ref.y % 100) / 10 ? 20 : 19;
    const digit = Number(g.dd ?? g.dd2 ?? DECADE_WORDS[(g.dw ?? '').toLowerCase()]);
    const y = century * 100 + digit * 10;
    return { value: { y, m: 1, d: 1 }, precision: 'year', period: String(y / 10), relative: false, approximate: true };
  }
  if (g.cen !== undefined) {
    const n = g.cn !== undefined ? Number(g.cn) : ORDINAL_CENTURIES[(g.cw ?? '').toLowerCase()] ?? 0;
    if (n < 1) return null;
    return { value: { y: (n - 1) * 100, m: 1, d: 1 }, precision: 'year', period: String(n - 1).padStart(2, '0'), relative: false, approximate: true };
  }
  if (g.sp !== undefined) {
    const y = g.sc !== undefined ? wordValue(g.sc) * 100 + (g.sr === 'hundred' ? 0 : wordValue(g.sr ?? '')) : 2000 + (g.st !== undefined ? wordValue(g.st) : 0);
    if (g.sm === undefined) return { value: { y, m: 1, d: 1 }, precision: 'year', relative: false };
    return { value: { y, m: MONTHS.indexOf(g.sm) + 1, d: 1 }, precision: 'month', relative: false };
  }
  if (g.hol !== undefined) {
    const h = HOLIDAYS.find((x) => x.name.replace(/['’]/g, "'") === (g.hn ?? '').replace(/['’]/g, "'"));
    if (h === undefined || (h.day === 'required' && g.hd === undefined) || (h.day === 'none' && g.hd !== undefined)) return null;
    const value = holidayDay(h, g.hw ?? '', g.hy === undefined ? null : Number(g.hy), ref, tense());
    return value === null ? null : { value, precision: 'day', relative: g.hy === undefined };
  }
  if (g.we !== undefined && ref !== null) {
    const saturday = weekendSaturday('the weekend', ref, tense());
    return { value: saturday, precision: 'month', period: `${isoWeekCode(saturday)}-WE`, relative: true, approximate: true };
  }
  return null;
}

/** `mentions` (in text order) with the named forms added, each replacing the mentions inside it. */
export function addNamedForms(ctx: ExtractContext, mentions: readonly DateMention[], ref: YMD | null): DateMention[] {
  return scanSentences(ctx, mentions, TRIGGER, PATTERN, (match, s, start, end) => {
    const inside = replaceable(mentions, start, end);
    const read = inside === null ? null : readMatch(ctx, match.groups ?? {}, start, end, s, ref);
    if (inside === null || read === null) return null;
    const extra = { relative: read.relative, ...(read.period !== undefined ? { period: read.period } : {}), ...(read.approximate === true ? { approximate: true } : {}) };
    return { mention: ruleMention(ctx, s.i, start, end, read.value, read.precision, extra), replaces: inside };
  });
}
