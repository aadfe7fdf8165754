/**
 * Story ids that were merged away: a bookmark or an old link to /stories/12 (or the API path)
 * is sent on to the story that holds story 12's articles now, following later merges
 * (Store.mergedInto). 308: the move is permanent (a merged story never comes back) and keeps the
 * method. The story page's Location carries `?from=12` so the page can say where the reader came from.
 */
import type { Store, StoryRedirect } from '../../store/types.js';

/** The JSON body sent with an API redirect, for clients that do not follow it. */
export function mergedBody(id: number, to: StoryRedirect): { readonly error: string; readonly mergedInto: number; readonly via: readonly number[]; readonly articleId: string } {
  const first = to.via[0] ?? to.into;
  const later = to.via.length ? `, and on into story ${to.into}` : '';
  return { error: `story ${id} was merged into story ${first} when article ${to.articleId} joined${later}`, mergedInto: to.into, via: to.via, articleId: to.articleId };
}

/** Where the story page /stories/:id moved, or null when the story is current or never existed. */
export async function movedStoryPage(store: Store, path: string): Promise<string | null> {
  const id = /^\/stories\/([1-9]\d{0,14})$/.exec(path)?.[1];
  if (id === undefined) return null;
  const to = await store.mergedInto(Number(id));
  return to ? `/stories/${to.into}?from=${id}` : null;
}
