/**
 * Step 2: which local entities of different articles are one real-world referent.
 * Rules, applied in this order (each sees the merges of the ones before):
 *
 * A. same name, or a shared multiword alias or acronym, with compatible types
 *    (equal, or one of them 'other');
 * B. two full person names with the same surname whose given names are compatible
 *    (equal up to an initial), similar (a transliteration such as Benjamin/Binyamin:
 *    same first letter, at most two edits), or different but with the same office
 *    in both articles ("Secretary of State") — B's merges of different given names
 *    become `name` conflict claims (step 3);
 * B'. two full person names with the same given name whose surnames are spelled two
 *    ways ("Spencer" / "Spenser": six letters or more, one edit apart; or two
 *    romanisations, "Qassem" / "Kassem" / "Kasem") are one person;
 * B''. two full person names whose given names and surnames are both two romanisations of
 *    one name ("Khaled al-Qassem" / "Khalid Kasem") are one person;
 * C. a one-word name joins the single merged entity whose full person name ends in
 *    it (or, for non-persons, whose alias or first word it is — unless that word is a
 *    place of its own); when several people share the
 *    surname it joins the one holding the same office, else it stays apart;
 * D. an acronym joins the single non-person entity whose initials spell it (those of its
 *    name or of any multiword alias, with a leading country or nationality dropped:
 *    "U.S. Consumer Product Safety Commission" ↔ "CPSC");
 * E. a non-person name written with a leading country or nationality ("UK Competition
 *    and Markets Authority", "British …"), a trailing company affix ("Acme Widgets,
 *    Inc.") or a generic head a short form leaves off ("… Workers Union") joins the entity
 *    named by what is left, when some article names it so and what is left is at least
 *    two words. E runs before C and D, so that a short form or an acronym finds one entity where both forms are named.
 * F. (before C) a non-person name of three words or more joins the single entity named by it
 *    without its first or last word ("Activision Blizzard King" → "Activision Blizzard");
 * D'. (after D) an acronym with a head word joins the single expansion it abbreviates ("CSC
 *    Plan" ↔ "Customer Service Continuation Plan").
 * A also joins company forms written two ways ("Deere & Co." / "Deere & Company"), a state
 * and its abbreviation ("Ill." / "Illinois") and a sequel number in Roman and Arabic figures;
 * B also reads a given name written as initials ("PK Jena") as compatible with one that
 * starts with the same letter.
 */
import type { EntityType } from '../../contract/analysis-schema.js';
import { COUNTRY_KEYS, DEMONYM_SET, PLACE_BY_KEY } from '../../extract/entities/lexicon-index.js';
import { COMPANY_FORMS, ORG_AFFIXES, ORG_DROPPABLE_HEADS } from '../../lexicon/org-words.js';
import { editDistance, initialsOf, nameKey } from '../../extract/entities/name-keys.js';
import { GENERIC_NAME_WORDS } from '../../lexicon/non-entity-words.js';
import type { LocalRef } from './01-local-refs.js';
import { rolesShareOffice } from './01-local-refs.js';
import { UnionFind } from '../../util/union-find.js';
import { consonantSkeleton, sameTokens } from '../../extract/entities/transliteration.js';
import { acronymHeadKey, expansionKey, founderKey, givenFits, oneWordShorter, routeCoreKeys, sameRomanisation } from './name-variants.js';

const compatible = (a: EntityType, b: EntityType) => a === b || a === 'other' || b === 'other';

/** Given names that may be spelled differently for one person: same first letter, ≤ 2 edits. */
export function similarGiven(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return a[0] === b[0] && Math.min(a.length, b.length) >= 3 && editDistance(a, b) <= 2;
}

/** Surnames spelled two ways for one person: six letters or more, same first letter, one edit apart. */
export function similarSurname(a: string, b: string): boolean {
  return a[0] === b[0] && Math.min(a.length, b.length) >= 6 && editDistance(a, b) <= 1;
}

