/**
 * Which pronoun goes with each person of an article, read from the article itself: an honorific
 * before a mention ("Ms Roe"), and the first personal pronoun after a mention in the same sentence
 * with no other person between ("Roe said she …", "Roe, who … her company"). Votes are summed per
 * entity; only a clear majority counts. A given name the name data give a gender adds one vote
 * per person (NAME_WEIGHT), so two of the article's own pronouns against it leave the person open.
 */
import { FEMALE_HONORIFICS, FEMALE_KIN_NOUNS, FEMALE_PRONOUNS, MALE_HONORIFICS, MALE_KIN_NOUNS, MALE_PRONOUNS } from '../../lexicon/gendered-words.js';
import { FIRST_NAMES, RARE_FIRST_NAMES } from '../../lexicon/first-names.js';
import { givenNameGender } from '../../lexicon/given-name-genders.js';
import type { AttributionContext } from './attribution-context.js';
import { tokenIndexAt } from './token-helpers.js';

export type Gender = 'male' | 'female';

/** How many tokens after a mention a pronoun may stand to vote for it. */
const REACH = 10;

/**
 * What a given name weighs against one pronoun or honorific. As much as one: the pronoun evidence
 * is itself noisy (the first pronoun after a name is not always that person's), and on PolNeAR a
 * lighter name vote lost more "she said" quotes than it saved. Two of the article's own pronouns
 * against it leave the person open to either pronoun.
 */
const NAME_WEIGHT = 1;

function vote(tally: Map<string, [number, number]>, entity: string, g: Gender, weight = 1): void {
  const t = tally.get(entity) ?? [0, 0];
  t[g === 'male' ? 0 : 1] += weight;
  tally.set(entity, t);
}

const genderOfWord = (w: string): Gender | null => (MALE_PRONOUNS.has(w) || MALE_HONORIFICS.has(w) ? 'male' : FEMALE_PRONOUNS.has(w) || FEMALE_HONORIFICS.has(w) ? 'female' : null);

/**
 * The gender of the given name in a full name ("Ada Roe", "Dr Ada Roe", "Indiana Gov. Ada Roe"): the
 * first word before the surname that the name data know, when nothing but titles and places precede it.
 */
function nameGender(text: string): Gender | null {
  const words = text.split(/\s+/).map((w) => w.replace(/\.$/, ''));
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return null;
    // a given name, not a place or a title that a name register happens to list ("Indiana", "Major")
    const g = FIRST_NAMES.has(w) || RARE_FIRST_NAMES.has(w) ? givenNameGender(w) : null;
    if (g) return g;
  }
  return null;
}

/** entity key → the gender its mentions clearly go with (entities with no clear evidence are absent). */
export function genderEvidence(ax: AttributionContext, isPerson: (k: number) => boolean): ReadonlyMap<string, Gender> {
  const tally = new Map<string, [number, number]>();
  const named = new Set<string>();
  const { tokens } = ax;
  for (const m of ax.layer.mentions) {
    const k0 = tokenIndexAt(tokens, m.span.start);
    if (ax.inQuote[k0] === 1 || !isPerson(k0)) continue;
    // one vote per person from a given name all registers agree on ("Ada Roe"), never more
    const given = nameGender(m.text);
    if (given && !named.has(m.entity)) {
      named.add(m.entity);
      vote(tally, m.entity, given, NAME_WEIGHT);
    }
    // "her father Khaled", "his wife, Ada Roe": a noun of kinship right before the name
    const kin = (tokens[k0 - 1]?.text === ',' ? tokens[k0 - 2] : tokens[k0 - 1])?.lower ?? '';
    if (MALE_KIN_NOUNS.has(kin)) vote(tally, m.entity, 'male');
    else if (FEMALE_KIN_NOUNS.has(kin)) vote(tally, m.entity, 'female');
    const title = tokens[k0 - 1]?.lower.replace(/\.$/, '') ?? '';
    const own = m.text.split(/\s+/)[0]?.toLowerCase().replace(/\.$/, '') ?? '';
    const honorific = MALE_HONORIFICS.has(title) || FEMALE_HONORIFICS.has(title) ? title : MALE_HONORIFICS.has(own) || FEMALE_HONORIFICS.has(own) ? own : null;
    if (honorific) vote(tally, m.entity, genderOfWord(honorific)!);
    let k = k0;
    while (k < tokens.length && tokens[k]!.end <= m.span.end) k++;
    for (let j = k; j < Math.min(tokens.length, k + REACH); j++) {
      const t = tokens[j]!;
      if (t.sentence !== m.sentence || ax.inQuote[j] === 1 || (ax.mentionAt[j]! >= 0 && isPerson(j))) break;
      const g = genderOfWord(t.lower);
      if (g && t.pos === 'PRON') {
        vote(tally, m.entity, g);
        break;
      }
    }
  }
  const out = new Map<string, Gender>();
  for (const [entity, [male, female]] of tally) {
    if (male > 2 * female) out.set(entity, 'male');
    else if (female > 2 * male) out.set(entity, 'female');
  }
  return out;
}
