/**
 * Step 4: attributes of people read from noun phrases around a name:
 * - role: the title the entity stage attached to the mention ("Railway Minister Jane Roe",
 *   "Jane Roe, the club's president");
 * - nationality: a nationality before the name ("Kenyan runner Jane Roe") or in an appositive
 *   or copula after it ("Jane Roe, a Kenyan …", "Jane Roe is a Kenyan …");
 * - nationality from a country: "Jane Roe of Kenya", "Kenya's Jane Roe";
 * - origin: "Jane Roe, from Eldoret," / "Jane Roe of Eldoret" when the place is a place entity;
 * - affiliation: "Dr Jane Roe of the Orvell Institute", "Jane Roe, at Orvell University";
 * - the workers' union: "Dockworkers Union members", "the UAW union" (a fact about the story's workers).
 */
import type { FactRecord, Mention } from '../../model/records.js';
import { DEMONYMS } from '../../lexicon/demonyms.js';
import { COUNTRY_NATIONALITY, DESCRIPTOR_NOUN, FACT_ATTRIBUTES, NOT_NATIONALITIES, ROLE_ABBREVIATIONS, ROLE_SYNONYMS, STUDY_ROLES, UNION_NAME } from '../../lexicon/fact-predicates.js';
import type { ExtractContext } from '../context.js';
import { between, mentionAfter, mentionBefore, type SentenceView } from './01-sentence-view.js';
import { modalityAt } from './02-modality.js';
import { allMatches } from '../../util/matches.js';

