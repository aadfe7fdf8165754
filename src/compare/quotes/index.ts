/**
 * The quote ledger: one entry per utterance across all articles.
 *
 * 1. normalise every non-scare quotation (01-normalise)
 * 2. group occurrences of the same utterance, with shingle blocking (02-match)
 * 3. assemble each group: wording, speaker, occurrences, altered, first appearance,
 *    speaker conflict (03-assemble)
 * 4. a speaker conflict as a claim, one value per speaker (04-speaker-claims)
 * Entries are sorted by their first occurrence (article id, then offset) and numbered q1, q2, ….
 */
import type { Claim, Quote } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';
import { normaliseQuote } from './01-normalise.js';
import { groupUtterances } from './02-match.js';
import type { Occurrence } from './03-assemble.js';
import { assembleQuote, byPosition } from './03-assemble.js';
import { speakerClaim } from './04-speaker-claims.js';

/** Build the cross-article quote ledger (scare quotes excluded). Deterministic for a given input. */
export function buildQuoteLedger(extractions: readonly ArticleExtraction[], resolver: EntityResolver): Quote[] {
  return quoteLedger(extractions, resolver).quotes;
}

/** The quote ledger and the claims it makes: a quote's speaker disputed across outlets (step 4). */
export function quoteLedger(extractions: readonly ArticleExtraction[], resolver: EntityResolver): { quotes: Quote[]; claims: Claim[] } {
  const occurrences: Occurrence[] = [];
  for (const x of extractions) {
    for (const record of x.quotes) {
      if (record.scare) continue;
      const norm = normaliseQuote(record.text);
      if (norm.words.length === 0) continue;
      const speakerId = record.speaker?.entity ? resolver.globalId(x.article.id, record.speaker.entity) : null;
      occurrences.push({ article: x.article, record, norm, speakerId });
    }
  }
  occurrences.sort(byPosition);
  // groups come sorted by their smallest index, i.e. by first occurrence position
  const groups = groupUtterances(occurrences.map((o) => o.norm)).map((g) => g.map((k) => occurrences[k]!));
  return {
    quotes: groups.map((g, i) => assembleQuote(`q${i + 1}`, g, resolver)),
    claims: groups.flatMap((g) => speakerClaim(g, resolver) ?? []).map((c) => ({ ...c, id: '' })),
  };
}
