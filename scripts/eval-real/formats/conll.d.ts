// Types for scripts/eval-real/formats/conll.js (plain ESM run by node; typed here for test/eval).
export interface Token { text: string; tag: string }
export interface Sentence { tokens: Token[]; docstart?: true }
export interface GoldSpan { start: number; end: number; type: string }
export function parseConll(text: string): Sentence[];
export function isDateline(s: Sentence): boolean;
export function toDocuments(sentences: Sentence[]): Sentence[][];
export function chunks(tags: string[]): { first: number; end: number; type: string }[];
export function documentText(doc: Sentence[]): { text: string; gold: GoldSpan[]; published: string | null };
export function isTableLike(doc: Sentence[]): boolean;
