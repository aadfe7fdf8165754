/**
 * Step 3: the event's most specific place. Articles place an event at several levels ("Lahaina",
 * "Maui", "Hawaii"); the `place:located in` facts of every article ("Lahaina, Maui", "Hawaii's
 * Maui") tell which place lies in which, by merged entity. The containment facts themselves are
 * not reported.
 */
import type { FactBlock } from './01-align.js';

export const LOCATED_IN = 'place:located in';
/** Predicates whose values are the places of an event: "event:place", and a relation's place ("meeting:place"). */
const isPlacePredicate = (predicate: string) => predicate.endsWith(':place');

/** outer merged entity id → every place inside it (transitively). */
function insideOf(blocks: readonly FactBlock[]): Map<string, Set<string>> {
  const direct = new Map<string, Set<string>>();
  for (const b of blocks) {
    if (b.predicate !== LOCATED_IN) continue;
    for (const e of b.entries) {
      if (!e.object.startsWith('e:')) continue;
      const outer = e.object.slice(2);
      if (outer !== b.subject) direct.set(outer, (direct.get(outer) ?? new Set()).add(b.subject));
    }
  }
  const out = new Map<string, Set<string>>();
  for (const outer of direct.keys()) {
    const seen = new Set<string>();
    const todo = [...direct.get(outer)!];
    while (todo.length > 0) {
      const p = todo.pop()!;
      if (seen.has(p) || p === outer) continue;
      seen.add(p);
      todo.push(...(direct.get(p) ?? []));
    }
    out.set(outer, seen);
  }
  return out;
}

/**
 * The event's place blocks without the places an article gives together with a place inside them:
 * an article naming the town and its island gives the town. Another article that names only the
 * island still states it.
 */
export function mostSpecificPlaces(blocks: readonly FactBlock[]): FactBlock[] {
  const inside = insideOf(blocks);
  const placesOf = new Map<string, Set<string>>();
  for (const b of blocks) {
    if (!isPlacePredicate(b.predicate)) continue;
    for (const e of b.entries) if (e.object.startsWith('e:')) placesOf.set(e.article, (placesOf.get(e.article) ?? new Set()).add(e.object.slice(2)));
  }
  const broader = (article: string, object: string) => {
    const inner = object.startsWith('e:') ? inside.get(object.slice(2)) : undefined;
    return inner !== undefined && [...inner].some((p) => placesOf.get(article)?.has(p) === true);
  };
  return blocks.flatMap((b) => {
    if (b.predicate === LOCATED_IN) return [];
    if (!isPlacePredicate(b.predicate)) return [b];
    const entries = b.entries.filter((e) => !broader(e.article, e.object));
    return entries.length > 0 ? [{ ...b, entries }] : [];
  });
}
