/**
 * Short function words that stay lower-case in a title-case headline ("Talks with the Union
 * Collapse at Dawn"). Used to judge whether a line reads as a headline and to compare the
 * vocabulary of a trailing line with its article (these words carry no topic).
 */
export const HEADLINE_MINOR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per',
  'to', 'up', 'via', 'vs', 'from', 'into', 'onto', 'with', 'over', 'than', 'that', 'upon', 'amid', 'after', 'before',
  'about', 'against', 'between', 'during', 'under', 'without', 'within', 'is', 'are', 'was', 'were', 'be', 'been',
  'his', 'her', 'its', 'their', 'our', 'your', 'my', 'it', 'he', 'she', 'they', 'we', 'you', 'i', 'this', 'these',
  'those', 'what', 'who', 'how', 'why', 'when', 'where', 'which', 'not', 'no', 'has', 'have', 'had', 'will', 'can',
  'could', 'would', 'should', 'may', 'might', 'do', 'does', 'did', 'all', 'more', 'most', 'new', 'into', 'out', 'if',
]);
