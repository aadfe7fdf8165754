/**
 * The NLP layer: wink-nlp's sentences, tokens and POS tags, re-expressed as plain
 * immutable arrays with character offsets into the article's normalised text, so
 * that every later stage can point back to exact characters.
 */
import winkNLP from 'wink-nlp';
import { winkModel as model } from './wink-model.js';
import { isStop, sentenceEndAt } from './sentence-ends.js';

/** One token. `start`/`end` are offsets into the analysed text. */
export interface Token {
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, NUM, PUNCT, …). */
  readonly pos: string;
  /** wink token type: word, number, punctuation, currency, symbol, tabCRLF, … */
  readonly type: string;
  readonly sentence: number;
  readonly paragraph: number;
  /** true when whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
}

export interface Sentence {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  /** index of the first token */
  readonly first: number;
  /** index one past the last token */
  readonly last: number;
  readonly paragraph: number;
}

export interface Paragraph {
  readonly i: number;
  readonly start: number;
  readonly end: number;
}

export interface NlpDoc {
  readonly text: string;
  /** Tokens, without whitespace/newline tokens. */
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
}

let nlpInstance: ReturnType<typeof winkNLP> | null = null;

/**
 * The shared wink-nlp instance (loading the model takes ~100 ms, so it is done once).
 * Only sentence boundaries and POS tags are switched on: wink's own negation, sentiment and
 * entity passes are not used by any stage, and dropping them makes readDoc ~1.7× faster
 * with identical tokens, tags and sentences (checked on the seeds and our fixtures).
 */
export function wink(): ReturnType<typeof winkNLP> {
  nlpInstance ??= winkNLP(model, ['sbd', 'pos']);
  return nlpInstance;
}

/** Same answer as /\s/ on one UTF-16 unit, without a regex call for the common ASCII case. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body.length === 0) continue;
    out.push({ i: out.length, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

/**
 * Tokenise, tag and sentence-split `text`.
 * Sentences never cross a line break: each line of normalised text is a paragraph
 * (headlines and sub-heads stand on lines of their own). wink's sentence ends are checked
 * against the shared rule (./sentence-ends.ts) and merged where it says the sentence goes on.
 */
/** A capitalised word with a possessive glued to it ("Roe's", "Roe’s"). */
const GLUED_POSSESSIVE = /^(\p{Lu}[\p{L}.-]*)(['\u2019]s)$/u;

export function analyseText(text: string): NlpDoc {
  const nlp = wink();
  const its = nlp.its;
  // wink sees a masked copy (same length, so offsets carry over): see maskLongRuns.
  const masked = maskLongRuns(text);
  const doc = nlp.readDoc(masked);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const sentSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const paragraphs = paragraphsOf(text);

  // wink sentence index of each wink token
  const winkSentence = new Int32Array(values.length);
  sentSpans.forEach(([a, b], si) => {
    for (let k = a; k <= b; k++) winkSentence[k] = si;
  });

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let para = 0;
  let sentFirst = 0;
  let prevWinkSentence = -1;
  let brokeByNewline = false;

  const closeSentence = () => {
    if (tokens.length > sentFirst) {
      const first = tokens[sentFirst]!;
      const lastTok = tokens[tokens.length - 1]!;
      sentences.push({ i: sentences.length, start: first.start, end: lastTok.end, first: sentFirst, last: tokens.length, paragraph: first.paragraph });
    }
    sentFirst = tokens.length;
  };

  for (let k = 0; k < values.length; k++) {
    const winkValue = values[k]!;
    const type = types[k]!;
    const start = masked.indexOf(winkValue, cursor);
    if (start < 0 || (start - cursor > 64 && masked.slice(cursor, start).trim() !== '')) {
      // wink normalised something we cannot find verbatim; skip it rather than mis-place offsets.
      continue;
    }
    const value = masked === text ? winkValue : text.slice(start, start + winkValue.length);
    const gap = text.slice(cursor, start);
    if (type === 'tabCRLF' || value.trim() === '') {
      if (value.includes('\n')) brokeByNewline = true;
      cursor = start + value.length;
      continue;
    }
    if (gap.includes('\n')) brokeByNewline = true;
    const end = start + value.length;
    while (para < paragraphs.length - 1 && start >= paragraphs[para]!.end) para++;
    const ws = winkSentence[k]!;
    if (tokens.length > 0 && (brokeByNewline || (ws !== prevWinkSentence && !falseStopBefore(text, start)))) closeSentence();
    brokeByNewline = false;
    prevWinkSentence = ws;
    const spaceBefore = start > 0 && isSpace(text.charCodeAt(start - 1));
    // wink splits "Roe's" into "Roe" + "'s" — until its cache, shared by every document the
    // instance reads, has learnt the glued form from an earlier document; split it here, so
    // that an article's tokens do not depend on the articles read before it
    const glued = type === 'word' ? GLUED_POSSESSIVE.exec(value) : null;
    const cut = glued ? end - glued[2]!.length : end;
    tokens.push({ i: tokens.length, text: value.slice(0, cut - start), lower: value.slice(0, cut - start).toLowerCase(), start, end: cut, pos: pos[k]!, type, sentence: sentences.length, paragraph: para, spaceBefore });
    if (glued) tokens.push({ i: tokens.length, text: glued[2]!, lower: glued[2]!.toLowerCase(), start: cut, end, pos: 'PART', type, sentence: sentences.length, paragraph: para, spaceBefore: false });
    cursor = end;
  }
  closeSentence();
  return { text, tokens, sentences, paragraphs };
}

/**
 * wink ended a sentence just before `start`: is that a stop the shared rule says goes on
 * ("Rev. Lee", "No. 3", "$2 bn. in March", "example.org")? Then the two wink sentences are one.
 * Only wink's stops are second-guessed; its other boundaries stand.
 */
function falseStopBefore(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && (text[p] === ' ' || CLOSERS.includes(text[p]!))) p--;
  return isStop(text, p) && sentenceEndAt(text, p) < 0;
}
const CLOSERS = '”"’\')]»';

/** Runs of non-space characters longer than this are masked before wink reads the text. */
export const MAX_WINK_RUN = 256;
const LONG_RUN = new RegExp(`\\S{${MAX_WINK_RUN + 1},}`, 'g');

/**
 * Replace every run of more than MAX_WINK_RUN non-space characters by as many zeros. No word
 * is that long, but a hostile or broken file can hold a 1 MB "word", and wink's model tests each
 * unknown word with a backtracking pattern (`/[a-z].*\.$/i`) that is quadratic in its length:
 * minutes of CPU for one such token. Digits fail that pattern in linear time; the same length
 * keeps every offset, and token text is taken back from the original.
 */
export function maskLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  return text.replace(LONG_RUN, (run) => '0'.repeat(run.length));
}

/**
 * Is there a run of more than MAX_WINK_RUN non-space characters (what LONG_RUN finds)? Such a run
 * covers MAX_WINK_RUN + 1 consecutive offsets, so it holds one of every MAX_WINK_RUN + 1 offsets:
 * only those are looked at, and the run around each, instead of the regex's scan of every
 * character (about 0.5 ms for an article, on every article).
 */
function hasLongRun(text: string): boolean {
  for (let j = MAX_WINK_RUN; j < text.length; j += MAX_WINK_RUN + 1) {
    if (isSpace(text.charCodeAt(j))) continue;
    let a = j;
    while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
    let b = j + 1;
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
    if (b - a > MAX_WINK_RUN) return true;
  }
  return false;
}

/** Index of the first token whose start is at or after `offset` (`tokens.length` when none); tokens are sorted by start. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
