// Types for scripts/eval-real/prepare-ggt.js (plain ESM run by node; typed here for test/eval).
export const GGT_SRC: string;
export const XLSX: string;
export const RAWZIP: string;
export const CONVERTED: string;
export function sheetRows(sharedStringsXml: string, sheetXml: string): Record<string, string>[];
export function prepareGgt(): number;
