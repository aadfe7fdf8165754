/**
 * One person named two ways: "Governor DeSantis" and "DeSantis", "Senator Maria Vallow" and
 * "Vallow". Name keys are matched exactly elsewhere; this says when two keys name the same person
 * by surname. A multi-word key names a person (and so has a surname) only when a title stands
 * before its last word: "white house" and "supreme court" have none (a given name alone is not
 * enough: with "joe biden" ~ "biden" the partisan stream joined more same-week stories of one
 * actor). A holder of a single-holder office ("President …", "Prime Minister …", "Speaker …") is
 * left out: that surname alone is the most-covered actor of a country, which issue 17 asks to
 * weigh little; the exact key still counts as before.
 */
import { TITLE_HEADS } from '../lexicon/person-titles.js';
import { SINGLE_HOLDER_OFFICES } from '../lexicon/single-holder-offices.js';

/** Title words of single-holder offices ("president", "minister", "speaker", "leader"): see above. */
const OFFICE_WORDS: ReadonlySet<string> = new Set(SINGLE_HOLDER_OFFICES.flatMap((o) => o.toLowerCase().split(/[\s-]+/)).filter((w) => TITLE_HEADS.has(w)));

const SURNAMES = new Map<string, string | null>();
const SURNAMES_CAP = 50_000;

/**
 * The surname of a person's name key, or null when the key is not a person's name.
 * @example personSurname('governor desantis') // 'desantis'
 * @example personSurname('white house') // null
 */
export function personSurname(key: string): string | null {
  let out = SURNAMES.get(key);
  if (out === undefined) {
    if (SURNAMES.size >= SURNAMES_CAP) SURNAMES.clear();
    const words = key.split(' ');
    const before = words.slice(0, -1);
    const person = before.some((w) => TITLE_HEADS.has(w)) && !before.some((w) => OFFICE_WORDS.has(w));
    out = person ? (words[words.length - 1] ?? null) : null;
    SURNAMES.set(key, out);
  }
  return out;
}

/**
 * Whether name key `e` names someone a story names: the same key, a surname alone against a
 * person's full name, or two full names of one surname. `has` tells the story's keys; `surnames`
 * gives its persons' surnames, asked only when the key is not shared as it is.
 */
export function namesSamePerson(e: string, has: (key: string) => boolean, surnames: () => ReadonlySet<string>): boolean {
  if (has(e)) return true;
  if (!e.includes(' ')) return surnames().has(e);
  const s = personSurname(e);
  return s !== null && (has(s) || surnames().has(s));
}

const BY_ENTITIES = new WeakMap<object, ReadonlySet<string>>();

/**
 * Surnames of the person keys a profile names (count > 0), remembered per entities record: the
 * in-memory index scores every article against the same record until its story changes.
 */
export function surnamesOf(entities: Readonly<Record<string, number>>): ReadonlySet<string> {
  let out = BY_ENTITIES.get(entities);
  if (!out) {
    const set = new Set<string>();
    for (const [k, n] of Object.entries(entities)) {
      const s = n > 0 ? personSurname(k) : null;
      if (s) set.add(s);
    }
    out = set;
    BY_ENTITIES.set(entities, out);
  }
  return out;
}
