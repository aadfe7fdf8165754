/**
 * Step 1: blocking. Every single-article claim gets a key — topic key + unit kind (+ the merged
 * person for ages) — and only claims sharing a key are compared, so alignment stays linear in
 * the number of claims however many articles a story has.
 */
import type { ArticleExtraction, QuantityRecord } from '../../model/records.js';
import { quantityExtras, quantityTopicKey } from '../../extract/quantities/index.js';
import type { EntityResolver } from '../entity-resolver.js';

export interface BlockEntry {
  readonly article: string;
  readonly published: string | null;
  readonly record: QuantityRecord;
}

export interface Block {
  readonly key: string;
  readonly entries: readonly BlockEntry[];
  /** for ages: the merged entity id (or null when the resolver does not know the person). */
  readonly entity: string | null;
}

const ISO_CURRENCY = /^[A-Z]{3}$/;

/**
 * Counts of different nouns in one group ("hostages", "prisoners") are one kind; currencies and
 * measures are not. A measure with a conversion is its dimension's canonical unit ("10 miles" and
 * "16 km" are both km); money over a period is per year, apart from totals.
 */
export function unitKind(q: QuantityRecord): string {
  if (!q.unit) return 'count';
  const { canonical } = quantityExtras(q);
  if (canonical) return canonical.unit;
  if (q.unit === '%' || ISO_CURRENCY.test(q.unit) || q.claimKind === 'age') return q.unit;
  return /^(km|miles|m|ft|cm|mm|in|ha|acres|mg|g|ml|kg|t|l|barrels|degrees|mph|km\/h|seconds|minutes|hours|days|weeks|months|years)$/.test(q.unit) ? q.unit : 'count';
}

/** Group all quantity and age records of all articles by blocking key; keys come back sorted. */
export function blockClaims(extractions: readonly ArticleExtraction[], resolver: EntityResolver): Block[] {
  const blocks = new Map<string, { entries: BlockEntry[]; entity: string | null }>();
  for (const x of extractions) {
    for (const q of x.quantities) {
      let key: string;
      let entity: string | null = null;
      if (q.claimKind === 'age') {
        entity = q.subject ? resolver.globalId(x.article.id, q.subject) : null;
        key = `age|${entity ?? `name:${(q.subjectName ?? q.topic).toLowerCase()}`}`;
      } else {
        const topicKey = quantityTopicKey(q);
        // vague topics ("23 people" with nothing said about them) are never compared
        const own = topicKey.endsWith('|vague') ? `|${x.article.id}|${q.span.start}` : '';
        key = `${q.claimKind}|${topicKey}|${unitKind(q)}${own}`;
      }
      const b = blocks.get(key) ?? { entries: [], entity };
      b.entries.push({ article: x.article.id, published: x.article.published, record: q });
      blocks.set(key, b);
    }
  }
  return [...blocks.keys()].sort().flatMap((key) => splitDays({ key, ...blocks.get(key)! }));
}

/** One day's count of a cumulative state ("freed six on Saturday") beside a stated total ("33 in all") is a part of it, compared apart. */
function splitDays(b: Block): Block[] {
  const scopes = b.entries.map((e) => quantityExtras(e.record).scope);
  if (!scopes.includes('total') || !scopes.includes('day')) return [b];
  const days = b.entries.filter((_, i) => scopes[i] === 'day');
  return [{ ...b, entries: b.entries.filter((_, i) => scopes[i] !== 'day') }, { ...b, key: `${b.key}|day`, entries: days }];
}
