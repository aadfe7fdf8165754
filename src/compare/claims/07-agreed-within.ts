/**
 * Step 7: agreements inside a conflict or a running count. When the toll rose from 50 to 288 and
 * was then revised to 275, two outlets that both report 288 still agree on that count; when two
 * outlets say 14 plants and one says 12, the two agree on 14. Each figure (one reading: "36", "at
 * least 36", "about 36") that two or more articles give inside a conflict or an update is an
 * agreement of its own, beside the conflict or update that shows the whole sequence. Not for a
 * count only implied by a list ("in Iowa, Illinois and Kansas": compared, never shown alone).
 */
import { quantityExtras } from '../../extract/quantities/index.js';
import type { QuantityRecord } from '../../model/records.js';
import type { BlockEntry } from './01-block.js';
import { figuresCompatible, sameReading } from './02-intervals.js';

/** Code-unit order: locale-independent, so output is byte-identical everywhere. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Two wordings of one figure: compatible as written ("at least 36" and "36"; not "more than 40"
 * and "40") and read at the same value (a floor at its written value: "at least 36" is not a later
 * "80" it does not rule out).
 */
const oneReading = (a: QuantityRecord, b: QuantityRecord): boolean => figuresCompatible(a, b) && sameReading(a, b);

/** One figure of a conflict or update that several articles give alike. */
export interface AgreedFigure {
  /** every entry giving this figure (all its wordings: "36", "at least 36") */
  readonly entries: readonly BlockEntry[];
}

/**
 * The figures of a conflict or update block that two or more articles give in one reading.
 * `keyOf` is the key the claim's values are grouped by, so each figure is a set of whole values.
 * Figures are grouped greedily, the best-supported first, each group one reading (every pair
 * `oneReading`); groups of one article, or of implied counts only, are left out.
 */
export function agreedFigures(entries: readonly BlockEntry[], keyOf: (e: BlockEntry) => string): AgreedFigure[] {
  const byKey = new Map<string, BlockEntry[]>();
  for (const e of entries) byKey.set(keyOf(e), [...(byKey.get(keyOf(e)) ?? []), e]);
  const articles = (es: readonly BlockEntry[]) => new Set(es.map((e) => e.article)).size;
  const buckets = [...byKey.entries()].sort((a, b) => articles(b[1]) - articles(a[1]) || a[1][0]!.record.value - b[1][0]!.record.value || cmp(a[0], b[0]));
  const groups: BlockEntry[][][] = [];
  for (const [, bucket] of buckets) {
    const rep = bucket[0]!.record;
    const home = groups.find((g) => g.every((b) => oneReading(b[0]!.record, rep)));
    if (home) home.push(bucket);
    else groups.push([bucket]);
  }
  return groups
    .map((g) => g.flat())
    .filter((es) => articles(es) >= 2 && es.some((e) => !quantityExtras(e.record).implicit))
    .map((es) => ({ entries: es }));
}
