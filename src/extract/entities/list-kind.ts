/**
 * "X, Y and other stores": a list of names closed by "and other <noun>" (or "or other")
 * says what kind of thing each name in it is — an organisation, a place or a person.
 */
import { LIST_ORG_NOUNS, LIST_PERSON_NOUNS, LIST_PLACE_NOUNS } from '../../lexicon/list-kind-nouns.js';
import { ORG_CLASS_NOUNS, ORG_NOUNS } from '../../lexicon/org-words.js';
import { PERSON_NOUNS } from '../../lexicon/person-verbs.js';
import { PLACE_NOUNS } from '../../lexicon/place-words.js';
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import type { Candidate } from './03-candidates.js';
import { isCapitalised, isLowerWord } from './token-tests.js';

export type ListKind = 'organization' | 'place' | 'person';

/** The longest stretch of a list walked from a name to its closing "and other". */
const MAX_LIST_TOKENS = 24;

const singular = (w: string) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

function kindOf(noun: string): ListKind | null {
  const one = singular(noun);
  if (LIST_ORG_NOUNS.has(one) || ORG_CLASS_NOUNS.has(one) || ORG_NOUNS.has(one)) return 'organization';
  if (LIST_PLACE_NOUNS.has(one) || PLACE_NOUNS.has(one)) return 'place';
  if (LIST_PERSON_NOUNS.has(one) || PERSON_NOUNS.has(one) || PERSON_NOUNS.has(noun)) return 'person';
  return null;
}

/** The kind the list holding this name declares with "and other <noun>", else null. */
export function listKind(doc: NlpDoc, c: Candidate): ListKind | null {
  const { tokens } = doc;
  const sentence = tokens[c.first]!.sentence;
  const first = tokens[c.end];
  if (first === undefined || !(first.text === ',' || first.lower === 'and' || first.lower === 'or')) return null;
  for (let i = c.end; i < tokens.length && i < c.end + MAX_LIST_TOKENS && tokens[i]!.sentence === sentence; i++) {
    const t = tokens[i]!;
    if ((t.lower === 'and' || t.lower === 'or') && tokens[i + 1]?.lower === 'other') {
      // "other department stores": the kind is the last of up to two lower-case words
      let kind: ListKind | null = null;
      for (let j = i + 2; j < i + 4 && tokens[j] !== undefined && isLowerWord(tokens[j]!); j++) kind = kindOf(tokens[j]!.lower) ?? kind;
      return kind;
    }
    // a list goes on through commas, "and"/"or" between names, and the names' own capitalised words
    const link = t.text === ',' || t.lower === 'and' || t.lower === 'or';
    if (!link && !isCapitalised(t) && t.text !== '&' && t.lower !== 'the' && t.lower !== "'s" && t.lower !== '’s' && t.lower !== '.') return null;
  }
  return null;
}
