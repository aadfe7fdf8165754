/**
 * Step 5: the main quotes — attributed words carried by the most sources.
 * "Jane Roe, the mayor, said: “…”" — only when the ledger names the speaker and
 * its occurrences agree on who it was.
 */
import type { Quote, Span } from '../../contract/analysis-schema.js';
import type { Draft, SummaryContext } from './context.js';
import { capitalise } from './phrasing.js';
import { sentenceEnds } from '../../nlp/sentence-ends.js';
import { wordCount } from './text-units.js';

export const MAX_QUOTES = 2;
/** Longer quotes are cut to their first sentence, or to this many words. */
const MAX_QUOTE_WORDS = 40;
const DETERMINERS = /^(the|a|an|his|her|its|their|our|one|another|former|then)\b/i;

function roleClause(role: string | null): string {
  if (!role?.trim()) return '';
  const r = role.trim();
  const noun = DETERMINERS.test(r) || /^\S+['’]s\b/.test(r) ? r : `the ${r}`;
  return `, ${noun},`;
}

/** A quote short enough for the summary: whole, else its first sentence (shared sentence-end rule), else its first 30 words. */
export function shortQuote(text: string): string {
  // a quote that stops mid-sentence keeps no dangling comma or semicolon
  const t = text.trim().replace(/[,;:]+$/, '');
  if (wordCount(t) <= MAX_QUOTE_WORDS) return t;
  // the first sentence by the shared rule: "U.S." or "6.5" inside the quote does not end it
  const end = sentenceEnds(t)[0];
  const first = end !== undefined && end < t.length ? t.slice(0, end) : undefined;
  if (first && wordCount(first) <= MAX_QUOTE_WORDS) return `${first} …`;
  return `${t.split(/\s+/).slice(0, 30).join(' ')} …`;
}

/** The occurrence widened to its sentence, so the evidence shows the attribution as well as the words. */
function occurrenceEvidence(ctx: SummaryContext, q: Quote): Span[] {
  const out: Span[] = [];
  const seen = new Set<string>();
  for (const o of q.occurrences) {
    if (seen.has(o.article)) continue;
    seen.add(o.article);
    const article = ctx.articleById(o.article);
    const sentences = article ? ctx.sentences(article) : [];
    const first = sentences.find((s) => s.end > o.start);
    const last = [...sentences].reverse().find((s) => s.start < o.end);
    out.push({ article: o.article, start: Math.min(o.start, first?.start ?? o.start), end: Math.max(o.end, last?.end ?? o.end) });
  }
  return out;
}

/** How far from a quotation a mention of its speaker may be to count as its attribution. */
const ATTRIBUTION_REACH = 600;

/**
 * Where each article names the speaker, nearest to the quotation: a mention of the merged
 * entity, else the name as written. Cited so the evidence shows who, not only what.
 */
function speakerEvidence(ctx: SummaryContext, q: Quote): Span[] {
  const speaker = q.speaker!;
  const mentions = speaker.entity ? (ctx.entities.get(speaker.entity)?.mentions ?? []) : [];
  const out: Span[] = [];
  for (const article of [...new Set(q.occurrences.map((o) => o.article))].sort()) {
    const at = q.occurrences.find((o) => o.article === article)!.start;
    const near = (s: Span) => Math.abs(s.start - at) <= ATTRIBUTION_REACH;
    let found = mentions.filter((m) => m.article === article && near(m));
    if (!found.length) {
      const text = ctx.articleById(article)?.text ?? '';
      const from = Math.max(0, at - ATTRIBUTION_REACH);
      const i = text.slice(from, at + ATTRIBUTION_REACH).indexOf(speaker.name);
      if (i >= 0) found = [{ article, start: from + i, end: from + i + speaker.name.length }];
    }
    const best = found.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at) || a.start - b.start)[0];
    if (best) out.push({ article, start: best.start, end: best.end });
  }
  return out;
}

const outlets = (q: Quote) => new Set(q.occurrences.map((o) => o.article)).size;

/** Quotes with a named, undisputed speaker, most widely carried first, one per speaker. */
export function quoteSentences(ctx: SummaryContext, quotes: readonly Quote[]): Draft[] {
  const ranked = quotes
    .filter((q) => q.speaker && !q.speakerConflict && q.occurrences.length && wordCount(q.text) >= 4)
    .map((q) => ({ q, carried: outlets(q), full: q.occurrences.some((o) => !o.partial) ? 1 : 0 }))
    .sort((a, b) => b.carried - a.carried || b.full - a.full || (a.q.id < b.q.id ? -1 : a.q.id > b.q.id ? 1 : 0));
  const out: Draft[] = [];
  const speakers = new Set<string>();
  for (const { q, carried } of ranked) {
    if (out.length >= MAX_QUOTES) break;
    const speaker = q.speaker!;
    // one quote per speaker, known by merged entity or by name (entity merging may have missed a pair)
    const keys = [speaker.name.toLowerCase(), ...(speaker.entity ? [speaker.entity] : [])];
    if (keys.some((k) => speakers.has(k))) continue;
    for (const k of keys) speakers.add(k);
    const words = shortQuote(q.text);
    const articles = [...new Set(q.occurrences.map((o) => o.article))].sort();
    const via = carried > 1 ? ` (quoted by ${ctx.labels.list(articles)})` : '';
    const stop = via || !/[.!?…]$/.test(words) ? '.' : '';
    const text = `${capitalise(speaker.name)}${roleClause(speaker.role)} said: “${words}”${via}${stop}`;
    out.push({ section: 'quote', text, articles, evidence: [...occurrenceEvidence(ctx, q), ...speakerEvidence(ctx, q)] });
  }
  return out;
}
