/** Date and timeline stage (PLACEHOLDER: finds nothing yet). */
import type { DateMention, EntityLayer, EventRecord } from '../../model/records.js';
import type { ExtractContext } from '../context.js';

export function extractDates(_ctx: ExtractContext): DateMention[] {
  return [];
}

export function buildEvents(_ctx: ExtractContext, _dates: readonly DateMention[], _entities: EntityLayer): EventRecord[] {
  return [];
}
