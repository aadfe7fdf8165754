/**
 * The gender a given name goes with, from a maintained data package (`gender-detection-from-name`,
 * MIT: name registers for English, French, Spanish, Italian, German and Turkish): the gender most
 * registers that list the name give it, the English register breaking ties. Used as one weak vote
 * beside the article's own pronouns, which outweigh it.
 */
import { givenNameRegisters } from './given-name-registers.js';

export type NameGender = 'male' | 'female';

/** The gender the registers give the given name `word` (any case), or null (no register genders it, or a tie). */
export function givenNameGender(word: string): NameGender | null {
  const v = givenNameRegisters().genderVotes.get(word.toLowerCase());
  return v === undefined || v === 0 ? null : v > 0 ? 'male' : 'female';
}
