/**
 * Step 3: turn runs into candidate names.
 *
 * - Hyphen compounds whose parts are known on their own ("US-Kenya",
 *   "Kenyan-American") are split; demonym parts are dropped.
 * - A title or honorific inside the run ("Prime Minister X", "Secretary of State X",
 *   "Mr X") is cut off: the candidate is the name after it, and what stood before
 *   the title ("Lagos State" in "Lagos State Governor X") is a candidate of its own.
 * - A leading demonym before a given name is dropped ("Kenyan Jane Roe").
 * - A run made only of generic words, titles or demonyms is not a candidate,
 *   except "the <people>" ("the Kenyans"), which is a group.
 */
import { FIRST_NAMES } from '../../lexicon/first-names.js';
import { GENERIC_NAME_WORDS } from '../../lexicon/non-entity-words.js';
import { ORG_HEADS } from '../../lexicon/org-words.js';
import { HONORIFICS, TITLE_COMPLEMENTS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/person-titles.js';
import { PLACE_HEADS } from '../../lexicon/place-words.js';
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import type { NameRun } from './02-name-runs.js';
import { DEMONYM_PLURAL_SET, DEMONYM_SET, ORG_BY_KEY, PLACE_BY_KEY } from './lexicon-index.js';
import { isAcronym, nameKey } from './name-keys.js';
import { bare, isLowerWord } from './token-tests.js';

export interface Candidate {
  /** name tokens [first, end) */
  readonly first: number;
  readonly end: number;
  /**
   * What stood with the name inside the run: a title head, an honorific, a nationality
   * ("Kenyan-American Jane Roe"), or a body after it ("Jane Roe of the Flood Agency").
   */
  readonly titled: 'title' | 'honorific' | 'nationality' | 'of-body' | null;
  /** "the Kenyans": a people named as a group. */
  readonly group: boolean;
}

const PARTICLE = new Set(['of', 'for', 'the']);

function rangeText(doc: NlpDoc, a: number, b: number): string {
  return doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end);
}

function standsAlone(word: string): boolean {
  const k = nameKey(word);
  return DEMONYM_SET.has(k) || PLACE_BY_KEY.has(k) || ORG_BY_KEY.has(k) || (isAcronym(word) && word.replace(/\./g, '').length <= 4);
}

/**
 * "Tarwick-Marlow Coastal Express", "Kessel-Orban Highway": two one-word names joined by a
 * hyphen before a longer name are a route or a pair the name belongs to, and the run stays
 * one name. Not a demonym ("Kenyan-American Jane Roe") and not before a given name.
 */
function routePrefix(doc: NlpDoc, a: number, h: number, end: number): boolean {
  const left = doc.tokens[h - 1]!;
  const right = doc.tokens[h + 1]!;
  const after = doc.tokens[h + 2];
  if (h - 1 !== a || after === undefined || h + 2 >= end || h + 3 >= end || FIRST_NAMES.has(after.text)) return false;
  return !DEMONYM_SET.has(left.lower) && !DEMONYM_SET.has(right.lower) && !isAcronym(left.text) && !isAcronym(right.text);
}

/** Split a run at tight hyphens whose sides are known names or demonyms. */
function hyphenParts(doc: NlpDoc, run: NameRun): [number, number][] {
  const parts: [number, number][] = [];
  let a = run.first;
  for (let i = run.first + 1; i < run.end - 1; i++) {
    const t = doc.tokens[i]!;
    if (t.text !== '-' || t.spaceBefore) continue;
    const left = doc.tokens[i - 1]!;
    const right = doc.tokens[i + 1]!;
    if (routePrefix(doc, a, i, run.end)) continue;
    if (standsAlone(left.text) || standsAlone(right.text)) {
      parts.push([a, i]);
      a = i + 1;
    }
  }
  parts.push([a, run.end]);
  return parts;
}

function isTitleWord(w: string): boolean {
  return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || HONORIFICS.has(w);
}

/** Could tokens [a, b) be a person's name (after a title)? */
function personLike(doc: NlpDoc, a: number, b: number): boolean {
  if (b <= a || b - a > 4) return false;
  const last = bare(doc.tokens[b - 1]!);
  if (ORG_HEADS.has(last) || PLACE_HEADS.has(last) || GENERIC_NAME_WORDS.has(last) || TITLE_COMPLEMENTS.has(last)) return false;
  const text = rangeText(doc, a, b);
  const k = nameKey(text);
  if (PLACE_BY_KEY.has(k) || ORG_BY_KEY.has(k) || DEMONYM_SET.has(k)) return false;
  if (b - a === 1 && isAcronym(text)) return false;
  for (let i = a; i < b; i++) if (isTitleWord(bare(doc.tokens[i]!)) && !FIRST_NAMES.has(doc.tokens[i]!.text)) return false;
  return true;
}

