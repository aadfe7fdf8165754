/**
 * Step 2: decide what each marked span is.
 *
 * - a *title* of a work ("the film “Small Hours”") is dropped: nobody said it;
 * - a *nickname* inside a name (Marcia “Cia” Price) is dropped too, and is part of the name;
 * - a *scare quote* (framing of one to three words: “green light”, “reforms”) is kept
 *   with `scare: true` but gets no speaker;
 * - anything else is an utterance; `partial` when it is a fragment embedded in the
  *   writer's own sentence (the club “remains committed”, said that “there is a gap”).
 *
 * Scare rule, for spans of at most three words (split at spaces) that are not sentence-like
 * (a capitalised span ending in . ! ?):
 * - used as a modifier (a “smoke and mirrors” approach) → scare;
 * - governed by a speech verb (said “never”), or ending in , ! ? with a speech verb right
 *   after the mark (“Disgraceful,” she said) → utterance;
 * - a single capitalised word (“Freedonia”) → scare: names in marks are framing;
 * - a speech cue earlier in the sentence (the coach called it “a classic”, said her client
 *   was “deeply ashamed”) → utterance, a partial quote of that speaker;
 * - otherwise (a “green light”, a “cross” on his forehead) → scare.
 */
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { WORK_TITLE_NOUNS } from '../../lexicon/work-title-nouns.js';
import type { MarkedSpan } from './01-find-marks.js';
import { isNonSpeechPhrasal, isSpeechCue, isSpeechParticiple, isSpeechVerb, tokenIndexAt, wordsOf } from './token-helpers.js';

export type SpanKind = 'title' | 'nickname' | 'scare' | 'utterance';

export interface Classified {
  readonly span: MarkedSpan;
  readonly kind: SpanKind;
  readonly partial: boolean;
  /** a scare quote that is neither a modifier nor a lone capitalised name: its sentence's subject may have said it */
  readonly rescuable?: boolean;
}

function sentenceLike(inner: string): boolean {
  const t = inner.trim();
  return /^[\p{Lu}\p{N}"“‘']/u.test(t) && /[.!?…]["”’']?$/.test(t);
}

/** Words of the sentence before the opening mark (same sentence). */
function precedingTokens(doc: NlpDoc, s: MarkedSpan): { first: number; last: number } {
  const k = tokenIndexAt(doc.tokens, s.open); // the opening mark's token (or the next one)
  const sent = doc.sentences[doc.tokens[Math.min(k, doc.tokens.length - 1)]?.sentence ?? 0];
  return { first: sent?.first ?? k, last: k };
}

/** A speech cue earlier in the quote's sentence, outside any quotation ("the mayor called it a “…”"). */
function cueBefore(doc: NlpDoc, s: MarkedSpan, inQuote: (k: number) => boolean): boolean {
  const { tokens } = doc;
  const o = tokenIndexAt(tokens, s.open);
  const sent = doc.sentences[tokens[Math.min(o, tokens.length - 1)]?.sentence ?? 0];
  if (!sent) return false;
  for (let k = o - 1; k >= sent.first; k--) if (!inQuote(k) && isSpeechCue(tokens, k)) return true;
  return false;
}

/** How many tokens after the closing mark a verb of speech may stand: a subject such as "the New York businessman" fits. */
const CUE_AFTER = 8;

/** A speech verb right after the closing mark (“Disgraceful,” she said). */
function cueRightAfter(doc: NlpDoc, s: MarkedSpan): boolean {
  const { tokens } = doc;
  if (s.close === null) return false;
  const c = tokenIndexAt(tokens, s.close + 1);
  for (let k = c; k < Math.min(tokens.length, c + CUE_AFTER); k++) {
    const t = tokens[k]!;
    // right after the mark, a verb of speech whatever its tag (“Too late,” echoes Roe)
    if (isSpeechCue(tokens, k) || (k === c && /^\p{Ll}/u.test(t.text) && SPEECH_VERBS.has(t.lower))) return true;
    // only a subject may stand between the mark and the verb (“No,” the coach said), not a clause
    if (!/^(PROPN|NOUN|PRON|DET|ADJ)$/.test(t.pos) || /^(which|that|who)$/.test(t.lower)) return false;
  }
  return false;
}

/** How far past the closing mark the attribution of a sentence-opening quote may stand (“…” about the plan, said Roe). */
const ATTRIBUTION_AFTER = 16;

/**
 * “We are delighted” about the vote, said Roe. — a quote that opens its sentence, with, later in
 * that sentence, a comma and a verb of speech (", said Roe", ", Roe said"): that verb attributes it.
 */
function openingQuoteCue(doc: NlpDoc, s: MarkedSpan, inQuote: (k: number) => boolean): boolean {
  const { tokens } = doc;
  if (s.close === null) return false;
  const { first, last } = precedingTokens(doc, s);
  for (let k = first; k < last; k++) if (!inQuote(k) && tokens[k]!.pos !== 'PUNCT') return false;
  const c = tokenIndexAt(tokens, s.close + 1);
  const sentence = tokens[c]?.sentence;
  for (let k = c; k < Math.min(tokens.length, c + ATTRIBUTION_AFTER) && tokens[k]!.sentence === sentence && !inQuote(k); k++) {
    if (tokens[k]!.text !== ',') continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
      if (isSpeechVerb(tokens[j]) && !isNonSpeechPhrasal(tokens, j)) return true;
      if (!/^(PROPN|NOUN|PRON|DET|ADJ)$/.test(tokens[j]!.pos)) break;
    }
  }
  return false;
}

