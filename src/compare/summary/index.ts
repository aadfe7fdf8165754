/**
 * The cited summary: 5–12 neutral sentences, each carrying the articles and the
 * exact spans that support it.
 *
 * Order: the most central facts (extracted verbatim), then agreements, conflicts,
 * updates, the main quotes and key dated events (templated from the findings).
 * When the findings are thin, more central sentences fill the summary up to five;
 * when they are rich, the longest sections give way first.
 */
import type { SummarySentence } from '../../contract/analysis-schema.js';
import { summaryContext, type Draft } from './context.js';
import { centralCandidates, centralSentences } from './01-central.js';
import { agreementSentences } from './02-agreements.js';
import { conflictSentences } from './03-conflicts.js';
import { updateSentences } from './04-updates.js';
import { quoteSentences } from './05-quotes.js';
import { eventSentences } from './06-events.js';
import type { SummaryInput } from './input.js';

export type { SummaryInput } from './input.js';

export const MIN_SENTENCES = 5;
export const MAX_SENTENCES = 12;

/** Trim the longest section (later sections first on ties) until the total fits. */
function fit(sections: Draft[][], max: number): void {
  let total = sections.reduce((n, s) => n + s.length, 0);
  while (total > max) {
    let longest = 0;
    sections.forEach((s, i) => {
      if (s.length >= sections[longest]!.length) longest = i;
    });
    sections[longest]!.pop();
    total--;
  }
}

/** A neutral summary of the story whose every sentence cites its supporting articles and spans. Deterministic. */
export function buildSummary(input: SummaryInput): SummarySentence[] {
  if (!input.articles.length) return [];
  const ctx = summaryContext(input);
  const claims = [...input.claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const findings: Draft[][] = [
    agreementSentences(ctx, claims),
    conflictSentences(ctx, claims),
    updateSentences(ctx, claims),
    quoteSentences(ctx, input.quotes),
    eventSentences(input.events, input.articles),
  ];
  const templated = findings.reduce((n, s) => n + s.length, 0);
  // two central facts when several independent accounts exist, more when the findings are thin
  const wanted = Math.max(ctx.unitCount > 1 ? 2 : 1, MIN_SENTENCES - templated);
  const candidates = centralCandidates(ctx);
  let central = centralSentences(ctx, candidates, wanted);
  if (!central.length) central = fallback(ctx.input);
  // an event told from the very sentence already extracted as a central fact would say it twice
  const said = central.map((d) => d.evidence[0]!);
  findings[4] = findings[4]!.filter((d) => !d.evidence.some((e) => said.some((c) => c.article === e.article && c.start < e.end && e.start < c.end)));
  const sections = [central, ...findings];
  fit(sections, MAX_SENTENCES);
  const seen = new Set<string>();
  return sections
    .flat()
    .filter((d) => !seen.has(d.text) && (seen.add(d.text), true))
    .map((d) => ({ text: d.text, articles: [...d.articles], evidence: d.evidence.map((s) => ({ article: s.article, start: s.start, end: s.end })) }));
}

/** When no sentence passes the lead filters (all quotes, all headlines), the first line of the first article. */
function fallback(input: SummaryInput): Draft[] {
  for (const a of input.articles) {
    const m = /\S[^\n]*/.exec(a.text);
    if (!m) continue;
    const text = m[0].trimEnd();
    return [{ section: 'central', text, articles: [a.id], evidence: [{ article: a.id, start: m.index, end: m.index + text.length }] }];
  }
  return [];
}
