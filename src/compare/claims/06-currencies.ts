/**
 * Step 6: one amount in two currencies. Currencies are never converted into each other (an
 * exchange rate is never guessed), so "$45m" and "€52m" stay two claims. But the same figure under
 * the same topic in two currencies from different outlets ("a fee of $45m", "a fee of €45m") is
 * itself a difference to show: one outlet has the currency wrong. Such blocks are joined into one
 * conflict that says so. Not when some article states both currencies for the topic (a price
 * given with its conversion) or when the two figures only share a value by chance of rounding
 * (one significant digit: "$5m" and "€5m" are too round to tell).
 */
import { quantityExtras, quantityTopicKey } from '../../extract/quantities/index.js';
import { unitKind, type Block } from './01-block.js';

const ISO_CURRENCY = /^[A-Z]{3}$/;

/** A block joined from two currencies, and why it is a conflict. */
export interface CurrencyConflict {
  readonly block: Block;
  readonly why: string;
}

/** Significant digits of a figure as a number ("45000000" → 2, "5000000" → 1, "52.5" → 3). */
const significant = (n: number): number => String(Math.abs(n)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;

/** The blocks left as they are, and the conflicts made by joining blocks of one figure in two currencies. */
export function currencyConflicts(blocks: readonly Block[]): { rest: Block[]; conflicts: CurrencyConflict[] } {
  const money = (b: Block) => {
    const r = b.entries[0]?.record;
    return r && r.claimKind === 'quantity' && r.unit !== null && ISO_CURRENCY.test(r.unit) && !quantityExtras(r).basis ? r : null;
  };
  const byTopic = new Map<string, Block[]>();
  for (const b of blocks) {
    const r = money(b);
    if (!r) continue;
    const k = quantityTopicKey(r);
    byTopic.set(k, [...(byTopic.get(k) ?? []), b]);
  }
  const joined = new Set<Block>();
  const conflicts: CurrencyConflict[] = [];
  for (const group of byTopic.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        if (joined.has(a) || joined.has(b) || unitKind(a.entries[0]!.record) === unitKind(b.entries[0]!.record)) continue;
        const articlesA = new Set(a.entries.map((e) => e.article));
        if (b.entries.some((e) => articlesA.has(e.article))) continue;
        const same = a.entries.find((x) => significant(x.record.value) >= 2 && b.entries.some((y) => y.record.value === x.record.value));
        if (!same) continue;
        const other = b.entries.find((y) => y.record.value === same.record.value)!;
        joined.add(a).add(b);
        conflicts.push({
          block: { ...a, key: `${a.key}+${unitKind(other.record)}`, entries: [...a.entries, ...b.entries] },
          why: `different currency for the same figure: ${same.record.text} vs ${other.record.text} (currencies are never converted)`,
        });
      }
    }
  }
  return { rest: blocks.filter((b) => !joined.has(b)), conflicts };
}
