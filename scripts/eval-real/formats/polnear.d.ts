// Types for scripts/eval-real/formats/polnear.js (plain ESM run by node; typed here for test/eval).
import type { Ann, Fragment } from './brat.js';
import type { GoldQuotation } from '../score/quotes.js';
export function sourceKind(text: string): 'name' | 'pronoun' | 'description';
export function trailingName(text: string): string | null;
export function sourceName(text: string): string | null;
export function goldQuotations(text: string, ann: Ann): { gold: GoldQuotation[]; regions: Fragment[] };
