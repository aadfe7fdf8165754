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
