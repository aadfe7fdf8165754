// PolNeAR attributions (brat: Source, Cue, Content joined by an Attribution event) → gold
// quotations for score/quotes.js. Pure: article text and parsed .ann in, records out.
import { quotedParts } from './quote-marks.js';
import { sourceKind, trailingName } from './source-kind.js';

export { sourceKind, trailingName };

const trailingNameOf = (text) => (text === undefined ? null : trailingName(text));
/** A definite singular description ("the senator", not "the judges"): one referent that was named before. */
const definite = (text) => /^(the|this|that)\s/i.test(text.trim()) && !/s$/i.test(text.trim());

/**
 * Gold quotations of one article. Direct quotations are attributions whose Content holds (or is
 * enclosed by) double quotation marks; their parts are the words between the marks. Speaker
 * names accepted: for a name source, the name it gives (trailingName); for a pronoun or a definite singular description
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
    const cueSpan = span(e.roles.Cue);
    const cue = cueSpan ? cueSpan.frags.map((f) => text.slice(f.start, f.end)).join(' … ') : null;
    const stext = text.slice(source.start, source.end);
    const kind = sourceKind(stext);
    const names = kind === 'name' ? [trailingName(stext)] : kind === 'pronoun' || definite(stext) ? [referent(source.start)] : [];
    gold.push({ id: e.id, parts, kind, names: names.filter((n) => n !== null), source, direct: true, cue });
  }
  return { gold, regions };
}
