// Types for scripts/eval-real/formats/source-kind.js (plain ESM run by node; typed here for test/eval).
export const PRONOUNS: Set<string>;
export function sourceKind(text: string): 'name' | 'pronoun' | 'description';
export function trailingName(text: string): string | null;
