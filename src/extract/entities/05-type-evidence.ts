/**
 * Step 5: evidence for each candidate's type.
 *
 * Each cue adds a weight to one type. Weights reflect how often the cue is right
 * in news text: a gazetteer hit or an organisation head word is near-certain; a
 * title, honorific, age or given name strongly suggests a person; a verb of saying
 * only weakly (organisations "say" things too); "in X" weakly suggests a place.
 * Step 6 sums the weights over all mentions of an entity, so one entity gets one
 * type by the majority of its evidence.
 */
import { FIRST_NAMES } from '../../lexicon/first-names.js';
import { GENERIC_NAME_WORDS } from '../../lexicon/non-entity-words.js';
import { ORG_HEADS, ORG_LEADS, ORG_MEMBER_NOUNS, ORG_POSSESSIONS, ORG_SPOKESPEOPLE } from '../../lexicon/org-words.js';
import { PERSON_FOLLOWERS, PERSON_NOUNS, PERSON_VERBS } from '../../lexicon/person-verbs.js';
import { PLACE_FOLLOWERS, PLACE_HEADS, PLACE_LEADS, PLACE_NOUNS, PLACE_PREPOSITIONS } from '../../lexicon/place-words.js';
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import type { Candidate } from './03-candidates.js';
import type { AppositiveCue } from './04-roles.js';
import { ORG_BY_KEY, PLACE_BY_KEY } from './lexicon-index.js';
import { isAcronym, nameKey } from './name-keys.js';
import { bare, isPossessive } from './token-tests.js';

export interface TypeScores {
  person: number;
  organization: number;
  place: number;
  group: number;
}

const SAID_BEFORE = new Set(['said', 'says', 'added', 'wrote', 'asked']);
const PLURAL_VERBS = new Set(['have', 'are', 'were']);

function headScores(doc: NlpDoc, c: Candidate, s: TypeScores): void {
  const text = doc.text.slice(doc.tokens[c.first]!.start, doc.tokens[c.end - 1]!.end);
  const key = nameKey(text);
  if (PLACE_BY_KEY.has(key)) s.place += 5;
  if (ORG_BY_KEY.has(key)) s.organization += 5;
  const multi = c.end - c.first > 1;
  const last = bare(doc.tokens[c.end - 1]!);
  const firstWord = bare(doc.tokens[c.first]!);
  const second = doc.tokens[c.first + 1]?.lower;
  if (multi && ORG_HEADS.has(last)) s.organization += 3;
  else if (multi && PLACE_HEADS.has(last)) s.place += 3;
  if (multi && second === 'of' && ORG_LEADS.has(firstWord)) s.organization += 3;
  if (multi && second === 'of' && PLACE_LEADS.has(firstWord)) s.place += 3;
  if (multi && FIRST_NAMES.has(doc.tokens[c.first]!.text) && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last) && !GENERIC_NAME_WORDS.has(last)) s.person += 2;
  if (!multi && isAcronym(text) && !PLACE_BY_KEY.has(key)) s.organization += 1;
  // "Bayern Munich", "Real Madrid", "Inter Milan": a name ending in a known place that is not itself a place is a club or firm
  const lastKey = nameKey(doc.tokens[c.end - 1]!.text);
  if (multi && !PLACE_BY_KEY.has(key) && PLACE_BY_KEY.has(lastKey) && !PLACE_LEADS.has(firstWord)) s.organization += 2;
}

function contextScores(doc: NlpDoc, c: Candidate, s: TypeScores): void {
  const { tokens } = doc;
  const prev = tokens[c.first - 1];
  const sentence = tokens[c.first]!.sentence;
  const inSentence = (i: number) => tokens[i] !== undefined && tokens[i]!.sentence === sentence;
  const possessive = isPossessive(tokens, c.end);
  const nextIdx = possessive ? c.end + 1 : c.end;
  const next = inSentence(nextIdx) ? tokens[nextIdx]!.lower : '';
  if (prev !== undefined && inSentence(c.first - 1)) {
    const p = prev.lower;
    const speaksFor = (p === 'from' || p === 'within' || p === 'inside') && ORG_SPOKESPEOPLE.has(tokens[c.first - 2]?.lower ?? '');
    if (speaksFor) s.organization += 1;
    else if (PLACE_PREPOSITIONS.has(p) && !possessive) s.place += p === 'from' ? 0.5 : 1;
    if (SAID_BEFORE.has(p)) s.person += 1;
    if (p === 'old' && tokens[c.first - 2]?.text === '-') s.person += 3;
    if (PERSON_NOUNS.has(p)) s.person += 2;
    if (p === 'the' && c.end - c.first === 1) s.person -= 1;
    // "the town of Tarwick", "the county of Marlow"
    if (p === 'of' && PLACE_NOUNS.has(tokens[c.first - 2]?.lower ?? '')) s.place += 3;
  }
  // organisations "say" things too: a bare one-word name earns less from a verb of saying
  if (!possessive && PERSON_VERBS.has(next)) s.person += c.end - c.first > 1 || c.titled ? 1 : 0.5;
  if (possessive) {
    const owned = tokens[nextIdx]?.pos === 'ADJ' ? tokens[nextIdx + 1]?.lower ?? '' : next;
    if (ORG_POSSESSIONS.has(owned)) s.organization += 1;
  }
  if ((!possessive && PERSON_FOLLOWERS.has(next)) || (possessive && PERSON_NOUNS.has(next))) s.person += 1.5;
  if (ORG_MEMBER_NOUNS.has(next) && !possessive) s.organization += 1;
  // British agreement: "Vellmar have sold", "Acme are" — a singular name with a plural verb is a team or firm
  if (!possessive && PLURAL_VERBS.has(next) && !doc.tokens[c.end - 1]!.lower.endsWith('s')) s.organization += 1;
  if (PLACE_FOLLOWERS.has(next)) s.place += 1;
  if (next === 'aged' || (next === ',' && tokens[c.end + 1]?.lower === 'aged')) s.person += 2;
  // "Tarwick, Essex": a name followed by a known place is a place
  if (tokens[c.end]?.text === ',' && inSentence(c.end + 1)) {
    const n1 = tokens[c.end + 1]!;
    const n2 = tokens[c.end + 2];
    const one = nameKey(n1.text);
    const two = n2 ? nameKey(`${n1.text} ${n2.text}`) : '';
    if (PLACE_BY_KEY.has(two) || (PLACE_BY_KEY.has(one) && !ORG_BY_KEY.has(one))) s.place += 2;
  }
}

/** Type evidence for one candidate, from its words, its context, its title/role and its appositive. */
export function typeEvidence(doc: NlpDoc, c: Candidate, hasRole: boolean, cue: AppositiveCue, who: boolean): TypeScores {
  const s: TypeScores = { person: 0, organization: 0, place: 0, group: 0 };
  headScores(doc, c, s);
  contextScores(doc, c, s);
  if (c.titled) s.person += 4;
  else if (hasRole) s.person += 3;
  if (who) s.person += 2;
  else if (cue) s[cue] += 3;
  if (c.group) s.group += 4;
  return s;
}
