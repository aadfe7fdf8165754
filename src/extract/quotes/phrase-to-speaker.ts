/**
 * Turn a speaker phrase into the speaker a quote is credited to: a named mention as it is; a
 * pronoun or a description ("the analyst", "the company", "the 37-year-old") resolved to the
 * entity it refers to; a medium ("the union's Facebook page", "its website", "the statement")
 * to its owner, never to itself.
 */
import type { Mention, QuoteSpeaker } from '../../model/records.js';
import { COMPANY_NOUNS, OUTLET_HEADS } from '../../lexicon/company-nouns.js';
import { MEDIA_NOUNS } from '../../lexicon/media-nouns.js';
import { TITLE_HEADS } from '../../lexicon/person-titles.js';
import type { AttributionContext } from './attribution-context.js';
import { mentionOf } from './attribution-context.js';
import type { Want } from './antecedents.js';
import { findAntecedent } from './antecedents.js';
import type { SpeakerPhrase } from './speaker-phrase.js';
import { tokenIndexAt } from './token-helpers.js';

/** How far back (in paragraphs) "the company" may look for the organisation the article is about. */
const BODY_WINDOW = 20;

function nameOf(ax: AttributionContext, key: string, fallback: string): string {
  return ax.entities.get(key)?.name ?? fallback;
}

function fromMention(m: Mention, span: QuoteSpeaker['span'], rule: string, role: string | null): QuoteSpeaker {
  return { name: m.text, entity: m.entity, role: m.role ?? role, span, rule };
}

/**
 * "the company said" where no organisation named before has "company" in its name: the
 * organisation the article names most often up to here (the latest of equals), within BODY_WINDOW,
 * news outlets left out (they are told things, they are not "the company").
 */
function salientOrganisation(ax: AttributionContext, offset: number): Mention | null {
  const here = ax.tokens[Math.min(tokenIndexAt(ax.tokens, offset), ax.tokens.length - 1)]?.paragraph ?? 0;
  const counts = new Map<string, { n: number; last: Mention }>();
  for (const m of ax.layer.mentions) {
    if (m.span.end > offset) break;
    const k = tokenIndexAt(ax.tokens, m.span.start);
    if (m.type !== 'organization' || ax.inQuote[k] === 1 || ax.offstage.has(m) || here - (ax.tokens[k]?.paragraph ?? 0) > BODY_WINDOW) continue;
    if (OUTLET_HEADS.has((m.text.split(/\s+/).pop() ?? '').toLowerCase().replace(/\.$/, ''))) continue;
    const c = counts.get(m.entity);
    counts.set(m.entity, { n: (c?.n ?? 0) + 1, last: m });
  }
  let best: { n: number; last: Mention } | null = null;
  for (const c of counts.values()) if (!best || c.n >= best.n) best = c;
  return best?.last ?? null;
}

/** The owner of a medium phrase: a name inside it ("the Local 12 page"), or what its possessive pronoun refers to ("its website"). */
function mediumOwner(ax: AttributionContext, p: SpeakerPhrase): Mention | null {
  for (let k = p.first; k < p.last; k++) {
    const m = mentionOf(ax, k);
    if (m && m.type !== 'place' && ax.inQuote[k] !== 1) return m;
  }
  const det = ax.tokens[p.first]?.lower ?? '';
  const want: Want | null = det === 'its' || det === 'their' ? 'body' : det === 'his' || det === 'her' ? 'person' : null;
  return want ? findAntecedent(ax, ax.tokens[p.first]!.start, want, null) : null;
}

/** The speaker for a phrase; null when the phrase is a medium with no owner to credit. */
export function toSpeaker(ax: AttributionContext, p: SpeakerPhrase, cueRule: string): QuoteSpeaker | null {
  const { tokens, doc } = ax;
  const start = tokens[p.first]!.start;
  const end = tokens[p.last - 1]!.end;
  const span = { article: '', start, end };
  const written = doc.text.slice(start, end);
  if (p.kind === 'mention' && p.mention) return fromMention(p.mention, span, cueRule, p.appositive);
  if ((p.kind === 'anonymous' || p.kind === 'description') && MEDIA_NOUNS.has(p.noun ?? '')) {
    const owner = mediumOwner(ax, p);
    return owner ? { ...fromMention(owner, span, 'medium-owner', null), name: nameOf(ax, owner.entity, owner.text) } : null;
  }
  if (p.kind === 'pronoun' || p.kind === 'description') {
    const person = p.kind === 'pronoun' ? p.noun === 'he' || p.noun === 'she' : TITLE_HEADS.has(p.noun ?? '') || p.noun === 'person';
    const a = findAntecedent(ax, start, person ? 'person' : 'body', p.kind === 'description' ? p.noun : null)
      ?? (p.kind === 'description' && COMPANY_NOUNS.has(p.noun ?? '') ? salientOrganisation(ax, start) : null);
    if (a) {
      const role = a.role ?? (p.kind === 'description' ? written.replace(/^the\s+/i, '') : null);
      return { name: nameOf(ax, a.entity, a.text), entity: a.entity, role, span, rule: p.kind };
    }
  }
  return { name: written, entity: null, role: p.appositive, span, rule: p.kind === 'pronoun' ? 'pronoun' : cueRule };
}
