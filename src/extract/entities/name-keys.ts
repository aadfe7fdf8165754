/**
 * Comparison keys for names, shared by the within-article alias step and the
 * cross-article merge, so both agree on when two spellings are one name.
 */
import { NAME_PREFIXES } from '../../lexicon/name-particles.js';

/**
 * Lower-cased, accent-free key of a name: dots dropped ("U.S." → "us"), hyphens and
 * dashes read as spaces, curly apostrophes straightened, a leading "the" dropped.
 */
export function nameKey(name: string): string {
  const hit = KEY_CACHE.get(name);
  if (hit !== undefined) return hit;
  const key = computeNameKey(name);
  // names repeat within and across articles; a bounded memo keeps key building off the profile
  if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
  KEY_CACHE.set(name, key);
  return key;
}

const KEY_CACHE = new Map<string, string>();

function computeNameKey(name: string): string {
  let s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/[’‘`]/g, "'").replace(/\./g, '').replace(/[-‐‑–—]/g, ' ').replace(/\s+/g, ' ').trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}

/** `nameKey` without hyphen-prefix particles ("samir al haddad" → "samir haddad", "al faris brigades" → "faris brigades"). */
export function bareKey(name: string): string {
  const hit = BARE_CACHE.get(name);
  if (hit !== undefined) return hit;
  const key = computeBareKey(name);
  if (BARE_CACHE.size > 50_000) BARE_CACHE.clear();
  BARE_CACHE.set(name, key);
  return key;
}

const BARE_CACHE = new Map<string, string>();

function computeBareKey(name: string): string {
  const words = nameKey(name).split(' ');
  const kept = words.filter((w, i) => !(NAME_PREFIXES.has(w) && i < words.length - 1));
  return kept.join(' ');
}

/** Last word of a name's bare key (the surname of a person name). */
export function surnameKey(name: string): string {
  const words = bareKey(name).split(' ');
  return words[words.length - 1] ?? '';
}

/** First word of a name's key (the given name of a person name). */
export function givenKey(name: string): string {
  return nameKey(name).split(' ')[0] ?? '';
}

/** True for an all-capital abbreviation such as "WHO", "U.S.", "FTO" (2–7 letters). */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[.&]/g, '');
  if (letters.length < 2 || letters.length > 7) return false;
  for (const ch of letters) {
    if (ch < 'A' || ch > 'Z') return false;
  }
  return true;
}

/** The letters an acronym stands for ("U.S." → "us"). */
export function acronymLetters(name: string): string {
  return name.replace(/[.&]/g, '').toLowerCase();
}

const INITIAL_SKIP = new Set(['of', 'for', 'the', 'and', 'de', 'la', 'du', 'des', 'del', 'on', 'in', '&']);

/** Initial letters of the significant words of a multiword name ("World Health Organization" → "who"). */
export function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) {
    if (w.length === 0 || INITIAL_SKIP.has(w.toLowerCase())) continue;
    const lw = w.toLowerCase();
    if ((lw === 'al' || lw === 'el') && out.length > 0) continue;
    out += lw[0];
  }
  return out;
}

/** Edit distance between two short strings (used for transliterated given names: Benjamin/Binyamin). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
