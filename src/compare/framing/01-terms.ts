/**
 * Step 1: the writer's own content words and bigrams in each article.
 *
 * Left out: quoted speech (those are the speaker's words, not the outlet's — scare
 * quotes stay, they are the outlet's choice), named entities (a name is not a word
 * choice), capitalised words mid-sentence (names the entity stage missed), numbers
 * and stopwords. A stopword or punctuation breaks a bigram.
 */
import type { ArticleExtraction } from '../../model/records.js';
import { STOPWORDS } from '../../lexicon/stopwords.js';
import type { Span } from '../../contract/analysis-schema.js';

interface Masked {
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]/gu;

function maskedSpans(x: ArticleExtraction): Masked[] {
  const spans: Masked[] = [...x.quotes.filter((q) => !q.scare).map((q) => q.span), ...x.entities.mentions.map((m) => m.span)];
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True when the character before `i` (skipping spaces) opens a sentence. */
function sentenceInitial(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && text[k] === ' ') k--;
  return k < 0 || /[.!?\n“"‘(:]/.test(text[k]!);
}

/** True when only spaces (no punctuation, no line break) separate two words. */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

export interface TermCounts {
  /** lower-case words and "word word" bigrams → count. */
  readonly counts: Map<string, number>;
  /** capitalised sentence-initial words, kept only if the corpus also writes them in lower case. */
  readonly initials: Map<string, number>;
  /** words seen written in lower case. */
  readonly lowerSeen: Set<string>;
  /** the first few places each term (word, bigram or settled initial) occurs: its evidence. */
  readonly spans: Map<string, Span[]>;
}

/** Evidence spans kept per term and outlet: enough to check the figure, not the whole text. */
export const MAX_TERM_SPANS = 3;

function note(into: TermCounts, term: string, span: Span): void {
  let list = into.spans.get(term);
  if (!list) into.spans.set(term, (list = []));
  if (list.length < MAX_TERM_SPANS) list.push(span);
}

/** Count the article's own content words and bigrams into `into`. */
export function countTerms(x: ArticleExtraction, into: TermCounts): void {
  const text = x.article.text;
  const masked = maskedSpans(x);
  let m = 0;
  let prev: { word: string; start: number; end: number } | null = null;
  for (const t of text.matchAll(TOKEN)) {
    const start = t.index;
    const end = start + t[0].length;
    while (m < masked.length && masked[m]!.end <= start) m++;
    const inMask = m < masked.length && masked[m]!.start < end;
    const raw = t[0];
    let word = raw.toLowerCase();
    if (word.includes('’')) word = word.replace(/’/g, "'");
    if (word.endsWith("'s")) word = word.slice(0, -2);
    const capital = raw[0] !== raw[0]!.toLowerCase();
    const initial = capital && sentenceInitial(text, start);
    const keep = !inMask && word.length >= 3 && !STOPWORDS.has(word) && (!capital || initial) && !/^\p{Lu}+$/u.test(raw.slice(0, 2));
    const contiguous = prev !== null && onlySpaces(text, prev.end, start);
    if (!keep) {
      prev = null;
      continue;
    }
    if (capital) into.initials.set(word, (into.initials.get(word) ?? 0) + 1);
    else {
      into.lowerSeen.add(word);
      into.counts.set(word, (into.counts.get(word) ?? 0) + 1);
    }
    note(into, word, { article: x.article.id, start, end });
    if (prev && contiguous && !capital) {
      const bigram = `${prev.word} ${word}`;
      into.counts.set(bigram, (into.counts.get(bigram) ?? 0) + 1);
      note(into, bigram, { article: x.article.id, start: prev.start, end });
    }
    prev = { word, start, end };
  }
}

/** Fresh, empty counts. */
export const emptyCounts = (): TermCounts => ({ counts: new Map(), initials: new Map(), lowerSeen: new Set(), spans: new Map() });

/** Merge sentence-initial capitalised words into the counts when the corpus also writes them in lower case. */
export function settleInitials(c: TermCounts, lowerSeen: ReadonlySet<string>): Map<string, number> {
  const out = new Map(c.counts);
  for (const [w, n] of c.initials) if (lowerSeen.has(w)) out.set(w, (out.get(w) ?? 0) + n);
  return out;
}
