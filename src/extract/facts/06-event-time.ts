/**
 * Step 6: times of day and what they are the time of. "at 11:59 p.m.", "around 7.20 PM", "7pm",
 * "noon", "midnight" are read as 24-hour values ("23:59"); the words of the clause around the
 * time say whose time it is (src/lexicon/fact-adjuncts.ts): a deadline ("by 5pm", "the deadline
 * of 11:59 p.m."), the event's onset ("the crash occurred around 7pm") or a statement ("at 11:53
 * p.m., the union posted …"). A time with no such word is no fact: it may be any hour of the story.
 */
import type { FactRecord } from '../../model/records.js';
import { TIME_ANCHORS } from '../../lexicon/fact-adjuncts.js';
import type { ExtractContext } from '../context.js';
import { formsRegex, type SentenceView } from './01-sentence-view.js';
import { modalityAt } from './02-modality.js';
import { allMatches } from '../../util/matches.js';

const STAGE = 'extract/facts/event-time';
/**
 * "11:59 p.m.", "7.20 PM", "7pm", "12:00am"; a 24-hour or unmarked clock after "at", "around", "by"
 * ("at 22:33 local time", "at 10.33"); a bare "03:53" (a dateline's clock) is not read.
 */
const CLOCK =
  /(?<![\p{L}\p{N}:.])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?|(?<![\p{L}])(noon|midday|midnight)(?![\p{L}])|(?<=\b(?:at|around|about|by|from|until)\s+(?:around\s+|about\s+)?)([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:.]\d|\s?[ap]\.?\s?m\b)/giu;
const ANCHORS = TIME_ANCHORS.map((a) => ({ ...a, re: formsRegex(a.words) }));
/** How far from the time an anchor word may be, in characters, inside the clause. */
const REACH = 60;
/** "by 11:59 p.m.", "by around noon": a time something must happen by is a deadline. */
const BY_BEFORE = /\bby\s+(?:around\s+|about\s+)?$/u;
const CLAUSE_EDGE = /[;:!?]|\.\s|,\s+(?:but|while|whereas|although|though|and)\b/gu;

/**
 * "23:59" for "11:59 p.m."; "22:33" for a 24-hour "22:33"; "~10:33" for an unmarked "10:33", which
 * may be either half of the day (src/compare/facts: it matches 10:33 and 22:33); null for an impossible clock.
 */
export function clockValue(hour: string | undefined, minute: string | undefined, half: string | undefined, word: string | undefined): string | null {
  if (word) return word.toLowerCase() === 'midnight' ? '00:00' : '12:00';
  if (half === undefined) {
    const h24 = Number(hour);
    const hh = `${String(h24).padStart(2, '0')}:${minute}`;
    return h24 === 0 || h24 > 12 || hour!.startsWith('0') ? hh : `~${hh}`;
  }
  let h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (!(h >= 1 && h <= 12) || m > 59) return null;
  if (half!.toLowerCase() === 'p' && h < 12) h += 12;
  if (half!.toLowerCase() === 'a' && h === 12) h = 0;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The text around [start, end) inside its clause, at most REACH characters each way. */
function clauseAround(v: SentenceView, start: number, end: number): { before: string; after: string } {
  const rel = start - v.start;
  const relEnd = end - v.start;
  let from = Math.max(0, rel - REACH);
  let to = Math.min(v.lower.length, relEnd + REACH);
  for (const m of allMatches(CLAUSE_EDGE, v.lower)) {
    if (m.index + m[0].length <= rel) from = Math.max(from, m.index + m[0].length);
    else if (m.index >= relEnd) to = Math.min(to, m.index);
  }
  return { before: v.lower.slice(from, rel), after: v.lower.slice(relEnd, to) };
}

/** Times of day in one sentence, each with what it is the time of. */
export function eventTimeFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  const out: FactRecord[] = [];
  for (const c of allMatches(CLOCK, v.text)) {
    const value = c[5] !== undefined ? clockValue(c[5], c[6], undefined, undefined) : clockValue(c[1], c[2], c[3], c[4]);
    if (value === null) continue;
    const start = v.start + c.index;
    const end = start + c[0].trimEnd().length;
    const { before, after } = clauseAround(v, start, end);
    const anchor = ANCHORS.find((a) => {
      a.re.lastIndex = 0;
      return a.re.test(`${before} | ${after}`) || (a.role === 'deadline' && BY_BEFORE.test(before));
    });
    if (!anchor) continue;
    const { modality, attribution } = modalityAt(v, start, end);
    out.push({
      kind: 'fact', stage: STAGE, subject: null, subjectName: 'the event', predicate: `time:${anchor.role}`, object: value.replace(/^~/u, ''), objectEntity: null,
      objectKey: value, single: anchor.single, modality, attribution,
      span: { article: ctx.article.id, start, end }, evidence: { article: ctx.article.id, start: v.start, end: v.end }, sentence: v.index,
    });
  }
  return out;
}
