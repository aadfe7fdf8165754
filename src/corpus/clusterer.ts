/**
 * What corpus ingestion needs of a clusterer: features of an article, a decision against the
 * store's candidates, and the profile arithmetic the store applies. The real one is src/cluster;
 * tests pass a small one of their own.
 */
import type { Article } from '../contract/analysis-schema.js';
import type { ArticleFeatures, CandidateSource, ClusterDecision } from '../cluster/types.js';
import { addToProfile, clusterFeatures, decide, mergeProfiles, type ClusterOptions } from '../cluster/index.js';
import type { ProfileOps } from '../store/types.js';

export interface Clusterer {
  features(article: Article): ArticleFeatures;
  decide(features: ArticleFeatures, source: CandidateSource): Promise<ClusterDecision>;
  readonly profiles: ProfileOps;
}

const DAY_MS = 86_400_000;

/**
 * The clusterer of src/cluster. An article without a publication date is placed on the day it
 * is ingested (`now`), so it meets the stories running that day instead of day 0 (1970).
 */
export async function loadClusterer(options: ClusterOptions & { readonly now?: Date } = {}): Promise<Clusterer> {
  const { now, ...rest } = options;
  const opts: ClusterOptions = { ingestDay: Math.floor((now ?? new Date()).getTime() / DAY_MS), ...rest };
  return Promise.resolve({
    features: (article) => clusterFeatures(article, opts),
    decide: (features, source) => decide(features, source, opts),
    profiles: { addToProfile, mergeProfiles },
  });
}
