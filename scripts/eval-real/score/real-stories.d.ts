// Types for scripts/eval-real/score/real-stories.js (plain ESM run by node; typed here for test/eval).
export interface Counter { tp: number; fp: number; fn: number }
export type Tally = Record<string, Counter>;
export interface GoldSpan { article: string; start: number; end: number }
export interface GoldEntity { id: string; name: string; type: string; types?: string[]; aliases: string[]; articles: string[] }
export interface GoldStory {
  slug: string;
  kind?: string;
  holdout?: boolean;
  articles: { id: string; url?: string; outlet?: string; domain?: string; published: string | null; sha256: string; chars?: number; body?: { start: number; end: number } }[];
  entities: GoldEntity[];
  quotes: (GoldSpan & { speaker: string | null; direct?: boolean; doubt?: string })[];
  events: (GoldSpan & { value: string; label?: string })[];
  agreements: { label: string; kind: string; value: string; unit?: string | null; articles: string[]; evidence: GoldSpan[] }[];
  conflicts: { label: string; kind: string; update: boolean; why?: string; values: { value: string; unit?: string | null; articles: string[]; evidence: GoldSpan[] }[] }[];
  doubts?: string[];
}
export interface PredValue { value: string; normalized: number | string | null; unit?: string | null; articles: string[] }
export interface Predicted {
  entities: { name: string; aliases: string[]; type: string }[];
  quotes: (GoldSpan & { speaker: string | null })[];
  dates: (GoldSpan & { value: string })[];
  claims: { kind: string; status: string; topic: string; values: PredValue[]; updates?: { value: string; normalized: number | string | null; article: string }[] }[];
}
export interface StoryError { task: string; kind: string; article: string; start: number | ''; end: number | ''; expected: string; got: string }
export const KIND_OK: Record<string, string[]>;
export const ROWS: [string, string][];
export function emptyTally(): Tally;
export function addTallies(a: Tally, b: Tally): Tally;
export function valueMatches(kind: string, goldValue: string, p: { value: string; normalized: number | string | null }): boolean;
export function updateOrderRight(g: GoldStory['conflicts'][number], c: Predicted['claims'][number]): boolean;
export function occursAlone(text: string, form: string, forms: string[]): boolean;
export function scoreStory(gold: GoldStory, pred: Predicted, texts: Record<string, string>): { tally: Tally; errors: StoryError[] };
export function commonErrors(errors: { task: string; kind: string }[], n?: number): Record<string, [string, number][]>;
