/**
 * The name registers are read once for every lexicon derived from them (first names, name
 * genders, the cities left out because they are also given names). The fast derivation must
 * give exactly what the plain one gives: checked here against a direct reading of the package.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FIRST_NAMES, RARE_FIRST_NAMES } from '../../../src/lexicon/first-names.js';
import { givenNameGender } from '../../../src/lexicon/given-name-genders.js';
import {
  decodeRegisters,
  encodeRegisters,
  givenNameRegisters,
  readRegisters,
  REGISTER_LANGUAGES,
  registersVersion,
} from '../../../src/lexicon/given-name-registers.js';

const require = createRequire(import.meta.url);
const registers = REGISTER_LANGUAGES.map((lang) => require(`gender-detection-from-name/names/${lang}.js`) as ReadonlyMap<string, string>);
const slowCapitalise = (name: string) => name.replace(/(^|[-\s])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

describe('given-name registers, read once', () => {
  it('counts each name once per register that lists it', () => {
    const { counts } = givenNameRegisters();
    for (const n of ['maria', 'john', 'ahmet', 'mary-jane']) expect(counts.get(n), n).toBe(registers.filter((r) => r.has(n)).length || undefined);
  });

  it('every derived first name is the plain capitalisation of a register name or a supplement name', () => {
    const capitalised = new Set<string>();
    for (const r of registers) for (const n of r.keys()) capitalised.add(slowCapitalise(n));
    const notFromPackage = [...FIRST_NAMES, ...RARE_FIRST_NAMES].filter((n) => !capitalised.has(n));
    // only the hand-written supplement (accented and West African names the package lacks) is left
    expect(notFromPackage.length).toBeLessThan(100);
    for (const n of ['Mary-Jane', 'Jean-Pierre']) expect(FIRST_NAMES.has(n) || RARE_FIRST_NAMES.has(n), n).toBe(true);
  });

  it.each([
    ['Maria', 'female'],
    ['john', 'male'],
    ['MARGARET', 'female'],
    ['Zzyzxq', null],
  ] as const)('the gender of %s is %s', (name, gender) => expect(givenNameGender(name)).toBe(gender));

  it('gives the gender most registers give, the English register breaking ties', () => {
    for (const n of ['andrea', 'jean', 'nicola', 'kim', 'sasha']) {
      let vote = 0;
      REGISTER_LANGUAGES.forEach((lang, i) => {
        const g = registers[i]!.get(n);
        if (g === 'male' || g === 'female') vote += (g === 'male' ? 1 : -1) * (lang === 'en' ? 1.5 : 1);
      });
      expect(givenNameGender(n), n).toBe(vote === 0 ? null : vote > 0 ? 'male' : 'female');
    }
  });

  describe('the build\'s table (read instead of the package when its version matches)', () => {
    const plain = readRegisters();
    const version = registersVersion();
    const entries = (m: ReadonlyMap<string, number>) => [...m.entries()];

    it('gives back both maps, value for value and in the same order', () => {
      const back = decodeRegisters(encodeRegisters(plain, version), version);
      expect(back).not.toBeNull();
      expect(entries(back!.counts)).toEqual(entries(plain.counts));
      expect(entries(back!.genderVotes)).toEqual(entries(plain.genderVotes));
    });

    it('is ignored when written for another version of the package', () => {
      expect(decodeRegisters(encodeRegisters(plain, '0.0.0-other'), version)).toBeNull();
    });

    it('the registers in use are the package\'s, however they were read', () => {
      expect(entries(givenNameRegisters().counts)).toEqual(entries(plain.counts));
      expect(entries(givenNameRegisters().genderVotes)).toEqual(entries(plain.genderVotes));
    });
  });
});
