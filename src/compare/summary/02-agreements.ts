/**
 * Step 2: agreements — figures several sources give alike, strongest first.
 * "Four sources (three independent) agree on the number of ships waiting: 40."
 */
import type { Claim } from '../../contract/analysis-schema.js';
import type { Draft, SummaryContext } from './context.js';
import { byWeight, claimArticles, valueEvidence, valuesBySupport } from './claim-evidence.js';
import { countWord, formatDate, statedValue, topicPhrase } from './phrasing.js';

export const MAX_AGREEMENTS = 3;

function sourcesPhrase(n: number, independent: number): string {
  if (independent >= n) return `${countWord(n, true)} independent sources agree`;
  return `${countWord(n, true)} sources (${countWord(independent)} independent) agree`;
}

/**
 * Agreed claims backed by two or more independent sources (copies agreeing with each other
 * corroborate nothing). A figure agreed inside a conflict or a running count (`within`) is left to
 * the conflict and update sentences, which give the whole picture.
 */
export function agreementSentences(ctx: SummaryContext, claims: readonly Claim[]): Draft[] {
  return claims
    .filter((c) => c.status === 'agreed' && c.within === undefined && c.values.length > 0 && (c.independentSources ?? claimArticles(c).length) >= 2)
    .sort(byWeight)
    .slice(0, MAX_AGREEMENTS)
    .map((c) => {
      const articles = claimArticles(c);
      const value = valuesBySupport(c)[0]!;
      const independent = c.independentSources ?? articles.length;
      // a date claim's topic is the event's own wording ("The bridge opened"), not a noun phrase
      const text =
        c.kind === 'date'
          ? `${sourcesPhrase(articles.length, independent)} on the date of this event, ${typeof value.normalized === 'string' ? formatDate(value.normalized) : value.value}: “${c.topic.trim()}”.`
          : `${sourcesPhrase(articles.length, independent)} on ${topicPhrase(c, ctx.entities)}: ${statedValue(c, value)}.`;
      return {
        section: 'agreement',
        text,
        articles,
        evidence: valueEvidence(c.values),
      };
    });
}
