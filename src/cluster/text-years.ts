/**
 * Step 1 of clustering, for an undated article: the latest year its text dates a past or present
 * event to ("in March 2019", "since 2014", "early 2021"). An article cannot be older than the
 * events it reports, so that year's first day bounds its publication date from below (features.ts).
 * A cheap regex pass, no parser: a year counts only after a month name or a lead word
 * (PAST_YEAR_LEADS), and never in a clause that looks ahead (FUTURE_YEAR_CUES: "by 2030",
 * "plans to open in 2031", "in 2030 and beyond"). Relative years ("last year") need a date to resolve.
 */
import { FUTURE_YEAR_CUES, PAST_YEAR_LEADS } from '../lexicon/year-bound-words.js';
import { MONTH_WORDS } from '../lexicon/temporal-words.js';

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const LEADS = new Set(PAST_YEAR_LEADS);
const MONTHS = new Set(MONTH_WORDS);
const FUTURE = new Set(FUTURE_YEAR_CUES);
/** Characters of the clause read before a year (to the last sentence end). */
const CLAUSE_CHARS = 100;
/** A sentence end: the clause before a year starts after it. */
const SENTENCE_END = /[.!?;:]["”’)]?\s+(?=["“‘(]?[A-Z])|\n/g;
/** Words right after a year that make it an open-ended plan ("2030 and beyond", "2025 onwards"). */
const OPEN_AFTER = /^\W{0,3}(?:and|or)?\s*(?:beyond|onwards?|later)\b/i;
/** "March 2019", "March 5, 2019", "5 March 2019", "Jan. 2019": a month name before the year, with an optional day. */
const DATE_BEFORE = /\b(\p{L}+)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/u;

/** The clause of `text` that ends at `at`: from its last sentence end, at most CLAUSE_CHARS back. */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - CLAUSE_CHARS);
  const before = text.slice(from, at);
  let start = 0;
  for (const m of before.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return before.slice(start);
}

/** Whether the year at `at` dates a past or present event by its lead (a month name or a lead word). */
function datesEvent(clause: string): boolean {
  const month = DATE_BEFORE.exec(clause)?.[1];
  if (month && MONTHS.has(month.toLowerCase()) && /^\p{Lu}/u.test(month)) return true;
  const lead = /(\S+)\s+$/.exec(clause)?.[1]?.toLowerCase();
  return lead !== undefined && LEADS.has(lead);
}

/**
 * The latest year `text` dates a past or present event to, or null when it dates none.
 * @example latestEventYear('The bridge opened in May 2019. It will close by 2030.') // 2019
 * @example latestEventYear('The plant is due to open in 2031.') // null
 */
export function latestEventYear(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (latest !== null && year <= latest) continue;
    const clause = clauseBefore(text, m.index);
    if (!datesEvent(clause) || OPEN_AFTER.test(text.slice(m.index + 4, m.index + 24))) continue;
    if (clause.toLowerCase().split(/[^\p{L}'’]+/u).some((w) => FUTURE.has(w))) continue;
    latest = year;
  }
  return latest;
}
