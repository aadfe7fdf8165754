/**
 * The gender a given name goes with, from a maintained data package (`gender-detection-from-name`,
 * MIT: name registers for English, French, Spanish, Italian, German and Turkish): the gender most
 * registers that list the name give it, the English register breaking ties. Used as one weak vote
 * beside the article's own pronouns, which outweigh it.
 */
import { createRequire } from 'node:module';

export type NameGender = 'male' | 'female';

const REGISTERS = ['en', 'fr', 'es', 'it', 'de', 'tr'] as const;

const GENDERS: ReadonlyMap<string, NameGender> = (() => {
  const require = createRequire(import.meta.url);
  const votes = new Map<string, number>(); // > 0: more registers say male; < 0: female
  for (const lang of REGISTERS) {
    const names = require(`gender-detection-from-name/names/${lang}.js`) as ReadonlyMap<string, string>;
    // the English register breaks ties: the tool reads English news
    const weight = lang === 'en' ? 1.5 : 1;
    for (const [name, g] of names) if (g === 'male' || g === 'female') votes.set(name, (votes.get(name) ?? 0) + (g === 'male' ? weight : -weight));
  }
  const out = new Map<string, NameGender>();
  for (const [name, v] of votes) if (v !== 0) out.set(name, v > 0 ? 'male' : 'female');
  return out;
})();

/** The gender the registers give the given name `word` (any case), or null. */
export function givenNameGender(word: string): NameGender | null {
  return GENDERS.get(word.toLowerCase()) ?? null;
}
