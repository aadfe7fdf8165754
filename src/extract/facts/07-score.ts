/**
 * Step 7: a contest's score. Two numbers joined by a dash, or a run of them ("6-4, 6-3",
 * "7-6 (7-4) 6-2"), in a sentence that names a win, a defeat or a match (src/lexicon/fact-adjuncts.ts)
 * are the score of the story's contest; the value is the run with single spaces ("6-4 6-3"), so
 * "6-4, 6-3" and "6-4 6-3" agree. "aged 15-49" and "voted 52-48" are not scores.
 */
import type { FactRecord } from '../../model/records.js';
import { NOT_SCORE_BEFORE, SCORE_CUES } from '../../lexicon/fact-adjuncts.js';
import type { ExtractContext } from '../context.js';
import { formsRegex, type SentenceView } from './01-sentence-view.js';
import { modalityAt } from './02-modality.js';
import { allMatches } from '../../util/matches.js';

const STAGE = 'extract/facts/score';
const CUE = formsRegex(SCORE_CUES);
const PAIR = String.raw`\d{1,3}\s?[-–]\s?\d{1,3}(?:\s?\(\d{1,2}(?:[-–]\d{1,2})?\))?`;
const RUN = new RegExp(`(?<![\\p{L}\\p{N}.,:/–-])${PAIR}(?:(?:,\\s*|\\s+|,?\\s+and\\s+)${PAIR})*(?![\\p{N}–-]|\\s?(?:years?|year-olds?|percent|per cent|%)\\b)`, 'gu');
const NOT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NOT_SCORE_BEFORE.map((w) => w.replace(/\./gu, '\\.')).join('|')})\\s+(?:of\\s+|the\\s+)?$`, 'iu');

/** "6-4, 6-3" → "6-4 6-3"; "7–6 (7-4)" → "7-6(7-4)". */
export function scoreValue(run: string): string {
  return run.replace(/[–]/gu, '-').replace(/\s?-\s?/gu, '-').replace(/\s?\(/gu, '(').replace(/,?\s+(?:and\s+)?|,\s*/gu, ' ').trim();
}

/** The score of the contest named in one sentence, when there is one. */
export function scoreFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  CUE.lastIndex = 0;
  if (!CUE.test(v.lower)) return [];
  const out: FactRecord[] = [];
  for (const m of allMatches(RUN, v.text)) {
    if (NOT_BEFORE.test(v.text.slice(0, m.index))) continue;
    const value = scoreValue(m[0]);
    const start = v.start + m.index;
    const end = start + m[0].length;
    const { modality, attribution } = modalityAt(v, start, end);
    out.push({
      kind: 'fact', stage: STAGE, subject: null, subjectName: 'the contest', predicate: 'contest:score', object: value, objectEntity: null,
      objectKey: value, single: true, modality, attribution,
      span: { article: ctx.article.id, start, end }, evidence: { article: ctx.article.id, start: v.start, end: v.end }, sentence: v.index,
    });
  }
  return out;
}
