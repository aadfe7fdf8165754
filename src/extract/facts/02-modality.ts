/**
 * Step 2: how a clause is stated. A fact read at `offset` (the verb or the name it is about) is
 * negated when a denial or "not" comes shortly before it in its clause, hedged when an
 * expectation, plan or modal does ("was expected to win" is not "won"), attributed when it sits
 * inside a quotation or a clause that a source says ("X said …", "according to X"), and asserted
 * (the outlet's own voice) otherwise.
 */
import type { FactModality } from '../../model/records.js';
import { DENIAL_THAT_CUES, HEDGE_CUES, NEGATION_CUES } from '../../lexicon/fact-predicates.js';
import { ATTRIBUTION_PREFIXES } from '../../lexicon/attribution-cues.js';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import { formsRegex, type SentenceView } from './01-sentence-view.js';
import { allMatches } from '../../util/matches.js';

const HEDGE = formsRegex(HEDGE_CUES);
const NEGATION = formsRegex(NEGATION_CUES);
const DENIAL_THAT = formsRegex(DENIAL_THAT_CUES);
const SPEECH = formsRegex([...SPEECH_VERBS, ...ATTRIBUTION_PREFIXES]);
/** How far back a cue still governs the clause: "was widely expected to have won" fits, the previous clause does not. */
const WINDOW = 40;
/** How far back "denied that" still governs the clause after it. @default 120 */
const DENIAL_WINDOW = 120;
const CLAUSE_BREAK = /[;:(]|,\s+(?:but|while|whereas|although|though|after|before|as|when)\b|\b(?:but|and then)\b/gu;

function clauseBefore(v: SentenceView, offset: number, window: number): string {
  const rel = offset - v.start;
  let from = Math.max(0, rel - window);
  const head = v.lower.slice(0, rel);
  for (const m of allMatches(CLAUSE_BREAK, head)) if (m.index + m[0].length > from) from = m.index + m[0].length;
  return head.slice(from);
}

const has = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  return re.test(s);
};

export interface Modality {
  readonly modality: FactModality;
  readonly attribution: string | null;
}

/** `window`: how far back a cue still governs, in characters (a place or time takes a short one: "did not lose a set at X" still places the match at X). */
export function modalityAt(v: SentenceView, offset: number, end = offset, window = WINDOW): Modality {
  const before = clauseBefore(v, offset, window);
  if (has(NEGATION, before) || has(DENIAL_THAT, clauseBefore(v, offset, Math.max(window, DENIAL_WINDOW)))) return { modality: 'negated', attribution: null };
  if (has(HEDGE, before)) return { modality: 'hedged', attribution: null };
  const quote = v.quotes.find((q) => q.span.start <= offset && end <= q.span.end);
  if (quote) return { modality: 'attributed', attribution: quote.speaker?.name ?? null };
  SPEECH.lastIndex = 0;
  const speech = SPEECH.exec(v.lower);
  if (speech) {
    const at = v.start + speech.index;
    const source = v.mentions.filter((m) => m.type !== 'place' && Math.abs((m.span.start < at ? m.span.end : m.span.start) - at) <= 30);
    return { modality: 'attributed', attribution: source[0]?.text ?? null };
  }
  return { modality: 'asserted', attribution: null };
}
