/**
 * Step 8: facts worded as set phrases (src/lexicon/fact-phrases.ts): how a contest was won ("in
 * straight sets" = "without dropping a set"), a recall's hazard and remedy, a study's finding on a
 * dose. Every wording of a class gives the class's one value, so outlets that word it differently
 * agree. A sentence is read only when it holds one of the class's cue words.
 */
import type { FactRecord } from '../../model/records.js';
import { PHRASE_FACT_CLASSES } from '../../lexicon/fact-phrases.js';
import type { ExtractContext } from '../context.js';
import type { SentenceView } from './01-sentence-view.js';
import { modalityAt } from './02-modality.js';

const STAGE = 'extract/facts/set-phrases';
const CUES = PHRASE_FACT_CLASSES.map((c) => new RegExp(`(?<![\\p{L}])(?:${c.cues.join('|')})(?![\\p{L}])`, 'u'));
const PATTERNS = PHRASE_FACT_CLASSES.map((c) => c.patterns.map((p) => new RegExp(p.source, `${p.flags.replace('g', '')}g`)));

/** A phrase fact about the story's event, as the other steps write it. */
export function eventFact(ctx: ExtractContext, v: SentenceView, stage: string, subjectName: string, predicate: string, object: string, start: number, end: number): FactRecord {
  const { modality, attribution } = modalityAt(v, start, end);
  return {
    kind: 'fact', stage, subject: null, subjectName, predicate, object, objectEntity: null, objectKey: object.toLowerCase(), single: false, modality, attribution,
    span: { article: ctx.article.id, start, end }, evidence: { article: ctx.article.id, start: v.start, end: v.end }, sentence: v.index,
  };
}

export function setPhraseFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  const out: FactRecord[] = [];
  PHRASE_FACT_CLASSES.forEach((c, k) => {
    if (!CUES[k]!.test(v.lower)) return;
    for (const re of PATTERNS[k]!) {
      for (const m of v.lower.matchAll(re)) {
        const value = c.value ?? m[1];
        if (!value) continue;
        const start = v.start + m.index;
        out.push(eventFact(ctx, v, STAGE, `the ${c.predicate.split(':')[0]}`, c.predicate, value, start, start + m[0].length));
      }
    }
  });
  return out;
}
