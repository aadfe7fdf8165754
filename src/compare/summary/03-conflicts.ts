/**
 * Step 3: conflicts — the same thing given different values, stated without judging.
 * "Sources differ on the number of ships waiting: 40 (Outlet A); 42 (Outlet B)."
 */
import type { Claim } from '../../contract/analysis-schema.js';
import type { Draft, SummaryContext } from './context.js';
import { byWeight, claimArticles, valueEvidence, valuesBySupport } from './claim-evidence.js';
import { statedValue, topicPhrase } from './phrasing.js';

export const MAX_CONFLICTS = 3;
/** More values than this are listed as "and N other figures". */
const MAX_VALUES = 4;

/** Conflicting claims, most widely reported first, as templated sentences. */
export function conflictSentences(ctx: SummaryContext, claims: readonly Claim[]): Draft[] {
  return claims
    .filter((c) => c.status === 'conflict' && c.values.length >= 2)
    .sort(byWeight)
    .slice(0, MAX_CONFLICTS)
    .map((c) => {
      const values = valuesBySupport(c);
      const shown = values.slice(0, MAX_VALUES);
      const parts = shown.map((v) => `${statedValue(c, v)} (${ctx.labels.list(v.articles)})`);
      const rest = values.length - shown.length;
      const tail = rest > 0 ? `; and ${rest} other value${rest > 1 ? 's' : ''}` : '';
      return {
        section: 'conflict',
        text: `Sources differ on ${topicPhrase(c, ctx.entities)}: ${parts.join('; ')}${tail}.`,
        articles: claimArticles(c),
        evidence: valueEvidence(shown),
      };
    });
}