/** Where the name starts after a title head at h, or -1. */
function nameStartAfterTitle(doc: NlpDoc, h: number, end: number): number {
  let k = h + 1;
  if (k < end && (doc.tokens[k]!.lower === 'of' || doc.tokens[k]!.lower === 'for')) {
    k++;
    if (k < end && doc.tokens[k]!.lower === 'the') k++;
    for (let f = k; f < end; f++) if (FIRST_NAMES.has(doc.tokens[f]!.text)) return f;
    // "Envoy for Water Affairs" with no name after it: the title runs to the end
    if (TITLE_COMPLEMENTS.has(doc.tokens[end - 1]!.lower)) return end;
    while (k < end && TITLE_COMPLEMENTS.has(doc.tokens[k]!.lower)) k++;
    if (end - k > 3) k = end - 2;
  }
  if (k >= end) return end;
  return personLike(doc, k, end) ? k : -1;
}

function titleSplit(doc: NlpDoc, a: number, b: number): { lead: [number, number] | null; name: Candidate | null } | null {
  for (let h = b - 2; h >= a; h--) {
    const t = doc.tokens[h]!;
    const w = bare(t);
    const honorific = HONORIFICS.has(w);
    if (!honorific && !TITLE_HEADS.has(w)) continue;
    if (FIRST_NAMES.has(t.text) && h === a) continue;
    const ns = nameStartAfterTitle(doc, h, b);
    if (ns < 0) continue;
    let ts = h;
    while (ts > a) {
      const p = bare(doc.tokens[ts - 1]!);
      // "Lagos State Governor": a head word after a plain name belongs to that name, not to the title
      const heads = (PLACE_HEADS.has(p) || ORG_HEADS.has(p)) && ts - 2 >= a && !isTitleWord(bare(doc.tokens[ts - 2]!));
      if (!heads && (isTitleWord(p) || PARTICLE.has(p) || TITLE_COMPLEMENTS.has(p) || DEMONYM_SET.has(p))) ts--;
      else break;
    }
    // a title with no name after it ("U.S. Special Envoy for Water Affairs, …"): only the lead is a name
    const name: Candidate | null = ns === b ? null : { first: ns, end: b, titled: honorific ? 'honorific' : 'title', group: false };
    return { lead: ts > a ? [a, ts] : null, name };
  }
  return null;
}

/** Index of the "of"/"for" after a (titled) person name at the start of [a, b), or -1. */
function personOfBody(doc: NlpDoc, a: number, b: number): number {
  for (let p = a + 1; p < b - 1; p++) {
    const w = doc.tokens[p]!.lower;
    if (w !== 'of' && w !== 'for') continue;
    let s = a;
    while (s < p && (isTitleWord(bare(doc.tokens[s]!)) || DEMONYM_SET.has(doc.tokens[s]!.lower))) s++;
    // "Station Commander Jane Roe of …": the name starts after the last title head
    for (let h = p - 1; h > s; h--) {
      if (TITLE_HEADS.has(bare(doc.tokens[h - 1]!)) && !FIRST_NAMES.has(doc.tokens[h - 1]!.text)) {
        s = h;
        break;
      }
    }
    const titled = s > a && TITLE_HEADS.has(bare(doc.tokens[s - 1]!));
    const n = p - s;
    const last = bare(doc.tokens[b - 1]!);
    const body = ORG_HEADS.has(last) || PLACE_HEADS.has(last) || PLACE_BY_KEY.has(nameKey(rangeText(doc, p + 1, b)));
    if (n >= 2 && n <= 3 && (titled || body || FIRST_NAMES.has(doc.tokens[s]!.text)) && personLike(doc, s, p)) return p;
    return -1;
  }
  return -1;
}

/** "Kenyan-American Jane Roe", "Kenyan Jane Roe", "American Jane Mary Roe": the demonym describes the person. */
function leadingDemonymIsAdjective(doc: NlpDoc, a: number, b: number): boolean {
  if (doc.tokens[a - 1]?.text === '-' && !doc.tokens[a]!.spaceBefore) return true;
  if (FIRST_NAMES.has(doc.tokens[a + 1]!.text)) return true;
  const last = bare(doc.tokens[b - 1]!);
  return b - a >= 3 && !ORG_HEADS.has(last) && !PLACE_HEADS.has(last) && !GENERIC_NAME_WORDS.has(last);
}

