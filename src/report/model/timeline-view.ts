/** Timeline events grouped by date, oldest first. */
import type { Analysis } from '../../contract/analysis-schema.js';
import { cmp, excerpts, type ModelContext } from './context.js';
import type { EventView, TimelineDay } from './types.js';

/** Events by day (partial dates like "2025-06" sort before that month's days). */
export function timelineView(ctx: ModelContext, analysis: Analysis): TimelineDay[] {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const events: EventView[] = analysis.events.map((ev) => ({
    id: ev.id,
    date: ev.date,
    description: ev.description,
    dateConflict: ev.dateConflict === true,
    outlets: ctx.outletsOf(ev.articles ?? ev.evidence.map((s) => s.article)),
    entities: ev.entities.map((id) => names.get(id) ?? id),
    evidence: excerpts(ctx, ev.evidence),
  }));
  events.sort((a, b) => cmp(a.date, b.date) || cmp(a.id, b.id));
  const days: { date: string; events: EventView[] }[] = [];
  for (const e of events) {
    const last = days[days.length - 1];
    if (last && last.date === e.date) last.events.push(e);
    else days.push({ date: e.date, events: [e] });
  }
  return days;
}
