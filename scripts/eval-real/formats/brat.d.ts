// Types for scripts/eval-real/formats/brat.js (plain ESM run by node; typed here for test/eval).
export interface Fragment { start: number; end: number }
export interface TextSpan { id: string; type: string; frags: Fragment[]; text: string }
export interface Ann { spans: Map<string, TextSpan>; events: { id: string; roles: Record<string, string> }[] }
export function parseAnn(text: string): Ann;
