import type { Article } from '../../src/contract/analysis-schema.js';

export declare const STREAM_DIR: string;
export declare const SAME_KIND_PAIRS: ReadonlyArray<readonly [string, string]>;
export declare const SHUFFLE_SEEDS: readonly number[];
export declare function buildClusterStream(
  ingestPaths: (paths: readonly string[], opts: { cwd: string }) => Promise<{ articles: Article[] }>,
): Promise<{ articles: Article[]; gold: Map<string, string> }>;
export declare function shuffled<T>(items: readonly T[], seed: number): T[];
export declare function clusterFigures(ingestPaths: unknown, cluster: unknown, seedFiles?: string[] | null): Promise<{ articles: number; stories: number; dateOrder: { precision: number; recall: number; f1: number }; shuffles: number; shuffleMeanF1: number; shuffleMinF1: number; seedsInOneStory: boolean | null }>;
