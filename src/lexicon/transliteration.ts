/**
 * Letter correspondences between romanisations of one name written in another script
 * (Arabic, Persian, Russian, Ukrainian, Korean): "Qassem" / "Kasim", "Khaled" / "Chaled",
 * "Mahmoud" / "Mahmud", "Zelenskiy" / "Zelensky", "Aleksey" / "Alexei", "Jeong" / "Jung".
 * Read by src/extract/entities/transliteration.ts; the line between a romanisation and a
 * different name is documented in docs/claims.md ("Names spelled two ways").
 *
 * Everything here is lower case, on a word already stripped of accents and punctuation.
 */

/**
 * Letter groups rewritten before comparing, in this order (a longer group before the groups
 * inside it: "tch" before "ch", "kh" before "g"). Upper-case targets are placeholders no input
 * letter can produce, so "kh" (one sound) never equals "k" + "h".
 */
export const TRANSLITERATION_REWRITES: readonly (readonly [string, string])[] = [
  ['tsch', 'C'], ['tch', 'C'], // German and French spellings of Russian ч: Tchaikovsky / Chaikovsky
  ['sch', 'sh'], // German ш
  ['x', 'ks'], // Alexei / Aleksei
  ['kh', 'X'], ['ch', 'X'], // Arabic خ, Russian х: Khaled / Chaled; a Russian ч written "ch" reads alike on both sides
  ['C', 'X'],
  ['ph', 'f'],
  ['dh', 'd'], // Arabic ذ ض: Kadhafi / Gaddafi
  ['ck', 'k'],
  ['q', 'k'], ['g', 'k'], // Arabic ق written q, k or g (Egyptian); Korean ㄱ written g or k
];

/**
 * Runs of vowel letters and the class each reads as. A run not listed is compared as written.
 * "e" is `E`, which matches `A` or `I` (Ahmed / Ahmad, Hamed / Hamid) but never `U`, and never at
 * the end of a word (Helena / Helene are two names); a word-final
 * "y", "iy", "yi" (Dmitriy / Dmitry / Dmitri) is `I`. "ee" is not listed: the English-style long
 * vowel of South Asian names ("Pradeep" / "Pradip") is compared as written, so those stay a
 * spelling difference to report.
 */
export const VOWEL_CLASSES: ReadonlyMap<string, string> = new Map([
  ['a', 'A'], ['aa', 'A'],
  ['i', 'I'], ['ii', 'I'], ['y', 'I'], ['iy', 'I'], ['yi', 'I'],
  ['o', 'U'], ['u', 'U'], ['ou', 'U'], ['oo', 'U'], ['eo', 'U'], // Mahmoud / Mahmud / Mahmood; Korean Jeong / Jung
  ['ai', 'AI'], ['ay', 'AI'], ['ei', 'AI'], ['ey', 'AI'], // Hussein / Husain / Husayn; Sergei / Sergey
  ['e', 'E'],
]);

/** Vowel classes the wildcard `E` stands for. */
export const E_MATCHES: ReadonlySet<string> = new Set(['A', 'I', 'E']);

/**
 * Spellings that show a name was romanised from another script, as patterns over the lower-case,
 * accent-free full name. A pair of spellings that differ only in a doubled letter, a "y"/"i" inside
 * the word or an "e" for an "a" or "i" (Jansen / Janssen / Jensen, Kowalczyk / Kowalczik, Ahmed /
 * Ahmad) is a spelling disagreement unless one of these shows, because Latin-script names are
 * misspelled that way too.
 */
export const ROMANISATION_MARKS: readonly RegExp[] = [
  /(?:^|[\s-])(?:al|el|ul|bin|ibn|bint|abu|abd|abdel|abdul|abdal)(?:[\s-]|$)/, // Arabic particles: al-, bin, Abu, Abdel
  /(?:^|\s)(?:ad|ash|as|az|ar|at|an)-/, // a sun-letter article: ad-Din, ash-Shami
  /q(?!u)/, // a "q" with no "u" after it: Qassem, Iraqi
  /kh|dh/, // Arabic and Russian digraphs: Khaled, Kadhim
  /(?:^|\s)gh/, // Arabic غ opening a word: Ghassan
  /(?:iy|yy)(?:\s|$)/, // Russian and Ukrainian endings: Dmitriy, Zelenskyy
  /\S-\S+ \S|\S \S+-\S/, // a two-part romanised given name: Jae-won, Jin-ping
];
