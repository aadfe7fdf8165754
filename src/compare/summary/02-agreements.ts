/**
 * Step 2: agreements — figures several sources give alike, strongest first.
 * "Four sources (three independent) agree on the number of ships waiting: 40."
 */
import type { Claim } from '../../contract/analysis-schema.js';
import type { Draft, SummaryContext } from './context.js';
import { byWeight, claimArticles, valueEvidence, valuesBySupport } from './claim-evidence.js';
import { countWord, midSentence, topicPhrase } from './phrasing.js';

export const MAX_AGREEMENTS = 3;

function sourcesPhrase(n: number, independent: number): string {
  if (independent >= n) return `${countWord(n, true)} independent sources agree`;
  if (independent <= 1) return `${countWord(n, true)} sources, all copies of one report, agree`;
  return `${countWord(n, true)} sources (${countWord(independent)} independent) agree`;
}

/** Agreed claims backed by two or more articles, as templated sentences. */
export function agreementSentences(ctx: SummaryContext, claims: readonly Claim[]): Draft[] {
  return claims
    .filter((c) => c.status === 'agreed' && claimArticles(c).length >= 2 && c.values.length > 0)
    .sort(byWeight)
    .slice(0, MAX_AGREEMENTS)
    .map((c) => {
      const articles = claimArticles(c);
      const value = valuesBySupport(c)[0]!;
      const independent = c.independentSources ?? articles.length;
      return {
        section: 'agreement',
        text: `${sourcesPhrase(articles.length, independent)} on ${topicPhrase(c, ctx.entities)}: ${midSentence(value.value)}.`,
        articles,
        evidence: valueEvidence(c.values),
      };
    });
}
