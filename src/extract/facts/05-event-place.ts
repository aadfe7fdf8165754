/**
 * Step 5: where the story's event happened. In a sentence that names an event ("crash", "fire",
 * "strike", "final": src/lexicon/fact-adjuncts.ts), a place after a locative preposition ("derailed
 * near X", "fires in X"), after a kind of place ("the coastal town of X") or before the event's noun
 * ("the X fire") is the event's place. Places listed together ("in A, B and C") are one value, the
 * set; a place that only locates another ("X, Y", "X district of Y", "Y's X") is left out, so the
 * most specific place is the value.
 */
import type { FactRecord, Mention } from '../../model/records.js';
import { EVENT_NAME_HEADS, EVENT_WORDS, NOT_EVENT_BEFORE, NOT_EVENT_PLACE_BEFORE, OTHER_TIME_AFTER, PLACE_KIND_NOUNS, PLACE_LEADS } from '../../lexicon/fact-adjuncts.js';
import { COUNTRY_NATIONALITY } from '../../lexicon/fact-predicates.js';
import type { ExtractContext } from '../context.js';
import { between, formsRegex, mentionAfter, mentionBefore, type SentenceView } from './01-sentence-view.js';
import { modalityAt } from './02-modality.js';
import { allMatches } from '../../util/matches.js';

