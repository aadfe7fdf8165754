/**
 * The merged timeline: every article's dated events, the same event told by
 * several articles merged into one (with all their evidence), and date
 * conflicts — the same event given different dates — and date agreements —
 * the same event given the same date by several articles — as `date` claims.
 *
 * Decisions (each step's file says why):
 * - an article with no publication date has its relative dates resolved against
 *   the story's earliest publication day, marked inferred (00);
 * - same event = compatible dates and enough shared stemmed content words
 *   (Jaccard), less when a merged entity is shared too (02);
 * - heads: the event-verb class nearest the date (src/lexicon/event-verb-classes.ts,
 *   "designated"/"designation"/"classified" → `designate`) or an office just
 *   before it ("mayor since 2017"). On one date, the same head plus a shared
 *   entity or keyword is one event however worded; different heads keep two
 *   events apart unless their words are nearly the same (02, event-head.ts);
 * - precision: "2025-03" merges with "2025-03-05" (stricter match; the event
 *   takes the day) but never with two different days; a year-only date merges
 *   only with year-only dates (02);
 * - conflict = close descriptions, incompatible dates at most 31 days apart,
 *   disjoint articles; one claim per connected set, one value per date (04).
 *   One head class in both ("started"/"broke out", "until"/"deadline") with
 *   enough shared keywords is close enough; different heads need nearly the
 *   same words;
 * - agreement = a merged event, not in conflict, whose exact date is given by
 *   ≥ 2 articles, with one head written in ≥ 2 articles and an entity or
 *   keyword they share; one `agreed` claim with one value (the date as first
 *   written, `normalized` the ISO date) and every agreeing member's evidence.
 *   Background dates ("since 1997") count: they are what outlets agree on.
 *   No `single` date claims: every event is on the timeline already (05);
 * - keyed conflict = the same head class about the same subject or object
 *   (entity ids for names), on clashing dates, from disjoint articles — even
 *   with few shared words; a year apart only for one-time events (06);
 * - `weak` when every account is background (a year alone, "since …");
 * - order: date (coarser first within a period), description, first evidence;
 *   ids t1… follow that order.
 */
import type { Claim, Diagnostic, TimelineEvent } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';
import { withStoryReference } from './00-story-reference.js';
import { collectEvents } from './01-collect.js';
import { mergeSameEvents } from './02-merge-same-event.js';
import { groupEvent, type EventGroup } from './03-group-events.js';
import { dateClaim, findDateConflicts } from './04-date-conflicts.js';
import { agreeingMembers, agreementClaim } from './05-date-agreements.js';
import { compareKeyed, joinConflictSets } from './06-keyed-date-conflicts.js';

export interface TimelineMerge {
  readonly events: TimelineEvent[];
  /** `date` claims: the same event given different dates (`conflict`) or the same date by several articles (`agreed`). */
  readonly claims: Claim[];
  /** info notes: articles whose dates were resolved against the story's reference day (step 0). */
  readonly diagnostics: readonly Diagnostic[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Order of the timeline: date (coarser first within a period), then description, then first evidence. */
function byDateThenDescription(a: EventGroup, b: EventGroup): number {
  const ea = a.evidence[0]!;
  const eb = b.evidence[0]!;
  return byString(a.date, b.date) || byString(a.description, b.description) || byString(ea.article, eb.article) || ea.start - eb.start;
}

/** The articles whose date for this event is inferred (step 0), when there are any. */
function inferredIn(g: EventGroup): { inferredIn?: string[] } {
  const ids = [...new Set(g.members.filter((m) => m.event.inferred === true).map((m) => m.article))].sort(byString);
  return ids.length > 0 ? { inferredIn: ids } : {};
}

/** Merge all articles' events into one timeline, with date conflicts and agreements as claims. */
export function mergeTimeline(extractions: readonly ArticleExtraction[], resolver: EntityResolver): TimelineMerge {
  // 0: undated articles' dates resolved against the story's earliest publication day.
  const dated = withStoryReference(extractions);
  // 1–3: items, same-event groups, merged events — sorted so that ids are stable.
  const items = collectEvents(dated.extractions, resolver);
  const groups = mergeSameEvents(items).map((g) => groupEvent(g.map((i) => items[i]!))).sort(byDateThenDescription);
  // 4: conflicts between merged events; 6: joined by conflicts keyed by the event's verb class and
  //    what it is about, which step 4's word overlap misses (before step 5, which skips conflicts).
  //    Step 6 also vetoes step 4's pairs that are two events however alike their words.
  const keyed = compareKeyed(dated.extractions, resolver, items, groups);
  const conflictSets = joinConflictSets(findDateConflicts(groups, keyed.apart), keyed.pairs);
  const inConflict = new Set(conflictSets.flat());
  const events: TimelineEvent[] = groups.map((g, k) => ({
    id: `t${k + 1}`,
    date: g.date,
    description: g.description,
    entities: [...g.entities],
    evidence: [...g.evidence],
    articles: [...g.articles],
    ...(inConflict.has(k) ? { dateConflict: true } : {}),
    ...(g.members.every((m) => m.event.weak === true) ? { weak: true } : {}),
    ...inferredIn(g),
  }));
  const claims = conflictSets.map((set, n) => {
    // the topic is the description of the most widely reported version.
    const main = [...set].sort((a, b) => groups[b]!.articles.length - groups[a]!.articles.length || a - b)[0]!;
    return dateClaim(`cd${n + 1}`, set.map((k) => groups[k]!), groups[main]!.description);
  });
  // 5: agreements — merged events outside any conflict, in timeline order.
  const agreed: Claim[] = [];
  groups.forEach((g, k) => {
    if (inConflict.has(k)) return;
    const members = agreeingMembers(g);
    if (members) agreed.push(agreementClaim(`ca${agreed.length + 1}`, g, members));
  });
  return { events, claims: [...claims, ...agreed], diagnostics: dated.diagnostics };
}
