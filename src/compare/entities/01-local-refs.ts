/**
 * Step 1: every within-article entity as a reference with the keys the merge
 * rules compare (name keys, surname, given name, acronym letters, role words).
 */
import type { EntityType, Span } from '../../contract/analysis-schema.js';
import { DEMONYM_SET, COUNTRY_KEYS } from '../../extract/entities/lexicon-index.js';
import { acronymLetters, bareKey, givenKey, isAcronym, nameKey, surnameKey } from '../../extract/entities/name-keys.js';
import { initialledGiven, numeralKey, stateOf } from './name-variants.js';
import { TITLE_HEADS } from '../../lexicon/person-titles.js';
import type { ArticleExtraction } from '../../model/records.js';

export interface LocalRef {
  readonly index: number;
  readonly article: string;
  readonly key: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly text: string; readonly span: Span }[];
  readonly mentions: readonly Span[];
  /** bare key of the name ("samir haddad"). */
  readonly nameKey: string;
  readonly words: number;
  readonly surname: string;
  readonly given: string;
  /** acronym letters when the name or an alias is an acronym. */
  readonly acronyms: readonly string[];
  /** content words of each role ("US Secretary of State" → secretary, state). */
  readonly roleWords: readonly ReadonlySet<string>[];
  /** the mention texts, to pick evidence for name variants. */
  readonly mentionTexts: readonly string[];
  /** the aliases that are names, without lower-case descriptions ("the safety commission"), which never merge on their own. */
  readonly names: readonly string[];
  /** the given name is written as initials ("PK Jena"). */
  readonly givenInitials: boolean;
  /** further keys one name may be written under: a state for its abbreviation, a sequel number in figures. */
  readonly variantKeys: readonly string[];
}

/** An alias of several words all in lower case is a description found by the entity stage ("federal safety commission"), not a name. */
export const isDescription = (alias: string): boolean => alias.includes(' ') && !/\p{Lu}/u.test(alias);

/** Keys a name may also be written under ("Ill." → "illinois"; "Diablo IV" → "diablo 4" unless a person). */
function variantKeysOf(forms: readonly string[], type: EntityType): string[] {
  const out = new Set<string>();
  for (const f of forms) {
    const state = stateOf(f);
    if (state !== null && type !== 'person' && type !== 'organization') out.add(nameKey(state));
    const numeral = type === 'person' ? null : numeralKey(f);
    if (numeral !== null) out.add(numeral);
  }
  return [...out];
}

const ROLE_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'to', "'s", '’s', 'former', 'then', 'now', 'and', 'us', 'u.s.', 'current', 'acting']);

/** Content words of a role, without determiners, demonyms and country names. */
export function roleContent(role: string): Set<string> {
  const out = new Set<string>();
  for (const raw of role.toLowerCase().replace(/[’']s\b/g, '').split(/[\s,]+/)) {
    const w = raw.replace(/[^a-z0-9.-]/g, '');
    if (w.length === 0 || ROLE_STOP.has(w) || DEMONYM_SET.has(w) || COUNTRY_KEYS.has(w.replace(/\./g, ''))) continue;
    out.add(w);
  }
  return out;
}

/** True when two roles name the same office: one's content words contain the other's, which include a title head. */
export function rolesShareOffice(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let head = false;
  for (const w of small) {
    if (!big.has(w)) return false;
    if (TITLE_HEADS.has(w)) head = true;
  }
  return head;
}

/** Flatten the articles' local entities into references, in article order then local order. */
export function localRefs(extractions: readonly ArticleExtraction[]): LocalRef[] {
  const refs: LocalRef[] = [];
  for (const x of extractions) {
    const text = x.article.text;
    for (const e of x.entities.entities) {
      const nk = bareKey(e.name);
      const names = e.aliases.filter((a) => !isDescription(a));
      const acronyms = [e.name, ...names].filter(isAcronym).map(acronymLetters);
      refs.push({
        index: refs.length, article: x.article.id, key: e.key, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles,
        mentions: e.mentions, nameKey: nk, words: nk.split(' ').length, surname: surnameKey(e.name), given: givenKey(e.name),
        acronyms: [...new Set(acronyms)], roleWords: e.roles.map((r) => roleContent(r.text)),
        mentionTexts: e.mentions.map((m) => text.slice(m.start, m.end)),
        names, givenInitials: e.type !== 'place' && initialledGiven(e.name), variantKeys: variantKeysOf([e.name, ...names], e.type),
      });
    }
  }
  return refs;
}
