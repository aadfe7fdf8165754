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

/** How many of the other outlets' key lists contain `key`. */
export function sharedCount(key: string, others: readonly (readonly string[])[]): number {
  return others.filter((o) => o.includes(key)).length;
}

/**
 * Outlet `i`'s labels: uses grouped by key; the entity is the one the grammar ties the
 * label to most often (ties: lowest id), null when no use is tied to an entity.
 */
export function summariseLabels(i: number, uses: readonly (readonly LabelUse[])[], entities: readonly Entity[]): LabelFigure[] {
  const byKey = new Map<string, LabelUse[]>();
  for (const u of uses[i] ?? []) {
    const list = byKey.get(u.key);
    if (list) list.push(u);
    else byKey.set(u.key, [u]);
  }
  const otherKeys = uses.filter((_, j) => j !== i).map((o) => o.map((u) => u.key));
  const names = new Map(entities.map((e) => [e.id, e.name]));
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
      name: entity ? (names.get(entity) ?? null) : null,
      link,
      count: list.length,
      sharedWith: sharedCount(key, otherKeys),
      spans: spans.slice(0, MAX_LABEL_SPANS).map((u) => ({ ...u.span })),
    });
  }
  // labels others do not use first: they are what sets this outlet apart
  return out.sort((a, b) => a.sharedWith - b.sharedWith || b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, MAX_LABELS);
}
