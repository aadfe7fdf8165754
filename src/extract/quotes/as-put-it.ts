/**
 * "as the Leith Courier put it": a quotation with "as X put it" (or "called it", "described it")
 * right next to it is X's, whatever verb of speech stands further away in its sentence; a short
 * span taken for a scare quote too (index.ts). Split out of 03-attribute.ts.
 */
import type { QuoteSpeaker } from '../../model/records.js';
import { AS_IT_VERBS } from '../../lexicon/speech-verbs.js';
import type { MarkedSpan } from './01-find-marks.js';
import type { AttributionContext } from './attribution-context.js';
import { toSpeaker } from './phrase-to-speaker.js';
import { plainNounSpeaker, subjectBefore } from './speaker-phrase.js';
import { tokenIndexAt } from './token-helpers.js';

/** The speaker of "as X put it" with its verb at token v and "as" at token a. */
function asPutIt(ax: AttributionContext, a: number, v: number): QuoteSpeaker | null {
  const p = subjectBefore(ax, v, a + 1) ?? plainNounSpeaker(ax, v, a + 1, v + 1);
  if (!p) return null;
  for (let j = a + 1; j < p.first; j++) if (ax.tokens[j]!.pos !== 'DET') return null;
  // a document with no owner to credit ("as a council memo put it") is named as written
  const written = { name: ax.doc.text.slice(ax.tokens[p.first]!.start, ax.tokens[p.last - 1]!.end), entity: null, role: null, span: { article: '', start: ax.tokens[p.first]!.start, end: ax.tokens[p.last - 1]!.end }, rule: 'as-put-it' };
  return toSpeaker(ax, p, 'as-put-it') ?? written;
}

/**
 * “…,” as the Leith Courier put it. / as Roe put it in her letter, “…”: the subject of "as … put
 * it" right next to the quotation speaks, whatever verb of speech stands further away in the sentence.
 */
export function fromAsPutIt(ax: AttributionContext, q: MarkedSpan): QuoteSpeaker | null {
  const { tokens } = ax;
  const isVerb = (v: number) => AS_IT_VERBS.has(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'it' && ax.inQuote[v] !== 1;
  if (q.close !== null) {
    let c = tokenIndexAt(tokens, q.close + 1);
    if (tokens[c]?.text === ',') c++;
    if (tokens[c]?.lower === 'as' && ax.inQuote[c] !== 1) {
      for (let v = c + 2; v < Math.min(tokens.length, c + 10) && ax.inQuote[v] !== 1; v++) if (isVerb(v)) return asPutIt(ax, c, v);
    }
  }
  const o = tokenIndexAt(tokens, q.open);
  const first = ax.doc.sentences[tokens[Math.min(o, tokens.length - 1)]?.sentence ?? -1]?.first ?? o;
  for (let v = o - 2; v > Math.max(first, o - 12); v--) {
    if (ax.inQuote[v] === 1 || tokens[v]!.pos === 'VERB' && !isVerb(v)) return null;
    if (!isVerb(v)) continue;
    for (let a = v - 2; a >= Math.max(first, v - 9); a--) if (tokens[a]!.lower === 'as') return asPutIt(ax, a, v);
    return null;
  }
  return null;
}
