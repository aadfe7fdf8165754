// Types for scripts/eval-real/formats/quote-marks.js (plain ESM run by node; typed here for test/eval).
export function quotedParts(text: string, start: number, end: number): { start: number; end: number }[];
