/**
 * Type cues for teams named after their town or county: an article that reads as a sports
 * report (SPORTS_WORDS), the sides of a contest in it ("X beat Y", "a match against X"), and
 * the words it writes after a given name (a player, not a team).
 */
import { FIRST_NAMES } from '../../lexicon/first-names.js';
import { CONTEST_NOUNS, CONTEST_VERBS, SCORE_VERBS, SPORTS_WORDS } from '../../lexicon/sports-words.js';
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import type { Candidate } from './03-candidates.js';
import { isCapitalised } from './token-tests.js';

const SPORTS_CACHE = new WeakMap<NlpDoc, boolean>();

/** Two or more words of sports reporting in the article. */
export function isSportsReport(doc: NlpDoc): boolean {
  let hit = SPORTS_CACHE.get(doc);
  if (hit === undefined) {
    let n = 0;
    for (const t of doc.tokens) if (SPORTS_WORDS.has(t.lower) && ++n >= 2) break;
    hit = n >= 2;
    SPORTS_CACHE.set(doc, hit);
  }
  return hit;
}

/**
 * A side of a contest: "X beat Y" (either side), "a match against X", "lost to X",
 * "drew with X", "X reached 372". Only one-word names or names without a given name reach here.
 */
export function contestSide(doc: NlpDoc, c: Candidate): boolean {
  const { tokens } = doc;
  const sentence = tokens[c.first]!.sentence;
  const at = (i: number) => (tokens[i] !== undefined && tokens[i]!.sentence === sentence ? tokens[i]! : undefined);
  const next = at(c.end);
  const after = at(c.end + 1);
  const prev = at(c.first - 1);
  const prev2 = at(c.first - 2);
  if (next !== undefined && CONTEST_VERBS.has(next.lower) && after !== undefined && isCapitalised(after)) return true;
  if (prev !== undefined && CONTEST_VERBS.has(prev.lower) && prev2 !== undefined && isCapitalised(prev2)) return true;
  // "Essex reached 372", "Kent had reached 108 for three": a side and its total
  const verb = next?.lower === 'had' || next?.lower === 'have' ? after : next;
  const score = at(c.end + (verb === after ? 2 : 1));
  if (verb !== undefined && SCORE_VERBS.has(verb.lower) && score !== undefined && /^\d/.test(score.text)) return true;
  const link = prev?.lower;
  return (link === 'against' || link === 'to' || link === 'with') && prev2 !== undefined && CONTEST_NOUNS.has(prev2.lower);
}

const SURNAME_CACHE = new WeakMap<NlpDoc, Set<string>>();

/** Words the article writes right after a given name ("Richard Krajicek" → "Krajicek"). */
export function personSurnames(doc: NlpDoc): Set<string> {
  let out = SURNAME_CACHE.get(doc);
  if (out === undefined) {
    out = new Set<string>();
    const { tokens } = doc;
    for (let i = 1; i < tokens.length; i++) if (FIRST_NAMES.has(tokens[i - 1]!.text) && isCapitalised(tokens[i]!)) out.add(tokens[i]!.text);
    SURNAME_CACHE.set(doc, out);
  }
  return out;
}
