// Types for scripts/eval-real/score/quotes.js (plain ESM run by node; typed here for test/eval).
import type { Counter } from '../lib/prf.js';
interface Range { start: number; end: number }
export interface GoldQuotation {
  id: string;
  parts: Range[];
  kind: 'name' | 'pronoun' | 'description' | null;
  names: string[];
  source: Range | null;
  direct: boolean;
  cue?: string | null;
}
export interface PredictedQuote extends Range { speaker: string | null; speakerSpan: Range | null; scare?: boolean }
export interface QuoteError extends Range { kind: string; expected: string; got: string }
export function namesMatch(a: string, b: string): boolean;
export function scoreQuotes(gold: GoldQuotation[], predicted: PredictedQuote[], regions: Range[]): { counts: Record<string, Counter>; errors: QuoteError[] };
