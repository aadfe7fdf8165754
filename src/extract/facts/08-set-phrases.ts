/**
 * Step 8: facts worded as set phrases (src/lexicon/fact-phrases.ts): how a contest was won ("in
 * straight sets" = "without dropping a set"), a recall's hazard and remedy, a study's finding on a
 * dose. Every wording of a class gives the class's one value, so outlets that word it differently
 * agree. A class is tried only in an article, and a sentence, that holds one of its cue words.
 */
import type { FactRecord } from '../../model/records.js';
import { PHRASE_FACT_CLASSES } from '../../lexicon/fact-phrases.js';
import type { ExtractContext } from '../context.js';
import { articleWords, type SentenceView } from './01-sentence-view.js';
import { modalityAt } from './02-modality.js';
import { allMatches } from '../../util/matches.js';

const STAGE = 'extract/facts/set-phrases';
const cueRegex = (cues: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${cues.join('|')})(?![\\p{L}])`, 'u');
const CLASSES = PHRASE_FACT_CLASSES.map((c) => ({
  c, cue: cueRegex(c.cues), patterns: c.patterns.map((p) => new RegExp(p.source, `${p.flags.replace('g', '')}g`)),
}));
/** The classes whose cue words the article holds, once per article: most articles hold none. */
const ACTIVE = new WeakMap<object, readonly (typeof CLASSES)[number][]>();
function activeClasses(ctx: ExtractContext): readonly (typeof CLASSES)[number][] {
  let a = ACTIVE.get(ctx.article);
  if (!a) {
    const words = articleWords(ctx);
    a = CLASSES.filter((x) => x.c.cues.some((w) => words.has(w)));
    ACTIVE.set(ctx.article, a);
  }
  return a;
}

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
  for (const { c, cue, patterns } of activeClasses(ctx)) {
    if (!cue.test(v.lower)) continue;
    for (const re of patterns) {
      for (const m of allMatches(re, v.lower)) {
        const value = c.value ?? m[1];
        if (!value) continue;
        const start = v.start + m.index;
        out.push(eventFact(ctx, v, STAGE, `the ${c.predicate.split(':')[0]}`, c.predicate, value, start, start + m[0].length));
      }
    }
  }
  return out;
}
