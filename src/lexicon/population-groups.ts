/**
 * Population groups a share or a count may be restricted to (src/extract/quantities/population-scope.ts):
 * "25% of women", "12 percent of deaths in males aged 15-49", "18.9% in men over age 50".
 * A figure about one group is compared only with figures about the same group, never with the
 * figure for everyone. Lower case; each word maps to the group's canonical name.
 */
export const SEX_GROUP_WORDS: Readonly<Record<string, string>> = {
  women: 'women', woman: 'women', female: 'women', females: 'women',
  men: 'men', male: 'men', males: 'men',
  girls: 'girls', boys: 'boys',
};

/** Words that introduce an age band ("aged 15 to 49", "ages 15-49", "between the ages of 15 and 49"). */
export const AGE_BAND_WORDS: readonly string[] = ['aged', 'ages', 'age', 'ageing'];

/** Words after a lower age that make the band open-ended ("aged 50 and older", "50 years and over"). */
export const AGE_OPEN_END_WORDS: readonly string[] = ['older', 'over', 'above', 'up', 'more'];

/** Nouns after a numeric range that make it an age band ("the 15 to 49 age group", "15-49 year olds"). */
export const AGE_BAND_NOUNS: readonly string[] = ['age group', 'age bracket', 'age range', 'year olds', 'year-olds', 'years old'];
