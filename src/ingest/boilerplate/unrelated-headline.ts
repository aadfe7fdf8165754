/**
 * A trailing headline of a different article, scraped along with the page: the last line reads as
 * a headline (short, capitalised first word, no full stop; title case or sentence case), the line
 * before it ends a sentence, and fewer than half of its topic words occur in the article. A closing
 * sub-heading of the article itself shares its vocabulary and is kept. A line with too few topic
 * words to judge is kept: three for a title-case line, five for a sentence-case one (a short
 * sentence-case line is as likely to be a final paragraph that lost its full stop).
 */
import { HEADLINE_MINOR_WORDS } from '../../lexicon/headline-minor-words.js';
import { capitalisedShare, endsLikeSentence, isHeadlineLike, wordsOf } from '../headline.js';

/** Topic words of a text: lower-case, possessive stripped, minor words and short words dropped. */
function contentWords(text: string): string[] {
  return wordsOf(text)
    .map((w) => w.toLowerCase().replace(/['’]s$/, ''))
    .filter((w) => w.length >= 3 && !HEADLINE_MINOR_WORDS.has(w) && !/^\d+$/.test(w));
}

// Words sharing their first five letters count as the same word (politics/political, flood/flooding):
// a cheap stemmer that is good enough to tell "same topic" from "other topic".
const stem = (w: string) => w.slice(0, 5);

/** Share of the line's topic words that occur in `body` (1 = all of them). */
export function vocabularyOverlap(line: string, body: string): number {
  const words = [...new Set(contentWords(line))];
  if (!words.length) return 1;
  const seen = new Set(contentWords(body).map(stem));
  return words.filter((w) => seen.has(stem(w))).length / words.length;
}

/** Is the last line of `lines` an unrelated trailing headline? */
export function isUnrelatedTrailingHeadline(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const last = lines[lines.length - 1]!;
  const before = lines[lines.length - 2]!;
  if (!isHeadlineLike(last, { maxWords: 16, minCapitalised: 0 }) || !/^[\p{Lu}\p{N}]/u.test(last)) return false;
  if (!endsLikeSentence(before.replace(/[?]$/, '.'))) return false;
  const minWords = capitalisedShare(last) >= 0.6 ? 3 : 5;
  if (new Set(contentWords(last)).size < minWords) return false;
  return vocabularyOverlap(last, lines.slice(0, -1).join('\n')) < 0.5;
}
