/**
 * The speaker of a transcript turn ("PENCE: …"): the person its tag names. A tag in capitals is
 * often a surname alone, so it resolves to the person the article names in full with that surname
 * ("Gov. Ada Roe" for "ROE:"), else to the entity the tag's own mention belongs to, else to the tag
 * as written. A tag the entity stage reads as a place is a dateline ("LEITH: …"), not a speaker.
 */
import type { EntityLayer, QuoteSpeaker } from '../../model/records.js';
import type { TranscriptTag } from './transcript-tags.js';
import type { AttributionContext } from './attribution-context.js';
import { mentionOf } from './attribution-context.js';
import { tokenIndexAt } from './token-helpers.js';

export function turnSpeaker(ax: AttributionContext, tag: TranscriptTag): QuoteSpeaker | null {
  const written = ax.doc.text.slice(tag.start, tag.end);
  const span = { article: '', start: tag.start, end: tag.end };
  const m = mentionOf(ax, tokenIndexAt(ax.tokens, tag.start));
  if (m?.type === 'place') return null;
  const words = written.split(/\s+/);
  const full = ax.bySurname.get(words[words.length - 1]!.toLowerCase());
  const who = full ?? m;
  if (!who) return { name: written, entity: null, role: null, span, rule: 'transcript-tag' };
  return { name: ax.entities.get(who.entity)?.name ?? who.text, entity: who.entity, role: who.role, span, rule: 'transcript-tag' };
}

/**
 * Does the tag at [start, end) name a person: a person mention there, or a person the article
 * names elsewhere whose last word is the tag's ("Jane Roe" for "ROE:")?
 */
export function tagNamesPerson(layer: EntityLayer, text: string, start: number, end: number): boolean {
  const last = (s: string) => s.split(/\s+/).pop()!.toLowerCase();
  const surname = last(text.slice(start, end));
  return layer.mentions.some((m) => m.type === 'person' && ((m.span.start < end && m.span.end > start) || last(m.text) === surname));
}
