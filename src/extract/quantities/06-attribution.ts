/**
 * Step 6: the in-text source a figure is attributed to — "according to the ministry, 45 …",
 * "45 people died, police said", "intelligence estimates that 22 …". A cue in the figure's own
 * clause wins; otherwise a cue that governs the whole sentence (sentence-initial "according to",
 * a trailing ", X said") applies.
 */
import { ATTRIBUTION_PREFIXES, ATTRIBUTION_VERBS, NON_SOURCES } from '../../lexicon/attribution-cues.js';
import { phraseAt, phraseTable, type SentenceView } from './sentence-view.js';

const PREFIXES = phraseTable(ATTRIBUTION_PREFIXES.map((p) => [p, true] as const));

export interface AttributionCue {
  readonly token: number;
  readonly clause: number;
  /** 'clause': only its own clause; 'leading': its main-clause segment; 'trailing': the whole sentence. */
  readonly scope: 'clause' | 'leading' | 'trailing';
  readonly source: string;
}

const QUOTE_MARKS = new Set(['“', '”', '"', '‘', '’', "'"]);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PART']);
const LEADING_DETERMINERS = /^(?:the|a|an|some|two|three|several)\s+/i;
const MAX_NP = 7;
const PREPOSITIONS = new Set(['of', 'for', 'with', 'about', 'on', 'in', 'by']);
/** Verbs whose object is the listener, not the source ("told reporters"). */
const LISTENER_VERBS = new Set(['told', 'tells', 'tell']);

function sourceText(v: SentenceView, from: number, to: number): string | null {
  if (to <= from) return null;
  const text = v.doc.text.slice(v.tok(from)!.start, v.tok(to - 1)!.end).replace(/[“”"‘’]/g, '').trim().replace(LEADING_DETERMINERS, '');
  if (!text || NON_SOURCES.has(text.toLowerCase()) || !/\p{L}/u.test(text)) return null;
  return text;
}

/** Noun phrase that ends right before token k (the subject of "said"/"estimates"). */
function npBefore(v: SentenceView, k: number): [number, number] | null {
  let s = k;
  while (s - 1 >= v.sentence.first && k - s < MAX_NP) {
    const t = v.tok(s - 1)!;
    if (QUOTE_MARKS.has(t.text) || NP_POS.has(t.pos)) s--;
    else break;
  }
  const hasNoun = Array.from({ length: k - s }, (_, n) => v.tok(s + n)!).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return hasNoun ? [s, k] : null;
}

/** Noun phrase that starts at token k and runs to punctuation, a verb or a figure. */
function npAfter(v: SentenceView, k: number): [number, number] | null {
  let e = k;
  while (e < v.sentence.last && e - k < MAX_NP) {
    const t = v.tok(e)!;
    if (t.pos === 'PUNCT' && !QUOTE_MARKS.has(t.text)) break;
    // "said the extra load had been …": a clause, not a source
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.lower === 'that') return null;
    e++;
  }
  return e > k ? [k, e] : null;
}

/** All attribution cues in the sentence. */
export function attributionCues(v: SentenceView): AttributionCue[] {
  const cues: AttributionCue[] = [];
  const { first, last } = v.sentence;
  for (let k = first; k < last; k++) {
    const prefix = phraseAt(v, k, PREFIXES);
    if (prefix) {
      const start = k + prefix.words.length;
      const np = npAfter(v, start);
      const source = np && sourceText(v, np[0], np[1]);
      const scope = k <= first + 1 ? 'leading' : v.low(k - 1) === ',' ? 'trailing' : 'clause';
      if (source) cues.push({ token: k, clause: v.clause(k), scope, source });
      continue;
    }
    if (!ATTRIBUTION_VERBS.has(v.low(k))) continue;
    // "the number of side effects reported …": the object of a preposition is not a subject
    const np = npBefore(v, k);
    const before = np && !PREPOSITIONS.has(v.low(np[0] - 1)) ? np : null;
    let source = before && sourceText(v, before[0], before[1]);
    // ", said a spokesperson for the council"
    if (!source && !LISTENER_VERBS.has(v.low(k)) && (v.low(k - 1) === ',' || QUOTE_MARKS.has(v.low(k - 1)))) {
      const after = npAfter(v, k + 1);
      source = after && sourceText(v, after[0], after[1]);
    }
    if (!source) continue;
    // ", police said (on Monday)." after the figures it governs
    const trailing = v.low(k - 1 - (before ? before[1] - before[0] : 0)) === ',';
    // the subject of the main verb at the head of the sentence governs all of it
    const leading = !!before && before[0] === first;
    cues.push({ token: k, clause: v.clause(k), scope: leading ? 'leading' : trailing ? 'trailing' : 'clause', source });
  }
  return cues;
}

/** The source of a figure at token `at`: same-clause cue first, then a leading cue of its segment, then a trailing one. */
export function attributionFor(v: SentenceView, cues: readonly AttributionCue[], at: number): string | null {
  const clause = v.clause(at);
  const segment = v.segment(at);
  const pick = (ok: (c: AttributionCue) => boolean): AttributionCue | null => {
    let best: AttributionCue | null = null;
    for (const c of cues) if (ok(c) && (!best || Math.abs(c.token - at) < Math.abs(best.token - at))) best = c;
    return best;
  };
  const best =
    pick((c) => c.clause === clause) ?? pick((c) => c.scope === 'leading' && v.segment(c.token) === segment) ?? pick((c) => c.scope === 'trailing');
  return best?.source ?? null;
}
