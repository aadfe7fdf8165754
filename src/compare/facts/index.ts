/**
 * Fact alignment across articles: facts about the same merged subject with the same predicate are
 * grouped (step 1), then each group's values are compared (step 2): agreed, conflict or single;
 * of the event's places, the most specific are kept (step 3). An object that fills two roles of one event
 * in one sentence ("X overcame X") is an outlet's slip and always stands as a rival value.
 * Only agreed and conflicting facts are returned: a fact one article states alone is not a finding.
 */
import type { Claim, IndependenceGroup } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';
import { blockFacts } from './01-align.js';
import { blockClaims, selfContradictions } from './02-claims.js';
import { mostSpecificPlaces } from './03-specific-place.js';

export function alignFacts(extractions: readonly ArticleExtraction[], resolver: EntityResolver, independence: readonly IndependenceGroup[]): Claim[] {
  const blocks = mostSpecificPlaces(blockFacts(extractions, resolver));
  const slips = selfContradictions(blocks);
  return blocks
    .flatMap((b) => blockClaims(b, resolver, independence, slips))
    // a record's scope is a finding only where outlets differ on it: agreeing on it adds nothing to the agreed record
    .filter((c) => c.status !== 'single' && !(c.status === 'agreed' && c.fact?.predicate.startsWith('record:scope')));
}
