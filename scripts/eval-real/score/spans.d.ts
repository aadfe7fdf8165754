// Types for scripts/eval-real/score/spans.js (plain ESM run by node; typed here for test/eval).
import type { Counter } from '../lib/prf.js';
export interface TypedSpan { start: number; end: number; type: string }
export interface SpanError { start: number; end: number; kind: string; expected: TypedSpan | null; got: TypedSpan | null }
export function scoreSpans(gold: TypedSpan[], predicted: TypedSpan[], types: string[]): { counts: Record<string, Counter>; errors: SpanError[] };
