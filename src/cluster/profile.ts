/**
 * Story profiles: running sums of member articles' terms and entities, capped so a profile
 * stays a few kilobytes however many articles a story gathers.
 */
import { MAX_PROFILE_ENTITIES, MAX_PROFILE_OFFICES, MAX_PROFILE_TERMS, MAX_PROFILE_TITLE_NAMES } from './options.js';
import type { ArticleFeatures, StoryProfile } from './types.js';

/** The `cap` largest entries (ties by key, so the result is deterministic), as a sorted record. */
function capRecord(counts: Map<string, number>, cap: number): Record<string, number> {
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, cap);
  return Object.fromEntries(top.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

function sum(a: Readonly<Record<string, number>>, b: Iterable<readonly [string, number]>): Map<string, number> {
  const out = new Map(Object.entries(a));
  for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

type Window = Pick<StoryProfile, 'firstDay' | 'lastDay' | 'undated' | 'month'>;

/**
 * The story window of two windows: an undated one (only undated or month-only members) gives way
 * to a dated one, so a story's window never grows from a member whose day is not known — an
 * undated article ingested years after its story would otherwise stretch the story over years.
 * Between two windows with no dated member, a month (the days a month-only member may be from)
 * beats an undated placeholder.
 */
function joinWindows(a: Window, b: Window): Window {
  if (a.undated && !b.undated) return { firstDay: b.firstDay, lastDay: b.lastDay };
  if (b.undated && !a.undated) return { firstDay: a.firstDay, lastDay: a.lastDay };
  if (a.undated && b.undated && Boolean(a.month) !== Boolean(b.month)) return a.month ? a : b;
  return {
    firstDay: Math.min(a.firstDay, b.firstDay),
    lastDay: Math.max(a.lastDay, b.lastDay),
    ...(a.undated ? { undated: true as const, ...(a.month ? { month: true as const } : {}) } : {}),
  };
}

/** The longest span of possible days that is a month, not "any day" (features.days). */
export const MONTH_DAYS = 31;

/**
 * The window one article brings: its day; the days of its month when only the month is known
 * (marked undated and month); a stand-in day marked undated when it has no date (features.days set).
 */
export function articleWindow(f: ArticleFeatures): Window {
  if (!f.days) return { firstDay: f.day, lastDay: f.day };
  const [first, last] = f.days;
  if (last - first <= MONTH_DAYS) return { firstDay: first, lastDay: last, undated: true, month: true };
  return { firstDay: f.day, lastDay: f.day, undated: true };
}

/** `profile` with one more article (a new profile for `storyId` when `profile` is undefined). */
export function addToProfile(profile: StoryProfile | undefined, features: ArticleFeatures, storyId: number): StoryProfile {
  const own = articleWindow(features);
  // an undated member of a dated story takes the story's window (it never grows it).
  const window = profile ? joinWindows(profile, own) : own;
  return {
    storyId,
    articleCount: (profile?.articleCount ?? 0) + 1,
    ...window,
    terms: capRecord(sum(profile?.terms ?? {}, features.terms), MAX_PROFILE_TERMS),
    entities: capRecord(sum(profile?.entities ?? {}, features.entities.map((e) => [e, 1] as const)), MAX_PROFILE_ENTITIES),
    ...titleNamesOf(profile?.titleNames ?? {}, (features.titleNames ?? []).map((t) => [t, 1] as const)),
    ...officesOf(profile?.offices ?? {}, (features.offices ?? []).map((t) => [t, 1] as const)),
  };
}

/** The titleNames field of a profile (absent when no member's title named anyone). */
function titleNamesOf(a: Readonly<Record<string, number>>, b: Iterable<readonly [string, number]>): { titleNames?: Record<string, number> } {
  const names = capRecord(sum(a, b), MAX_PROFILE_TITLE_NAMES);
  return Object.keys(names).length ? { titleNames: names } : {};
}

/** The offices field of a profile (absent when no member named an office-holder). */
function officesOf(a: Readonly<Record<string, number>>, b: Iterable<readonly [string, number]>): { offices?: Record<string, number> } {
  const offices = capRecord(sum(a, b), MAX_PROFILE_OFFICES);
  return Object.keys(offices).length ? { offices } : {};
}

/** `into` absorbs `from` (the result keeps `into.storyId`). */
export function mergeProfiles(into: StoryProfile, from: StoryProfile): StoryProfile {
  return {
    storyId: into.storyId,
    articleCount: into.articleCount + from.articleCount,
    ...joinWindows(into, from),
    terms: capRecord(sum(into.terms, Object.entries(from.terms)), MAX_PROFILE_TERMS),
    entities: capRecord(sum(into.entities, Object.entries(from.entities)), MAX_PROFILE_ENTITIES),
    ...titleNamesOf(into.titleNames ?? {}, Object.entries(from.titleNames ?? {})),
    ...officesOf(into.offices ?? {}, Object.entries(from.offices ?? {})),
  };
}
