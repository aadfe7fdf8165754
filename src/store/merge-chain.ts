/**
 * Where a merged story went, for both stores: each store answers one step ("the merge that took
 * story X away"), this follows the steps. Steps go by merge id, so a chain only moves forward in
 * time: from the story asked for, its latest merge (an id may have been taken again by an older
 * SQLite store, which reused the highest id); from each story it went into, the first merge after
 * the one that brought it there. Merge ids only grow, so there is no cycle; the bound is a guard.
 */
import type { StoryRedirect } from './types.js';

/** One row of `merges`: merge `id` moved the story into `into` when `articleId` joined. */
export interface MergeStep {
  readonly id: number;
  readonly into: number;
  readonly articleId: string;
}

/** The store's half: the merge that took `from` away — its latest when `after` is null, else its first with a larger id. */
export type MergeStepQuery = (from: number, after: number | null) => Promise<MergeStep | null>;

/** At most this many merges are followed (a chain cannot loop; this only bounds a damaged table). */
export const MAX_MERGE_HOPS = 1000;

/** Follow merges from `storyId` (not a current story) to the story that holds its articles now; null when it was never merged. */
export async function followMerges(storyId: number, step: MergeStepQuery): Promise<StoryRedirect | null> {
  const first = await step(storyId, null);
  if (!first) return null;
  const via: number[] = [];
  let at = first;
  for (let hops = 1; hops < MAX_MERGE_HOPS; hops++) {
    const next = await step(at.into, at.id);
    if (!next) break;
    via.push(at.into);
    at = next;
  }
  return { into: at.into, via, articleId: first.articleId };
}
