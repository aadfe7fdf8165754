/** Quote stage (PLACEHOLDER: finds nothing yet). */
import type { EntityLayer, QuoteRecord } from '../../model/records.js';
import type { ExtractContext } from '../context.js';

export function extractQuotes(_ctx: ExtractContext, _entities: EntityLayer): QuoteRecord[] {
  return [];
}
