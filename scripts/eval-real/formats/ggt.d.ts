// Types for scripts/eval-real/formats/ggt.js (plain ESM run by node; typed here for test/eval).
import type { GoldQuotation } from '../score/quotes.js';
export interface GgtQuotation { speaker?: string; quote?: string; reference?: string; verb?: string }
export function parseQuotationCell(cell: string): GgtQuotation[];
export function foldWithMap(text: string): { folded: string; map: number[] };
export function locate(index: { folded: string; map: number[] }, quote: string, taken: { start: number; end: number }[]): { start: number; end: number } | null;
export function goldFromQuotations(text: string, quotations: GgtQuotation[]): { gold: GoldQuotation[]; regions: { start: number; end: number }[]; unlocated: string[] };
