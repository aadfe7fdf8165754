/**
 * Step 10: what the verdict or the charges were about. After a cue ("convicted of", "found guilty on
 * seven counts of", "charged with": src/lexicon/fact-phrases.ts) the offences named up to the end of
 * the clause are facts about the story's verdict or arrest, one per offence (a verdict may cover
 * several): "guilty of fraud and conspiracy" → convicted of fraud, convicted of conspiracy. The
 * clause ends at a full stop, a semicolon, "but" or the next cue, so "acquitted of murder but
 * convicted of manslaughter" gives one of each.
 */
import type { FactRecord } from '../../model/records.js';
import { CHARGE_CUES, CHARGE_TERMS } from '../../lexicon/fact-phrases.js';
import type { ExtractContext } from '../context.js';
import { formsRegex, type SentenceView } from './01-sentence-view.js';
import { eventFact } from './08-set-phrases.js';
import { allMatches } from '../../util/matches.js';

const STAGE = 'extract/facts/charges';
const TERM = formsRegex(CHARGE_TERMS);
const CUE_WORD = /guilty|convict|acquit|cleared|charged|indicted|accused/u;
/** How far after the cue offences are read. */
const WINDOW = 100;
const CLAUSE_END = /[.;:!?]|\bbut\b|\bwhile\b|\bwhereas\b/u;
/** The cues as global expressions, built once (not per sentence). */
const CUES = CHARGE_CUES.map((c) => ({ predicate: c.predicate, re: new RegExp(c.cue.source, 'gu') }));

export function chargeFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  if (!CUE_WORD.test(v.lower)) return [];
  const cues = CUES.flatMap((c) => allMatches(c.re, v.lower).map((m) => ({ predicate: c.predicate, start: m.index, end: m.index + m[0].length })))
    .sort((a, b) => a.start - b.start);
  const out: FactRecord[] = [];
  cues.forEach((c, i) => {
    let window = v.lower.slice(c.end, Math.min(c.end + WINDOW, cues[i + 1]?.start ?? Infinity));
    const stop = CLAUSE_END.exec(window);
    if (stop) window = window.slice(0, stop.index);
    for (const m of allMatches(TERM, window)) {
      const start = v.start + c.end + m.index;
      out.push(eventFact(ctx, v, STAGE, `the ${c.predicate.split(':')[0]}`, c.predicate, m[0], v.start + c.start, start + m[0].length));
    }
  });
  return out;
}
