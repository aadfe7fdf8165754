// Types for scripts/eval-real/lib/prf.js (plain ESM run by node; typed here for test/eval).
export interface Counter { tp: number; fp: number; fn: number }
export interface Tallies {
  bump(key: string, field: 'tp' | 'fp' | 'fn', n?: number): void;
  get(key: string): Counter;
  keys(): string[];
}
export function counter(): Counter;
export function tallies(): Tallies;
export function prf(c: Counter): { p: number | null; r: number | null; f1: number | null };
export function pairwise<K>(gold: Map<K, unknown>, predicted: Map<K, unknown>): Counter;