/** Marcia “Cia” Price, Dwayne “The Rock” Johnson: a nickname in marks between a given name and a surname. */
function isNickname(doc: NlpDoc, s: MarkedSpan, inner: string): boolean {
  if (s.close === null || !/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u.test(inner.trim())) return false;
  const { tokens } = doc;
  const before = tokens[tokenIndexAt(tokens, s.open) - 1];
  const after = tokens[tokenIndexAt(tokens, s.close + 1)];
  const name = (t: typeof before) => t !== undefined && t.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(t.text);
  return name(before) && name(after) && before!.end === s.open - 1 && after!.start === s.close + 2;
}

function isTitle(doc: NlpDoc, s: MarkedSpan, inner: string): boolean {
  const words = wordsOf(inner);
  if (words.length === 0 || !/^\p{Lu}/u.test(words[0]!)) return false;
  const { first, last } = precedingTokens(doc, s);
  for (let k = last - 1; k >= Math.max(first, last - 3); k--) {
    const w = doc.tokens[k]!.lower;
    if (WORK_TITLE_NOUNS.has(w)) return true;
  }
  return false;
}

/** Classify each marked span as title, scare quote or utterance. */
export function classifySpans(doc: NlpDoc, spans: readonly MarkedSpan[]): Classified[] {
  const { text, tokens } = doc;
  const quoted = new Uint8Array(tokens.length);
  for (const s of spans) for (let k = tokenIndexAt(tokens, s.open); k < tokens.length && tokens[k]!.start <= (s.close ?? s.end - 1); k++) quoted[k] = 1;
  const inAnyQuote = (k: number) => quoted[k] === 1;
  return spans.map((span) => {
    const inner = text.slice(span.start, span.end);
    // words as written, split at spaces: “wake-up call” is two words, not three
    const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const trimmed = inner.trim();
    // the writer's words before the mark on the same line: a letter there embeds the quote
    const lineStart = text.lastIndexOf('\n', span.open - 1) + 1;
    const prevChar = text.slice(Math.max(lineStart, span.open - 80), span.open).trimEnd().at(-1);
    const partial = /^[\p{Ll}…[]|^\.\.\./u.test(trimmed) || (prevChar !== undefined && /[\p{L}\p{N}]/u.test(prevChar));
    if (words <= 6 && isTitle(doc, span, inner)) return { span, kind: 'title', partial };
    if (isNickname(doc, span, inner)) return { span, kind: 'nickname', partial };
    if (!sentenceLike(inner) && words <= 3) {
      const k = tokenIndexAt(tokens, span.open) - 1;
      const speech = (j: number) => (isSpeechVerb(tokens[j]) || isSpeechParticiple(tokens[j])) && !isNonSpeechPhrasal(tokens, j);
      const governed = speech(k) || (/[,:]/.test(tokens[k]?.text ?? '') && speech(k - 1));
      const closeTok = tokenIndexAt(tokens, (span.close ?? span.end) + 1);
      // “Too late,” echoes Roe: a verb of speech after a comma inside the marks modifies nothing
      const speaks = /[,!?]$/.test(trimmed) && SPEECH_VERBS.has(tokens[closeTok]?.lower ?? '');
      // would “strongly consider” closing …: after a verb, an -ing word is the object clause, not a modified noun
      const gerund = /ing$/.test(tokens[closeTok]?.lower ?? '') && /^(VERB|AUX|PART)$/.test(tokens[k]?.pos ?? '');
      const modifier = !speaks && !gerund && tokens[closeTok] !== undefined && /^\p{Ll}/u.test(tokens[closeTok]!.text) && tokens[closeTok]!.pos === 'NOUN' && tokens[closeTok]!.start <= (span.close ?? span.end) + 2;
      const properNoun = words === 1 && /^\p{Lu}[\p{L}’'-]*$/u.test(trimmed);
      let kind: SpanKind = 'scare';
      if (modifier) kind = 'scare';
      else if (governed || (/[,!?]$/.test(trimmed) && cueRightAfter(doc, span)) || openingQuoteCue(doc, span, inAnyQuote)) kind = 'utterance';
      else if (!properNoun && cueBefore(doc, span, (j) => inAnyQuote(j))) kind = 'utterance';
      if (kind === 'scare') return { span, kind, partial, rescuable: !modifier && !properNoun };
    }
    return { span, kind: 'utterance', partial };
  });
}