function shareOffice(a: LocalRef, b: LocalRef): boolean {
  return a.roleWords.some((x) => b.roleWords.some((y) => rolesShareOffice(x, y)));
}

function byKey(refs: readonly LocalRef[], keysOf: (r: LocalRef) => readonly string[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const r of refs) {
    for (const k of new Set(keysOf(r))) {
      const list = m.get(k);
      if (list) list.push(r.index);
      else m.set(k, [r.index]);
    }
  }
  return m;
}

function joinCompatible(uf: UnionFind, refs: readonly LocalRef[], groups: Map<string, number[]>): void {
  for (const idx of groups.values()) {
    for (let i = 1; i < idx.length; i++) {
      const a = refs[idx[0]!]!;
      const b = refs[idx[i]!]!;
      if (compatible(a.type, b.type)) uf.union(a.index, b.index);
    }
  }
}

const isPersonish = (r: LocalRef) => r.type === 'person' || r.type === 'other';

/**
 * A non-person name's key without a leading country or nationality ("uk", "british",
 * "us") and without trailing company affixes ("inc", "co"), or null when nothing was
 * dropped or fewer than two words are left.
 */
export function coreKey(name: string): string | null {
  const words = nameKey(name).replace(/,/g, '').split(' ');
  let a = 0;
  let b = words.length;
  while (a < b - 2 && (COUNTRY_KEYS.has(words[a]!) || DEMONYM_SET.has(words[a]!))) a++;
  while (b > a + 2 && (ORG_AFFIXES.has(words[b - 1]!) || words[b - 1] === '&')) b--;
  // "United Auto Workers Union" → "united auto workers": a generic head a short form leaves off
  if (b > a + 2 && b === words.length && ORG_DROPPABLE_HEADS.has(words[b - 1]!)) b--;
  if (a === 0 && b === words.length) return null;
  return words.slice(a, b).join(' ');
}

/** A name's key with company forms written one way ("deere & company" → "deere & co"). */
export function companyFormKey(name: string): string {
  return nameKey(name).replace(/,/g, '').split(' ').map((w) => COMPANY_FORMS.get(w) ?? w).join(' ');
}

/** The multiword forms of a non-person reference: its name and multiword aliases. */
function multiwordForms(r: LocalRef): string[] {
  return [r.name, ...r.names].filter((a) => a.trim().includes(' '));
}

