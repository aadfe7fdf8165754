/**
 * What corpus ingestion needs of a clusterer: features of an article, a decision against the
 * store's candidates, and the profile arithmetic the store applies. The real one is src/cluster;
 * tests pass a small one of their own.
 */
import type { Article } from '../contract/analysis-schema.js';
import type { ArticleFeatures, CandidateSource, ClusterDecision } from '../cluster/types.js';
import { UsageError } from '../errors.js';
import type { ProfileOps } from '../store/types.js';

export interface Clusterer {
  features(article: Article): ArticleFeatures;
  decide(features: ArticleFeatures, source: CandidateSource): Promise<ClusterDecision>;
  readonly profiles: ProfileOps;
}

interface ClusterModule {
  clusterFeatures?: Clusterer['features'];
  decide?: Clusterer['decide'];
  addToProfile?: ProfileOps['addToProfile'];
  mergeProfiles?: ProfileOps['mergeProfiles'];
}

/** The clusterer of src/cluster. */
export async function loadClusterer(): Promise<Clusterer> {
  // Computed specifier while src/cluster/index.ts is being written in parallel; becomes a static import once it lands.
  const spec = '../cluster/index.js';
  const m = (await import(spec).catch(() => null)) as ClusterModule | null;
  if (!m?.clusterFeatures || !m.decide || !m.addToProfile || !m.mergeProfiles) throw new UsageError('this build has no story clustering (src/cluster/index.ts)');
  return { features: m.clusterFeatures, decide: m.decide, profiles: { addToProfile: m.addToProfile, mergeProfiles: m.mergeProfiles } };
}
