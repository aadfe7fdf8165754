/**
 * Step 9: distinctions outlets repeat — a superlative or "first" and the noun it ranks, after a
 * determiner or a possessive, said of the subject by a verb: "became the first qualifier to win a
 * major", "made the wildfire Hawaii's worst natural disaster", "marks the largest acquisition". The value is the distinction word and its noun ("first
 * qualifier", "worst natural disaster"; "ever" dropped, "biggest" written "largest", and "worst" after
 * a calamity's noun: "the largest natural disaster" = "the worst natural disaster"), a fact about
 * the story's event with many values (a story may set several records), so it agrees and never
 * conflicts. A moment or a part ("for the first time", "her first serves") is no distinction, nor is
 * a numbered rank ("the third-largest", read as a figure by the quantity stage), nor one measured
 * against a past event ("the youngest champion since 2004"). The scope a record is claimed over
 * ("ever", "in the Open era") is a second, single-valued fact about that record.
 */
import type { FactRecord } from '../../model/records.js';
import { CARDINAL_WORDS } from '../../lexicon/number-words.js';
import { CALAMITY_NOUNS, DISTINCTION_PHRASE_STOPS, DISTINCTION_WORDS, NOT_DISTINCTION_HEADS, RECORD_SCOPES } from '../../lexicon/fact-phrases.js';
import type { ExtractContext } from '../context.js';
import { articleWords, formsRegex, type SentenceView } from './01-sentence-view.js';
import { eventFact } from './08-set-phrases.js';
import { allMatches } from '../../util/matches.js';

const STAGE = 'extract/facts/distinctions';
const WORD = formsRegex([...DISTINCTION_WORDS.keys()]);
const FIRST_WORDS: readonly string[] = [...new Set([...DISTINCTION_WORDS.keys()].map((w) => w.split(' ')[0]!))];
/**
 * What must stand before the distinction word: a verb that predicates it of the subject ("is",
 * "became", "made history as", "makes the fires", "marks"), up to three words, then a determiner
 * or a possessive ("the", "her", "Hawaii's"), with "ever"/"very" allowed after it. A distinction
 * merely mentioned ("the biggest problem is …", "one of the largest producers") states no record.
 */
const PREDICATED = new RegExp(
  String.raw`(?<![\p{L}])(?:is|was|are|were|be|been|being|became|become|becomes|becoming|remains|remained|marks|marked|marking|makes|made|making|as)` +
    String.raw`(?:\s+(?!(?:and|but|while|when|which|who|that|one|among)\b)[\p{L}\p{N}'’.-]+){0,3}?\s+(?:the|her|his|its|their|our|[\p{L}.]+['’]s|[\p{L}.]+s['’])\s+(?:(?:very|ever|all-time)\s+)?$`,
  'iu',
);
/** How far back the verb is looked for, in characters ("made the wildfire Hawaii's " fits). */
const PREDICATE_REACH = 64;
/** At most this many words of noun phrase after the distinction word. @default 3 */
export const MAX_NOUN_WORDS = 3;
/**
 * A distinction measured against a past one ("the youngest champion since X", "the deadliest fire in
 * more than a century") compares the event with another: the fact is about that other event.
 */
const RELATIVE = /^\s*(?:since\b|in\s+(?:(?:more than|over|nearly|almost|about|at least)\s+)?(?:a|an|\d+|[\p{L}-]+)\s+(?:years?|decades?|century|centuries)\b)/u;
/** The next word of the noun phrase, "ever" skipped ("the first ever qualifier"). */
const NEXT_WORD = /^\s+(?:ever\s+)?([\p{L}][\p{L}\p{N}.-]*)/u;

export function distinctionFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  const words = articleWords(ctx);
  if (!FIRST_WORDS.some((w) => words.has(w))) return [];
  const out: FactRecord[] = [];
  // allMatches leaves WORD's lastIndex as it was, so none is carried between sentences
  for (const m of allMatches(WORD, v.lower)) {
    if (!PREDICATED.test(v.text.slice(Math.max(0, m.index - PREDICATE_REACH), m.index))) continue;
    const words: string[] = [];
    let tail = v.text.slice(m.index + m[0].length);
    let offset = m.index + m[0].length;
    while (words.length < MAX_NOUN_WORDS) {
      const w = NEXT_WORD.exec(tail);
      if (!w) break;
      // "U.S." is written "us"; a full stop ends the word and the phrase
      const word = w[1]!.toLowerCase().replace(/\./gu, '');
      // a participle after the noun starts a clause of its own ("the largest strike led by …")
      if (DISTINCTION_PHRASE_STOPS.has(word) || (words.length > 0 && /\p{L}ed$/u.test(word))) break;
      words.push(word);
      offset += w[0].length;
      tail = tail.slice(w[0].length);
      if (/[^.]\.$/u.test(w[1]!) && !/\p{L}\.\p{L}/u.test(w[1]!)) break;
    }
    const head = words[words.length - 1];
    // "the first four states", "the first 100 days": a count of the first ones, no distinction
    const counted = words[0] !== undefined && (/^\d/u.test(words[0]) || words[0] in CARDINAL_WORDS);
    if (head === undefined || counted || words.some((w) => NOT_DISTINCTION_HEADS.has(w)) || RELATIVE.test(tail)) continue;
    const word = DISTINCTION_WORDS.get(m[0])!;
    const value = [word === 'largest' && CALAMITY_NOUNS.has(head) ? 'worst' : word, ...words].join(' ');
    out.push(eventFact(ctx, v, STAGE, 'the event', 'record:distinction', value, v.start + m.index, v.start + offset));
    const scope = scopeOf(v, m.index, offset);
    // one value per record: "first qualifier" ever in one outlet, in the Open era in another, is a conflict
    if (scope) out.push({ ...eventFact(ctx, v, STAGE, 'the event', `record:scope of ${value}`, scope.text, scope.start, scope.end), objectKey: scope.key, single: true });
  }
  return out;
}

/** How far after the distinction's noun its scope is looked for, within the clause, in characters. */
const SCOPE_REACH = 80;

/**
 * The scope of a distinction at [at, end) of the sentence: "ever" just before or inside it, or a scope
 * phrase in the rest of its clause (RECORD_SCOPES, limited first). Sentence offsets in, article offsets out.
 */
function scopeOf(v: SentenceView, at: number, end: number): { key: string; text: string; start: number; end: number } | null {
  const from = Math.max(0, at - 12);
  const clause = /^[^,;:.!?]*/u.exec(v.lower.slice(end, end + SCOPE_REACH))![0];
  const window = v.lower.slice(from, end) + clause;
  for (const { key, patterns } of RECORD_SCOPES) {
    for (const re of patterns) {
      const m = re.exec(window);
      if (!m) continue;
      const start = v.start + from + m.index;
      return { key, text: v.text.slice(start - v.start, start - v.start + m[0].length), start, end: start + m[0].length };
    }
  }
  return null;
}
