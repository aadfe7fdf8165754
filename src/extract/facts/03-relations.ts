/**
 * Step 3: event relations. A relation form (src/lexicon/fact-predicates.ts) in a sentence gives
 * facts about the story's event: the name just before the form fills the subject role, the name
 * just after it (or after "by" for a passive form) the object role. "X beat Y" → winner X, loser Y;
 * "Y was beaten by X" → the same two facts.
 */
import type { EntityType } from '../../contract/analysis-schema.js';
import type { FactRecord, Mention } from '../../model/records.js';
import { FACT_RELATIONS, NATIONAL_NOUNS, OBJECT_STOPS, type FactRelation } from '../../lexicon/fact-predicates.js';
import { DEMONYMS } from '../../lexicon/demonyms.js';
import { STOPWORDS } from '../../lexicon/stopwords.js';
import type { ExtractContext } from '../context.js';
import { articleWords, between, formsRegex, mentionAfter, mentionBefore, type SentenceView } from './01-sentence-view.js';
import { modalityAt } from './02-modality.js';
import { allMatches } from '../../util/matches.js';

const STAGE = 'extract/facts/relations';
const DEMONYMS_SET: ReadonlySet<string> = new Set(DEMONYMS);
/** The first words of a relation's forms: an article holding none of them cannot match (a cheap test before the regexes). */
const firstWords = (forms: readonly string[]): readonly string[] => [...new Set(forms.map((f) => f.toLowerCase().split(/\s+/u)[0]!))];
/** How a sentence's lower-case text splits into words (as articleWords splits the article). */
const WORD_SPLIT = /[^\p{L}\p{N}-]+/u;
/**
 * The first words of a relation's forms as written, when each is one such word: a form's match then
 * starts a word of the sentence that equals its first word (the form's regex wants no letter, digit,
 * apostrophe or hyphen before it, and a space or no letter, digit or hyphen after the word), so a
 * sentence whose words hold none of them cannot match, a set lookup instead of the regex. null when a
 * first word holds other characters ("u.s.-led"): the regex always runs.
 */
