/**
 * Step 3: reject what chrono proposes but is not a date of an event:
 * times of day alone ("at 3pm"), durations counted from some other moment
 * ("24 hours later", "within 48 hours"), slash fractions and scores without a
 * year ("3/4 of voters"), lower-case month words ("a protest march"), bare
 * month names outside a date context ("Theresa May"), and weekday names
 * inside proper names ("the Sunday Times", "Super Tuesday").
 */
import type { NlpDoc, Token } from '../../nlp/nlp-doc.js';
import { GENERIC_PRESENT_NOUNS } from '../../lexicon/generic-time-nouns.js';
import { MONTH_WORDS, WEEKDAY_NAME_PREFIXES, WEEKDAY_WORDS } from '../../lexicon/temporal-words.js';
import { STRONG_YEAR_LEADS, YEAR_EVENT_NOUNS, YEAR_PREPOSITIONS } from '../../lexicon/year-context-words.js';
import type { RawDate } from './02-parse-windows.js';
import { PERIOD_PARSER_TAG } from './period-parser.js';
import { YEAR_MODIFIER_TAG, YEAR_PARSER_TAG } from './year-parser.js';
import { tokenIndexAt as tokenAt } from '../../nlp/nlp-doc.js';

const MONTHS = new Set(MONTH_WORDS);
const GENERIC_NOUNS = new Set(GENERIC_PRESENT_NOUNS);
const EVENT_NOUNS = new Set(YEAR_EVENT_NOUNS);
const STRONG_LEADS = new Set(STRONG_YEAR_LEADS);
const WEEKDAYS = new Set(WEEKDAY_WORDS);
const NAME_PREFIXES = new Set(WEEKDAY_NAME_PREFIXES);
// Words before a bare month or weekday that make it a date ("in May", "last Friday").
const DATE_LEADS = new Set([...YEAR_PREPOSITIONS, 'on', 'at', 'last', 'next', 'this', 'between', 'and', 'to', 'or', 'end', 'every', 'each', ',']);
// Determiners that make a month before a common noun its date ("the October slaying").
const MONTH_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);
const NARRATIVE_RELATIVE = /\b(?:later|earlier|before|after|within|for|past|following|previous|prior|next day|in \w+ (?:hours?|minutes?|days?|weeks?|months?|years?))\b/i;
// "late into the night", "past midnight": a time of day with no day named.
const BARE_PART_OF_DAY = /^(?:(?:at|in|into|by|past|after|before|until|around)\s+)?(?:the\s+)?(?:night|morning|afternoon|evening|midnight|noon|midday|dawn|dusk)$/i;
// "over the next 18 months", "the last two years": a stretch of time, not a date.
const SPAN_OF_TIME = /\b(?:next|past|last|coming|previous|first)\s+(?:\d+|a few|few|several|couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+(?:days|weeks|months|years|decades|hours)\b/i;
const PART_OF_DAY = /^(?:night|morning|afternoon|evening|midday|noon|overnight)$/i;
// a relative date names a unit of time or a day ("in two weeks", "a year ago", "next Friday").
const TIME_WORD = /\b(?:sec|secs|seconds?|min|mins|minutes?|hours?|hrs?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)|ago|now|yesterday|today|tonight|tomorrow|morning|afternoon|evening|night|noon|midnight|\w+day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|\d)/i;
export { tokenAt };

function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.text);
}

/**
 * "today's youth", "the people of tomorrow": our time, not a day; "VOA Today", "“This Week”":
 * a title, when the capitalised words follow a name or open a quotation.
 */
