/**
 * A trailing section that is not article text: a "Sources"/"References" heading followed by list
 * items, or a "Related"/"Read more"/"More from …" heading followed by link titles. The whole section,
 * heading included, runs to the end of the article; anything longer or more prose-like is kept.
 */
import { RELATED_HEADING_PATTERNS, SOURCE_HEADING_PATTERNS } from '../../lexicon/boilerplate-patterns.js';
import { wordsOf } from '../headline.js';

export interface TrailingSection {
  /** index of the heading line */
  readonly start: number;
  readonly reason: 'source-list' | 'related-links';
}

const MAX_ITEMS = 40;
const isItemLike = (line: string) => /^([-*•–]|\d{1,3}[.)]|\[\d{1,3}\])\s/.test(line) || /^https?:\/\/\S+$/.test(line) || wordsOf(line).length <= 25;
const isBulleted = (line: string) => /^([-*•–]|\d{1,3}[.)]|\[\d{1,3}\])\s/.test(line) || /^https?:\/\/\S+$/.test(line);

/** Find a trailing source or related-links section in `lines`; null when the end is article text. */
export function findTrailingSection(lines: readonly string[]): TrailingSection | null {
  const lo = Math.max(1, lines.length - MAX_ITEMS - 1);
  for (let h = lines.length - 1; h >= lo; h--) {
    const line = lines[h]!;
    const items = lines.slice(h + 1);
    if (!items.every(isItemLike)) return null; // prose after this point: nothing above can be a trailing section
    const reason = SOURCE_HEADING_PATTERNS.some((p) => p.test(line)) ? 'source-list' : RELATED_HEADING_PATTERNS.some((p) => p.test(line)) ? 'related-links' : null;
    if (!reason) continue;
    // Unbulleted items are accepted only under a related-links heading or when there are few of them;
    // a "Notes" heading followed by ordinary short paragraphs is body text.
    if (reason === 'source-list' && items.length > 0 && !items.every(isBulleted) && /notes|links/i.test(line)) return null;
    return { start: h, reason };
  }
  return null;
}
