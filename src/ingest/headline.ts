/**
 * Does a line read as a headline (title or sub-heading) rather than a sentence of body text?
 * Shared by the first-line title detector and the trailing-headline boilerplate rule.
 */
import { HEADLINE_MINOR_WORDS } from '../lexicon/headline-minor-words.js';

/** Words of a line: letter/digit runs, apostrophes inside words kept. */
export function wordsOf(line: string): string[] {
  return line.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** Share of non-minor words that start with a capital letter or digit (1 for "River Bursts Its Banks"). */
export function capitalisedShare(line: string): number {
  const words = wordsOf(line).filter((w) => !HEADLINE_MINOR_WORDS.has(w.toLowerCase()));
  if (!words.length) return 0;
  return words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / words.length;
}

/** True when the line ends like a sentence (full stop, ellipsis, exclamation, or those before a closing quote/bracket). */
export function endsLikeSentence(line: string): boolean {
  return /[.!…;,]["”’»)\]]*$/.test(line.trim());
}

export interface HeadlineShape {
  /** maximum number of words @default 20 */
  readonly maxWords?: number;
  /** minimum share of capitalised content words @default 0.6 */
  readonly minCapitalised?: number;
}

/**
 * A short line with no final full stop whose content words are mostly capitalised
 * ("Flood Defences Fail as River Peaks", "Transfer Window: What Next for City?").
 */
export function isHeadlineLike(line: string, shape: HeadlineShape = {}): boolean {
  const t = line.trim();
  const words = wordsOf(t);
  if (words.length < 2 || words.length > (shape.maxWords ?? 20) || t.length > 160) return false;
  if (endsLikeSentence(t) || /:$/.test(t)) return false;
  if (/^[-*•–—]\s/.test(t)) return false; // list item
  return capitalisedShare(t) >= (shape.minCapitalised ?? 0.6);
}
