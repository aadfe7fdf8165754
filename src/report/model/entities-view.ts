/** People, organisations and places: aliases, roles, who mentions them how often. */
import type { Analysis, EntityType } from '../../contract/analysis-schema.js';
import { cmp, type ModelContext } from './context.js';
import type { EntityView } from './types.js';

const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'group', 'place', 'other'];

/** The roster, grouped by type, most-mentioned first. */
export function entitiesView(ctx: ModelContext, analysis: Analysis): EntityView[] {
  return analysis.entities
    .map((e): EntityView => {
      const counts = new Map<string, number>();
      for (const m of e.mentions) counts.set(ctx.outletOf(m.article), (counts.get(ctx.outletOf(m.article)) ?? 0) + 1);
      for (const id of e.articles) if (!counts.has(ctx.outletOf(id))) counts.set(ctx.outletOf(id), 0);
      const firstSpan = [...e.mentions].sort((a, b) => cmp(a.article, b.article) || a.start - b.start)[0];
      return {
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases.filter((a) => a !== e.name),
        roles: e.roles.map((r) => ({ text: r.text, outlets: ctx.outletsOf(r.articles) })),
        mentions: e.mentions.length,
        outlets: [...counts.entries()].map(([outlet, count]) => ({ outlet, count })).sort((a, b) => b.count - a.count || cmp(a.outlet, b.outlet)),
        first: firstSpan ? ctx.excerpt(firstSpan) : null,
      };
    })
    .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || b.mentions - a.mentions || cmp(a.name, b.name) || cmp(a.id, b.id));
}
