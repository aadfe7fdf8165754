/**
 * Step 1: ages of named people — "21-year-old Jane Doe", "Jane Doe, a 23-year-old from Leeds", "Doe, now 23,",
 * "Doe, 23, said", "Jane Doe (23)", "Jane Doe, aged 30". An age is only kept when it attaches to
 * a person mention next to it; "a man aged 30" is not a claim about anyone the comparison can
 * follow. An "N-year-old" phrase is about a person only when its head noun names one ("a
 * 37-year-old nurse", or none: "the 37-year-old was…"); "the 57-year-old bridge" is a thing's age,
 * even right after a sentence naming a person. The figure's tokens are claimed so step 2 skips them.
 */
import { PERSON_NOUNS, PERSON_SUFFIX } from '../../lexicon/person-nouns.js';
import type { Mention } from '../../model/records.js';
import type { SentenceView } from './sentence-view.js';

export interface AgeHit {
  readonly first: number;
  readonly last: number;
  readonly value: number;
  readonly mention: Mention;
}

export interface MentionIndex {
  readonly byStart: ReadonlyMap<number, Mention>;
  readonly byEnd: ReadonlyMap<number, Mention>;
  /** person (and untyped) mentions by sentence index. */
  readonly people: ReadonlyMap<number, readonly Mention[]>;
}

/** The only name in sentence `s`, when it is a person's: with two candidates the age is left unattached. */
function soleNamedPerson(idx: MentionIndex, s: number): Mention | undefined {
  const ms = idx.people.get(s) ?? [];
  return ms.length > 0 && ms[0]!.type === 'person' && ms.every((m) => m.entity === ms[0]!.entity) ? ms[0] : undefined;
}

const AGE = /^\d{1,3}$/;
const ARTICLES = new Set(['a', 'an', 'the']);

function isPersonLike(m: Mention | undefined): m is Mention {
  // 'other' is accepted while the entity stage cannot yet type every name
  return !!m && (m.type === 'person' || m.type === 'other');
}

function ageValue(v: SentenceView, i: number): number | null {
  const t = v.tok(i);
  if (!t || t.type !== 'number' || !AGE.test(t.text)) return null;
  const n = Number(t.text);
  return n >= 1 && n <= 120 ? n : null;
}

/** "N-year-old": index of "old", or -1. */
function yearOldEnd(v: SentenceView, i: number): number {
  const glued = (k: number) => !v.tok(k)?.spaceBefore;
  if (v.low(i + 1) === '-' && (v.low(i + 2) === 'year' || v.low(i + 2) === 'years') && v.low(i + 3) === '-' && v.low(i + 4) === 'old' && glued(i + 1) && glued(i + 2) && glued(i + 4)) return i + 4;
  return -1;
}

const MODIFIER_POS = new Set(['NOUN', 'ADJ']);

/** A person noun, singular or in a regular plural ("nurses", "twins"). */
const isPersonNoun = (w: string) => {
  const one = w.endsWith('s') && !PERSON_NOUNS.has(w) ? w.slice(0, -1) : w;
  return PERSON_NOUNS.has(one) || PERSON_SUFFIX.test(one);
};

/**
 * The head noun of the phrase an "N-year-old" modifies ("taxi driver" → driver, "bridge"), or null
 * when a name, a verb or punctuation follows ("21-year-old Jane Doe", "the 23-year-old was…").
 */
function headNounAfter(v: SentenceView, old: number): string | null {
  let head: string | null = null;
  for (let k = old + 1; k < v.sentence.last; k++) {
    const t = v.tok(k)!;
    // "British-born nurse": a hyphenated modifier is read through
    if (t.text === '-' && !t.spaceBefore) continue;
    if (!MODIFIER_POS.has(t.pos)) break;
    if (t.pos === 'NOUN') head = t.lower;
  }
  return head;
}

/** The mention starting at token k is followed by a common noun it modifies ("Leeds woman"). */
function modifiesNoun(v: SentenceView, k: number, m: Mention): boolean {
  let e = k;
  while (e < v.sentence.last && v.tok(e)!.end <= m.span.end) e++;
  return v.tok(e)?.pos === 'NOUN';
}

/** Mention ending at token k (inclusive), if any. */
const endingAt = (v: SentenceView, idx: MentionIndex, k: number) => (v.tok(k) ? idx.byEnd.get(v.tok(k)!.end) : undefined);

/** Find ages attached to person mentions in one sentence. */
export function findAges(v: SentenceView, idx: MentionIndex): AgeHit[] {
  const out: AgeHit[] = [];
  for (let i = v.sentence.first; i < v.sentence.last; i++) {
    const value = ageValue(v, i);
    if (value === null) continue;
    const old = yearOldEnd(v, i);
    if (old > 0) {
      // "the 57-year-old bridge", "a 40-year-old law": not a person's age, whoever is named nearby
      const head = headNounAfter(v, old);
      if (head !== null && !isPersonNoun(head)) {
        i = old;
        continue;
      }
      // "Jane Doe, a 23-year-old …" / "Jane Doe, 23-year-old …"
      const comma = ARTICLES.has(v.low(i - 1)) ? i - 2 : i - 1;
      let m = v.low(comma) === ',' ? endingAt(v, idx, comma - 1) : undefined;
      // "21-year-old [student] Jane Doe"
      for (let k = old + 1; k <= old + 4 && !isPersonLike(m); k++) {
        const t = v.tok(k);
        if (!t || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') break;
        m = idx.byStart.get(t.start);
        // "the 29-year-old Leeds woman": the name modifies a noun; the person is unnamed
        if (m && modifiesNoun(v, k, m)) m = undefined;
      }
      // "… Jane Doe. The 23-year-old was arrested": the one person named in the sentence before
      if (!isPersonLike(m) && v.low(i - 1) === 'the' && i - 1 === v.sentence.first) m = soleNamedPerson(idx, v.sentence.i - 1);
      if (isPersonLike(m)) out.push({ first: i, last: old + 1, value, mention: m });
      i = old;
      continue;
    }
    // "Doe, 23, said" / "Doe (23)" / "Doe, now 23, said"
    const now = v.low(i - 1) === 'now' ? 1 : 0;
    const open = v.low(i - 1 - now);
    const close = v.low(i + 1);
    if ((open === ',' && (close === ',' || close === '.' || close === ';' || close === '')) || (open === '(' && close === ')' && !now)) {
      const m = endingAt(v, idx, i - 2 - now);
      if (isPersonLike(m)) out.push({ first: i, last: i + 1, value, mention: m });
      continue;
    }
    // "Jane Doe, aged 30"
    if (v.low(i - 1) === 'aged') {
      const k = v.low(i - 2) === ',' ? i - 3 : i - 2;
      const m = endingAt(v, idx, k);
      if (isPersonLike(m)) out.push({ first: i - 1, last: i + 1, value, mention: m });
    }
  }
  return out;
}
