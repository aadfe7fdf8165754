/**
 * Turn a speaker phrase into the speaker a quote is credited to: a named mention as it is; a
 * pronoun or a description ("the analyst", "the company", "the 37-year-old") resolved to the
 * entity it refers to; a medium ("the union's Facebook page", "its website", "the statement")
 * to its owner, never to itself.
 */
import type { Mention, QuoteSpeaker } from '../../model/records.js';
import { COMPANY_NOUNS, OUTLET_HEADS } from '../../lexicon/company-nouns.js';
import { MEDIA_NOUNS } from '../../lexicon/media-nouns.js';
import { ORG_HEADS } from '../../lexicon/org-words.js';
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
  // the possessive opens the phrase, or stands just before it ("her statement said")
  const at = /^(its|their|his|her)$/.test(ax.tokens[p.first - 1]?.lower ?? '') && ax.inQuote[p.first - 1] !== 1 ? p.first - 1 : p.first;
  const det = ax.tokens[at]?.lower ?? '';
  const want: Want | null = det === 'its' || det === 'their' ? 'body' : det === 'his' || det === 'her' ? 'person' : null;
  return want ? findAntecedent(ax, ax.tokens[at]!.start, want, null) : null;
}

/** How many tokens around a person's mention may hold the age or origin a description repeats. */
const AROUND = 4;

/**
 * "said the Brit", "the 37-year-old told reporters": the nearest person named before whose mention
 * has that age next to it ("Jane Roe, 37,", "37-year-old Jane Roe") or an origin word of the same
 * stem just before it ("Britain's Jane Roe", "British player Jane Roe").
 */
function describedPerson(ax: AttributionContext, p: SpeakerPhrase): Mention | null {
  const { tokens } = ax;
  const age = tokens.slice(p.first, p.last).find((t) => /^\d+/.test(t.text))?.text.match(/^\d+/)?.[0];
  const origin = age ? null : tokens[p.first + 1]?.lower.slice(0, 4) ?? null;
  if (!age && (!origin || origin.length < 4)) return null;
  const start = tokens[p.first]!.start;
  for (let i = ax.layer.mentions.length - 1; i >= 0; i--) {
    const m = ax.layer.mentions[i]!;
    if (m.span.end > start || m.type !== 'person' || ax.offstage.has(m)) continue;
    const k = tokenIndexAt(tokens, m.span.start);
    if (ax.inQuote[k] === 1) continue;
    let e = k;
    while (e < tokens.length && tokens[e]!.end <= m.span.end) e++;
    const near = age ? [...tokens.slice(Math.max(0, k - AROUND), k), ...tokens.slice(e, e + AROUND)] : tokens.slice(Math.max(0, k - 3), k);
    if (near.some((t) => (age ? t.text === age || t.text.startsWith(`${age}-`) : t.lower.startsWith(origin!)))) return m;
  }
  return null;
}

/**
 * "the Maui county government said", "the Acme board said": an organisation the article named
 * before whose every word stands in the phrase, its first word capitalised there.
 */
function bodyNamedIn(ax: AttributionContext, p: SpeakerPhrase): Mention | null {
  const own = (m: Mention) => m.text.toLowerCase().split(/\s+/);
  const words = new Map<string, string>();
  for (let k = p.first; k < p.last; k++) words.set(ax.tokens[k]!.lower, ax.tokens[k]!.text);
  if (![...words.values()].some((w) => /^\p{Lu}/u.test(w))) return null;
  const start = ax.tokens[p.first]!.start;
  for (let i = ax.layer.mentions.length - 1; i >= 0; i--) {
    const m = ax.layer.mentions[i]!;
    // a place's government or council speaks for the place ("the Maui county government")
    const place = m.type === 'place' && own(m).length < words.size - 1;
    if (m.span.end > start || (m.type !== 'organization' && m.type !== 'group' && !place) || ax.offstage.has(m)) continue;
    const ws = own(m);
    if (ws.every((w) => words.has(w)) && /^\p{Lu}/u.test(words.get(ws[0]!) ?? '')) return m;
  }
  return null;
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
    const a = (p.kind === 'description' && p.noun === 'person' ? describedPerson(ax, p) : null) ?? findAntecedent(ax, start, person ? 'person' : 'body', p.kind === 'description' ? p.noun : null)
      ?? (p.kind === 'description' && COMPANY_NOUNS.has(p.noun ?? '') ? salientOrganisation(ax, start) : null);
    if (a) {
      const role = a.role ?? (p.kind === 'description' ? written.replace(/^the\s+/i, '') : null);
      return { name: nameOf(ax, a.entity, a.text), entity: a.entity, role, span, rule: p.kind };
    }
  }
  // only a body speaks for the body named in it: "a source from Acme" is not Acme
  if ((p.kind === 'description' || p.kind === 'anonymous') && (ORG_HEADS.has(p.noun ?? '') || COMPANY_NOUNS.has(p.noun ?? ''))) {
    const body = bodyNamedIn(ax, p);
    if (body) return { name: nameOf(ax, body.entity, body.text), entity: body.entity, role: null, span, rule: 'description' };
  }
  return { name: written, entity: null, role: p.appositive, span, rule: p.kind === 'pronoun' ? 'pronoun' : cueRule };
}
