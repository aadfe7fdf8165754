// Types for scripts/eval-real/score/clusters.js (plain ESM run by node; typed here for test/eval).
import type { Counter } from '../lib/prf.js';
export interface ClusterError { article: string; kind: 'split' | 'merged'; expected: string; got: string }
export function scoreClusters<K extends string>(gold: Map<K, unknown>, predicted: Map<K, unknown>, label?: (item: K) => string): { counts: Counter; errors: ClusterError[] };