/** Cluster references; returns the union-find over `refs` indices. */
export function mergeRefs(refs: readonly LocalRef[]): UnionFind {
  const uf = new UnionFind(refs.length);
  // A. names, multiword aliases and acronyms; a bare surname shared by several full names
  // ("Smith" with "Mary Smith" and "John Smith" about) is left to rule C, which can tell them apart
  const givenBySurname = new Map<string, Set<string>>();
  for (const r of refs) if (r.type === 'person' && r.words > 1) givenBySurname.set(r.surname, (givenBySurname.get(r.surname) ?? new Set()).add(r.given));
  const ambiguous = (r: LocalRef) => r.words === 1 && isPersonish(r) && (givenBySurname.get(r.nameKey)?.size ?? 0) > 1;
  // "Deere & Co." / "Deere & Company": a company form written two ways is one name
  const forms = (r: LocalRef) => (r.type === 'person' ? [] : multiwordForms(r).map((f) => `c:${companyFormKey(f)}`));
  joinCompatible(uf, refs, byKey(refs, (r) => [...(ambiguous(r) ? [] : [`n:${r.nameKey}`]), ...r.names.map((a) => nameKey(a)).filter((k) => k.includes(' ')).map((k) => `a:${k}`), ...r.variantKeys.map((k) => `n:${k}`), ...r.acronyms.map((x) => `x:${x}`), ...forms(r)]));

  // B. full person names sharing a surname
  const multiPeople = byKey(refs.filter((r) => r.type === 'person' && r.words > 1), (r) => [r.surname]);
  for (const idx of multiPeople.values()) {
    for (let i = 0; i < idx.length; i++) {
      for (let j = i + 1; j < idx.length; j++) {
        const a = refs[idx[i]!]!;
        const b = refs[idx[j]!]!;
        if (uf.find(a.index) === uf.find(b.index)) continue;
        if (givenFits(a.given, a.givenInitials, b.given, b.givenInitials) || shareOffice(a, b)) uf.union(a.index, b.index);
      }
    }
  }
  // B'. one given name, two spellings of a long surname ("Spencer" / "Spenser"): a variant, not two people
  const byGiven = byKey(refs.filter((r) => r.type === 'person' && r.words > 1 && r.given.length > 1), (r) => [r.given]);
  for (const idx of byGiven.values()) {
    for (let i = 0; i < idx.length; i++) {
      for (let j = i + 1; j < idx.length; j++) {
        const a = refs[idx[i]!]!;
        const b = refs[idx[j]!]!;
        if (a.surname !== b.surname && (similarSurname(a.surname, b.surname) || sameRomanisation(a.surname, b.surname))) uf.union(a.index, b.index);
      }
    }
  }
  // B''. both names romanised two ways ("Khaled al-Qassem" / "Khalid Kasem"): one person
  mergeRomanisedNames(uf, refs);

  // E. "UK Competition and Markets Authority" / "Competition and Markets Authority"
  const nonPeople = refs.filter((r) => r.type !== 'person');
  const byFullKey = byKey(nonPeople.filter((r) => r.words > 1), (r) => multiwordForms(r).map((f) => nameKey(f).replace(/,/g, '')));
  for (const r of nonPeople) {
    const roots = new Set<number>();
    for (const f of multiwordForms(r)) {
      const core = coreKey(f);
      if (core === null) continue;
      for (const oi of byFullKey.get(core) ?? []) if (oi !== r.index && compatible(refs[oi]!.type, r.type)) roots.add(uf.find(oi));
    }
    if (roots.size === 1) uf.union(r.index, [...roots][0]!);
  }
  // F. "Activision Blizzard King" / "Activision Blizzard", "Xbox Game Pass" / "Game Pass": one word more
  mergeOneWordLonger(uf, refs);
  // G. "Tarwick-Marlow Coastal Express" / "Coastal Express": a route or pair before a name
  mergeRouteNames(uf, refs);

  // C. one-word names
  // a non-person's short form: any alias, or its first word unless that word is a place of its own ("Bayern" → "Bayern Munich", not "Kenya" → "Kenya Defence Forces")
  const firstWord = (r: LocalRef) => {
    const w = r.nameKey.split(' ')[0]!;
    // ("Tarwick" is no short form of "Tarwick-Marlow Coastal Express": the route names two places)
    return PLACE_BY_KEY.has(w) || GENERIC_NAME_WORDS.has(w) || routeCoreKeys(r.name).length > 0 ? [] : [w];
  };
  // an untyped short form already merged (rule A) with a typed one carries that type: "Ellery" (other) that is
  // also "Ellery" (place) elsewhere must not join "Ellery State College"
  const typesAfterA = new Map<number, Set<EntityType>>();
  for (const r of refs) {
    const root = uf.find(r.index);
    const set = typesAfterA.get(root) ?? new Set<EntityType>();
    set.add(r.type);
    typesAfterA.set(root, set);
  }
  const clusterFits = (r: LocalRef, o: LocalRef) => [...(typesAfterA.get(uf.find(r.index)) ?? [])].every((t) => compatible(t, o.type));
  const longNonPeople = byKey(refs.filter((r) => r.words > 1 && r.type !== 'person'), (r) => [...r.names.map((a) => nameKey(a)), ...firstWord(r)]);
  for (const r of refs) {
    if (r.words !== 1 || r.acronyms.length > 0) continue;
    const roots = new Set<number>();
    const withOffice = new Set<number>();
    const pool = [...(isPersonish(r) ? multiPeople.get(r.nameKey) ?? [] : []), ...(r.type !== 'person' ? longNonPeople.get(r.nameKey) ?? [] : [])];
    for (const oi of pool) {
      const o = refs[oi]!;
      if (!compatible(o.type, r.type) || !clusterFits(r, o)) continue;
      roots.add(uf.find(o.index));
      if (shareOffice(o, r)) withOffice.add(uf.find(o.index));
    }
    const target = roots.size === 1 ? [...roots][0] : withOffice.size === 1 ? [...withOffice][0] : undefined;
    if (target !== undefined) uf.union(r.index, target);
  }

  // H. "John Harrow" (no office, no title) / "Harrow & Co.": a firm named after its founder
  mergeFounderFirms(uf, refs);

  // D. acronyms ↔ expansions
  const byInitials = byKey(refs.filter((r) => r.words > 1 && r.type !== 'person'), (r) =>
    multiwordForms(r).flatMap((f) => {
      const core = coreKey(f);
      return core === null ? [initialsOf(f)] : [initialsOf(f), initialsOf(core)];
    }),
  );
  for (const r of refs) {
    if (r.acronyms.length === 0 || r.type === 'person') continue;
    const roots = new Set<number>();
    for (const x of r.acronyms) {
      for (const oi of byInitials.get(x) ?? []) if (compatible(refs[oi]!.type, r.type)) roots.add(uf.find(oi));
    }
    if (roots.size === 1) uf.union(r.index, [...roots][0]!);
  }
  // D'. "CSC Plan" ↔ "Customer Service Continuation Plan": an acronym and its expansion's head word
  mergeAcronymHeads(uf, refs);

  return uf;
}

