/**
 * Transliteration equivalence: when two spellings of a name are two romanisations of one name
 * written in another script ("Qassem" / "Kasim", "Mahmoud" / "Mahmud", "Dmitriy" / "Dmitry",
 * "Jeong" / "Jung"). Shared by the cross-article merge (which joins such spellings as one person)
 * and the name-conflict rules (which do not report them as disagreements). The letter
 * correspondences are data: src/lexicon/transliteration.ts.
 */
import { E_MATCHES, ROMANISATION_MARKS, TRANSLITERATION_REWRITES, VOWEL_CLASSES } from '../../lexicon/transliteration.js';
import { nameKey } from './name-keys.js';

/** A word without accents, case and anything but letters ("O’Néil" → "oneil"). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '');
}

const VOWEL = /[aeiou]/;

/**
 * The letters a Latin-script misspelling may also change, folded: doubled letters single, a "y"
 * between consonants read as "i", and "a", "e", "i" as one vowel ("Janssen" → "j*ns*n", "Jensen" →
 * "j*ns*n", "Kowalczyk" → "kow*lcz*k").
 */
export function weakFold(word: string): string {
  const w = foldWord(word).replace(/(?<=[^aeiouy])y(?=[^aeiouy])/g, 'i');
  return w.replace(/[aei]/g, '*').replace(/(.)\1+/g, '$1');
}

const TOKEN_CACHE = new Map<string, readonly string[]>();

/**
 * A word as romanisation tokens: consonants after the lexicon's rewrites, single, and vowel runs
 * as their classes ("Qassem" → k A s E m; "Kasim" → k A s I m).
 */
export function transliterationTokens(word: string): readonly string[] {
  const hit = TOKEN_CACHE.get(word);
  if (hit !== undefined) return hit;
  let w = foldWord(word).replace(/^ye(?=[^aeiou])/, 'e').replace(/([aeiouy])h$/, '$1');
  for (const [from, to] of TRANSLITERATION_REWRITES) w = w.split(from).join(to);
  // doubled consonants single; doubled vowels are runs of their own ("ee" is not "e")
  w = w.replace(/([^aeiou])\1+/g, '$1');
  const out: string[] = [];
  let i = 0;
  while (i < w.length) {
    const isVowel = (k: number) => VOWEL.test(w[k]!) || (w[k] === 'y' && !VOWEL.test(w[k + 1] ?? '') && k > 0);
    if (!isVowel(i)) {
      out.push(w[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < w.length && isVowel(j)) j++;
    const run = w.slice(i, j);
    out.push(VOWEL_CLASSES.get(run) ?? run);
    i = j;
  }
  if (TOKEN_CACHE.size > 20_000) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(word, out);
  return out;
}

/** The consonants of a word's romanisation tokens, a blocking key for `sameTokens` ("Qassem" → "ksm"). */
export function consonantSkeleton(word: string): string {
  return transliterationTokens(word).filter((t) => /^[b-df-hj-np-tv-zX]$/.test(t)).join('');
}

const tokenFits = (a: string, b: string) => a === b || (a === 'E' && E_MATCHES.has(b)) || (b === 'E' && E_MATCHES.has(a));

/**
 * Two words whose romanisation tokens correspond one to one ("Hamed" / "Hamid"; not "Hassan" /
 * "Hussein"). A final vowel must be of one class: "Helena" / "Helene" are two names.
 */
export function sameTokens(a: string, b: string): boolean {
  const x = transliterationTokens(a);
  const y = transliterationTokens(b);
  const last = x.length - 1;
  return x.length === y.length && x.every((t, i) => (i === last ? t === y[i] : tokenFits(t, y[i]!)));
}

/**
 * How two spellings of one word relate: `same` (equal once folded), `strong` (two romanisations
 * that differ in a letter only romanisation changes: q/k, kh/ch, o/ou/u, x/ks, a final -iy/-y),
 * `weak` (they differ only in a doubled letter, an inner y/i or an e for a or i, as Latin-script
 * misspellings do too: Jansen / Janssen / Jensen) or `different`.
 */
export function romanisationOf(a: string, b: string): 'same' | 'strong' | 'weak' | 'different' {
  if (foldWord(a) === foldWord(b)) return 'same';
  if (!sameTokens(a, b)) return 'different';
  return weakFold(a) === weakFold(b) ? 'weak' : 'strong';
}

/**
 * True when two spellings of one word may stand for one romanised name: equal once folded, two
 * romanisations (`strong`), or — when the person's spellings show a romanisation (`romanised`) —
 * a doubled letter or an inner y/i apart (`weak`).
 */
export function sameRomanisedWord(a: string, b: string, romanised: boolean): boolean {
  const rel = romanisationOf(a, b);
  return rel === 'same' || rel === 'strong' || (rel === 'weak' && romanised);
}

/** True when a written name shows it was romanised from another script: an Arabic particle, a "q" without "u", "kh" (ROMANISATION_MARKS). */
export function showsRomanisation(name: string): boolean {
  const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return ROMANISATION_MARKS.some((re) => re.test(key));
}

/**
 * True when the spellings of one person, taken together, show a romanisation: one of them has a
 * mark of it (`showsRomanisation`), or two of them differ in a word by a letter only romanisation
 * changes ("Mohammed" / "Muhammad").
 */
export function romanisedSpellings(names: readonly string[]): boolean {
  if (names.some(showsRomanisation)) return true;
  const words = [...new Set(names.flatMap((n) => nameKey(n).split(' ')))];
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) if (romanisationOf(words[i]!, words[j]!) === 'strong') return true;
  return false;
}
