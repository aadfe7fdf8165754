/**
 * Number words for the quantity stage: cardinals written out in English, the
 * multipliers that scale a figure ("1.2 million", "£40m", "$2.5bn", "5k"), and
 * vague plural counts ("hundreds of") that are deliberately not turned into claims.
 * Belongs here: any word that *is* a number or scales one. Ordinals do not ("first").
 */

/** Cardinal words → value. "one" is listed but the stage only keeps it before a counted noun. */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

/** Words that stand for a number only after an article: "a dozen", "a hundred", "a score". */
export const ARTICLE_NUMBER_WORDS: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
};

/** Multipliers written after a figure, as a word or glued abbreviation. */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};

/** Vague plural counts ("hundreds of", "dozens of"): no figure, so no claim. */
export const VAGUE_COUNT_WORDS: ReadonlySet<string> = new Set([
  'dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'tens',
]);

/**
 * Fractions that give a share when "of" follows ("a quarter of women", "half of all voters",
 * "two-thirds of the seats"): the share as a percentage. "a" or "one" before a singular fraction;
 * a cardinal before a plural one ("two-thirds", "three quarters").
 */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 50, third: 100 / 3, quarter: 25, fifth: 20, tenth: 10,
  thirds: 100 / 3, quarters: 25, fifths: 20, tenths: 10,
};
