/**
 * Step 4: date conflicts — the same event given different, incompatible dates
 * by different articles ("announced on March 5" in one, "on March 6" in
 * another). Merged events are compared (blocked by entity and word) and a pair
 * is in conflict when the descriptions match closely, the articles are
 * disjoint (one article giving two dates is telling two events), and the
 * dates are near each other (within `MAX_DAYS_APART`). Each connected set of
 * conflicting events becomes one `date` claim with one value per date.
 */
import type { Claim, ClaimValue, Span } from '../../contract/analysis-schema.js';
import { candidatePairs, periodOf } from './blocking.js';
import type { EventGroup } from './03-group-events.js';
import { jaccard, sharedCount } from './content-words.js';
import { compatible, daysApart } from './date-compat.js';
import { HEAD_STEMS } from './event-head.js';

/** Word overlap needed for a conflict, without / with a shared entity. */
export const CONFLICT = { words: 0.6, wordsWithEntity: 0.45, minWords: 3 } as const;
/** Dates further apart than this are taken to be different events (blocking compares adjacent months only). @default 31 */
export const MAX_DAYS_APART = 31;
/**
 * With one head class in both ("started" / "broke out", "until" / "deadline"), the
 * thing it happened to is what must match: at least `minKeywords` shared keywords
 * (content words that are not event verbs) making up at least `share` of the
 * smaller event's keywords — so "the fire started … near the campground" and "the
 * blaze broke out … near the campground" pair, while two deadlines for two things
 * named by one official do not.
 */
export const SAME_HEAD = { minKeywords: 3, share: 0.5 } as const;

const headsOf = (g: EventGroup) => new Set(g.members.map((m) => m.head).filter((h): h is string => h !== null));
const keywordsOf = (g: EventGroup) => new Set([...g.words].filter((w) => !HEAD_STEMS.has(w)));

/** True when the two merged events share a head class and enough of what it happened to. */
function sameHeadSameThing(a: EventGroup, b: EventGroup): boolean {
  const hb = headsOf(b);
  if (![...headsOf(a)].some((h) => hb.has(h))) return false;
  const ka = keywordsOf(a);
  const kb = keywordsOf(b);
  let shared = 0;
  for (const w of ka) if (kb.has(w)) shared++;
  return shared >= SAME_HEAD.minKeywords && shared >= SAME_HEAD.share * Math.min(ka.size, kb.size);
}

/** True when both events have heads and none is shared ("accepted until Friday" / "reviewed by Monday"). */
function headsDiffer(a: EventGroup, b: EventGroup): boolean {
  const ha = headsOf(a);
  const hb = headsOf(b);
  return ha.size > 0 && hb.size > 0 && ![...ha].some((h) => hb.has(h));
}

function inConflict(a: EventGroup, b: EventGroup): boolean {
  if (compatible(a.date, b.date) || daysApart(a.date, b.date) > MAX_DAYS_APART) return false;
  if (a.words.size < CONFLICT.minWords || b.words.size < CONFLICT.minWords) return false;
  if (sharedCount(a.articles, b.articles) > 0) return false;
  if (sameHeadSameThing(a, b)) return true;
  const words = jaccard(a.words, b.words);
  if (headsDiffer(a, b)) return words >= CONFLICT.words;
  return words >= CONFLICT.words || (sharedCount(a.entities, b.entities) > 0 && words >= CONFLICT.wordsWithEntity);
}

/**
 * Sets of group indices whose members disagree on the date (each set ≥ 2, sorted). `apart`, when
 * given, vetoes a pair of groups that tell two different events however alike their words (step 6).
 */
export function findDateConflicts(groups: readonly EventGroup[], apart?: (i: number, j: number) => boolean): number[][] {
  // each key in the group's period and the next one: groups a month apart share a key.
  const keyed = groups.map((g, i) => {
    const base = [...g.entities.map((e) => `e:${e}`), ...[...g.words].map((w) => `w:${w}`)];
    const periods = [periodOf(g.date), periodOf(g.date, 1)];
    return { i, keys: base.flatMap((k) => periods.map((p) => `${k}@${p}`)), sort: `${[...g.words].sort().join(' ')}\u0000${g.date}` };
  });
  const parent = groups.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [i, j] of candidatePairs(keyed)) {
    if (inConflict(groups[i]!, groups[j]!) && !(apart?.(i, j) ?? false)) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
  }
  const sets = new Map<number, number[]>();
  groups.forEach((_, i) => {
    const r = find(i);
    const set = sets.get(r);
    if (set) set.push(i);
    else sets.set(r, [i]);
  });
  return [...sets.values()].filter((s) => s.length > 1).sort((a, b) => a[0]! - b[0]!);
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `date` claim for one set of conflicting events; `id` is given by the caller. */
export function dateClaim(id: string, set: readonly EventGroup[], topic: string): Claim {
  const byDate = new Map<string, EventGroup[]>();
  for (const g of set) {
    const same = byDate.get(g.date);
    if (same) same.push(g);
    else byDate.set(g.date, [g]);
  }
  const values: ClaimValue[] = [...byDate.keys()].sort(byString).map((date) => {
    const gs = byDate.get(date)!;
    const evidence: Span[] = gs.flatMap((g) => [...g.evidence]).sort((a, b) => byString(a.article, b.article) || a.start - b.start);
    const first = gs.flatMap((g) => [...g.members]).sort((a, b) => a.i - b.i)[0]!;
    return {
      value: first.dateText,
      normalized: date,
      qualifier: null,
      unit: null,
      articles: [...new Set(gs.flatMap((g) => [...g.articles]))].sort(byString),
      evidence,
    };
  });
  const articles = [...new Set(values.flatMap((v) => v.articles))].sort(byString);
  return { id, kind: 'date', topic, status: 'conflict', values, articles };
}
