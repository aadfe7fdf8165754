/**
 * Step 3: one ledger entry per group of occurrences.
 *
 * - `text`: the most complete wording (most words after normalisation; ties → earliest
 *   occurrence), with paragraph breaks of multi-paragraph quotes folded into spaces.
 * - `speaker`: majority vote over occurrences with a speaker. Votes for merged entities
 *   (resolver ids) outrank unnamed or unresolved attributions ("a source"), which only
 *   count when no occurrence names an entity. Ties → the earliest occurrence. The name is
 *   the merged entity's name, the role the most frequent role given with that speaker.
 * - `altered`: some occurrence is not a faithful rendering of the most complete one
 *   (after dropping marks, case, punctuation and bracketed insertions, a run of words it
 *   quotes between ellipses does not appear word for word in it). Truncating or eliding
 *   is not altering.
 * - `firstArticle`: the earliest `published` among the articles carrying it (date-only
 *   and date-time values compare by their first ten characters first, then in full; ties
 *   → article id). Null when none of them has a date: article order is not time order.
 * - `speakerConflict`: occurrences are attributed to two or more different merged entities
 *   (entities with the same name count as one).
 */
import type { Article, Quote } from '../../contract/analysis-schema.js';
import type { QuoteRecord } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';
import type { NormalisedQuote } from './01-normalise.js';
import { faithfulTo } from './01-normalise.js';

export interface Occurrence {
  readonly article: Article;
  readonly record: QuoteRecord;
  readonly norm: NormalisedQuote;
  /** merged entity id of the speaker, or null */
  readonly speakerId: string | null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Order occurrences by article id, then offset. */
export function byPosition(a: Occurrence, b: Occurrence): number {
  return cmp(a.article.id, b.article.id) || a.record.span.start - b.record.span.start;
}

function displayText(s: string): string {
  return s.replace(/\s*\n+\s*[\u201C"\u00AB\u00BB\u201E\u2018]?/g, ' ').trim();
}

function majority<T>(items: readonly T[], key: (t: T) => string): T | undefined {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  let best: T | undefined;
  let bestN = 0;
  for (const t of items) {
    const n = counts.get(key(t))!;
    if (n > bestN) {
      best = t;
      bestN = n;
    }
  }
  return best;
}

function speakerOf(group: readonly Occurrence[], resolver: EntityResolver): Quote['speaker'] {
  const said = group.filter((o) => o.record.speaker !== null);
  const named = said.filter((o) => o.speakerId !== null);
  const pool = named.length > 0 ? named : said;
  const key = (o: Occurrence) => o.speakerId ?? `name:${o.record.speaker!.name.toLowerCase()}`;
  const winner = majority(pool, key);
  if (!winner) return null;
  const same = pool.filter((o) => key(o) === key(winner));
  const withRole = same.filter((o) => o.record.speaker!.role !== null);
  const role = majority(withRole, (o) => o.record.speaker!.role!)?.record.speaker!.role ?? null;
  const merged = winner.speakerId === null ? undefined : resolver.entity(winner.speakerId);
  return { name: merged?.name ?? winner.record.speaker!.name, entity: winner.speakerId, role };
}

function published(a: Article): string | null {
  return a.published;
}

function firstArticleOf(group: readonly Occurrence[]): string | null {
  let best: Article | null = null;
  for (const { article } of group) {
    const p = published(article);
    if (p === null) continue;
    if (best === null) {
      best = article;
      continue;
    }
    const q = published(best)!;
    const order = cmp(p.slice(0, 10), q.slice(0, 10)) || cmp(p, q) || cmp(article.id, best.id);
    if (order < 0) best = article;
  }
  return best?.id ?? null;
}

/** Build the ledger entry for one group (occurrences sorted by position). */
export function assembleQuote(id: string, group: readonly Occurrence[], resolver: EntityResolver): Quote {
  let longest = group[0]!;
  for (const o of group) if (o.norm.words.length > longest.norm.words.length) longest = o;
  // two ids whose merged entities carry the same name are one speaker (an unmerged duplicate)
  const ids = new Set(group.map((o) => o.speakerId).filter((x): x is string => x !== null).map((x) => resolver.entity(x)?.name.toLowerCase() ?? x));
  return {
    id,
    text: displayText(longest.record.text),
    speaker: speakerOf(group, resolver),
    occurrences: group.map((o) => ({
      article: o.article.id,
      start: o.record.span.start,
      end: o.record.span.end,
      text: o.record.text,
      speakerName: o.record.speaker?.name ?? null,
      speakerRole: o.record.speaker?.role ?? null,
      outlet: o.article.outlet,
      partial: o.record.partial,
    })),
    altered: group.some((o) => o !== longest && !faithfulTo(o.norm, longest.norm)),
    firstArticle: firstArticleOf(group),
    speakerConflict: ids.size > 1,
  };
}
