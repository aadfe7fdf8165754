/**
 * A chrono parser for bare years, which chrono itself leaves alone: "in 1997",
 * "since 2014", "by 2030", "mid-2024", "in 2019 and 2020", "the 2024 election".
 * A four-digit number counts as a year only in a year-like context (STYLE: the
 * context words live in the lexicon) and only between 1800 and 2100, so counts
 * such as "2,000 prisoners" or "2000 homes" stay numbers.
 */
import type { Parser, ParsingContext } from 'chrono-node';
import {
  COUNT_NOUNS_WITHOUT_S, NON_PLURAL_S_WORDS, WEAK_YEAR_PREPOSITIONS, YEAR_EVENT_NOUNS, YEAR_MODIFIER_LEADS, YEAR_ORIGIN_WORDS, YEAR_PREPOSITIONS,
} from '../../lexicon/year-context-words.js';
import { SEASON_START_MONTH } from '../../lexicon/period-words.js';

const YEAR = '(?:18\\d\\d|19\\d\\d|20\\d\\d|2100)';
// seasons before a year are the period parser's ("summer 2019" is a season, not a year).
const LEAD = `(?:${YEAR_PREPOSITIONS.filter((w) => !(w in SEASON_START_MONTH)).join('|')})`;
const WEAK = `(?:${WEAK_YEAR_PREPOSITIONS.join('|')}|(?:${YEAR_ORIGIN_WORDS.join('|')})\\s+to)`;
const DETERMINER = `(?:${YEAR_MODIFIER_LEADS.join('|')})`;
// One named group per kind of context before the year; the year, its two-digit end ("2019-20"), the word after.
const PATTERN = new RegExp(
  `(?:(?<lead>\\b${LEAD}\\s+(?:the\\s+(?:year\\s+)?)?|\\bmid-|\\bend\\s+of\\s+)|(?<weak>\\b${WEAK}\\s+)|` +
    `(?<list>(?:,|\\band|\\bor|\\bto|\\bthrough|-|–)\\s*)|(?<mod>\\b${DETERMINER}\\s+(?:[a-z]+\\s+)?|['’]s\\s+|\\b[a-z]+ing\\s+))` +
    `(?<![\\d,.$£€])(?<year>${YEAR}(?:[-–](?<end>\\d\\d)(?!\\d)|/\\d\\d(?!\\d))?)(?![\\d,.]\\d|\\d|%|s\\b|\\s*(?:per\\s*cent|percent))(?:\\s+(?<next>[A-Za-z]+))?`,
  'i',
);
const PREVIOUS_YEAR = new RegExp(`\\b${YEAR}\\s*$`);
const EVENT_NOUNS = new Set(YEAR_EVENT_NOUNS);
const NOT_PLURAL = new Set(NON_PLURAL_S_WORDS);
const COUNT_WORDS = new Set(COUNT_NOUNS_WITHOUT_S);

/** True when the word after the number makes it a count ("in 2000 homes", "for 2000 staff"). */
function looksLikeCountedNoun(word: string | undefined): boolean {
  if (word === undefined || word !== word.toLowerCase() || EVENT_NOUNS.has(word)) return false;
  if (COUNT_WORDS.has(word)) return true;
  return word.length > 3 && word.endsWith('s') && !NOT_PLURAL.has(word);
}

/**
 * True when the word after a year in modifier position is what the year dates: an event noun,
 * a name ("the 1996 Olympic bombing"), or a singular common noun ("a 1971 convention") —
 * not a plural or a counted noun ("the 2000 protesters", "its 2000 staff"), nor an acronym ("1900 GMT").
 */
function isDatedNoun(word: string | undefined): boolean {
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  if (EVENT_NOUNS.has(lower)) return true;
  if (word.length < 3 || COUNT_WORDS.has(lower) || word === word.toUpperCase()) return false;
  return !lower.endsWith('s') || NOT_PLURAL.has(lower);
}

/** Tag on results of this parser; the year is the first four-digit number in their text. */
export const YEAR_PARSER_TAG = 'parser/crosscheckYearParser';
/** Tag on a year that modifies the noun after it ("a 1996 law"): that noun is what it dates, not what it counts. */
export const YEAR_MODIFIER_TAG = 'crosscheckYear/modifier';

/** The bare-year parser; add it to a chrono clone's `parsers`. */
export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const g = match.groups ?? {};
    const yearText = g.year ?? '';
    const next = g.next;
    const index = match.index ?? 0;
    const lead = g.lead ?? g.weak ?? g.list ?? g.mod ?? '';
    // "and 2020" is a year only as the second item of a list of years ("in 2019 and 2020").
    if (g.list !== undefined && !PREVIOUS_YEAR.test(context.text.slice(0, index))) return null;
    if (g.mod !== undefined ? !isDatedNoun(next) : looksLikeCountedNoun(next)) return null;
    // "the November 1995 assassination" is chrono's month and year: only a lower-case word may come between.
    if (g.mod !== undefined && /^\S+\s+\S*\p{Lu}/u.test(g.mod)) return null;
    // The result text keeps its lead word: chrono drops results that are digits only.
    const result = context.createParsingResult(index, lead + yearText);
    const y = Number(yearText.slice(0, 4));
    result.start.assign('year', y);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    if (g.end !== undefined) {
      // "2019-20": both years; the second in the first one's century, or the next ("1999-00").
      let endYear = Math.floor(y / 100) * 100 + Number(g.end);
      if (endYear <= y) endYear += 100;
      if (endYear - y <= 10) {
        result.end = result.start.clone();
        result.end.assign('year', endYear);
      }
    }
    result.addTag(YEAR_PARSER_TAG);
    // "in the 1995 shooting": after "the", the year dates the noun as it does with no preposition.
    if (g.mod !== undefined || (g.lead !== undefined && /\bthe\s+$/i.test(g.lead) && isDatedNoun(next))) result.addTag(YEAR_MODIFIER_TAG);
    return result;
  },
};
