// Types for scripts/eval-real/lib/text-map.js.
export function normalizeWithMap(raw: string): { text: string; orig: number[] };
export function toRaw(orig: number[], start: number, end: number): { start: number; end: number };
