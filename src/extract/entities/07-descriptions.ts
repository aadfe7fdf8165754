/**
 * Step 7: lower-case descriptions that stand for an organisation the article names
 * ("the federal safety commission", "the safety commission" after "the U.S. Consumer
 * Product Safety Commission"). A description is "the", optional modifiers ("federal",
 * "national": DESCRIPTION_MODIFIERS), then the last words of the organisation's name, at
 * least two of them, ending in an organisation head word ("commission", "union"). It is
 * kept only when exactly one organisation of the article ends so; "the commission"
 * alone, or a tail that two bodies share, names nobody in particular.
 *
 * An acronym of three letters or more is also given its expansion when the article
 * spells it out in lower case ("Federal emergency management agency (FEMA)", "the
 * special relief commissioner" for "SRC"): words whose initials are the acronym's
 * letters, ending in an organisation or office head word.
 *
 * Descriptions become aliases of the organisation (with their spans), not mentions: the
 * quote and fact stages still see only names.
 */
import { DESCRIPTION_MODIFIERS } from '../../lexicon/description-words.js';
import { ORG_HEADS } from '../../lexicon/org-words.js';
import { TITLE_HEADS } from '../../lexicon/person-titles.js';
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import { initialsOf, nameKey } from './name-keys.js';

/** An organisation of the article: its cluster root and the keys of its multiword names. */
export interface NamedBody {
  readonly root: number;
  readonly keys: readonly string[];
}

/** A description found in the text, with the cluster root of the organisation it stands for. */
export interface Description {
  readonly root: number;
  readonly start: number;
  readonly stop: number;
  readonly text: string;
}

const MAX_WORDS = 6;
const isLowerWord = (t: string) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(t);

/** The bodies whose name ends in `tail` (words, lower case) with at least as many words. */
function bodiesEndingIn(bodies: readonly NamedBody[], tail: string): Set<number> {
  const out = new Set<number>();
  for (const b of bodies) if (b.keys.some((k) => k === tail || k.endsWith(` ${tail}`))) out.add(b.root);
  return out;
}

/** Find the lower-case descriptions of `bodies` in the document. */
export function findDescriptions(doc: NlpDoc, bodies: readonly NamedBody[]): Description[] {
  if (bodies.length === 0) return [];
  const out: Description[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the') continue;
    // words after "the", while they are lower-case words in one sentence
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_WORDS && tokens[j]!.sentence === tokens[i]!.sentence && isLowerWord(tokens[j]!.text)) {
      const head = tokens[j]!.lower;
      j++;
      if (!ORG_HEADS.has(head)) continue;
      let a = i + 1;
      while (a < j - 1 && DESCRIPTION_MODIFIERS.has(tokens[a]!.lower)) a++;
      // "the state news agency": a head word may sit inside the description ("news"); try the longer one too
      if (j - a < 2) continue;
      const tail = nameKey(tokens.slice(a, j).map((t) => t.text).join(' '));
      const roots = bodiesEndingIn(bodies, tail);
      if (roots.size !== 1) continue;
      const first = tokens[i + 1]!;
      const last = tokens[j - 1]!;
      out.push({ root: [...roots][0]!, start: first.start, stop: last.end, text: doc.text.slice(first.start, last.end) });
      break;
    }
  }
  return out;
}

/** An acronym of the article: its cluster root and its letters in lower case ("fema"). */
export interface NamedAcronym {
  readonly root: number;
  readonly letters: string;
}

const SKIPPED = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);

/**
 * Lower-case spellings of `acronyms` in the document: as many content words as the acronym
 * has letters (function words skipped, as `initialsOf` does), all in lower case except a
 * sentence-initial first word, the last one an organisation or office head word.
 */
export function findExpansions(doc: NlpDoc, acronyms: readonly NamedAcronym[]): Description[] {
  const byLetters = new Map<string, number[]>();
  for (const a of acronyms) if (a.letters.length >= 3) byLetters.set(a.letters, [...(byLetters.get(a.letters) ?? []), a.root]);
  if (byLetters.size === 0) return [];
  const out: Description[] = [];
  const { tokens } = doc;
  for (const [letters, roots] of byLetters) {
    if (roots.length !== 1) continue;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.lower[0] !== letters[0] || SKIPPED.has(t.lower)) continue;
      const sentenceFirst = i === 0 || tokens[i - 1]!.sentence !== t.sentence;
      if (!isLowerWord(t.text) && !(sentenceFirst && /^\p{Lu}\p{Ll}+$/u.test(t.text))) continue;
      let j = i;
      let content = 0;
      while (j < tokens.length && content < letters.length && tokens[j]!.sentence === t.sentence && (j === i || isLowerWord(tokens[j]!.text))) {
        if (!SKIPPED.has(tokens[j]!.lower)) content++;
        j++;
      }
      const last = tokens[j - 1]!;
      if (content !== letters.length || !(ORG_HEADS.has(last.lower) || TITLE_HEADS.has(last.lower))) continue;
      const text = doc.text.slice(t.start, last.end);
      if (initialsOf(text) !== letters) continue;
      out.push({ root: roots[0]!, start: t.start, stop: last.end, text });
    }
  }
  return out;
}
