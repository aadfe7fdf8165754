/**
 * A trailing headline of a different article, scraped along with the page: the last line reads as
 * a headline (short, capitalised first word, no full stop; title case or sentence case), the line
 * before it ends a sentence, and fewer than half of its topic words occur in the article. A closing
 * sub-heading of the article itself shares its vocabulary and is kept. A line with too few topic
 * words to judge is kept: three for a title-case line, five for a sentence-case one (a short
 * sentence-case line is as likely to be a final paragraph that lost its full stop). Scrapers
 * sometimes pick up a short list of such headlines; a block of up to five is removed together.
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

const MAX_BLOCK = 5;

/** Could this line be the headline of another article (shape and length only)? */
function headlineShaped(line: string): boolean {
  if (!isHeadlineLike(line, { maxWords: 16, minCapitalised: 0 }) || !/^[\p{Lu}\p{N}]/u.test(line)) return false;
  const minWords = capitalisedShare(line) >= 0.6 ? 3 : 5;
  return new Set(contentWords(line)).size >= minWords;
}

/**
 * How many lines at the end of `lines` are headlines of other articles (0 when none): a block of
 * up to five headline-shaped lines, each with low vocabulary overlap with the text above the block,
 * directly after a line that ends a sentence.
 */
export function unrelatedTrailingHeadlines(lines: readonly string[]): number {
  let k = 0;
  while (k < MAX_BLOCK && k < lines.length - 2 && headlineShaped(lines[lines.length - 1 - k]!)) k++;
  for (; k > 0; k--) {
    const start = lines.length - k;
    if (!endsLikeSentence(lines[start - 1]!.replace(/[?]$/, '.'))) continue;
    const body = lines.slice(0, start).join('\n');
    if (lines.slice(start).every((l) => vocabularyOverlap(l, body) < 0.5)) return k;
  }
  return 0;
}

/** Is the last line of `lines` an unrelated trailing headline? */
export function isUnrelatedTrailingHeadline(lines: readonly string[]): boolean {
  return unrelatedTrailingHeadlines(lines) > 0;
}
