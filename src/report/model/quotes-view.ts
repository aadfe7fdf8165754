/** The quote ledger: speaker, wording variants with word diffs, outlets, first appearance. */
import type { Analysis, Quote } from '../../contract/analysis-schema.js';
import { hasChanges, wordDiff } from '../word-diff.js';
import { cmp, excerpts, uniqSorted, type ModelContext } from './context.js';
import type { QuoteVariant, QuoteView, SpeakerGroup } from './types.js';

/** Marks and spacing are not wording: compare quotes without them. */
const wording = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();

function quoteView(ctx: ModelContext, q: Quote): QuoteView {
  const groups = new Map<string, { text: string; articles: string[] }>();
  for (const o of q.occurrences) {
    const key = wording(o.text);
    const g = groups.get(key) ?? { text: o.text, articles: [] };
    g.articles.push(o.article);
    groups.set(key, g);
  }
  const refKey = wording(q.text);
  const variants: QuoteVariant[] = [...groups.entries()]
    .sort(([ka, a], [kb, b]) => Number(kb === refKey) - Number(ka === refKey) || b.articles.length - a.articles.length || cmp(ka, kb))
    .map(([key, g]) => {
      const diff = key === refKey ? [] : wordDiff(q.text, g.text);
      return {
        text: g.text,
        outlets: ctx.outletsOf(g.articles),
        evidence: excerpts(
          ctx,
          q.occurrences.filter((o) => wording(o.text) === key).map((o) => ({ article: o.article, start: o.start, end: o.end })),
        ),
        diff: hasChanges(diff) ? diff : [],
      };
    });
  const firstId = q.firstArticle ?? null;
  const first = firstId && ctx.articles.has(firstId) ? { article: firstId, outlet: ctx.outletOf(firstId), published: ctx.articles.get(firstId)?.published ?? null } : null;
  const bySpeaker = new Map<string, string[]>();
  for (const o of q.occurrences) {
    const name = o.speakerName ?? 'unattributed';
    bySpeaker.set(name, [...(bySpeaker.get(name) ?? []), o.article]);
  }
  const attributions = [...bySpeaker.entries()].map(([speaker, ids]) => ({ speaker, outlets: ctx.outletsOf(ids) })).sort((a, b) => cmp(a.speaker, b.speaker));
  const roles = uniqSorted(q.occurrences.map((o) => o.speakerRole ?? '').filter(Boolean));
  return {
    id: q.id,
    text: q.text,
    speaker: q.speaker?.name ?? null,
    role: q.speaker?.role ?? roles[0] ?? null,
    speakerConflict: q.speakerConflict === true,
    attributions,
    altered: q.altered === true || variants.some((v) => v.diff.length > 0),
    outlets: ctx.outletsOf(q.occurrences.map((o) => o.article)),
    first,
    variants,
  };
}

/**
 * The ledger: quotes grouped by speaker, so one speaker's fragments sit together. Speakers
 * carried by more outlets come first, then those with more quotes, then by name (unattributed
 * last); inside a speaker, quotes carried by more outlets first.
 */
export function quotesView(ctx: ModelContext, analysis: Analysis): { quotes: QuoteView[]; speakers: SpeakerGroup[] } {
  const bySpeaker = new Map<string | null, QuoteView[]>();
  for (const q of analysis.quotes.map((x) => quoteView(ctx, x))) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q]);
  const groups = [...bySpeaker.entries()].map(([speaker, qs]) => ({
    speaker,
    qs: qs.sort((a, b) => b.outlets.length - a.outlets.length || cmp(a.id, b.id)),
    outlets: uniqSorted(qs.flatMap((q) => q.outlets)),
  }));
  groups.sort(
    (a, b) => b.outlets.length - a.outlets.length || b.qs.length - a.qs.length || cmp(a.speaker ?? '\uffff', b.speaker ?? '\uffff'),
  );
  const quotes: QuoteView[] = [];
  const speakers = groups.map((g) => {
    const from = quotes.push(...g.qs) - g.qs.length;
    return { speaker: g.speaker, role: g.qs.find((q) => q.role)?.role ?? null, outlets: g.outlets, quotes: g.qs.map((_, i) => from + i) };
  });
  return { quotes, speakers };
}
