/**
 * Small lookups over the NLP tokens shared by the quote steps.
 */
import type { Token } from '../../nlp/nlp-doc.js';
import { SPEECH_PARTICIPLES, SPEECH_VERBS } from '../../lexicon/speech-verbs.js';

export { tokenIndexAt } from '../../nlp/nlp-doc.js';

/** A finite verb of speech ("said", "told", "adds"). */
export function isSpeechVerb(t: Token | undefined): boolean {
  if (t === undefined || !SPEECH_VERBS.has(t.lower) || t.pos === 'PROPN') return false;
  // the tagger sometimes reads a past form as an adjective or noun ("said", "added"); lower case only
  return t.pos === 'VERB' || t.pos === 'AUX' || (/^\p{Ll}/u.test(t.text) && /(ed|said|told|wrote)$/.test(t.lower));
}

/** A speech participle hanging a quote on the main clause ("…, saying: …"). */
export function isSpeechParticiple(t: Token | undefined): boolean {
  return t !== undefined && SPEECH_PARTICIPLES.has(t.lower);
}

/** "according to" starting at token k. */
export function isAccordingTo(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to';
}

const DETERMINER_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Uses that are not speech: "called for", "called off", "pointed at" (but "pointed out" is), "so-called", "this comment". */
export function isNonSpeechPhrasal(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  if (tokens[k - 1]?.text === '-') return true; // "so-called", "self-described"
  if (DETERMINER_BEFORE.has(tokens[k - 1]?.lower ?? '')) return true; // "this comment", "her remarks": nouns
  if (w.startsWith('call')) return next === 'for' || next === 'on' || next === 'off' || next === 'up' || next === 'in';
  if (w.startsWith('point')) return next !== 'out';
  return false;
}

/** Any cue of speech at token k. */
export function isSpeechCue(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return ((isSpeechVerb(t) || isSpeechParticiple(t)) && !isNonSpeechPhrasal(tokens, k)) || isAccordingTo(tokens, k);
}

/** Words of a string (letters/digits, inner apostrophes kept). */
export function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}
