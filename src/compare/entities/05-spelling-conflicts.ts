/**
 * Step 5: `name` conflict claims for a surname spelled two ways. The merge joins
 * a person whose surname outlets spell nearly alike ("Spencer" / "Spenser"), and
 * that is right: one person. But when each spelling has an article that writes
 * only it, the outlets really disagree on the name, so the merge also reports it,
 * one value per spelling. Not a conflict: accents, case and punctuation
 * ("Müller" / "Muller", "O'Neil" / "ONeil"), a spelling used alongside the other
 * in every article that has it, or surnames further apart than
 * `MAX_SPELLING_EDITS` (those were merged for another reason, a role or an alias), and two
 * romanisations of one name from another script ("al-Qassem" / "Kasem", "Mahmoud" / "Mahmud";
 * a doubled letter alone, as in "Hassan" / "Hasan", only when a spelling of the person shows a
 * romanisation: src/extract/entities/transliteration.ts).
 */
import type { Claim, ClaimValue, Span } from '../../contract/analysis-schema.js';
import type { LocalRef } from './01-local-refs.js';
import { surnameKey } from '../../extract/entities/name-keys.js';
import { foldWord, romanisedSpellings, sameRomanisedWord } from '../../extract/entities/transliteration.js';

/** Letters that may differ between two spellings of one surname. @default 2 */
export const MAX_SPELLING_EDITS = 2;
/** Shortest surname compared (shorter ones differ by too large a share). @default 4 */
export const MIN_SURNAME_LETTERS = 4;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The surname of a written full name, without marks, case or punctuation ("O’Néil" → "oneil"). */
export function foldedSurname(name: string): string {
  return foldWord(name.trim().split(/\s+/).pop() ?? '');
}

/** Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = MAX_SPELLING_EDITS): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

interface Spelling {
  readonly name: string;
  readonly articles: Set<string>;
  readonly evidence: Span[];
}

const fullNames = (m: LocalRef) => [m.name, ...m.names].filter((n) => /\S\s+\S/.test(n));

/** Surname-spelling claims for one merged person (empty when every article spells it alike). */
export function spellingConflicts(entityId: string, members: readonly LocalRef[]): Omit<Claim, 'id'>[] {
  const persons = members.filter((m) => m.type === 'person' && m.words >= 2);
  // an article writing both spellings (in one local entity or two) tells no disagreement of its own.
  const perArticle = new Map<string, Set<string>>();
  for (const m of persons) for (const n of fullNames(m)) perArticle.set(m.article, (perArticle.get(m.article) ?? new Set()).add(foldedSurname(n)));
  const spellings = new Map<string, Spelling>();
  for (const m of persons) {
    const own = perArticle.get(m.article);
    if (own === undefined || own.size !== 1) continue;
    const key = [...own][0]!;
    if (key.length < MIN_SURNAME_LETTERS) continue;
    const s = spellings.get(key) ?? { name: m.name, articles: new Set<string>(), evidence: [] };
    s.articles.add(m.article);
    m.mentions.forEach((span, i) => {
      if (foldedSurname(m.mentionTexts[i] ?? '') === key) s.evidence.push(span);
    });
    spellings.set(key, s);
  }
  // two romanisations of one surname ("al-Qassem" / "Kasem", "Mahmoud" / "Mahmud") are one spelling class
  const romanised = romanisedSpellings(persons.flatMap(fullNames));
  const classes = new Map<string, Spelling>();
  for (const k of [...spellings.keys()].sort((a, b) => spellings.get(b)!.articles.size - spellings.get(a)!.articles.size || cmp(a, b))) {
    const s = spellings.get(k)!;
    const same = [...classes.entries()].find(([, c]) => sameRomanisedWord(surnameKey(c.name), surnameKey(s.name), romanised));
    if (same === undefined) classes.set(k, { name: s.name, articles: new Set(s.articles), evidence: [...s.evidence] });
    else {
      for (const a of s.articles) same[1].articles.add(a);
      same[1].evidence.push(...s.evidence);
    }
  }
  const keys = [...classes.keys()].sort(cmp);
  if (keys.length < 2 || keys.some((k) => keys.some((o) => editDistance(k, o) > MAX_SPELLING_EDITS))) return [];
  const values: ClaimValue[] = keys.map((k) => {
    const s = classes.get(k)!;
    return {
      value: s.name, normalized: k, qualifier: null, unit: null, articles: [...s.articles].sort(cmp),
      evidence: [...s.evidence].sort((a, b) => cmp(a.article, b.article) || a.start - b.start),
    };
  });
  const articles = [...new Set(values.flatMap((v) => v.articles))].sort(cmp);
  return [{ kind: 'name', topic: `spelling of ${values[0]!.value}`, status: 'conflict', values, subject: entityId, articles }];
}
