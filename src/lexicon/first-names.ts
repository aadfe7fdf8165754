/**
 * Given names. The bulk comes from a maintained data package
 * (`gender-detection-from-name`, MIT: about 67,000 given names from English, French,
 * Spanish, Italian, German and Turkish name registers), read once at load time;
 * SUPPLEMENT holds the few given names our own test articles use that the package
 * lacks (West African, Finnish, Nordic names; accented spellings).
 *
 * A census of given names also holds many words that are places, months or common
 * words ("Paris", "May", "The"). Those are dropped here: a given name is only
 * evidence of a person when nothing else explains the word. Capitalised as in text.
 */
import { COUNTRIES, CITIES, US_STATES, REGIONS } from './gazetteer.js';
import { DEMONYMS } from './demonyms.js';
import { NON_ENTITY_WORDS, GENERIC_NAME_WORDS } from './non-entity-words.js';
import { STOPWORDS } from './stopwords.js';
import { ORG_HEADS, ORG_CLASS_NOUNS } from './org-words.js';
import { PLACE_HEADS } from './place-words.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './person-titles.js';
import { NAME_PARTICLES, NAME_PREFIXES } from './name-particles.js';
import { givenNameRegisters } from './given-name-registers.js';

/**
 * Given names our test articles use that the package does not list, or that only one
 * of its registers lists (West African, Irish, Nordic names), and a few the filter below
 * would drop (they are also a place, a title or a common word) but that our corpora
 * use as given names.
 */
const SUPPLEMENT = `
Aino Amaka Babajide Efua Fola Funmi Juha María Mette Otieno Pekka Rajesh Ramón Raúl Segun Søren Tomás Tunde Uche Wang
Wanjiku Wanjiru
Ben Bill Christian Dean Georgia Per Said Sofia Victoria
Abena Adaeze Akosua Andrés Ayo Chiamaka Chidi Chinedu Dagny Eero Emeka Eoin Hiroshi Jiri Kamau Kari Kojo Kumar Kwesi
Ngozi Njeri Nnamdi Oluwadamilare Oluwaseun Padraig Rob Rune Seamus Signe Yaw Yemi
`;

/**
 * Words a name register lists that are, in news, far more often something else:
 * common English words and surnames-as-places that the lexicons below do not cover.
 */
const NOT_GIVEN_NAMES = new Set([
  'will', 'grant', 'young', 'justice', 'may', 'june', 'april', 'august', 'bank', 'summer', 'autumn', 'winter',
  'spring', 'star', 'king', 'queen', 'prince', 'princess', 'duke', 'earl', 'baron', 'chase', 'price', 'rich',
  'sterling', 'dollar', 'gold', 'silver', 'major', 'general', 'chancellor', 'judge', 'pope', 'bishop', 'sunday',
  'monday', 'friday', 'god', 'christ', 'jesus', 'allah', 'march', 'china', 'india', 'jordan', 'israel',
  'chelsea', 'kent', 'essex', 'derby', 'london', 'paris', 'milan', 'florence', 'sydney', 'regina', 'eden',
  'union', 'liberty', 'unity', 'faith', 'hope', 'charity', 'trinity', 'joy', 'honor', 'honour', 'glory',
  'north', 'south', 'east', 'west', 'new', 'old', 'great', 'little', 'big', 'long', 'short', 'high', 'low', 'white',
  'black', 'brown', 'green', 'red', 'blue', 'gray', 'grey', 'golden', 'central', 'federal', 'national', 'royal',
  'democrat', 'republican', 'labour', 'liberal', 'tory', 'muslim', 'islam', 'catholic', 'english',
  'american', 'french', 'german', 'italian', 'spanish', 'turkish', 'says', 'court', 'house', 'home', 'city',
  'state', 'county', 'street', 'world', 'cup', 'open', 'games', 'league', 'premier', 'division', 'championship',
  'reuters', 'internet', 'ocean', 'sea', 'river', 'lake', 'bay', 'hill', 'valley', 'forest', 'moon', 'sun', 'sky',
]);

const LOWER_START = /^\p{Ll}/u;

/** "mary-jane" → "Mary-Jane", "d'arcy" → "D'arcy". */
function capitalise(name: string): string {
  // most names are one word: upper-case the first letter without the regex replace (67,000 calls at load)
  if (!name.includes('-') && !/\s/.test(name)) {
    if (!LOWER_START.test(name)) return name;
    const first = String.fromCodePoint(name.codePointAt(0)!);
    return first.toUpperCase() + name.slice(first.length);
  }
  return name.replace(/(^|[-\s])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function excluded(): Set<string> {
  const out = new Set<string>(NOT_GIVEN_NAMES);
  for (const list of [COUNTRIES, CITIES, US_STATES, REGIONS, DEMONYMS]) for (const w of list) out.add(w.toLowerCase());
  for (const set of [NON_ENTITY_WORDS, GENERIC_NAME_WORDS, STOPWORDS, ORG_HEADS, ORG_CLASS_NOUNS, PLACE_HEADS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, NAME_PARTICLES, NAME_PREFIXES]) {
    for (const w of set) out.add(w);
  }
  return out;
}

const [COMMON, RARE] = (() => {
  const skip = excluded();
  const common = new Set<string>();
  const rare = new Set<string>();
  for (const [n, registers] of givenNameRegisters().counts) {
    if (n.length < 2 || skip.has(n)) continue;
    (registers >= 2 ? common : rare).add(capitalise(n));
  }
  for (const n of SUPPLEMENT.split(/\s+/)) if (n.length > 0) common.add(n);
  for (const n of common) rare.delete(n);
  return [common, rare];
})();

/**
 * Given names listed by at least two of the package's registers (about 12,000), and the
 * supplement. A capitalised run of two or more words that starts with one of these is
 * probably a person. Not exhaustive: titles, appositives and verbs of saying type the rest.
 */
export const FIRST_NAMES: ReadonlySet<string> = COMMON;

/**
 * Given names only one register lists (about 55,000): the long tail, where more of the
 * entries are also ordinary words ("Cedar", "Kestrel"). Weaker evidence of a person.
 */
export const RARE_FIRST_NAMES: ReadonlySet<string> = RARE;