const STAGE = 'extract/facts/attributes';
const NATIONALITIES: ReadonlySet<string> = new Set(DEMONYMS.filter((d) => !NOT_NATIONALITIES.has(d)));
const AFTER_NAME = /^\s*(?:,\s*(?:\d{1,3}\s*,\s*)?(?:who\s+is\s+|a\s+|an\s+|the\s+)?|\s+(?:is|was)\s+(?:a|an|the)\s+)(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\b/u;
const FROM_AFTER = /^\s*(?:,\s*(?:\d{1,3}\s*,\s*)?(?:who\s+is\s+)?from|\s+from)\s+$/u;
const ROLE_LEAD = /^(?:(?:the|a|an|former|then|now|current|acting|outgoing)\s+)+/iu;
/** "head of the Acme division" → "acme division head": the body before the office, as "Acme division head" is written. */
const OF_BODY = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/u;

/**
 * The key a value is compared by: lower case, no full stops, leading "the"/"former" dropped,
 * abbreviations written out; for a role also its synonyms (ROLE_SYNONYMS) and "<office> of <body>"
 * turned into "<body> <office>", so that the word-suffix equivalence of phrase values makes "CEO of
 * Acme", "Acme's chief executive officer" and "chief executive" one role.
 */
function valueKey(predicate: string, object: string): string {
  const key = object.toLowerCase().replace(/\./g, '').replace(ROLE_LEAD, '').replace(/\s+/g, ' ').trim().split(' ').map((w) => ROLE_ABBREVIATIONS.get(w) ?? w).join(' ');
  if (predicate !== 'role') return key;
  const of = OF_BODY.exec(key);
  const ordered = (of ? `${of[2]} ${of[1]}` : key).replace(/['’]s\b/gu, '');
  return ROLE_SYNONYMS.reduce((k, [re, to]) => k.replace(re, to), ordered);
}

function record(ctx: ExtractContext, v: SentenceView, m: Mention, predicate: string, object: string, span: { start: number; end: number }, objectEntity: string | null = null): FactRecord {
  const { modality, attribution } = modalityAt(v, Math.min(span.start, m.span.start), Math.max(span.end, m.span.end));
  return {
    kind: 'fact', stage: STAGE, subject: m.entity, subjectName: m.text, predicate, object, objectEntity,
    objectKey: valueKey(predicate, object),
    single: FACT_ATTRIBUTES[predicate]?.single ?? false, modality, attribution,
    span: { article: ctx.article.id, start: Math.min(span.start, m.span.start), end: Math.max(span.end, m.span.end) },
    evidence: { article: ctx.article.id, start: v.start, end: v.end }, sentence: v.index,
  };
}

/** The nationality word before a name: the demonym, optionally followed by up to three lower-case descriptor words. */
function nationalityBefore(v: SentenceView, m: Mention): { word: string; start: number; end: number } | null {
  const head = v.text.slice(0, m.span.start - v.start);
  const words = allMatches(/[\p{L}-]+/gu, head).slice(-5);
  for (let i = words.length - 1, seen = 0; i >= 0 && seen <= 3; i--, seen++) {
    const w = words[i]!;
    if (NATIONALITIES.has(w[0])) {
      const rest = head.slice(w.index + w[0].length);
      if (!/^[\s\p{Ll}-]*$/u.test(rest)) return null;
      return { word: w[0], start: v.start + w.index, end: v.start + w.index + w[0].length };
    }
    if (!DESCRIPTOR_NOUN.test(w[0])) return null;
  }
  return null;
}

/** "Jane Roe of Kenya" or "Kenya's Jane Roe": the country's nationality adjective. */
function countryOf(v: SentenceView, m: Mention): { nationality: string; span: { start: number; end: number } } | null {
  const after = mentionAfter(v, m.span.end);
  if (after && after.type === 'place' && /^\s+of\s+$/u.test(between(v, m.span.end, after.span.start))) {
    const n = COUNTRY_NATIONALITY.get(after.text);
    if (n) return { nationality: n, span: after.span };
  }
  const before = mentionBefore(v, m.span.start);
  if (before && before.type === 'place' && /^['’]s\s+$/u.test(between(v, before.span.end, m.span.start))) {
    const n = COUNTRY_NATIONALITY.get(before.text);
    if (n) return { nationality: n, span: before.span };
  }
  return null;
}

/**
 * "Dr Jane Roe of the Orvell Institute", "Jane Roe, at the Orvell Institute": the body a person works
 * for. "at" without a comma is where someone was ("told reporters at the White House"), not whom they work for.
 */
const AFFILIATION_GAP = /^(?:\s*,\s*(?:of|at|from|with)|\s+(?:of|from))\s+(?:the\s+)?$/u;
const BODY: readonly string[] = ['organization', 'group', 'other'];

/** "United Auto Workers members", "the Dockers' Union members", "the UAW union": the union the story's workers belong to. */
const MEMBERS_AFTER = /^(?:['’]s?)?\s+(?:union\s+)?(?:members|member|workers|employees|representatives|leaders)\b/u;
const UNION_AFTER = /^\s+union\b/iu;

function unionFact(ctx: ExtractContext, v: SentenceView, m: Mention): FactRecord | null {
  if (!BODY.includes(m.type)) return null;
  const tail = v.text.slice(m.span.end - v.start);
  const named = UNION_NAME.test(m.text) || UNION_AFTER.test(tail);
  if (!named || !(MEMBERS_AFTER.test(tail) || UNION_AFTER.test(tail))) return null;
  const { modality, attribution } = modalityAt(v, m.span.start, m.span.end);
  return {
    kind: 'fact', stage: STAGE, subject: null, subjectName: 'the workers', predicate: 'workers:union', object: m.text, objectEntity: m.entity,
    objectKey: m.text.toLowerCase(), single: false, modality, attribution,
    span: m.span, evidence: { article: ctx.article.id, start: v.start, end: v.end }, sentence: v.index,
  };
}

/** "lead author of the study Dr. Jane Roe", "the study's lead author, Jane Roe": who wrote the story's study. */
const AUTHOR_BEFORE = new RegExp(`(?<![\\p{L}])(?:(?:the\\s+)?(?:study|report|paper)['’]s\\s+)?(${STUDY_ROLES.join('|')})(?:\\s+of\\s+the\\s+(?:study|report|paper|research|review))?,?\\s+(?:(?:Dr|Prof|Professor)\\.?\\s+)?$`, 'iu');

function authorFact(ctx: ExtractContext, v: SentenceView, m: Mention): FactRecord | null {
  const cue = AUTHOR_BEFORE.exec(v.text.slice(0, m.span.start - v.start));
  if (!cue) return null;
  const start = v.start + cue.index;
  const { modality, attribution } = modalityAt(v, start, m.span.end);
  const role = cue[1]!.toLowerCase().replace(/\s+/gu, ' ');
  return {
    kind: 'fact', stage: STAGE, subject: null, subjectName: 'the study', predicate: `study:${role}`, object: m.text, objectEntity: m.entity,
    objectKey: m.text.toLowerCase(), single: true, modality, attribution,
    span: { article: ctx.article.id, start, end: m.span.end }, evidence: { article: ctx.article.id, start: v.start, end: v.end }, sentence: v.index,
  };
}

export function attributeFacts(ctx: ExtractContext, v: SentenceView): FactRecord[] {
  const out: FactRecord[] = [];
  for (const m of v.mentions) {
    const union = unionFact(ctx, v, m);
    if (union) out.push(union);
    if (m.type !== 'person') continue;
    const author = authorFact(ctx, v, m);
    if (author) out.push(author);
    const body = mentionAfter(v, m.span.end);
    if (body && BODY.includes(body.type) && AFFILIATION_GAP.test(between(v, m.span.end, body.span.start))) {
      out.push(record(ctx, v, m, 'affiliation', body.text, body.span, body.entity));
    }
    if (m.role && m.roleSpan) out.push(record(ctx, v, m, 'role', m.role, m.roleSpan));
    const before = nationalityBefore(v, m);
    if (before) out.push(record(ctx, v, m, 'nationality', before.word, before));
    const tail = v.text.slice(m.span.end - v.start);
    const after = AFTER_NAME.exec(tail);
    if (after && NATIONALITIES.has(after[1]!)) {
      const start = m.span.end + after.index + after[0].length - after[1]!.length;
      out.push(record(ctx, v, m, 'nationality', after[1]!, { start, end: start + after[1]!.length }));
    }
    const country = countryOf(v, m);
    if (country) out.push(record(ctx, v, m, 'nationality', country.nationality, country.span));
    const place = mentionAfter(v, m.span.end);
    if (place && (place.type === 'place' || place.type === 'other') && FROM_AFTER.test(between(v, m.span.end, place.span.start))) {
      out.push(record(ctx, v, m, 'origin', place.text, place.span));
    }
  }
  return out;
}
