// Types for scripts/eval-real/sets/real-stories.js.
import type { GoldStory, Predicted } from '../score/real-stories.js';
export const ANNOTATIONS: string;
export function loadAnnotations(dir?: string): GoldStory[];
export function loadTexts(story: GoldStory, cache: string): { texts: Record<string, string>; missing: string[] };
export function restrictStory(story: GoldStory, present: ReadonlySet<string>): GoldStory;
export function toArticle(a: GoldStory['articles'][number], raw: string, idPrefix?: string): { article: { id: string; text: string; published: string | null; outlet: string | null }; map: (start: number, end: number) => { start: number; end: number } };
export function predictedRecords(analysis: unknown, maps: Record<string, (start: number, end: number) => { start: number; end: number }>): Predicted;
interface Row { task: string; metric: string; tp: number; fp: number; fn: number; note: string }
declare const set: {
  id: string;
  title: string;
  requires: string[];
  howTo: string;
  run(ctx: { lib: unknown; cache: string; limit: number | null; dist: string; holdout?: boolean; annotations?: string }): Promise<{ rows: Row[]; errors: { article: string; start: number | ''; end: number | ''; kind: string; expected: string; got: string }[]; notes: string[] }>;
};
export default set;
