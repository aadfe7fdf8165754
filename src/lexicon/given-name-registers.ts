/**
 * The given-name registers of a maintained data package (`gender-detection-from-name`, MIT:
 * English, French, Spanish, Italian, German and Turkish name registers, about 67,000 names),
 * read once, in one pass, for every lexicon that derives from them (first-names.ts,
 * given-name-genders.ts, gazetteer-packages.ts). Reading them is the largest part of loading
 * the lexicons, so it is done once and only when a lexicon first asks.
 */
import { createRequire } from 'node:module';

/** The package's per-language files (each a `Map<lower-case name, gender>`). */
export const REGISTER_LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'] as const;

/** The English register breaks gender ties: the tool reads English news. */
const ENGLISH_WEIGHT = 1.5;

export interface GivenNameRegisters {
  /** How many registers list each (lower-case) name. */
  readonly counts: ReadonlyMap<string, number>;
  /** Each name's gender vote: > 0 more registers say male, < 0 female (English weighs 1.5). Names no register genders are absent. */
  readonly genderVotes: ReadonlyMap<string, number>;
}

let registers: GivenNameRegisters | null = null;

/** The registers' counts and gender votes, read on first call. */
export function givenNameRegisters(): GivenNameRegisters {
  if (registers) return registers;
  const require = createRequire(import.meta.url);
  const counts = new Map<string, number>();
  const genderVotes = new Map<string, number>();
  for (const lang of REGISTER_LANGUAGES) {
    const names = require(`gender-detection-from-name/names/${lang}.js`) as ReadonlyMap<string, string>;
    const weight = lang === 'en' ? ENGLISH_WEIGHT : 1;
    for (const [name, g] of names) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (g === 'male' || g === 'female') genderVotes.set(name, (genderVotes.get(name) ?? 0) + (g === 'male' ? weight : -weight));
    }
  }
  return (registers = { counts, genderVotes });
}
