/**
 * Lower-case words that sit inside multiword names.
 *
 * - `NAME_PARTICLES`: joined between capitalised words ("Ministry of Health",
 *   "Envoy for Water Affairs", "Ludwig van Beethoven", "Mohammed bin Salman").
 * - `NAME_PREFIXES`: hyphen-attached lower-case prefixes of surnames and names
 *   ("al-Haddad", "el-Sayed"); an "al-X" name and a bare "X" are one name.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'of', 'for', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'van', 'von', 'der',
  'den', 'ter', 'bin', 'ibn', 'bint', 'ben', 'al', 'el', 'upon', 'the',
]);

export const NAME_PREFIXES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'ad', 'ash', 'as', 'at', 'az', 'an', 'ar', 'bin', 'ibn', 'abu', 'ben', 'd', 'l']);

/**
 * Words for "saint" that open names taking a possessive ("St Agatha's Hospital",
 * "at St Mary's"): the possessive belongs to the name. Lower case, without the dot.
 */
export const SAINT_WORDS: ReadonlySet<string> = new Set(['st', 'saint', 'ste', 'san', 'santa', 'sao', 'são']);

/**
 * Short lower-case words that end English compounds after a name ("US-led", "Kenya-born",
 * "Boston-style", "Covid-era"): after a hyphen they are not the second syllable of a
 * romanised given name ("Ki-moon", "Jong-un", "Jae-in"). Lower case.
 */
export const COMPOUND_TAILS: ReadonlySet<string> = new Set([
  'led', 'run', 'born', 'made', 'held', 'bred', 'fed', 'hit', 'based', 'owned', 'style', 'like', 'era', 'wide', 'free',
  'only', 'type', 'size', 'area', 'zone', 'bound', 'rich', 'poor', 'high', 'low', 'old', 'new', 'ish', 'less', 'well',
  'fold', 'time', 'year', 'day', 'week', 'long', 'term', 'side', 'up', 'off', 'out', 'on', 'over', 'down', 'back', 'to',
  'for', 'and', 'or', 'the', 'a', 'an', 'war', 'wise', 'ward', 'ism', 'ist', 'ite', 'esque', 'man', 'men', 'mania',
]);

/**
 * Generational suffixes closing a person's name ("Joe Manchin III", "Carl Vallow Jr."): the same
 * person is named with and without them, so clustering's name keys drop them (src/cluster/text-keys.ts)
 * after a given name and a surname. Lower case, without the dot.
 */
export const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
