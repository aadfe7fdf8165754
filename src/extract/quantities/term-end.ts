/**
 * A duration given by its end: "signed a contract until 2030", "a lease running through 2029".
 * With the article's publication year it is a length ("until 2030" written in 2026: about four
 * years), compared with another outlet's "four-year contract" (same topic, *contract duration*).
 * The start and end days within their years are unknown, so the length is a range of half a year
 * either side (3.5 to 4.5 years). Undated articles give no length.
 */
import { TERM_NOUNS } from '../../lexicon/term-nouns.js';
import { allMatches } from '../../util/matches.js';

/** One term given by its end year: the noun, the character span of the phrase, the length range in years. */
export interface TermEnd {
  readonly noun: string;
  readonly start: number;
  readonly end: number;
  readonly low: number;
  readonly high: number;
}

const TERM_END = new RegExp(`\\b(${TERM_NOUNS.join('|')})\\b((?:\\s+[\\w'-]+){0,4}?)\\s+(?:until|till|through|(?:running|runs|lasting|lasts)\\s+(?:until|till|through|to))\\s+(?:the\\s+end\\s+of\\s+|\\p{Lu}\\p{Ll}+\\s+)?(20\\d\\d)\\b`, 'giu');
/** Cheap test before the full pattern: most sentences have no "until", "through" or "runs to". */
const MAY_HOLD = /\b(?:until|till|through)\b|\b(?:running|runs|lasting|lasts)\s+to\b/i;
/** Half a year either side: the day a term starts and ends within its years is not said. */
const HALF_YEAR = 0.5;
/** Terms longer than this are no contract length ("a mandate until 2099"). */
const MAX_YEARS = 30;

/** The terms given by their end year in `text` (one sentence, offsets relative to `base`), for an article written in `published`. */
export function termEnds(text: string, base: number, published: number | null): TermEnd[] {
  if (published === null || !MAY_HOLD.test(text)) return [];
  const out: TermEnd[] = [];
  for (const m of allMatches(TERM_END, text)) {
    // "a deal with the club until 2030" but not across a clause ("the deal, which ends in May, until …")
    if (/[,;:]/.test(m[2] ?? '')) continue;
    const years = Number(m[3]) - published;
    if (years < 1 || years > MAX_YEARS) continue;
    out.push({ noun: m[1]!.toLowerCase(), start: base + m.index!, end: base + m.index! + m[0].length, low: years - HALF_YEAR, high: years + HALF_YEAR });
  }
  return out;
}
