// Types for scripts/eval-real/formats/partisan.js (plain ESM run by node; typed here for test/eval).
export interface PartisanRecord { id: string; title: string | null; outlet: string | null; published: string | null; text: string }
export function storyOf(name: string): string | null;
export function toRecord(doc: { id: string; title?: string; source?: string; date?: string; news?: { text?: string }[] }): PartisanRecord;
export function repeatedStories(records: readonly Pick<PartisanRecord, 'id' | 'title' | 'outlet' | 'published'>[]): [string, string][];
