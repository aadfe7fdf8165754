/**
 * A chrono parser for bare years, which chrono itself leaves alone: "in 1997",
 * "since 2014", "by 2030", "mid-2024", "in 2019 and 2020", "the 2024 election".
 * A four-digit number counts as a year only in a year-like context (STYLE: the
 * context words live in the lexicon) and only between 1800 and 2100, so counts
 * such as "2,000 prisoners" or "2000 homes" stay numbers.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { NON_PLURAL_S_WORDS, YEAR_EVENT_NOUNS, YEAR_PREPOSITIONS } from '../../lexicon/year-context-words.js';

const YEAR = '(?:18\\d\\d|19\\d\\d|20\\d\\d|2100)';
const LEAD = `(?:${YEAR_PREPOSITIONS.join('|')})`;
// group 1: the context before the year; group 2: the year; group 3: the word after it.
const PATTERN = new RegExp(
  `(\\b${LEAD}\\s+(?:the\\s+(?:year\\s+)?)?|\\bmid-|\\bend\\s+of\\s+|(?:,|\\band|\\bor|\\bto|\\bthrough|-|–)\\s*|\\bthe\\s+)` +
    `(?<![\\d,.])(${YEAR}(?:[-–/]\\d\\d(?!\\d))?)(?![\\d,.]\\d|\\d|%|s\\b|\\s*(?:per\\s*cent|percent))(?:\\s+([A-Za-z]+))?`,
  'i',
);
const PREVIOUS_YEAR = new RegExp(`\\b${YEAR}\\s*$`);
const EVENT_NOUNS = new Set(YEAR_EVENT_NOUNS);
const NOT_PLURAL = new Set(NON_PLURAL_S_WORDS);

/** True when the word after the number makes it a count ("in 2000 homes"). */
function looksLikeCountedNoun(word: string | undefined): boolean {
  if (word === undefined || word !== word.toLowerCase() || EVENT_NOUNS.has(word)) return false;
  return word.length > 3 && word.endsWith('s') && !NOT_PLURAL.has(word);
}

/** Tag on results of this parser; the year is the first four-digit number in their text. */
export const YEAR_PARSER_TAG = 'parser/crosscheckYearParser';

/** The bare-year parser; add it to a chrono clone's `parsers`. */
export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const lead = match[1] ?? '';
    const yearText = match[2] ?? '';
    const next = match[3];
    const index = match.index ?? 0;
    if (/^the\s+$/i.test(lead) && !EVENT_NOUNS.has((next ?? '').toLowerCase())) return null;
    // "and 2020" is a year only as the second item of a list of years ("in 2019 and 2020").
    if (/^(?:,|and|or|to|through|-|–)/i.test(lead) && !PREVIOUS_YEAR.test(context.text.slice(0, index))) return null;
    if (looksLikeCountedNoun(next)) return null;
    // The result text keeps its lead word: chrono drops results that are digits only.
    const result = context.createParsingResult(index, lead + yearText);
    // a season or financial year ("2023-24") is dated by its first year.
    result.start.assign('year', Number(yearText.slice(0, 4)));
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(YEAR_PARSER_TAG);
    return result;
  },
};
