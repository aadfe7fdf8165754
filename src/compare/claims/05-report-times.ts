/**
 * Step 5: report times of undated articles. An undated article's figure in a running count is
 * placed by its value among the dated reports (step 3, `updateSequence`); that place also dates
 * the article's other figures: "88 bodies identified" in an undated report placed between the
 * reports of 2 and 3 June is earlier than "177 identified" on 6 June, an update, not a conflict.
 * An article placed before the first dated report is read as just before it; otherwise just after
 * the dated report before it. When several running counts place one article, the count with the
 * most dated reports decides (then the first block in key order). Placed by value, such a time
 * is an order, not a clock: it is used only to read a conflict as an update, never to undo an
 * update found without it.
 */
import type { UpdateStep } from './03-status.js';

/** Just after the report before it (or just before the first one): an order, not a clock time. */
const EPSILON_MS = 1;

/** Report times of undated articles, from the update sequences of the story's running counts. */
export function inferReportTimes(sequences: readonly (readonly UpdateStep[])[]): Map<string, number> {
  const best = new Map<string, { time: number; dated: number }>();
  for (const steps of sequences) {
    const dated = steps.filter((s) => !Number.isNaN(s.time)).length;
    steps.forEach((s, i) => {
      if (!Number.isNaN(s.time) || s.entry.published) return;
      const before = steps.slice(0, i).reverse().find((x) => !Number.isNaN(x.time));
      const after = steps.slice(i + 1).find((x) => !Number.isNaN(x.time));
      const time = before ? before.time + EPSILON_MS : after ? after.time - EPSILON_MS : NaN;
      if (Number.isNaN(time)) return;
      const cur = best.get(s.entry.article);
      if (!cur || dated > cur.dated) best.set(s.entry.article, { time, dated });
    });
  }
  return new Map([...best].map(([article, v]) => [article, v.time]));
}
