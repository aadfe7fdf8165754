/**
 * Step 7: one outlet's label uses, counted per label and named actor, with how many
 * other outlets use the same label — a label only one outlet uses is its framing.
 */
import type { Entity, Span } from '../../contract/analysis-schema.js';
import type { LabelLink, LabelUse } from './04-labels.js';

/** Evidence spans kept per label. */
const MAX_LABEL_SPANS = 5;
/** Labels listed per outlet. */
const MAX_LABELS = 15;

export interface LabelFigure {
  readonly label: string;
  readonly key: string;
  readonly entity: string | null;
  readonly name: string | null;
  readonly link: LabelLink;
  readonly count: number;
  readonly sharedWith: number;
  readonly spans: Span[];
}

/** For each key, the indexes of the outlets whose lists contain it: built once per story. */
export function outletsByKey(lists: readonly (readonly string[])[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  lists.forEach((keys, i) => {
    for (const k of keys) {
      let set = out.get(k);
      if (!set) out.set(k, (set = new Set()));
      set.add(i);
    }
  });
  return out;
}

/** How many outlets other than `i` use `key`. */
export function sharedCount(key: string, i: number, byKey: ReadonlyMap<string, ReadonlySet<number>>): number {
  const set = byKey.get(key);
  return set ? set.size - (set.has(i) ? 1 : 0) : 0;
}

/**
 * Outlet `i`'s labels: uses grouped by key; the entity is the one the grammar ties the
 * label to most often (ties: lowest id), null when no use is tied to an entity.
 */
export function summariseLabels(i: number, uses: readonly (readonly LabelUse[])[], outletsOf: ReadonlyMap<string, ReadonlySet<number>>, entities: ReadonlyMap<string, Entity>): LabelFigure[] {
  const byKey = new Map<string, LabelUse[]>();
  for (const u of uses[i] ?? []) {
    const list = byKey.get(u.key);
    if (list) list.push(u);
    else byKey.set(u.key, [u]);
  }
  const out: LabelFigure[] = [];
  for (const [key, list] of byKey) {
    const tied = new Map<string, number>();
    for (const u of list) if (u.entity) tied.set(u.entity, (tied.get(u.entity) ?? 0) + 1);
    const best = [...tied].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const entity = best ? best[0] : null;
    const link = entity ? list.find((u) => u.entity === entity)!.link : 'none';
    const spans = [...list].sort((a, b) => (a.span.article < b.span.article ? -1 : a.span.article > b.span.article ? 1 : a.span.start - b.span.start));
    out.push({
      label: spans[0]!.text,
      key,
      entity,
      name: entity ? (entities.get(entity)?.name ?? null) : null,
      link,
      count: list.length,
      sharedWith: sharedCount(key, i, outletsOf),
      spans: spans.slice(0, MAX_LABEL_SPANS).map((u) => ({ ...u.span })),
    });
  }
  // labels others do not use first: they are what sets this outlet apart
  return out.sort((a, b) => a.sharedWith - b.sharedWith || b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, MAX_LABELS);
}
