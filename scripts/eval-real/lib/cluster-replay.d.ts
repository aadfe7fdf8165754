// Types for scripts/eval-real/lib/cluster-replay.js.
export interface StreamArticle { id: string; published: string | null }
export interface ClusterModule {
  clusterArticles(articles: readonly StreamArticle[]): Promise<Map<string, number>>;
  pairwiseScores(predicted: ReadonlyMap<string, unknown>, gold: ReadonlyMap<string, unknown>): { precision: number; recall: number; f1: number; truePairs: number; falsePairs: number; missedPairs: number; items: number };
}
export function streamOrder<T extends StreamArticle>(articles: readonly T[]): T[];
export function shuffledOrder<T>(items: readonly T[], seed: number): T[];
export function replayOrders<T extends StreamArticle>(articles: readonly T[], shuffle?: number): { label: string; stream: T[] }[];
export function replayClusters<T extends StreamArticle>(cluster: ClusterModule, items: { article: T; gold: string }[], order?: (articles: T[]) => T[]): Promise<{ precision: number; recall: number; f1: number; truePairs: number; falsePairs: number; missedPairs: number; items: number; stories: number; assignments: Map<string, number> }>;
