/**
 * Step 4: one Entity per merged cluster, with a deterministic id.
 *
 * Ids: clusters are sorted by type, then name (case-insensitive, then exact), then
 * the first article and offset that mentions them, and numbered `e1`, `e2`, … in
 * that order. The same input therefore always gives the same ids.
 *
 * Name: the full name used by the most articles (then the most mentions, then the
 * longest, then alphabetical). Type: the type most of the articles agree on,
 * ignoring 'other' unless nothing else is known.
 */
import type { Entity, EntityType } from '../../contract/analysis-schema.js';
import { nameKey } from '../../extract/entities/name-keys.js';
import type { LocalRef } from './01-local-refs.js';

/** Code-unit order: locale-independent, so output is identical everywhere. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface Cluster {
  readonly members: readonly LocalRef[];
  readonly entity: Entity;
}

const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'other'];

function pickType(members: readonly LocalRef[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const m of members) if (m.type !== 'other') votes.set(m.type, (votes.get(m.type) ?? 0) + 1 + m.mentions.length / 1000);
  let best: EntityType = 'other';
  let score = 0;
  for (const t of TYPE_ORDER) {
    const v = votes.get(t) ?? 0;
    if (v > score) [best, score] = [t, v];
  }
  return best;
}

function pickName(members: readonly LocalRef[]): string {
  const stats = new Map<string, { articles: Set<string>; mentions: number }>();
  for (const m of members) {
    const s = stats.get(m.name) ?? { articles: new Set<string>(), mentions: 0 };
    s.articles.add(m.article);
    s.mentions += m.mentions.length;
    stats.set(m.name, s);
  }
  const ranked = [...stats].sort(
    ([a, x], [b, y]) => nameKey(b).split(' ').length - nameKey(a).split(' ').length || y.articles.size - x.articles.size || y.mentions - x.mentions || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  return ranked[0]![0];
}

function roleList(members: readonly LocalRef[]): Entity['roles'] {
  const byText = new Map<string, { text: string; articles: Set<string> }>();
  for (const m of members) {
    for (const r of m.roles) {
      const k = r.text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
      const e = byText.get(k) ?? { text: r.text, articles: new Set<string>() };
      e.articles.add(m.article);
      byText.set(k, e);
    }
  }
  return [...byText.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => ({ text: e.text, articles: [...e.articles].sort() }));
}

/** Build the entities of the clusters (given as lists of references) and number them. */
export function buildEntities(groups: readonly (readonly LocalRef[])[]): Cluster[] {
  const drafts = groups.map((members) => {
    const mentions = members.flatMap((m) => m.mentions).sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end));
    const name = pickName(members);
    const type = pickType(members);
    const aliases = [...new Set(members.flatMap((m) => [m.name, ...m.aliases]))].sort();
    const articles = [...new Set(members.map((m) => m.article))].sort();
    return { members, entity: { id: '', name, type, aliases, roles: roleList(members), articles, mentions } satisfies Entity };
  });
  const first = (e: Entity) => e.mentions[0];
  drafts.sort((a, b) => {
    const x = a.entity;
    const y = b.entity;
    const fx = first(x);
    const fy = first(y);
    return (
      TYPE_ORDER.indexOf(x.type) - TYPE_ORDER.indexOf(y.type) ||
      cmp(x.name.toLowerCase(), y.name.toLowerCase()) ||
      (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) ||
      (fx && fy ? (fx.article < fy.article ? -1 : fx.article > fy.article ? 1 : fx.start - fy.start) : 0)
    );
  });
  return drafts.map((d, i) => ({ members: d.members, entity: { ...d.entity, id: `e${i + 1}` } }));
}
