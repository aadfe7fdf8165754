/**
 * Step 2: decide what each marked span is.
 *
 * - a *title* of a work ("the film “Small Hours”") is dropped: nobody said it;
 * - a *scare quote* (framing of one to three words: “green light”, “reforms”) is kept
 *   with `scare: true` but gets no speaker;
 * - anything else is an utterance; `partial` when it is a fragment embedded in the
  *   writer's own sentence (the club “remains committed”, said that “there is a gap”).
 *
 * Scare rule: not sentence-like (a capitalised span ending in . ! ?), and either at most
 * two words not directly governed by a speech verb, or three words with no speech cue in
 * the sentence or used as a modifier (“smoke and mirrors” approach).
 */
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import { WORK_TITLE_NOUNS } from '../../lexicon/work-title-nouns.js';
import type { MarkedSpan } from './01-find-marks.js';
import { isNonSpeechPhrasal, isSpeechCue, isSpeechParticiple, isSpeechVerb, tokenIndexAt, wordsOf } from './token-helpers.js';

export type SpanKind = 'title' | 'scare' | 'utterance';

export interface Classified {
  readonly span: MarkedSpan;
  readonly kind: SpanKind;
  readonly partial: boolean;
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

function cueInSentence(doc: NlpDoc, s: MarkedSpan): boolean {
  const { tokens } = doc;
  const a = tokenIndexAt(tokens, s.open);
  const sentence = tokens[a]?.sentence;
  const sent = sentence === undefined ? undefined : doc.sentences[sentence];
  if (!sent) return false;
  const closeTok = tokenIndexAt(tokens, s.end);
  const endSent = doc.sentences[tokens[Math.min(closeTok, tokens.length - 1)]!.sentence] ?? sent;
  for (let k = sent.first; k < endSent.last; k++) {
    const t = tokens[k]!;
    if (t.start >= s.start && t.end <= s.end) continue;
    if (isSpeechCue(tokens, k)) return true;
  }
  return false;
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
    if (!sentenceLike(inner) && words <= 3) {
      const k = tokenIndexAt(tokens, span.open) - 1;
      const speech = (j: number) => (isSpeechVerb(tokens[j]) || isSpeechParticiple(tokens[j])) && !isNonSpeechPhrasal(tokens, j);
      const governed = speech(k) || (/[,:]/.test(tokens[k]?.text ?? '') && speech(k - 1));
      const closeTok = tokenIndexAt(tokens, (span.close ?? span.end) + 1);
      const modifier = tokens[closeTok] !== undefined && /^\p{Ll}/u.test(tokens[closeTok]!.text) && tokens[closeTok]!.pos === 'NOUN' && tokens[closeTok]!.start <= (span.close ?? span.end) + 2;
      if (words <= 2 && !governed) return { span, kind: 'scare', partial };
      if (words === 3 && (modifier || (!governed && !cueInSentence(doc, span)))) return { span, kind: 'scare', partial };
    }
    return { span, kind: 'utterance', partial };
  });
}
