/**
 * Step 5: date agreements — a merged event stated with the same date by
 * several articles becomes a `date` claim with status `agreed` ("the bridge
 * opened in 1968", told by four outlets).
 *
 * A merged event qualifies when, among the members that give exactly the
 * event's date (a member giving only the month of a dated day agrees only
 * partly, so it is left out):
 * - at least `MIN_ARTICLES` different articles give it;
 * - the same head (an event-verb class or an office, event-head.ts) is written
 *   by members of at least `MIN_ARTICLES` articles — without one, a merged
 *   clause says too little about *what* the date is the date of;
 * - those members share a merged entity or a keyword (what the event is about);
 * - the event is not in a date conflict (then it is a `conflict` claim).
 * Background facts ("since 1997", a year alone) qualify like news: the year of
 * a designation or an opening is exactly what outlets agree or disagree on.
 */
import type { Claim, Span } from '../../contract/analysis-schema.js';
import type { EventItem } from './01-collect.js';
import type { EventGroup } from './03-group-events.js';
import { contentWords, jaccard } from './content-words.js';
import { HEAD_STEMS, headWordEnd } from './event-head.js';

/** Articles that must state the same date. @default 2 */
export const MIN_ARTICLES = 2;

/** Words a shortened topic needs; with fewer, the event's description is the topic. @default 3 */
export const MIN_TOPIC_WORDS = 3;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function bySpan(a: Span, b: Span): number {
  return byString(a.article, b.article) || a.start - b.start || a.end - b.end;
}

/** Keys (entity ids, or keywords) held by members of at least `MIN_ARTICLES` articles. */
function sharedAcrossArticles(members: readonly EventItem[], keysOf: (m: EventItem) => Iterable<string>): boolean {
  const articles = new Map<string, Set<string>>();
  for (const m of members) {
    for (const k of keysOf(m)) {
      const set = articles.get(k) ?? new Set<string>();
      set.add(m.article);
      articles.set(k, set);
      if (set.size >= MIN_ARTICLES) return true;
    }
  }
  return false;
}

/** The members that make `g` a date agreement, or null when it is not one. */
export function agreeingMembers(g: EventGroup): EventItem[] | null {
  const exact = g.members.filter((m) => m.event.date === g.date);
  if (new Set(exact.map((m) => m.article)).size < MIN_ARTICLES) return null;
  const byHead = new Map<string, Set<string>>();
  for (const m of exact) if (m.head !== null) byHead.set(m.head, (byHead.get(m.head) ?? new Set()).add(m.article));
  const heads = [...byHead.entries()].filter(([, a]) => a.size >= MIN_ARTICLES).map(([h]) => h).sort(byString);
  const withHead = exact.filter((m) => m.head !== null && heads.includes(m.head));
  if (withHead.length === 0) return null;
  const about = sharedAcrossArticles(withHead, (m) => m.entities) || sharedAcrossArticles(withHead, (m) => [...m.words].filter((w) => !HEAD_STEMS.has(w)));
  return about ? exact : null;
}

/**
 * A short topic: a member description that writes the agreed head, cut at the
 * first clause break after the head word; of these cuts, the one closest to
 * all members' wording, then the shortest ("The bridge opened and is the
 * only road link …" → "The bridge opened"). Falls back to the event's description
 * when no cut has `MIN_TOPIC_WORDS` words.
 */
function topicOf(g: EventGroup, members: readonly EventItem[]): string {
  const heads = new Map<string, number>();
  for (const m of members) if (m.head !== null) heads.set(m.head, (heads.get(m.head) ?? 0) + 1);
  const head = [...heads.entries()].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0]?.[0];
  if (head === undefined) return g.description;
  const own = members.filter((m) => m.head === head);
  const cuts = [...new Set(own.map((m) => m.event.description))].flatMap((t) => {
    const end = headWordEnd(t, head);
    if (end < 0) return [];
    const rest = t.slice(end).search(/\s*(?:[,;:(—–]|\s(?:and|but|when|while|which|who)\s)/);
    const cutText = (rest < 0 ? t : t.slice(0, end + rest)).trim();
    // a cut shorter than MIN_TOPIC_WORDS says too little ("Were killed"): keep it out.
    if (cutText.split(/\s+/).length < MIN_TOPIC_WORDS) return [];
    // the cut most like every member's wording speaks for them all; then the shortest.
    const words = contentWords(cutText);
    const score = Math.round(members.reduce((sum, m) => sum + jaccard(words, m.words), 0) * 1000);
    return [{ t: cutText, score }];
  });
  const cut = cuts.sort((a, b) => b.score - a.score || a.t.length - b.t.length || byString(a.t, b.t)).map((c) => c.t);
  return cut[0] ?? g.description;
}

/** The `agreed` date claim of one merged event and its agreeing members; `id` is given by the caller. */
export function agreementClaim(id: string, g: EventGroup, members: readonly EventItem[]): Claim {
  const ordered = [...members].sort((a, b) => a.i - b.i);
  const evidence = ordered.map((m) => m.event.evidence).sort(bySpan);
  const unique = evidence.filter((s, k) => k === 0 || bySpan(s, evidence[k - 1]!) !== 0);
  const articles = [...new Set(ordered.map((m) => m.article))].sort(byString);
  return {
    id,
    kind: 'date',
    topic: topicOf(g, ordered),
    status: 'agreed',
    values: [{ value: ordered[0]!.dateText, normalized: g.date, qualifier: null, unit: null, articles, evidence: unique }],
    articles,
  };
}
