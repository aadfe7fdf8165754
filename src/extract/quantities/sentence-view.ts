/**
 * A light view of one sentence for the quantity stage: lower-cased words, clause numbers
 * and helpers to look a few tokens left or right without regexes over the whole text.
 */
import type { NlpDoc, Sentence, Token } from '../../nlp/nlp-doc.js';

/** Tokens that end a clause for the purpose of finding what a figure is about. */
const CLAUSE_BREAK_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']']);
const CLAUSE_BREAK_WORDS = new Set(['while', 'whereas', 'but', 'although', 'though']);

export interface SentenceView {
  readonly doc: NlpDoc;
  readonly sentence: Sentence;
  /** token index → clause number (only defined for indices inside the sentence). */
  readonly clause: (i: number) => number;
  readonly tok: (i: number) => Token | undefined;
  /** number of contrastive conjunctions ("while", "but") before token i: main-clause segment. */
  readonly segment: (i: number) => number;
  /** lower-cased token text, '' outside the sentence. */
  readonly low: (i: number) => string;
}

/** Build the view; clause numbers increase at commas, dashes, brackets and contrastive conjunctions. */
export function viewSentence(doc: NlpDoc, sentence: Sentence): SentenceView {
  // plain arrays: a sentence's two small typed arrays cost more to allocate than they save
  const clauses: number[] = [];
  const segments: number[] = [];
  let c = 0;
  let g = 0;
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = doc.tokens[i]!;
    const contrast = CLAUSE_BREAK_WORDS.has(t.lower);
    if (contrast || CLAUSE_BREAK_PUNCT.has(t.text)) c++;
    if (contrast) g++;
    clauses.push(c);
    segments.push(g);
  }
  const inside = (i: number) => i >= sentence.first && i < sentence.last;
  return {
    doc,
    sentence,
    clause: (i) => (inside(i) ? clauses[i - sentence.first]! : -1),
    segment: (i) => (inside(i) ? segments[i - sentence.first]! : -1),
    tok: (i) => (inside(i) ? doc.tokens[i] : undefined),
    low: (i) => (inside(i) ? doc.tokens[i]!.lower : ''),
  };
}

/** A lexicon phrase split into words once, with the value it maps to. */
export interface Phrase<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/** Split phrases once, longest first, indexed by first and by last word for quick lookups. */
export function phraseTable<T>(entries: readonly (readonly [string, T])[]): { readonly byFirst: ReadonlyMap<string, Phrase<T>[]>; readonly byLast: ReadonlyMap<string, Phrase<T>[]> } {
  const byFirst = new Map<string, Phrase<T>[]>();
  const byLast = new Map<string, Phrase<T>[]>();
  const phrases = entries.map(([p, value]) => ({ words: p.split(' '), value })).sort((a, b) => b.words.length - a.words.length);
  for (const ph of phrases) {
    byFirst.set(ph.words[0]!, [...(byFirst.get(ph.words[0]!) ?? []), ph]);
    byLast.set(ph.words[ph.words.length - 1]!, [...(byLast.get(ph.words[ph.words.length - 1]!) ?? []), ph]);
  }
  return { byFirst, byLast };
}

/** True when `words` end exactly at token `end - 1`. */
export function phraseEndsAt(v: SentenceView, end: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (v.low(end - words.length + k) !== words[k]) return false;
  return true;
}

/** True when `words` start exactly at token `start`. */
export function phraseStartsAt(v: SentenceView, start: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (v.low(start + k) !== words[k]) return false;
  return true;
}

/** The longest phrase of the table starting at token `start`. */
export function phraseAt<T>(v: SentenceView, start: number, table: ReturnType<typeof phraseTable<T>>): Phrase<T> | null {
  for (const ph of table.byFirst.get(v.low(start)) ?? []) if (phraseStartsAt(v, start, ph.words)) return ph;
  return null;
}

/** The longest phrase of the table ending at token `end - 1`. */
export function phraseBefore<T>(v: SentenceView, end: number, table: ReturnType<typeof phraseTable<T>>): Phrase<T> | null {
  for (const ph of table.byLast.get(v.low(end - 1)) ?? []) if (phraseEndsAt(v, end, ph.words)) return ph;
  return null;
}

/** Capitalised word (not all lower case), e.g. a demonym or a name. */
export function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && /\p{Ll}/u.test(t.text);
}
