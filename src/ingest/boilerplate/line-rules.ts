/**
 * Whole-line boilerplate that may stand anywhere in an article: share/subscribe/follow prompts,
 * advertisement markers, "Related: …" teasers and agency credits in parentheses. Each pattern is
 * anchored to the full line, so sentences that merely start with the same word ("Share prices fell …") are never touched.
 */
import { ADVERT_LINE_PATTERNS, CREDIT_ANYWHERE_PATTERNS, PROMPT_LINE_PATTERNS, TEASER_LINE_PATTERNS } from '../../lexicon/boilerplate-patterns.js';

export type LineRule = 'share-prompt' | 'advertisement' | 'related-link' | 'separator' | 'credit';

/** Which anywhere-rule (if any) a line matches. */
export function matchLineRule(line: string): LineRule | null {
  // agency credits list many names ("(Additional reporting by … in …; Editing by …)"): allowed a longer line
  if (line.length <= 520 && CREDIT_ANYWHERE_PATTERNS.some((p) => p.test(line))) return 'credit';
  if (line.length > 240) return null;
  // "***", "—", "• • •": a section break with no words carries nothing for analysis.
  if (line.length <= 20 && !/[\p{L}\p{N}]/u.test(line)) return 'separator';
  if (PROMPT_LINE_PATTERNS.some((p) => p.test(line))) return 'share-prompt';
  if (ADVERT_LINE_PATTERNS.some((p) => p.test(line))) return 'advertisement';
  if (TEASER_LINE_PATTERNS.some((p) => p.test(line))) return 'related-link';
  return null;
}
