/**
 * A chrono parser for the named parts of a year that chrono leaves alone, and that
 * business and political news dates things by:
 *
 * - quarters and halves: "the third quarter", "fourth-quarter profit", "Q3 2024",
 *   "the first half of 2023", "this quarter", "the latest quarter", "the quarter" (the last one
 *   completed, as business news uses it);
 * - seasons with a lead or a year: "last fall", "this summer", "the winter of 1994";
 * - fiscal years: "FY2024", "FY 24", "fiscal year 2025", "the 2025 fiscal year";
 * - the ends of the year or month: "the end of the year", "the start of next year", "year-end";
 * - a month with "last/next/this": "last May" (chrono does not read "May" after "last").
 *
 * A quarter, half or season is dated at its year, with the period itself kept beside it in
 * TimeML's notation ("2024-Q3", "2024-H1", "1998-SU"). Its year is taken from the text, else
 * from the publication day (the latest such period that has begun; step 4 moves it a year on
 * in a future clause when it ended half a year ago). The tags tell step 4 what to keep.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { CURRENT_PERIOD_WORDS, NEXT_PERIOD_WORDS, PERIOD_ORDINALS, PREVIOUS_PERIOD_WORDS, SEASON_START_MONTH } from '../../lexicon/period-words.js';
import { MONTH_WORDS } from '../../lexicon/temporal-words.js';

/** Tag on every result of this parser. */
export const PERIOD_PARSER_TAG = 'parser/crosscheckPeriodParser';
/** Tag prefix: the precision to keep ('year' | 'month'). */
export const PERIOD_PRECISION_TAG = 'crosscheckPeriod/precision/';
/** Tag prefix: how many months the period lasts, on periods given by their first month. */
export const PERIOD_MONTHS_TAG = 'crosscheckPeriod/months/';
/** Tag prefix: the period's TimeML code within its year ("Q3", "H1", "SU"). */
export const PERIOD_CODE_TAG = 'crosscheckPeriod/code/';

