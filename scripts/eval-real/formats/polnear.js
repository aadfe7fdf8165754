// PolNeAR attributions (brat: Source, Cue, Content joined by an Attribution event) → gold
// quotations for score/quotes.js. Pure: article text and parsed .ann in, records out.
import { quotedParts } from './quote-marks.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'her', 'them', 'me', 'us', 'his', 'hers', 'their', 'its', 'our', 'my', 'who', 'which', 'this', 'that', 'these', 'those', 'one']);
const LINKS = new Set(['of', 'and', '&', 'de', 'la', 'van', 'von', 'der', 'del', 'da', 'du', 'le', 'bin', 'al', 'for', 'on']);
const capitalised = (w) => /^[\p{Lu}\d]/u.test(w);
const words = (s) => s.split(/[\s\u00a0]+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d.'’]+$/gu, '')).filter(Boolean);

/** The capitalised words that end a source ("campaign manager Kellyanne Conway" → "Kellyanne Conway"), or null. */
export function trailingName(text) {
  const w = words(text.replace(/\([^)]*\)/g, ' '));
  let k = w.length;
  while (k > 0 && (capitalised(w[k - 1]) || (k < w.length && LINKS.has(w[k - 1].toLowerCase())))) k--;
  while (k < w.length && LINKS.has(w[k].toLowerCase())) k++;
  if (k < w.length && /^(the|a|an)$/i.test(w[k])) k++;
  return k < w.length ? w.slice(k).join(' ').replace(/['’]s$/, '') : null;
}

/**
 * What a Source is: a pronoun ("she", "they"); a name when it ends in capitalised words, a role
 * before them allowed ("Hillary Clinton", "The New York Post", "campaign manager Kellyanne
 * Conway"); otherwise a description ("a campaign aide", "the Republican nominee", "Clinton's aide").
 */
export function sourceKind(text) {
  const w = words(text);
  if (w.length === 1 && PRONOUNS.has(w[0].toLowerCase())) return 'pronoun';
  return trailingName(text) === null ? 'description' : 'name';
}

const trailingNameOf = (text) => (text === undefined ? null : trailingName(text));
/** A definite singular description ("the senator", not "the judges"): one referent that was named before. */
const definite = (text) => /^(the|this|that)\s/i.test(text.trim()) && !/s$/i.test(text.trim());

/**
 * Gold quotations of one article. Direct quotations are attributions whose Content holds (or is
 * enclosed by) double quotation marks; their parts are the words between the marks. Speaker
 * names accepted: for a name source, the name; for a pronoun or a definite singular description
 * ("the senator"), the referent, approximated by the nearest preceding Source in the article that is a
 * name (the last person or body named as speaking).
 * `regions` holds every Content fragment (a predicted quote inside one is not a false positive).
 */
export function goldQuotations(text, ann) {
  const span = (id) => (id ? ann.spans.get(id) : undefined);
  const sources = [];
  for (const e of ann.events) {
    const s = span(e.roles.Source);
    if (s) sources.push({ start: s.frags[0].start, text: text.slice(s.frags[0].start, s.frags.at(-1).end) });
  }
  const named = sources.filter((s) => sourceKind(s.text) === 'name').sort((a, b) => a.start - b.start);
  const referent = (at) => trailingNameOf(named.filter((s) => s.start < at).at(-1)?.text);
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
    const stext = text.slice(source.start, source.end);
    const kind = sourceKind(stext);
    const names = kind === 'name' ? [stext] : kind === 'pronoun' || definite(stext) ? [referent(source.start)] : [];
    gold.push({ id: e.id, parts, kind, names: names.filter((n) => n !== null), source, direct: true });
  }
  return { gold, regions };
}
