/**
 * Step 3b of clustering: repair an early split. When articles of one story arrive in an unlucky
 * order (an outlier first), the outlier opens a story, the others open a second one, and no later
 * article scores high enough against both to bridge them. Each time a story grows, its new profile
 * is compared with the other candidate stories the article's index keys found (never a scan of all
 * stories); a candidate whose profile now converges with it (scoreStories ≥ the threshold, and at
 * least one shared name) is merged in.
 */
import { addToProfile, mergeProfiles } from './profile.js';
import type { Idf } from './similarity.js';
import { scoreStories } from './story-similarity.js';
import { isNameKey } from './text-keys.js';
import type { ArticleFeatures, JoinReason, StoryProfile } from './types.js';

/** A story to merge into the grown one, with the story-to-story reason. */
export interface ConvergedStory {
  readonly storyId: number;
  readonly reason: JoinReason;
}

/**
 * The profile the joined story will have once the decision is applied: `joined` absorbs the
 * bridged stories, then the article (the order the stores apply it).
 */
export function grownProfile(joined: StoryProfile, bridged: readonly StoryProfile[], f: ArticleFeatures): StoryProfile {
  let p = joined;
  for (const b of bridged) p = mergeProfiles(p, b);
  return addToProfile(p, f, joined.storyId);
}

/**
 * The `others` (candidates neither joined nor bridged) whose profile converges with the grown
 * story: story-to-story score ≥ `threshold` and at least one shared name. The name is required
 * as well as the score: same-kind stories about different subjects (two storms, two companies'
 * results) share much vocabulary, but not their places and companies.
 */
export function convergedStories(
  joined: StoryProfile,
  bridged: readonly StoryProfile[],
  f: ArticleFeatures,
  others: readonly StoryProfile[],
  idf: Idf,
  threshold: number,
): ConvergedStory[] {
  // Cheap test first: most candidates share no name with the grown story, and then need no profile built or scored.
  // Fragments ("co", "g") left in older profiles are not names: scoreStories ignores them, so they must not let a candidate through.
  const names = new Set([...f.entities, ...[joined, ...bridged].flatMap((p) => Object.keys(p.entities))].filter(isNameKey));
  const sharing = others.filter((p) => Object.keys(p.entities).some((e) => names.has(e)));
  if (sharing.length === 0) return [];
  const grown = grownProfile(joined, bridged, f);
  const out: ConvergedStory[] = [];
  for (const p of sharing) {
    const r = scoreStories(grown, p, idf);
    if (r.score >= threshold && r.sharedEntities.length > 0) out.push({ storyId: p.storyId, reason: { ...r, basis: 'story' } });
  }
  return out.sort((a, b) => b.reason.score - a.reason.score || a.storyId - b.storyId);
}
