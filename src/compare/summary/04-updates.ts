/**
 * Step 4: updates — a figure that changed as the story developed, not a disagreement.
 * "The reported number of dead rose from 12 to 19 between 09:00 and 15:00 on 5 March 2025 (A, then B)."
 */
import type { Claim, ClaimValue } from '../../contract/analysis-schema.js';
import type { Draft, SummaryContext } from './context.js';
import { byWeight, claimArticles, valueEvidence } from './claim-evidence.js';
import { betweenTimes, midSentence, topicPhrase } from './phrasing.js';

export const MAX_UPDATES = 2;

interface Step {
  readonly value: string;
  readonly normalized: number | string | null;
  readonly article: string;
  readonly published: string | null;
}

/** The values in publication order: the claim's own `updates` list, else values by their earliest article date. */
function steps(ctx: SummaryContext, c: Claim): Step[] {
  if (c.updates?.length) return c.updates.map((u) => ({ ...u }));
  const published = (v: ClaimValue) => v.articles.map((a) => ctx.articleById(a)?.published ?? null).filter((p): p is string => !!p).sort()[0] ?? null;
  return c.values
    .map((v) => ({ value: v.value, normalized: v.normalized, article: v.articles[0] ?? '', published: published(v) }))
    .sort((a, b) => ((a.published ?? '') < (b.published ?? '') ? -1 : (a.published ?? '') > (b.published ?? '') ? 1 : 0));
}

/** Updated claims, most widely reported first, as templated sentences. */
export function updateSentences(ctx: SummaryContext, claims: readonly Claim[]): Draft[] {
  const out: Draft[] = [];
  for (const c of claims.filter((x) => x.status === 'updated').sort(byWeight)) {
    if (out.length >= MAX_UPDATES) break;
    const s = steps(ctx, c);
    const first = s[0];
    const last = s[s.length - 1];
    if (!first || !last || s.length < 2 || first.value === last.value) continue;
    const verb = typeof first.normalized === 'number' && typeof last.normalized === 'number' ? (last.normalized > first.normalized ? 'rose' : last.normalized < first.normalized ? 'fell' : 'changed') : 'changed';
    const phrase = topicPhrase(c, ctx.entities).replace(/^the /, '');
    const [from, to] = [ctx.labels.of(first.article), ctx.labels.of(last.article)];
    const who = from === to ? from : `${from}, then ${to}`;
    const stated = c.values.filter((v) => v.value === first.value || v.value === last.value);
    out.push({
      section: 'update',
      text: `The reported ${phrase} ${verb} from ${midSentence(first.value)} to ${midSentence(last.value)}${betweenTimes(first.published, last.published)} (${who}).`,
      articles: claimArticles(c),
      evidence: valueEvidence(stated.length ? stated : c.values),
    });
  }
  return out;
}