function genericPresent(raw: RawDate, doc: NlpDoc, first: number): string | null {
  const words = doc.tokens;
  const text = raw.text.trim();
  if (!/^(?:today|tomorrow|this\s+week|tonight)$/i.test(text)) return null;
  const prev = words[first - 1];
  const inSentence = prev !== undefined && prev.sentence === raw.sentence.i;
  // a quotation may open with "Today …"; only a capitalised "This Week" there is a title.
  const titled = /^\p{Lu}/u.test(text) && inSentence && (QUOTE_OPEN.test(prev.text) ? /\s\p{Lu}/u.test(text) : prev.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text));
  if (titled) return 'title';
  if (inSentence && prev.lower === 'of' && /^(?:today|tomorrow)$/i.test(text)) return 'generic-present';
  const last = tokenAt(words, raw.start + text.length);
  const s = words[last];
  // the noun, or the one after its adjective ("today's personal computers")
  const generic = [words[last + 1], words[last + 2]].some((w) => w !== undefined && w.sentence === raw.sentence.i && GENERIC_NOUNS.has(w.lower));
  if (s !== undefined && /^['’]s$/.test(s.text) && generic) return 'generic-present';
  return null;
}
const QUOTE_OPEN = /^["“‘']+$/;

/** The reason `raw` is not a date, or null when it is one. */
export function rejectionReason(raw: RawDate, doc: NlpDoc): string | null {
  const { tags, certain, text } = raw;
  const relative = tags.has('result/relativeDate');
  const casualDay = [...tags].some((t) => t.startsWith('casualReference/') && t !== 'casualReference/now');
  if (tags.has('casualReference/now')) return 'now';
  // the period parser checks its own context (capitals, a lead or a year).
  if (tags.has(PERIOD_PARSER_TAG)) return null;
  if (BARE_PART_OF_DAY.test(text.trim())) return 'time-of-day-only';
  const relativePeriod = /\b(?:this|last|next)\s+(?:week|weekend|month|year)\b/i.test(text);
  if (!certain.year && !certain.month && !certain.day && !certain.weekday && !casualDay && !relativePeriod) return 'time-of-day-only';
  if (relative && NARRATIVE_RELATIVE.test(text)) return 'duration-from-another-moment';
  if (SPAN_OF_TIME.test(text)) return 'span-of-time';
  if (relative && /\b(?:hours?|minutes?|seconds?)\b/i.test(text) && !/\bago\b/i.test(text)) return 'duration';
  if (tags.has('parser/SlashDateFormatParser') && !certain.year) return 'fraction-or-score';
  // "112 5/8" (a share price): a whole number and a fraction.
  if (tags.has('parser/SlashDateFormatParser') && /^\d+\s+\d{1,2}\/\d{1,2}$/.test(text.trim())) return 'fraction-or-score';
  // "cut its dividend in half and …": chrono's relative reading with no unit of time in it.
  if (relative && !TIME_WORD.test(text)) return 'no-unit-of-time';

  const words = doc.tokens;
  const first = tokenAt(words, raw.start);
  const genericDay = genericPresent(raw, doc, first);
  if (genericDay !== null) return genericDay;
  const lowerWords = text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const monthWord = lowerWords.find((w) => MONTHS.has(w));
  const weekdayWord = lowerWords.find((w) => WEEKDAYS.has(w));
  // chrono matches month names case-insensitively; a lower-case "march" or "may" is a noun or a verb.
  for (let i = first; i < words.length && words[i]!.start < raw.end; i++) {
    const t = words[i]!;
    if ((MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) && !isCapitalised(t)) return 'lower-case-month-or-weekday';
  }
  const leadWord = /^[a-z]+/i.exec(text)?.[0].toLowerCase() ?? '';
  if (tags.has(YEAR_PARSER_TAG) && !STRONG_LEADS.has(leadWord) && !tags.has(YEAR_MODIFIER_TAG)) {
    // "from 2000 people", "one of 1500 staff": a number followed by a common noun counts things.
    const after = words[tokenAt(words, raw.end)];
    if (after !== undefined && after.sentence === raw.sentence.i && after.pos === 'NOUN' && !isCapitalised(after) && !EVENT_NOUNS.has(after.lower)) return 'count-not-year';
  }
  const prev = words[first - 1];
  const prevInSentence = prev !== undefined && prev.sentence === raw.sentence.i ? prev : undefined;
  const startsWithLead = /^(?:on|in|at|since|by|last|next|this|early|late|mid)\b/i.test(text);
  // "for January", "for October" (not "voted for May", a name).
  const forMonth = prevInSentence?.lower === 'for' && monthWord !== undefined && monthWord !== 'may';
  const hasLead = startsWithLead || forMonth || /\b(?:mid|early|late)-$/i.test(doc.text.slice(Math.max(0, raw.start - 6), raw.start)) || (prevInSentence !== undefined && DATE_LEADS.has(prevInSentence.lower));
  // "the October slaying", "a June agreement": a month between a determiner and a common noun dates it.
  const after = words[tokenAt(words, raw.end)];
  const modifier = prevInSentence !== undefined && MONTH_DETERMINERS.has(prevInSentence.lower) && after !== undefined && after.sentence === raw.sentence.i && after.pos === 'NOUN' && !isCapitalised(after);
  if (monthWord !== undefined && !certain.day && !certain.year && !relative && !hasLead && !modifier) return 'bare-month-without-context';
  // "Sun", "Sat", "Wed" alone are names and words; abbreviated, a weekday has its full stop.
  if (weekdayWord !== undefined && weekdayWord.length <= 4 && !certain.day && !certain.month && !/^[a-z]+\./i.test(doc.text.slice(raw.start, raw.end + 1).trim())) return 'abbreviation-not-weekday';
  if (weekdayWord !== undefined && !certain.day && !certain.month && !hasLead) {
    // the token after the weekday itself: chrono's text may end with the comma that follows it.
    const lastTok = tokenAt(words, raw.start + text.replace(/[\s,.;:]+$/, '').length) - 1;
    const next = words[lastTok + 1];
    const nextInSentence = next !== undefined && next.sentence === raw.sentence.i ? next : undefined;
    const prevIsName = isCapitalised(prevInSentence) && NAME_PREFIXES.has(prevInSentence?.lower ?? '');
    const nextIsName = isCapitalised(nextInSentence) && !PART_OF_DAY.test(nextInSentence?.text ?? '');
    if (prevIsName || nextIsName) return 'weekday-in-a-name';
  }
  return null;
}