const literalFirstWords = (forms: readonly string[]): readonly string[] | null => {
  const words = [...new Set(forms.map((f) => f.split(/\s+/u)[0]!))];
  return words.every((w) => /^[\p{L}\p{N}-]+$/u.test(w)) ? words : null;
};
const form = (r: FactRelation, forms: readonly string[]) => ({ r, re: formsRegex(forms), first: firstWords(forms), literal: literalFirstWords(forms) });
const ACTIVE = FACT_RELATIONS.filter((r) => r.forms.length > 0).map((r) => form(r, r.forms));
const PASSIVE = FACT_RELATIONS.filter((r) => r.passive.length > 0).map((r) => form(r, r.passive));
const mayOccur = (f: Form, words: ReadonlySet<string>) => f.literal === null || f.literal.some((w) => words.has(w));
type Form = (typeof ACTIVE)[number];
/** The relations whose forms may occur in an article (their first words among its words), once per article. */
const CANDIDATES = new WeakMap<object, { readonly active: readonly Form[]; readonly passive: readonly Form[] }>();
function candidates(ctx: ExtractContext): { readonly active: readonly Form[]; readonly passive: readonly Form[] } {
  let c = CANDIDATES.get(ctx.article);
  if (!c) {
    const words = articleWords(ctx);
    const keep = (f: Form) => f.first.some((w) => words.has(w));
    c = { active: ACTIVE.filter(keep), passive: PASSIVE.filter(keep) };
    CANDIDATES.set(ctx.article, c);
  }
  return c;
}
/** Before a passive participle: "was", "has been", "were quickly". */
const BE_BEFORE = /\b(?:was|were|is|are|been|being|be|get|got)\s+(?:\p{Ll}+ly\s+)?$/u;
/** After a passive participle: "by" and the agent. */
const BY_AFTER = /^\s+by\s+/u;
/** What may stand between the subject name and the verb: an age, an appositive, "who", an auxiliary. */
const SUBJECT_GAP =
  /^(?:\s*,\s*[^,;:"“”]{0,60},)?(?:['’]s)?\s*(?:(?:officially|completed|closed|its|their|the|deal|\$\d[\d.,]*|\d[\d.,]*|billion|million|bn)\s+)*(?:(?:who|which|has|have|had|then|also|finally|eventually|on \p{Lu}\p{Ll}+|was|were|is|are|be|been|not|never|did|does|do|would|could|will|may|might|expected|likely|set|due|tipped|poised|hoping|to|widely|reportedly|allegedly|denied|denies|it|that|they)\s+)*$/u;
/** What may stand between the verb and its object name: articles, possessives, modifiers ("the international medical journal"). */
const OBJECT_GAP = /^\s*(?:(?:[Tt]he|a|an|its|their|his|her|\p{Lu}[\p{L}.]*(?:'s|’s)|\p{Ll}+-\p{Ll}+|\d+(?:th|st|nd|rd)-seeded|\p{Ll}{3,})\s+){0,4}$/u;
/** Lower-case words in that gap that end the object's noun phrase: "acquired a stake in X" does not name X as acquired. */
const GAP_STOPS = new Set([...STOPWORDS].filter((w) => !['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(w)));
const gapOk = (gap: string) => OBJECT_GAP.test(gap) && !gap.toLowerCase().split(/\s+/u).some((w) => GAP_STOPS.has(w) || OBJECT_STOPS.has(w));
/** Places fill no role here: "Britain's Jane Roe beat …", "Jane Roe of Kenya beat …" name the winner, not the country. */
const AGENTS: readonly EntityType[] = ['person', 'organization', 'group', 'other'];

/** An entity object, or a phrase object ({ text, key, span }) for relations that take phrases. */
type Filler = Mention | { readonly text: string; readonly key: string; readonly span: { readonly start: number; readonly end: number } };

function fact(ctx: ExtractContext, v: SentenceView, r: FactRelation, role: string, m: Filler, at: { start: number; end: number }): FactRecord {
  const { modality, attribution } = modalityAt(v, at.start, at.end);
  const entity = 'entity' in m ? m.entity : null;
  return {
    kind: 'fact', stage: STAGE, subject: null, subjectName: `the ${r.event}`, predicate: `${r.event}:${role}`, object: m.text,
    objectEntity: entity, objectKey: 'key' in m ? m.key : m.text.toLowerCase(), single: r.single, modality, attribution,
    span: { article: ctx.article.id, start: Math.min(m.span.start, at.start), end: Math.max(m.span.end, at.end) },
    evidence: { article: ctx.article.id, start: v.start, end: v.end }, sentence: v.index,
  };
}

/** "a goods train parked there" → "goods train": up to three lower-case words after a determiner, ending before a function word or a participle. */
const PHRASE_AFTER = /^\s+(?:head-on\s+)?(?:with\s+)?(?:a|an|the|another)\s+((?:[\p{Ll}-]+\s*){1,3})/u;
function phraseObject(v: SentenceView, at: number): Filler | undefined {
  const m = PHRASE_AFTER.exec(v.text.slice(at - v.start));
  if (!m) return undefined;
  const words: string[] = [];
  for (const w of m[1]!.trim().split(/\s+/u)) {
    // a participle ends the phrase ("a goods train parked there") unless it leads it ("a fishing boat")
    if (STOPWORDS.has(w) || (words.length > 0 && /(?:ing|ed|ly)$/u.test(w))) break;
    words.push(w);
  }
  if (words.length === 0) return undefined;
  const text = words.join(' ');
  const start = at + m[0].length - m[1]!.length;
  return { text, key: text, span: { start, end: start + v.text.slice(start - v.start).indexOf(words.at(-1)!) + words.at(-1)!.length } };
}

/** The verb governs an event noun ("announced Thursday the recall", "issued a recall", "halted all flights", "suspend production"). */
const NOUN_AFTER = new Map<FactRelation, RegExp>();
const nounAfterRe = (r: FactRelation, nouns: readonly string[]): RegExp => {
  let re = NOUN_AFTER.get(r);
  if (!re) {
    re = new RegExp(`^\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+\\s+)?(?:(?:the|a|an|its|their|all|all\\s+its|all\\s+their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${nouns.join('|')})(?![\\p{L}])`, 'u');
    NOUN_AFTER.set(r, re);
  }
  return re;
};
const nounAfter = (r: FactRelation, tail: string) => !r.objectNouns || nounAfterRe(r, r.objectNouns).test(tail);

/** A nationality word taken for a name ("the Briton", "the Canadian") describes someone: it fills no role. */
const described = (m: Mention) => NATIONAL_NOUNS.has(m.text) || DEMONYMS_SET.has(m.text);
const fits = (r: FactRelation, m: Mention) => !described(m) && (AGENTS.includes(m.type) || (r.places === true && m.type === 'place'));

/** "X, moving from A to B, derailed": the name before an appositive that ends right before the verb. */
const APPOSITIVE_END = /,\s*[^,;:"“”]{1,60},\s*$/u;

function subjectOf(v: SentenceView, r: FactRelation, at: number): Mention | undefined {
  const near = subjectNear(v, r, at);
  if (near) return near;
  const app = APPOSITIVE_END.exec(between(v, v.start, at));
  if (!app) return undefined;
  // "The founder of Acme, Jane Roe, was …": a name that is the whole appositive is the subject
  const named = mentionBefore(v, at);
  if (named && fits(r, named) && /^\s*,\s*$/u.test(between(v, named.span.end, at)) && /^,\s*$/u.test(between(v, v.start + app.index, named.span.start))) return named;
  const m = mentionBefore(v, v.start + app.index + 1);
  return m && m.span.end === v.start + app.index && fits(r, m) ? m : undefined;
}

const HEAD_GAP = new Map<FactRelation, RegExp>();
/** "Vega rocket lifted off": one of the relation's subject heads (and an auxiliary) between the name and the verb. */
function headGap(r: FactRelation): RegExp | undefined {
  if (!r.subjectHeads) return undefined;
  let re = HEAD_GAP.get(r);
  if (!re) {
    re = new RegExp(`^\\s+(?:${r.subjectHeads.join('|')})\\s+(?:(?:has|had|finally|successfully|then)\\s+)?$`, 'u');
    HEAD_GAP.set(r, re);
  }
  return re;
}

function subjectNear(v: SentenceView, r: FactRelation, at: number): Mention | undefined {
  let m = mentionBefore(v, at);
  // the gap to the verb is read from the name right before it ("Jane Roe of Kenya beat": from "Kenya")
  const gapFrom = m?.span.end ?? at;
  // "Jane Roe of Kenya beat …": the name before "of <place>" is the subject
  if (m && m.type === 'place' && !fits(r, m)) {
    const owner = mentionBefore(v, m.span.start);
    if (owner && /^\s+of\s+$/u.test(between(v, owner.span.end, m.span.start))) m = owner;
  }
  if (!m || !fits(r, m)) return undefined;
  const gap = between(v, gapFrom, at);
  return SUBJECT_GAP.test(gap) || headGap(r)?.test(gap) ? m : undefined;
}

function objectOf(v: SentenceView, r: FactRelation, at: number): Mention | undefined {
  let m = mentionAfter(v, at);
  // a possessive name is a modifier: "beat Kenya's Jane Roe" names Jane Roe
  while (m && /^['’]s\b/u.test(v.text.slice(m.span.end - v.start))) m = mentionAfter(v, m.span.end);
  // a place inside the title of the name after it: "led by U.S. Special Envoy Jane Roe" names Jane Roe
  const titled = m && !fits(r, m) ? mentionAfter(v, m.span.end) : undefined;
  if (m && titled?.roleSpan && titled.roleSpan.start <= m.span.start && titled.roleSpan.end >= m.span.end) m = titled;
  // a title before the name is part of the object: "led by Special Envoy Jane Roe"
  const gapEnd = m && m.roleSpan && m.roleSpan.start >= at && m.roleSpan.end <= m.span.start ? m.roleSpan.start : m?.span.start;
  return m && gapEnd !== undefined && fits(r, m) && gapOk(between(v, at, gapEnd)) ? m : undefined;
}

const AND_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/u;

/** For a multi-valued role, the names coordinated with the first object: "sold at A, B and C". */
function coordinated(v: SentenceView, r: FactRelation, first: Mention): Mention[] {
  const out = [first];
  if (r.single) return out;
  for (let next = mentionAfter(v, first.span.end); next && fits(r, next) && AND_GAP.test(between(v, out.at(-1)!.span.end, next.span.start)); next = mentionAfter(v, next.span.end)) {
    out.push(next);
  }
  return out;
}

/** Facts from relation forms in one sentence. */
export function relationFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  const out: FactRecord[] = [];
  const passiveAt = new Set<number>();
  const forms = candidates(ctx);
  const words: ReadonlySet<string> = forms.passive.length + forms.active.length > 0 ? new Set(v.lower.split(WORD_SPLIT)) : new Set();
  for (const f of forms.passive) {
    if (!mayOccur(f, words)) continue;
    const { r, re } = f;
    re.lastIndex = 0;
    for (const m of allMatches(re, v.lower)) {
      const at = { start: v.start + m.index, end: v.start + m.index + m[0].length };
      if (!BE_BEFORE.test(v.lower.slice(0, m.index))) continue;
      passiveAt.add(at.start);
      const by = BY_AFTER.exec(v.lower.slice(m.index + m[0].length));
      const agent = by ? objectOf(v, r, at.end + by[0].length) : undefined;
      const patient = subjectOf(v, r, at.start - (BE_BEFORE.exec(v.lower.slice(0, m.index))?.[0].length ?? 0));
      if (agent && r.subject) out.push(fact(ctx, v, r, r.subject, agent, at));
      if (patient && r.object) out.push(fact(ctx, v, r, r.object, patient, at));
    }
  }
  for (const f of forms.active) {
    if (!mayOccur(f, words)) continue;
    const { r, re } = f;
    re.lastIndex = 0;
    for (const m of allMatches(re, v.lower)) {
      const at = { start: v.start + m.index, end: v.start + m.index + m[0].length };
      if (passiveAt.has(at.start)) continue;
      if (!nounAfter(r, v.text.slice(at.end - v.start))) continue;
      const subject = r.subject ? subjectOf(v, r, at.start) : undefined;
      const object = r.object ? objectOf(v, r, at.end) : undefined;
      if (subject && r.subject) out.push(fact(ctx, v, r, r.subject, subject, at));
      if (object && r.object && object !== subject) out.push(...coordinated(v, r, object).map((o) => fact(ctx, v, r, r.object!, o, at)));
      const phrase = !object && r.object && r.phrases ? phraseObject(v, at.end) : undefined;
      if (phrase) out.push(fact(ctx, v, r, r.object!, phrase, at));
    }
  }
  out.push(...splitFacts(ctx, v), ...infixFacts(ctx, v));
  return out;
}

const INFIX = FACT_RELATIONS.filter((r) => r.infix).map((r) => ({
  r, re: new RegExp(`(?<![\\p{L}])(?:${r.infix!.verbs.join('|')})\\s+(?=\\p{Lu})`, 'gu'), after: new RegExp(`^,?\\s+(?:\\d{1,3},\\s+)?${r.infix!.after.replace(/\s+/gu, '\\s+')}(?![\\p{L}])`, 'u'),
}));

/** Infix forms: "jurors found X guilty" → convicted X; the name must be followed by the form's last word ("guilty", "not guilty"). */
function infixFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  const out: FactRecord[] = [];
  for (const { r, re, after } of INFIX) {
    for (const m of allMatches(re, v.text)) {
      const start = v.start + m.index + m[0].length;
      const object = mentionAfter(v, start);
      if (!object || object.span.start !== start || !fits(r, object) || !r.object) continue;
      const tail = after.exec(v.text.slice(object.span.end - v.start));
      if (tail) out.push(fact(ctx, v, r, r.object, object, { start: v.start + m.index, end: object.span.end + tail[0].length }));
    }
  }
  return out;
}

const SPLIT = FACT_RELATIONS.filter((r) => r.split).map((r) => ({
  r, re: new RegExp(`(?<![\\p{L}])(?:${r.split!.verbs.join('|')})\\s+[^.;:!?]{1,100}?\\s${r.split!.particle}\\s+(?:the\\s+)?(?=\\p{Lu})`, 'gu'),
}));

/** Split forms: "transferred its streaming rights for … games to X" → handed over to X. */
function splitFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  const out: FactRecord[] = [];
  for (const { r, re } of SPLIT) {
    re.lastIndex = 0;
    for (const m of allMatches(re, v.text)) {
      const end = v.start + m.index + m[0].length;
      const object = mentionAfter(v, end);
      if (object && object.span.start === end && fits(r, object) && r.object) out.push(fact(ctx, v, r, r.object, object, { start: v.start + m.index, end }));
    }
  }
  return out;
}
