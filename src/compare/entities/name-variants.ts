/**
 * Name variants the merge rules read as one name (pure helpers over written names):
 * a state written as its news-style abbreviation ("Ill."), a sequel number written in
 * Roman or Arabic figures ("IV" / "4"), a given name written as initials ("PK Jena"),
 * a name one word longer than another ("Activision Blizzard King" / "Activision
 * Blizzard"), an acronym followed by its head word ("CSC Plan"), a name opened by a
 * route ("Tarwick-Marlow Coastal Express") and a firm named after its founder ("Harrow & Co.").
 */
import { COMPANY_SUFFIXES } from '../../lexicon/org-words.js';
import { STATE_ABBREVIATIONS } from '../../lexicon/state-abbreviations.js';
import { editDistance, initialsOf, isAcronym, nameKey } from '../../extract/entities/name-keys.js';
import { sameTokens } from '../../extract/entities/transliteration.js';

/** The state a dotted abbreviation stands for ("Ill." → "Illinois"), else null. */
export function stateOf(name: string): string | null {
  return STATE_ABBREVIATIONS.get(name.trim()) ?? null;
}

const ROMAN: ReadonlyMap<string, number> = new Map([
  ['ii', 2], ['iii', 3], ['iv', 4], ['v', 5], ['vi', 6], ['vii', 7], ['viii', 8], ['ix', 9], ['x', 10],
  ['xi', 11], ['xii', 12], ['xiii', 13], ['xiv', 14], ['xv', 15], ['xvi', 16], ['xvii', 17], ['xviii', 18], ['xix', 19], ['xx', 20],
]);

/**
 * A name's key with a trailing Roman numeral written in figures ("Diablo IV" →
 * "diablo 4"), or null when the name does not end in one. Meant for titles of works,
 * events and products; people ("Charles III") are left alone by the caller.
 */
export function numeralKey(name: string): string | null {
  const words = nameKey(name).split(' ');
  if (words.length < 2) return null;
  const n = ROMAN.get(words[words.length - 1]!);
  return n === undefined ? null : [...words.slice(0, -1), String(n)].join(' ');
}

/** True when a name's first word is a given name written as initials ("PK Jena", "P.K. Jena"). */
export function initialledGiven(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return /^(?:[A-Z]\.?){2,3}$/.test(first) && name.trim().includes(' ');
}

/**
 * Given names that can belong to one person: equal up to an initial, spelled two ways
 * (same first letter, at most two edits: Benjamin / Binyamin), two romanisations of one
 * name ("Qasim" / "Kasim", "Yevgeny" / "Evgeny"), or written as initials whose first letter
 * opens the other ("PK" / "Pradeep").
 */
export function givenFits(a: string, aInitials: boolean, b: string, bInitials: boolean): boolean {
  if (a === b) return true;
  if (a.length === 0 || b.length === 0) return false;
  if (aInitials || bInitials) return a[0] === b[0];
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (Math.min(a.length, b.length) < 3) return false;
  return (a[0] === b[0] && editDistance(a, b) <= 2) || sameTokens(a, b);
}

const EDGE_STOP = new Set(['of', 'and', 'for', 'the', '&', 'de', 'on', 'in', 'at', 'to']);

/**
 * The keys of a name with one word fewer, first or last ("activision blizzard king" →
 * "blizzard king", "activision blizzard"); only names of three words or more, never
 * dropping a number ("Modern Warfare 3" is not "Modern Warfare") and never leaving a
 * key that starts or ends in a function word ("university of").
 */
export function oneWordShorter(key: string): string[] {
  const words = key.split(' ');
  if (words.length < 3) return [];
  const out: string[] = [];
  const keep = (ws: string[], dropped: string) => {
    if (/\d/.test(dropped) || ROMAN.has(dropped) || EDGE_STOP.has(dropped)) return;
    if (EDGE_STOP.has(ws[0]!) || EDGE_STOP.has(ws[ws.length - 1]!)) return;
    out.push(ws.join(' '));
  };
  keep(words.slice(0, -1), words[words.length - 1]!);
  keep(words.slice(1), words[0]!);
  return out;
}

/**
 * "CSC Plan" → "csc plan": an acronym followed by one head word, as the key its expansion
 * gives (`expansionKey`), or null for other names.
 */
export function acronymHeadKey(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length !== 2 || !isAcronym(words[0]!) || isAcronym(words[1]!) || !/^[A-Z][a-z]/.test(words[1]!)) return null;
  return `${words[0]!.replace(/[.&]/g, '').toLowerCase()} ${words[1]!.toLowerCase()}`;
}

/**
 * "Customer Service Continuation Plan" → "csc plan": the initials of every word but the
 * last, then the last word; null for names under three words.
 */
export function expansionKey(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return null;
  const head = words[words.length - 1]!.toLowerCase();
  const initials = initialsOf(words.slice(0, -1).join(' '));
  return initials.length >= 2 ? `${initials} ${head}` : null;
}

/**
 * Two spellings of one surname from two romanisations ("Qassem" / "Kasem", "Mahmoud" / "Mahmud",
 * "Zelenskiy" / "Zelensky"): four letters or more, letters corresponding one to one under the
 * transliteration key (src/lexicon/transliteration.ts).
 */
export function sameRomanisation(a: string, b: string): boolean {
  return a !== b && Math.min(a.length, b.length) >= 4 && sameTokens(a, b);
}

/**
 * "Tarwick-Marlow Coastal Express" → ["coastal express"]; "Tarwick-Marlow Central Coastal
 * Express" → ["central coastal express", "coastal express"]: the keys of the name without
 * the route or pair that opens it (a first word of two capitalised parts joined by a
 * hyphen), longest first, two words at least. Empty for other names.
 */
export function routeCoreKeys(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 3 || !/^\p{Lu}[\p{L}.']*-\p{Lu}[\p{L}.']*$/u.test(words[0]!)) return [];
  const rest = nameKey(words.slice(1).join(' ')).split(' ');
  const out: string[] = [];
  for (let k = 0; rest.length - k >= 2; k++) out.push(rest.slice(k).join(' '));
  return out;
}

/** "Harrow & Co." → "harrow", "Vell & Sons Ltd" → "vell & sons": a firm's name without its company affixes and a trailing "&"; null when nothing was dropped. */
export function founderKey(name: string): string | null {
  const words = nameKey(name).replace(/,/g, '').split(' ');
  let b = words.length;
  while (b > 1 && (COMPANY_SUFFIXES.has(words[b - 1]!) || words[b - 1] === 'company' || words[b - 1] === '&')) b--;
  return b === words.length ? null : words.slice(0, b).join(' ');
}