/** Types two non-person forms of one name may carry: equal, or an untyped form with an organisation. */
const extensionTypes = (a: EntityType, b: EntityType) => a === b || (a === 'other' && b === 'organization') || (b === 'other' && a === 'organization');

/** A non-person form's key for rules F and D': company affixes and a leading country dropped ("Activision Blizzard, Inc." → "activision blizzard"). */
const plainKey = (form: string) => coreKey(form) ?? nameKey(form).replace(/,/g, '');

/**
 * F. A non-person name of three words or more joins the one entity named by it without
 * its first or last word ("Activision Blizzard King" → "Activision Blizzard"), when no
 * other entity of the story is named so and no other longer name would join it ("Royal
 * Infirmary" with two towns' infirmaries about); never when the word dropped is a number.
 */
function mergeOneWordLonger(uf: UnionFind, refs: readonly LocalRef[]): void {
  const nonPeople = refs.filter((r) => r.type !== 'person');
  const byPlain = byKey(nonPeople.filter((r) => r.words > 1), (r) => multiwordForms(r).map(plainKey));
  // shorter entity root → the longer entities' roots that would join it
  const claims = new Map<number, Set<number>>();
  for (const r of nonPeople) {
    const roots = new Set<number>();
    for (const f of multiwordForms(r)) {
      for (const k of oneWordShorter(plainKey(f))) {
        for (const oi of byPlain.get(k) ?? []) if (oi !== r.index && extensionTypes(refs[oi]!.type, r.type)) roots.add(uf.find(oi));
      }
    }
    const target = roots.size === 1 ? [...roots][0]! : undefined;
    if (target !== undefined && target !== uf.find(r.index)) claims.set(target, (claims.get(target) ?? new Set()).add(uf.find(r.index)));
  }
  // "the Royal Infirmary" with both "Calder Royal Infirmary" and "Hexley Royal Infirmary" about is neither
  for (const [target, longer] of claims) if (longer.size === 1) uf.union(target, [...longer][0]!);
}

