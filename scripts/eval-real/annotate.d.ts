// Types for scripts/eval-real/annotate.js.
import type { GoldStory } from './score/real-stories.js';
export function locate(text: string, q: string, n?: number, where?: string): { start: number; end: number };
export function convert(draft: unknown, texts: Record<string, string>, meta: { id: string; url: string }[]): GoldStory;