function onlyGeneric(doc: NlpDoc, a: number, b: number): boolean {
  // "Day 3", "Phase 2": a closing number (step 2) does not make generic words a name
  if (b - a > 1 && /^\d+$/.test(doc.tokens[b - 1]!.text)) b--;
  // "Federal Trade Commission", "Kenyan Army", "State Department": common words that end in an
  // organisation or place head name a body when capitalised mid-sentence
  const last = bare(doc.tokens[b - 1]!);
  if (b - a > 1 && (ORG_HEADS.has(last) || PLACE_HEADS.has(last)) && !isTitleWord(last)) return false;
  for (let i = a; i < b; i++) {
    const w = bare(doc.tokens[i]!);
    if (!(GENERIC_NAME_WORDS.has(w) || isTitleWord(w) || TITLE_COMPLEMENTS.has(w) || DEMONYM_SET.has(w) || PARTICLE.has(w) || w === '-')) return false;
  }
  return true;
}

function partCandidates(doc: NlpDoc, lowerSeen: ReadonlySet<string>, a: number, b: number, out: Candidate[]): void {
  // drop leading demonyms before a given name or a title ("Kenyan Prime Minister …" keeps the title for the role)
  const from = a;
  while (b - a > 1 && DEMONYM_SET.has(doc.tokens[a]!.lower) && leadingDemonymIsAdjective(doc, a, b)) a++;
  const nationality = a > from;
  // "CEO of Acme Corp", "President of Kenya": the title is dropped, the rest is a name of its own
  const w0 = bare(doc.tokens[a]!);
  const w1 = doc.tokens[a + 1]?.lower;
  if (b - a > 2 && TITLE_HEADS.has(w0) && (w1 === 'of' || w1 === 'for') && nameStartAfterTitle(doc, a, b) < 0) {
    const rest = doc.tokens[a + 2]!.lower === 'the' ? a + 3 : a + 2;
    if (rest < b) partCandidates(doc, lowerSeen, rest, b, out);
    return;
  }
  // "Jane Roe of the Flood Agency": a person name, then the body she belongs to
  const of = personOfBody(doc, a, b);
  if (of > 0) {
    const before = out.length;
    partCandidates(doc, lowerSeen, a, of, out);
    const person = out[before];
    if (out.length === before + 1 && person !== undefined && person.titled === null) out[before] = { ...person, titled: 'of-body' };
    const rest = doc.tokens[of + 1]!.lower === 'the' ? of + 2 : of + 1;
    if (rest < b) partCandidates(doc, lowerSeen, rest, b, out);
    return;
  }
  const split = titleSplit(doc, a, b);
  if (split) {
    if (split.lead) partCandidates(doc, lowerSeen, split.lead[0], split.lead[1], out);
    if (split.name) out.push(split.name);
    return;
  }
  if (b - a === 1) {
    const t = doc.tokens[a]!;
    if (DEMONYM_PLURAL_SET.has(t.lower) && doc.tokens[a - 1]?.lower === 'the') {
      out.push({ first: a, end: b, titled: null, group: true });
      return;
    }
    if (DEMONYM_SET.has(t.lower) || DEMONYM_PLURAL_SET.has(t.lower)) return;
  }
  const key = nameKey(rangeText(doc, a, b));
  const known = PLACE_BY_KEY.has(key) || ORG_BY_KEY.has(key);
  if (!known && onlyGeneric(doc, a, b)) return;
  // a lone capitalised common noun ("a beautiful Future") that the article also writes in lower case
  if (!known && b - a === 1 && doc.tokens[a]!.pos !== 'PROPN' && !isAcronym(doc.tokens[a]!.text) && lowerSeen.has(doc.tokens[a]!.lower)) return;
  // "a beautiful Future": article + adjective before one capitalised word is a common noun written for emphasis
  const p1 = doc.tokens[a - 1];
  const p2 = doc.tokens[a - 2]?.lower;
  if (!known && b - a === 1 && p1 !== undefined && p1.pos === 'ADJ' && isLowerWord(p1) && (p2 === 'a' || p2 === 'an')) return;
  // a trailing particle or hyphen can be left by a split; trim it
  while (b - a > 1 && (PARTICLE.has(doc.tokens[b - 1]!.lower) || doc.tokens[b - 1]!.text === '-')) b--;
  out.push({ first: a, end: b, titled: nationality ? 'nationality' : null, group: false });
}

/** Candidates from runs, in text order. */
export function candidatesFromRuns(doc: NlpDoc, runs: readonly NameRun[], lowerSeen: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) for (const [a, b] of hyphenParts(doc, run)) if (b > a) partCandidates(doc, lowerSeen, a, b, out);
  return out;
}
