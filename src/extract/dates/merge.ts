/**
 * Shared by the text-rule steps (5b, 5c): which mentions a new date replaces, and the merged,
 * ordered list.
 */
import type { DateMention, DatePrecision } from '../../model/records.js';
import type { Sentence } from '../../nlp/nlp-doc.js';
import type { ExtractContext } from '../context.js';
import { spanOf } from '../context.js';
import type { YMD } from './02-parse-windows.js';
import { DATE_STAGE } from './05-date-mentions.js';
import { allMatches } from '../../util/matches.js';

/**
 * The mentions inside [start, end) (the new date replaces them), or null when one crosses its
 * edge (the new date is dropped). `extra` may claim more mentions as replaceable.
 */
export function replaceable(mentions: readonly DateMention[], start: number, end: number, extra?: (m: DateMention) => boolean): DateMention[] | null {
  const inside = mentions.filter((m) => (m.span.start >= start && m.span.end <= end) || (extra?.(m) ?? false));
  return mentions.some((m) => m.span.start < end && m.span.end > start && !inside.includes(m)) ? null : inside;
}

/** `mentions` without the replaced ones, with the added ones, in text order. */
export function mergeMentions(mentions: readonly DateMention[], added: readonly DateMention[], replaced: ReadonlySet<DateMention>): DateMention[] {
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A date found by a text rule, relative unless `absolute`; `period` is a TimeML period of its year or a decade or century. */
export function ruleMention(ctx: ExtractContext, sentence: number, start: number, end: number, value: YMD, precision: DatePrecision, extra: { period?: string; relative?: boolean; approximate?: boolean; stage?: string } = {}): DateMention {
  const { y, m, d } = value;
  const date = precision === 'year' ? pad(y, 4) : precision === 'month' ? `${pad(y, 4)}-${pad(m)}` : `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return {
    kind: 'date', stage: extra.stage ?? DATE_STAGE, span: spanOf(ctx, start, end), text: ctx.doc.text.slice(start, end), date, precision,
    anchored: true, relative: extra.relative ?? true, sentence,
    ...(extra.approximate === true ? { approximate: true } : {}),
    ...(extra.period !== undefined ? { period: extra.period } : {}),
  };
}

/** What a text rule made of one match: the new date, and the mentions it takes the place of. */
export interface RuleHit {
  readonly mention: DateMention;
  readonly replaces: readonly DateMention[];
}

/**
 * Run `pattern` (global) over the sentences that `trigger` matches; `read` turns a match at
 * [start, end) into a date or null, and may look at what was replaced so far. Returns the merged list.
 */
export function scanSentences(
  ctx: ExtractContext, mentions: readonly DateMention[], trigger: RegExp, pattern: RegExp,
  read: (match: RegExpMatchArray, s: Sentence, start: number, end: number, replaced: ReadonlySet<DateMention>) => RuleHit | null,
): DateMention[] {
  const { doc } = ctx;
  const added: DateMention[] = [];
  const replaced = new Set<DateMention>();
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!trigger.test(text)) continue;
    for (const match of allMatches(pattern, text)) {
      const start = s.start + (match.index ?? 0);
      const hit = read(match, s, start, start + match[0].length, replaced);
      if (hit === null) continue;
      for (const m of hit.replaces) replaced.add(m);
      added.push(hit.mention);
    }
  }
  return mergeMentions(mentions, added, replaced);
}
