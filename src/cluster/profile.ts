/**
 * Story profiles: running sums of member articles' terms and entities, capped so a profile
 * stays a few kilobytes however many articles a story gathers.
 */
import { MAX_PROFILE_ENTITIES, MAX_PROFILE_TERMS } from './options.js';
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

/** `profile` with one more article (a new profile for `storyId` when `profile` is undefined). */
export function addToProfile(profile: StoryProfile | undefined, features: ArticleFeatures, storyId: number): StoryProfile {
  return {
    storyId,
    articleCount: (profile?.articleCount ?? 0) + 1,
    firstDay: Math.min(profile?.firstDay ?? features.day, features.day),
    lastDay: Math.max(profile?.lastDay ?? features.day, features.day),
    terms: capRecord(sum(profile?.terms ?? {}, features.terms), MAX_PROFILE_TERMS),
    entities: capRecord(sum(profile?.entities ?? {}, features.entities.map((e) => [e, 1] as const)), MAX_PROFILE_ENTITIES),
  };
}

/** `into` absorbs `from` (the result keeps `into.storyId`). */
export function mergeProfiles(into: StoryProfile, from: StoryProfile): StoryProfile {
  return {
    storyId: into.storyId,
    articleCount: into.articleCount + from.articleCount,
    firstDay: Math.min(into.firstDay, from.firstDay),
    lastDay: Math.max(into.lastDay, from.lastDay),
    terms: capRecord(sum(into.terms, Object.entries(from.terms)), MAX_PROFILE_TERMS),
    entities: capRecord(sum(into.entities, Object.entries(from.entities)), MAX_PROFILE_ENTITIES),
  };
}
