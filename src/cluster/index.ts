/**
 * Online story clustering (corpus mode). Stages, in order:
 *   1. clusterFeatures (features.ts) — terms, names, index keys of one article (pure, cheap);
 *   2. scoreProfile (similarity.ts)  — TF-IDF cosine + shared names against one story profile;
 *   3. decide (decide.ts)            — candidates through the key index, join / merge / new;
 *   4. addToProfile / mergeProfiles (profile.ts) — what the store applies.
 * MemoryClusterIndex and clusterArticles run the same loop in memory. See docs/clustering.md.
 */
export type { ArticleFeatures, CandidateSource, ClusterDecision, JoinReason, RecentNames, StoryProfile } from './types.js';
export { clusterFeatures, dayNumber } from './features.js';
export { decide } from './decide.js';
export { addToProfile, mergeProfiles } from './profile.js';
export { scoreProfile, idfFrom } from './similarity.js';
export { scoreStories } from './story-similarity.js';
export { MemoryClusterIndex, clusterArticles, type ClusterStep } from './memory-index.js';
export { pairwiseScores, type PairwiseScores } from './pairwise-scores.js';
export { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './options.js';
