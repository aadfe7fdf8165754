/**
 * Light text units for the summary: sentence spans and content words.
 *
 * The summary reads every article's sentences to find support for the lead, so it
 * uses a fast splitter rather than the NLP layer (which runs at ~1.5 MiB/s).
 */
import { STOPWORDS } from '../../lexicon/stopwords.js';
import { sentenceEnds } from '../../nlp/sentence-ends.js';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Sentence spans of `text`, never crossing a line break, trimmed of surrounding space (the shared sentence-end rule). */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let s = 0;
  for (const e of [...sentenceEnds(text), text.length]) {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
    s = e;
  }
  return out;
}

const WORD = /[\p{L}][\p{L}'’-]*[\p{L}]/gu;

/** Lower-cased content words (≥ 3 letters, not stopwords) of a piece of text, in order. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/’/g, "'").matchAll(WORD)) {
    const w = m[0].endsWith("'s") ? m[0].slice(0, -2) : m[0];
    if (w.length >= 3 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/** Number of words (whitespace-separated) in a piece of text. */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
