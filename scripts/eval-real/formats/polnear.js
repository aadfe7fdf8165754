// PolNeAR attributions (brat: Source, Cue, Content joined by an Attribution event) → gold
// quotations for score/quotes.js. Pure: article text and parsed .ann in, records out.
import { quotedParts } from './quote-marks.js';
import { sourceKind, trailingName } from './source-kind.js';

export { sourceKind, trailingName };

/** Forms of a source name the scorer accepts: the name, and "Ada Roe" for "Ada Roe of Leith". */
function nameForms(name) {
  const m = /^(\p{Lu}\S*(?:\s\p{Lu}\S*)+)\s+of\s+\p{Lu}/u.exec(name);
  return m ? [name, m[1]] : [name];
}

/** Personal pronouns that point back to a named source (not "I", "we", "you": the writer or the reader). */
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);
const BODY_PRONOUNS = new Set(['it', 'its']);
/** Words that make a name an organisation's (a "he"/"she" never refers to it, an "it" refers only to such). */
const ORG_WORDS = /\b(Committee|Party|Campaign|University|College|School|Association|Council|Department|Agency|Administration|Court|Commission|Watch|Foundation|Institute|Center|Centre|Times|Post|News|Journal|Press|Network|Group|Coalition|Union|Bureau|Office|Service|Board|Senate|House|Congress|Company|Corp|Inc|Fund|Organi[sz]ation|Project|Alliance|Society|Church|Ministry|Police|Army|Navy|Hospital|Bank|Media|Magazine|Club|Team|Federation|Government|Report|Caucus|Conference|Tribune|Herald|Review|Channel|Radio|Television|Trust|Forum|Republicans|Democrats|Initiative|Action|Poll)\b|\b\p{Lu}{2,}s?\b/u;
/** Does a source name fit a pronoun ("she" → not an organisation; "it" → an organisation)? */
function fits(pronoun, name) {
  if (PERSON_PRONOUNS.has(pronoun)) return !ORG_WORDS.test(name);
  if (BODY_PRONOUNS.has(pronoun)) return ORG_WORDS.test(name);
  return true;
}

/** A definite singular description ("the senator", not "the judges"): one referent that was named before. */
const definite = (text) => /^(the|this|that)\s/i.test(text.trim()) && !/s$/i.test(text.trim());

/**
 * Gold quotations of one article. Direct quotations are attributions whose Content holds (or is
 * enclosed by) double quotation marks; their parts are the words between the marks. Speaker
 * names accepted: for a name source, its name (trailingName); for a pronoun or a definite singular
 * description ("the senator"), the referent, approximated by the nearest preceding Source in the
 * article that has a name (the last person or body named as speaking) and fits the pronoun: "he"/"she"
 * skip organisation names, "it" takes only them; "I", "we", "you" have no referent (not judged).
 * `regions` holds every Content fragment (a predicted quote inside one is not a false positive).
 */
export function goldQuotations(text, ann) {
  const span = (id) => (id ? ann.spans.get(id) : undefined);
  const sources = [];
  for (const e of ann.events) {
    const s = span(e.roles.Source);
    if (s) sources.push({ start: s.frags[0].start, text: text.slice(s.frags[0].start, s.frags.at(-1).end) });
  }
  const named = sources
    .map((s) => ({ start: s.start, name: sourceKind(s.text) === 'name' ? trailingName(s.text) : null }))
    .filter((s) => s.name !== null)
    .sort((a, b) => a.start - b.start);
  const referent = (at, pronoun) => {
    if (pronoun !== null && !PERSON_PRONOUNS.has(pronoun) && !BODY_PRONOUNS.has(pronoun) && !/^(they|them|their|who|which|that)$/.test(pronoun)) return null;
    return named.filter((s) => s.start < at && (pronoun === null || fits(pronoun, s.name))).at(-1)?.name ?? null;
  };
  const gold = [];
  const regions = [];
  for (const e of ann.events) {
    const content = span(e.roles.Content);
    if (!content) continue;
    regions.push(...content.frags);
    const parts = content.frags.flatMap((f) => quotedParts(text, f.start, f.end));
    if (parts.length === 0) continue;
    const src = span(e.roles.Source);
    if (!src) {
      gold.push({ id: e.id, parts, kind: null, names: [], source: null, direct: true });
      continue;
    }
    const source = { start: src.frags[0].start, end: src.frags.at(-1).end };
    const cueSpan = span(e.roles.Cue);
    const cue = cueSpan ? cueSpan.frags.map((f) => text.slice(f.start, f.end)).join(' … ') : null;
    const stext = text.slice(source.start, source.end);
    const kind = sourceKind(stext);
    const ref = kind === 'name' ? trailingName(stext) : kind === 'pronoun' ? referent(source.start, stext.trim().toLowerCase()) : definite(stext) ? referent(source.start, null) : null;
    gold.push({ id: e.id, parts, kind, names: ref === null ? [] : nameForms(ref), source, direct: true, cue });
  }
  return { gold, regions };
}
