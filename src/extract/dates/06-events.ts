/**
 * Step 6: one `EventRecord` per resolved date — the dated clause, its short
 * description (the clause's own words, date included), and the entities mentioned in it. Every dated statement is kept;
 * background ones (a year alone, a "since …" date, a clause of one or two words)
 * are marked `weak` so the timeline can show them apart.
 */
import type { DateMention, EntityLayer, EventRecord, Mention } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import { clauseAround } from './clause.js';
import { describe } from './description.js';
import { DATE_STAGE } from './05-date-mentions.js';

/** Mentions inside `[start, end)`; `mentions` is sorted by start (EntityLayer's contract). */
function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < mentions.length && mentions[k]!.span.start < end; k++) if (mentions[k]!.span.end <= end) out.push(mentions[k]!);
  return out;
}

/** The mention just before a relative clause ("X — which …", "X, who …"), if there is one. */
function antecedentOf(mentions: readonly Mention[], text: string, clauseStart: number): string | null {
  const before = mentions.filter((m) => m.span.end <= clauseStart && clauseStart - m.span.end <= 3 && /^[\s,—–-]*$/.test(text.slice(m.span.end, clauseStart)));
  return before.length > 0 ? before[before.length - 1]!.text : null;
}

/** The events of one article, in text order. */
export function datedEvents(ctx: ExtractContext, dates: readonly DateMention[], entities: EntityLayer): EventRecord[] {
  const { text, sentences } = ctx.doc;
  const out: EventRecord[] = [];
  const bySentence = new Map<number, DateMention[]>();
  for (const dm of dates) {
    const same = bySentence.get(dm.sentence);
    if (same) same.push(dm);
    else bySentence.set(dm.sentence, [dm]);
  }
  for (const dm of dates) {
    if (dm.date === null) continue;
    const sentence = sentences[dm.sentence];
    if (sentence === undefined) continue;
    const clause = clauseAround(text, sentence, dm.span.start, dm.span.end);
    const inSentence = mentionsIn(entities.mentions, sentence.start, sentence.end);
    const datesInClause = (bySentence.get(dm.sentence) ?? []).filter((o) => o.span.start >= clause.start && o.span.end <= clause.end).map((o) => o.span);
    // date words are not entities of the event ("March", "Tuesday" tagged as proper nouns).
    const outsideDates = (m: Mention) => datesInClause.every((ds) => m.span.end <= ds.start || m.span.start >= ds.end);
    const inClause = mentionsIn(inSentence, clause.start, clause.end).filter(outsideDates);
    const description = describe(text, clause, antecedentOf(inSentence, text, clause.start), dm.span);
    const keys = [...new Set(inClause.map((m) => m.entity))];
    const since = /\bsince\s+$/i.test(text.slice(Math.max(0, dm.span.start - 7), dm.span.start));
    // "on Tuesday, officials said": the words besides the date say too little.
    const weak = dm.precision === 'year' || since || description.split(' ').length - dm.text.split(/\s+/).length < 3;
    out.push({
      kind: 'event',
      stage: DATE_STAGE,
      date: dm.date,
      precision: dm.precision,
      description,
      entities: keys,
      evidence: spanOf(ctx, clause.start, clause.end),
      dateSpan: dm.span,
      ...(weak ? { weak: true } : {}),
    });
  }
  return out;
}
