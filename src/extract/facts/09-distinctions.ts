/**
 * Step 9: distinctions outlets repeat — a superlative or "first" and the noun it ranks, after a
 * determiner or a possessive: "became the first qualifier to win a major", "Hawaii's worst natural
 * disaster", "her first Grand Slam title". The value is the distinction word and its noun ("first
 * qualifier", "worst natural disaster"; "ever" dropped, "biggest" written "largest", and "worst" after
 * a calamity's noun: "the largest natural disaster" = "the worst natural disaster"), a fact about
 * the story's event with many values (a story may set several records), so it agrees and never
 * conflicts. A moment or a part ("for the first time", "her first serves") is no distinction, nor is
 * a numbered rank ("the third-largest", read as a figure by the quantity stage), nor one measured
 * against a past event ("the youngest champion since 2004").
 */
import type { FactRecord } from '../../model/records.js';
import { CALAMITY_NOUNS, DISTINCTION_PHRASE_STOPS, DISTINCTION_WORDS, NOT_DISTINCTION_HEADS } from '../../lexicon/fact-phrases.js';
import type { ExtractContext } from '../context.js';
import { articleWords, formsRegex, type SentenceView } from './01-sentence-view.js';
import { eventFact } from './08-set-phrases.js';

const STAGE = 'extract/facts/distinctions';
const WORD = formsRegex([...DISTINCTION_WORDS.keys()]);
const FIRST_WORDS: readonly string[] = [...new Set([...DISTINCTION_WORDS.keys()].map((w) => w.split(' ')[0]!))];
/** What must stand right before the distinction word: a determiner or a possessive ("the", "her", "Hawaii's"), with "ever"/"very" allowed after it. */
const DETERMINER = /(?:^|[\s(“"])(?:the|her|his|its|their|our|[\p{L}.]+['’]s|[\p{L}.]+s['’])\s+(?:(?:very|ever|all-time)\s+)?$/iu;
/** How far back the determiner is looked for, in characters ("Kowalczyk Logistics' all-time " fits). */
const DETERMINER_REACH = 48;
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
  // matchAll works on a copy of WORD, so no lastIndex is carried between sentences
  for (const m of v.lower.matchAll(WORD)) {
    if (!DETERMINER.test(v.text.slice(Math.max(0, m.index - DETERMINER_REACH), m.index))) continue;
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
    if (head === undefined || NOT_DISTINCTION_HEADS.has(head) || RELATIVE.test(tail)) continue;
    const word = DISTINCTION_WORDS.get(m[0])!;
    const value = [word === 'largest' && CALAMITY_NOUNS.has(head) ? 'worst' : word, ...words].join(' ');
    out.push(eventFact(ctx, v, STAGE, 'the event', 'record:distinction', value, v.start + m.index, v.start + offset));
  }
  return out;
}