/**
 * G. A non-person name opened by a route or pair ("Tarwick-Marlow Coastal Express") joins the
 * one entity named by the rest of it, or by its last words ("… Central Coastal Express" →
 * "Coastal Express"), the longest that names any entity; two words at least.
 */
function mergeRouteNames(uf: UnionFind, refs: readonly LocalRef[]): void {
  const nonPeople = refs.filter((r) => r.type !== 'person');
  const byPlain = byKey(nonPeople.filter((r) => r.words > 1), (r) => multiwordForms(r).map(plainKey));
  for (const r of nonPeople) {
    for (const f of multiwordForms(r)) {
      const key = routeCoreKeys(f).find((k) => byPlain.has(k));
      if (key === undefined) continue;
      const roots = new Set(byPlain.get(key)!.filter((oi) => extensionTypes(refs[oi]!.type, r.type)).map((oi) => uf.find(oi)));
      if (roots.size === 1) uf.union(r.index, [...roots][0]!);
    }
  }
}

/**
 * H. A two-word person name with no role ("John Harrow") joins the one firm of the story
 * named after that surname with a company affix ("Harrow & Co.", "Harrow Inc."): news names
 * such firms by their founder's full name ("workers at John Harrow"). Not a person with an
 * office ("chairman John Harrow"), and not when the surname alone names something else
 * ("Henry Ford" / "Ford Motor Co." keeps "motor").
 */
function mergeFounderFirms(uf: UnionFind, refs: readonly LocalRef[]): void {
  const firms = byKey(refs.filter((r) => r.type === 'organization'), (r) => [r.name, ...r.names].flatMap((f) => founderKey(f) ?? []));
  for (const r of refs) {
    if (r.type !== 'person' || r.words !== 2 || r.roles.length > 0) continue;
    const roots = new Set((firms.get(r.surname) ?? []).map((oi) => uf.find(oi)));
    if (roots.size === 1) uf.union(r.index, [...roots][0]!);
  }
}

/** D'. "CSC Plan" joins the one non-person entity whose name is "C… S… C… Plan". */
function mergeAcronymHeads(uf: UnionFind, refs: readonly LocalRef[]): void {
  const nonPeople = refs.filter((r) => r.type !== 'person');
  const byExpansion = byKey(nonPeople.filter((r) => r.words > 2), (r) => multiwordForms(r).flatMap((f) => expansionKey(f) ?? []));
  for (const r of nonPeople) {
    const roots = new Set<number>();
    for (const f of [r.name, ...r.names]) {
      const k = acronymHeadKey(f);
      if (k === null) continue;
      for (const oi of byExpansion.get(k) ?? []) if (oi !== r.index && extensionTypes(refs[oi]!.type, r.type)) roots.add(uf.find(oi));
    }
    if (roots.size === 1) uf.union(r.index, [...roots][0]!);
  }
}

/**
 * B''. Two full person names whose given name and surname both differ, each as two
 * romanisations of one name (src/lexicon/transliteration.ts), are one person. Compared only
 * within names of one consonant skeleton, so the pass stays near linear.
 */
function mergeRomanisedNames(uf: UnionFind, refs: readonly LocalRef[]): void {
  const people = refs.filter((r) => r.type === 'person' && r.words > 1 && r.given.length > 2 && r.surname.length > 3);
  for (const idx of byKey(people, (r) => [`${consonantSkeleton(r.given)} ${consonantSkeleton(r.surname)}`]).values()) {
    for (let i = 0; i < idx.length; i++) {
      for (let j = i + 1; j < idx.length; j++) {
        const a = refs[idx[i]!]!;
        const b = refs[idx[j]!]!;
        if (a.given === b.given || a.surname === b.surname || uf.find(a.index) === uf.find(b.index)) continue;
        if (sameTokens(a.given, b.given) && sameTokens(a.surname, b.surname)) uf.union(a.index, b.index);
      }
    }
  }
}
