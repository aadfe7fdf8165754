/**
 * Lookup tables built once from the lexicon modules, keyed the way the entity
 * stage looks words up (lower case, or `nameKey` for multiword names).
 */
import { DEMONYM_PLURALS_IRREGULAR, DEMONYMS } from '../../lexicon/demonyms.js';
import { CITIES, COUNTRIES, PLACE_ALIASES, REGIONS, US_STATES } from '../../lexicon/gazetteer.js';
import { PACKAGE_CITIES, PACKAGE_COUNTRIES, PACKAGE_PROVINCES } from '../../lexicon/gazetteer-packages.js';
import { INSTITUTIONS, NEWS_ORGANISATIONS } from '../../lexicon/institutions.js';
import { nameKey } from './name-keys.js';

function keyed(names: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const n of names) if (!m.has(nameKey(n))) m.set(nameKey(n), n);
  return m;
}

/** nameKey → canonical place name (countries, cities, states, provinces, regions and their short forms; the hand-typed list first, then the data packages). */
export const PLACE_BY_KEY: ReadonlyMap<string, string> = (() => {
  const m = keyed([...COUNTRIES, ...CITIES, ...US_STATES, ...REGIONS, ...PACKAGE_COUNTRIES, ...PACKAGE_CITIES, ...PACKAGE_PROVINCES]);
  for (const [alias, canonical] of PLACE_ALIASES) m.set(alias, canonical);
  return m;
})();

/** Countries only (keys), for "X's government"-style cues and compound splitting. */
export const COUNTRY_KEYS: ReadonlySet<string> = new Set([...COUNTRIES.map(nameKey), ...PACKAGE_COUNTRIES.map(nameKey), ...PLACE_ALIASES.keys()]);

/** nameKey → name of well-known organisations and news organisations. */
export const ORG_BY_KEY: ReadonlyMap<string, string> = keyed([...INSTITUTIONS, ...NEWS_ORGANISATIONS]);

/** Demonyms in lower case ("kenyan"). */
export const DEMONYM_SET: ReadonlySet<string> = new Set(DEMONYMS.map((d) => d.toLowerCase()));

/** Plural nouns of peoples in lower case ("kenyans", "iraqis"). */
export const DEMONYM_PLURAL_SET: ReadonlySet<string> = (() => {
  const s = new Set(DEMONYM_PLURALS_IRREGULAR.map((d) => d.toLowerCase()));
  for (const d of DEMONYMS) {
    const l = d.toLowerCase();
    if (l.endsWith('an') || l.endsWith('i') || l.endsWith('ian')) s.add(`${l}s`);
  }
  return s;
})();