const STAGE = 'extract/facts/event-place';
const EVENT = formsRegex(EVENT_WORDS);
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/\s+/gu, '\\s+')).join('|');
/** "fire extinguisher", "strike force": the event word names something else. */
const COMPOUND_AFTER = new RegExp(`^\\s+(?:${alt(NOT_EVENT_BEFORE)})(?![\\p{L}])`, 'u');
const NAME_HEADS: ReadonlySet<string> = new Set(EVENT_NAME_HEADS);
/** A year at most this many characters before a place, in the same stretch of the sentence, dates the place's event. */
const YEAR_BEFORE = /(?<![\p{N}])((?:19|20)\d{2})(?![\p{N}])[^;—–()]{0,100}$/u;
/** How far back a denial still denies a place: "not in", "never at the". */
const NEAR = 12;
/** "… near the ", "… in ", "… off the coast of " right before the place. */
const LEAD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alt(PLACE_LEADS)})\\s+(?:the\\s+)?$`, 'iu');
/** "… the hard-hit coastal town of ", "… the ruins of " right before the place. */
const KIND_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alt(PLACE_KIND_NOUNS)})\\s+of\\s+$`, 'iu');
/** "<place> fire", "<place> train accident": at most one word between the place and the event's noun. */
const EVENT_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${alt(EVENT_WORDS)})(?![\\p{L}])`, 'u');
/** What joins a place to the one it lies in: "X, Y", "X district of Y", "X in Y". */
const CONTAINER_GAP = new RegExp(`^(?:\\s*,\\s*(?:(?:in|on)\\s+)?(?:the\\s+)?(?:(?:${alt(PLACE_KIND_NOUNS)})\\s+of\\s+)?|\\s+(?:(?:${alt(PLACE_KIND_NOUNS)})\\s+)?(?:of|in)\\s+(?:the\\s+)?)$`, 'iu');
const AND_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$/u;

const isPlace = (m: Mention | undefined): m is Mention => m !== undefined && m.type === 'place' && !NAME_HEADS.has(m.text.split(/\s+/u).at(-1) ?? '');

/** Does the sentence name an event (not only "fire" in "fire extinguisher")? */
function namesEvent(v: SentenceView): boolean {
  EVENT.lastIndex = 0;
  for (const m of allMatches(EVENT, v.lower)) if (!COMPOUND_AFTER.test(v.lower.slice(m.index + m[0].length))) return true;
  return false;
}

/** Does a year before the article's come shortly before the place, so it is an earlier event's ("the 2018 fire that destroyed X")? */
function earlierYear(ctx: ExtractContext, v: SentenceView, m: Mention): boolean {
  const year = Number(ctx.article.published?.slice(0, 4));
  const before = YEAR_BEFORE.exec(v.text.slice(0, m.span.start - v.start));
  return before !== null && Number.isFinite(year) && year > 0 && Number(before[1]) < year;
}

/** Is m only the place another place lies in ("Lahaina, Maui", "Balasore district of Odisha") or its possessor ("Odisha's Balasore")? */
function locatesAnother(v: SentenceView, m: Mention): boolean {
  const prev = mentionBefore(v, m.span.start);
  if (isPlace(prev) && CONTAINER_GAP.test(between(v, prev.span.end, m.span.start))) return true;
  const next = mentionAfter(v, m.span.end);
  return isPlace(next) && /^['’]s\s+(?:\p{Ll}+\s+)?$/u.test(between(v, m.span.end, next.span.start));
}

/** The places listed with m: "in Illinois, Iowa and Kansas"; a list ends in "and" or "or", else "X, Y" is a place and its region. */
function listed(v: SentenceView, m: Mention): Mention[] {
  const out = [m];
  let closed = false;
  for (let next = mentionAfter(v, m.span.end); isPlace(next) && !closed; next = mentionAfter(v, next.span.end)) {
    const gap = between(v, out.at(-1)!.span.end, next.span.start);
    if (!AND_GAP.test(gap)) break;
    closed = /\b(?:and|or)\s+$/u.test(gap);
    out.push(next);
  }
  return closed ? out : [m];
}

function record(ctx: ExtractContext, v: SentenceView, places: readonly Mention[], leadStart: number): FactRecord {
  const wide = modalityAt(v, leadStart, places.at(-1)!.span.end);
  // a denial of the clause's verb ("did not lose a set at X") does not deny the place; "not in X" does
  const { modality, attribution } = wide.modality === 'negated' ? modalityAt(v, leadStart, places.at(-1)!.span.end, NEAR) : wide;
  const names = [...new Set(places.map((p) => p.text))].sort();
  const one = places.length === 1;
  return {
    kind: 'fact', stage: STAGE, subject: null, subjectName: 'the event', predicate: 'event:place', object: names.join('; '),
    objectEntity: one ? places[0]!.entity : null, objectKey: names.map((n) => n.toLowerCase()).join('; '), single: false, modality, attribution,
    span: { article: ctx.article.id, start: Math.min(leadStart, places[0]!.span.start), end: places.at(-1)!.span.end },
    evidence: { article: ctx.article.id, start: v.start, end: v.end }, sentence: v.index,
  };
}

/** Places of the event named in one sentence. */
export function eventPlaceFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  if (!v.mentions.some(isPlace) || !namesEvent(v)) return [];
  const out: FactRecord[] = [];
  const done = new Set<Mention>();
  for (const m of v.mentions) {
    if (!isPlace(m) || done.has(m)) continue;
    // "off Lorland's Port Elsby": the lead before the possessor leads to the place it owns
    const owner = mentionBefore(v, m.span.start);
    const owned = isPlace(owner) && /^['’]s\s+$/u.test(between(v, owner.span.end, m.span.start));
    const head = v.text.slice(0, (owned ? owner.span.start : m.span.start) - v.start);
    const found = LEAD_BEFORE.exec(head) ?? KIND_BEFORE.exec(head);
    const lead = found && !NOT_EVENT_PLACE_BEFORE.test(head.slice(0, found.index)) ? found : null;
    // "a US wildfire" ranks the event in a country; it does not place it
    const premodifier = !lead && !COUNTRY_NATIONALITY.has(m.text) && EVENT_AFTER.test(v.text.slice(m.span.end - v.start));
    if ((!lead && !premodifier) || OTHER_TIME_AFTER.test(v.text.slice(m.span.end - v.start)) || earlierYear(ctx, v, m)) continue;
    const places = lead ? listed(v, m) : [m];
    places.forEach((p) => done.add(p));
    if (places.length > 1 || !locatesAnother(v, m)) out.push(record(ctx, v, places, lead ? v.start + lead.index : m.span.start));
  }
  return out;
}

/**
 * "Lahaina, Maui", "Balasore district of Odisha", "Odisha's Balasore", "Soro in Balasore": the
 * first place lies in the second. Recorded as `place:located in` facts, which the comparison uses
 * to keep the most specific place of the event and does not report.
 */
export function containmentFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  const out: FactRecord[] = [];
  const places = v.mentions.filter(isPlace);
  for (let i = 1; i < places.length; i++) {
    const [a, b] = [places[i - 1]!, places[i]!];
    if (a.entity === b.entity) continue;
    const gap = between(v, a.span.end, b.span.start);
    const pair = CONTAINER_GAP.test(gap) && mentionAfter(v, a.span.end) === b ? [a, b] : /^['’]s\s+$/u.test(gap) ? [b, a] : null;
    if (!pair) continue;
    // "in A, B and C" is a list, not a place and its region
    if (/^\s*,/u.test(gap) && /^\s*,?\s*(?:and|or)\s/u.test(v.text.slice(b.span.end - v.start))) continue;
    const [inner, outer] = pair as [Mention, Mention];
    out.push({
      kind: 'fact', stage: STAGE, subject: inner.entity, subjectName: inner.text, predicate: 'place:located in', object: outer.text, objectEntity: outer.entity,
      objectKey: outer.text.toLowerCase(), single: false, modality: 'asserted', attribution: null,
      span: { article: ctx.article.id, start: a.span.start, end: b.span.end }, evidence: { article: ctx.article.id, start: v.start, end: v.end }, sentence: v.index,
    });
  }
  return out;
}
