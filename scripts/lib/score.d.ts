// Types for scripts/lib/score.js (plain ESM run by node; typed here for test/eval).
import type { Analysis } from '../../src/contract/analysis-schema.js';

export interface Counter {
  tp: number;
  fp: number;
  fn: number;
  /** what was counted as a false positive / negative, for --explain */
  fpItems?: string[];
  fnItems?: string[];
}
export type Tally = Record<string, Counter>;
export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Golden single-article expectations (test/fixtures/golden/<case>/expected.json). */
export interface ArticleExpectation {
  readonly case?: string;
  readonly published?: string;
  readonly entities?: readonly { name: string; type: string; types?: string[]; aliases?: string[]; roles?: string[]; optional?: boolean }[];
  readonly quotes?: readonly { text: string; speaker: string | null; partial?: boolean; optional?: boolean }[];
  readonly dates?: readonly { text?: string; date: string; keywords: string[] }[];
  readonly optionalDates?: readonly string[];
  readonly quantities?: readonly { text?: string; value: number; qualifier: string | null; unit: string | null; topic: string[]; optional?: boolean }[];
  readonly ages?: readonly { person: string; age: number }[];
}

/** Multi-article expectations (test/fixtures/stories/<slug>/expected.json, seeds-expected.json). */
export interface StoryExpectation {
  readonly story?: string;
  readonly claims?: readonly { status: 'agreed' | 'conflict' | 'updated'; kinds: string[]; topic: string[]; values: (number | string)[]; articles: string[]; subject?: string; independentSources?: number; optional?: boolean }[];
  readonly syndicated?: readonly string[][];
  readonly quotesComplete?: boolean;
  readonly quotes?: readonly { text?: string; speaker: string | null; articles: string[]; altered?: boolean; partialIn?: string[]; optional?: boolean }[];
  readonly speakers?: readonly { name: string; aliases?: string[]; articles: string[]; optional?: boolean }[];
  readonly timeline?: readonly string[];
  readonly timelineOptional?: readonly string[];
  readonly entities?: readonly { name: string; type: string; types?: string[]; aliases?: string[]; articles: string[]; optional?: boolean }[];
}

export function newTally(): Tally;
export function addTally(a: Tally, b: Tally): Tally;
export function rates(c: Counter): Rates;
export function scoreArticle(expected: ArticleExpectation, analysis: Analysis): Tally;
export function scoreStory(expected: StoryExpectation, analysis: Analysis): Tally;
export function sortedKeys(tally: Tally): string[];
export function normText(s: string): string;