const YEAR = '(?:18\\d\\d|19\\d\\d|20\\d\\d)';
const ORD = `(?:${Object.keys(PERIOD_ORDINALS).join('|')})`;
const SEASON = `(?:${Object.keys(SEASON_START_MONTH).join('|')})`;
const words = (list: readonly string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const REL = `(?:${words([...CURRENT_PERIOD_WORDS, ...PREVIOUS_PERIOD_WORDS, ...NEXT_PERIOD_WORDS])})`;
const FULL_MONTHS = MONTH_WORDS.slice(0, 12).join('|');

// One alternative per form; named groups say which one matched.
const PATTERN = new RegExp(
  [
    // "the third quarter (of 2024)", "fourth-quarter", "this year's first quarter", "the 1989 third quarter"
    `(?<q>(?:\\b(?<qyr>this|last|next)\\s+year['’]s\\s+|\\bthe\\s+(?:(?<qy1>${YEAR})\\s+)?|\\b(?<qy2>${YEAR})\\s+)?(?:fiscal[- ])?\\b(?<qord>${ORD})[- ](?:fiscal[- ])?(?<qunit>quarter|half)\\b(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<qy3>${YEAR})\\b|(?<qyr2>this|last|next|the)\\s+year\\b))?)`,
    // "the last half of 1989", "the first two quarters of 1990", "the last two quarters of the year"
    `(?<h2>\\bthe\\s+(?:(?<h2h>first|last|second)\\s+half|(?<h2q>first|last)\\s+two\\s+quarters)\\s+of\\s+(?:(?<h2y>${YEAR})\\b|(?<h2r>this|last|next|the)\\s+year\\b))`,
    // "Q3 2024", "Q3"
    `(?<qq>\\bQ(?<qqn>[1-4])(?:\\s+(?<qqy>${YEAR}))?\\b)`,
    // "this quarter", "the latest quarter", "last quarter"; "the quarter" alone is the last one completed
    // (not "the quarter of the city", "the quarter-final")
    // (with its preposition: chrono reads "in the quarter" as a time and would win the overlap)
    `(?<rq>\\b(?:(?:in|during|for|over)\\s+)?(?:the\\s+(?:(?<rqw>${REL})\\s+)?|(?<rqw2>${REL})\\s+)(?:fiscal\\s+)?quarter(?![-\\w])(?!\\s+of\\b))`,
    // "last fall", "the summer of 1998", "winter 1994"
    `(?<s>\\b(?:(?<sw>last|this|next|past|coming)\\s+|(?<sthe>the)\\s+(?:(?:early|late|mid)[-\\s]+)?)?(?<sn>${SEASON})(?:\\s+(?:of\\s+)?(?<sy>${YEAR})\\b)?)`,
    // "the current year", "the full year", "the current fiscal year"
    `(?<cy>\\bthe\\s+(?:current|full|present)\\s+(?:fiscal\\s+)?year\\b(?![-'’]))`,
    // "FY2024", "FY 24", "fiscal year 2025", "the 2025 fiscal year"
    `(?<fy>\\bFY\\s?['’]?(?<fyn>\\d{4}|\\d{2})\\b|\\bfiscal[- ]year\\s+(?<fyy>${YEAR})\\b|\\bthe\\s+(?<fyy2>${YEAR})\\s+fiscal\\s+year\\b)`,
    // "the end of the year", "the start of next year", "the end of this month", "year-end"
    `(?<e>\\b(?:the\\s+)?(?:end|start|beginning|middle|close|turn)\\s+of\\s+(?:the|this|(?<ew>last|next))\\s+(?<eu>year|month)\\b|\\byear[- ]end\\b|\\byear['’]s\\s+end\\b)`,
    // "last May", "next March", "this September"
    `(?<m>\\b(?<mw>last|next|this|past|coming)\\s+(?<mn>${FULL_MONTHS})\\b)`,
  ].join('|'),
  'i',
);

interface Period {
  readonly y: number;
  readonly m: number;
  readonly yearStated: boolean;
  readonly precision: 'year' | 'month';
  /** months the period lasts when it is given by its first month (quarter 3, half 6, season 3). */
  readonly months: number;
  /** TimeML code of a quarter, half or season ("Q3", "H1", "SU"). */
  readonly code?: string;
}

const SEASON_CODES: Readonly<Record<number, string>> = { 3: 'SP', 6: 'SU', 9: 'FA', 12: 'WI' };

/** Start month of the latest period of `months` months starting at `startMonth`, begun by the reference. */
function latestBegun(ref: { y: number; m: number }, startMonth: number): { y: number; m: number } {
  return { y: startMonth <= ref.m ? ref.y : ref.y - 1, m: startMonth };
}

/** The period of the quarter containing the reference, shifted by `by` quarters. */
function quarterFrom(ref: { y: number; m: number }, by: number): { y: number; m: number } {
  const q = Math.floor((ref.m - 1) / 3) + by;
  const y = ref.y + Math.floor(q / 4);
  return { y, m: (((q % 4) + 4) % 4) * 3 + 1 };
}

function relYear(word: string | undefined, ref: { y: number }): number | null {
  const w = (word ?? '').toLowerCase();
  return w === 'last' ? ref.y - 1 : w === 'next' ? ref.y + 1 : w === 'this' || w === 'the' ? ref.y : null;
}

/**
 * "the spring of the revolt", "the Winter Olympics", "the summer recess": after "the", a season is a
 * date only at the end of its phrase (before punctuation or a word that starts another one).
 */
const followedByName = (after: string) => !/^(?:\s*(?:$|[,.;:!?)'"”’—–])|\s+(?:and|or|but|when|before|after|as|to|in|at|on|for|by|with|than|that|which|is|was|were|will|has|had|the|a|an)\b)/.test(after);

/** The period a match names; `after` is the text right after it. */
function readPeriod(g: Record<string, string | undefined>, ref: { y: number; m: number }, after: string): Period | null {
  const lower = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (g.q !== undefined) {
    const n = PERIOD_ORDINALS[lower(g.qord)] ?? 1;
    const half = lower(g.qunit) === 'half';
    const stated = g.qy1 ?? g.qy2 ?? g.qy3;
    const year = stated !== undefined ? Number(stated) : relYear(g.qyr ?? g.qyr2, ref);
    // "the first half" of a match or a film: a half is a date only with its year said.
    if (half && (year === null || n > 2)) return null;
    const months = half ? 6 : 3;
    const start = (n - 1) * months + 1;
    const at = year !== null ? { y: year, m: start } : latestBegun(ref, start);
    return { ...at, yearStated: stated !== undefined, precision: 'month', months, code: `${half ? 'H' : 'Q'}${n}` };
  }
  if (g.h2 !== undefined) {
    const n = lower(g.h2h ?? g.h2q) === 'first' ? 1 : 2;
    const year = g.h2y !== undefined ? Number(g.h2y) : relYear(g.h2r, ref);
    if (year === null) return null;
    return { y: year, m: n === 1 ? 1 : 7, yearStated: g.h2y !== undefined, precision: 'month', months: 6, code: `H${n}` };
  }
  if (g.cy !== undefined) return { y: ref.y, m: 1, yearStated: false, precision: 'year', months: 0 };
  if (g.qq !== undefined) {
    // "Q3" only in capitals: "q3" is anything else.
    if (!/^Q/.test(g.qq)) return null;
    const start = (Number(g.qqn) - 1) * 3 + 1;
    const at = g.qqy !== undefined ? { y: Number(g.qqy), m: start } : latestBegun(ref, start);
    return { ...at, yearStated: g.qqy !== undefined, precision: 'month', months: 3, code: `Q${g.qqn}` };
  }
  if (g.rq !== undefined) {
    const w = lower(g.rqw ?? g.rqw2);
    const by = CURRENT_PERIOD_WORDS.includes(w) ? 0 : NEXT_PERIOD_WORDS.includes(w) ? 1 : -1;
    const at = quarterFrom(ref, by);
    return { ...at, yearStated: false, precision: 'month', months: 3, code: `Q${(at.m + 2) / 3}` };
  }
  if (g.s !== undefined) {
    const start = SEASON_START_MONTH[lower(g.sn)] ?? 1;
    const w = lower(g.sw);
    const code = SEASON_CODES[start] ?? 'SU';
    if (g.sy !== undefined) return { y: Number(g.sy), m: start, yearStated: true, precision: 'month', months: 3, code };
    // a season word alone ("prices fall") is not a date; after "the", "fall" is mostly a drop and
    // "the spring of the regime", "the Winter Olympics" are not dates (see `followedByName`).
    if (w === '' && (g.sthe === undefined || lower(g.sn) === 'fall' || followedByName(after))) return null;
    // the season we are in, or the last one begun: winter runs December to February.
    const begun = latestBegun(ref, start);
    const endsAfter = (p: { y: number; m: number }) => p.y * 12 + p.m + 2 >= ref.y * 12 + ref.m;
    const at =
      w === 'last' || w === 'past' ? (endsAfter(begun) ? { y: begun.y - 1, m: start } : begun)
      : w === 'next' || w === 'coming' ? { y: begun.y + 1, m: start }
      // "the summer": the last one begun (step 4 moves it on in a future clause when it is over).
      : w === '' ? begun
      // "this summer": the one of this year (this winter: the one running through the year's start or end).
      : { y: start === 12 && ref.m <= 2 ? ref.y - 1 : ref.y, m: start };
    return { ...at, yearStated: false, precision: 'month', months: 3, code };
  }
  if (g.fy !== undefined) {
    if (g.fyn !== undefined && !/^FY/.test(g.fy)) return null;
    const raw = g.fyn ?? g.fyy ?? g.fyy2 ?? '';
    // "FY24": the century of the reference, unless that puts it more than 20 years ahead.
    let y = Number(raw);
    if (raw.length === 2) {
      y += Math.floor(ref.y / 100) * 100;
      if (y > ref.y + 20) y -= 100;
    }
    return { y, m: 1, yearStated: true, precision: 'year', months: 12 };
  }
  if (g.e !== undefined) {
    const unit = lower(g.eu);
    const by = lower(g.ew) === 'last' ? -1 : lower(g.ew) === 'next' ? 1 : 0;
    if (unit === 'month') {
      const k = ref.y * 12 + ref.m - 1 + by;
      return { y: Math.floor(k / 12), m: (k % 12) + 1, yearStated: false, precision: 'month', months: 0 };
    }
    return { y: ref.y + by, m: 1, yearStated: false, precision: 'year', months: 0 };
  }
  if (g.m !== undefined) {
    const name = g.mn ?? '';
    // month names count only when capitalised ("last may" is not a month).
    if (!/^\p{Lu}/u.test(name)) return null;
    const m = MONTH_WORDS.indexOf(name.toLowerCase()) + 1;
    const w = lower(g.mw);
    let y = ref.y;
    if (w === 'last' || w === 'past') y = m < ref.m ? ref.y : ref.y - 1;
    else if (w === 'next' || w === 'coming') y = m > ref.m ? ref.y : ref.y + 1;
    return { y, m, yearStated: false, precision: 'month', months: 0 };
  }
  return null;
}

/** The period parser; add it to a chrono clone's `parsers`. */
export const periodParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const instant = context.reference.instant;
    const ref = { y: instant.getUTCFullYear(), m: instant.getUTCMonth() + 1 };
    const p = readPeriod(match.groups ?? {}, ref, context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 12));
    if (p === null) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    if (p.yearStated) result.start.assign('year', p.y);
    else result.start.imply('year', p.y);
    if (p.precision === 'month') result.start.assign('month', p.m);
    else result.start.imply('month', p.m);
    result.start.imply('day', 1);
    result.addTag(PERIOD_PARSER_TAG);
    result.addTag(`${PERIOD_PRECISION_TAG}${p.precision}`);
    if (p.months > 0 && p.months < 12) result.addTag(`${PERIOD_MONTHS_TAG}${p.months}`);
    if (p.code !== undefined) result.addTag(`${PERIOD_CODE_TAG}${p.code}`);
    return result;
  },
};
