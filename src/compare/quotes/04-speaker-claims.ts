/**
 * Step 4: a quote's speaker disputed across outlets as a claim. When outlets give the same words to
 * different speakers ("… is committed to a favorable outcome" from a named executive in one outlet,
 * from the company in another), the ledger flags the quote (`speakerConflict`) and this step states
 * it as a `fact` conflict on the predicate `quote:speaker`, one value per speaker as each outlet
 * writes it, evidenced by the attribution. Not a dispute: a speaker named in one outlet and not in
 * another, and a name that opens another ("UAW" / "UAW Facebook": a body and its page).
 */
import type { Claim, ClaimValue, Span } from '../../contract/analysis-schema.js';
import type { EntityResolver } from '../entity-resolver.js';
import type { Occurrence } from './03-assemble.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Words of the quote shown in the claim's topic. @default 8 */
export const TOPIC_WORDS = 8;

const words = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}&\s]/gu, ' ').split(/\s+/u).filter(Boolean);
/** "UAW" opens "UAW Facebook": one name's words are the first words of the other. */
const opens = (a: string[], b: string[]) => a.length <= b.length && a.every((w, i) => b[i] === w);

/** The speaker claim of one group of occurrences of an utterance, or null when its speakers agree. */
export function speakerClaim(group: readonly Occurrence[], resolver: EntityResolver): Omit<Claim, 'id'> | null {
  const bySpeaker = new Map<string, { name: string; articles: Set<string>; evidence: Span[] }>();
  for (const o of group) {
    if (o.speakerId === null || o.record.speaker === null) continue;
    const key = resolver.entity(o.speakerId)?.name.toLowerCase() ?? o.speakerId;
    const v = bySpeaker.get(key) ?? { name: o.record.speaker.name, articles: new Set<string>(), evidence: [] };
    v.articles.add(o.article.id);
    v.evidence.push(o.record.speaker.span ?? o.record.span);
    bySpeaker.set(key, v);
  }
  const speakers = [...bySpeaker.values()];
  if (speakers.length < 2) return null;
  for (const a of speakers) for (const b of speakers) if (a !== b && opens(words(a.name), words(b.name))) return null;
  const values: ClaimValue[] = speakers
    .map((s) => ({
      value: s.name, normalized: s.name, qualifier: null, unit: null, articles: [...s.articles].sort(cmp),
      evidence: [...s.evidence].sort((x, y) => cmp(x.article, y.article) || x.start - y.start), modality: 'attributed' as const,
    }))
    .sort((x, y) => y.articles.length - x.articles.length || cmp(x.value, y.value));
  const text = group[0]!.record.text.split(/\s+/u);
  const quote = `“${text.slice(0, TOPIC_WORDS).join(' ')}${text.length > TOPIC_WORDS ? ' …' : ''}”`;
  return {
    kind: 'fact', topic: `speaker of ${quote}`, status: 'conflict', values, subject: quote,
    why: 'outlets give the same words to different speakers',
    fact: { subject: { entity: null, name: quote }, predicate: 'quote:speaker', single: true },
  };
}
