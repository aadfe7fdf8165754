/** Quantity and age stage (PLACEHOLDER: finds nothing yet). */
import type { DateMention, EntityLayer, QuantityRecord, QuoteRecord } from '../../model/records.js';
import type { ExtractContext } from '../context.js';

export function extractQuantities(
  _ctx: ExtractContext,
  _entities: EntityLayer,
  _dates: readonly DateMention[],
  _quotes: readonly QuoteRecord[],
): QuantityRecord[] {
  return [];
}
