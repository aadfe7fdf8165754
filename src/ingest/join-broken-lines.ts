/**
 * A line break inside a sentence (text copied from a page, an excerpt, a `<br>` in a paragraph)
 * would start a new sentence and a new paragraph: the NLP layer never lets a sentence cross a
 * line. Such a break is taken back, joining the two lines with a space, when the first line
 * stops mid-sentence and either
 *  - the next line starts with a lower-case letter ("…an act of terror and a hate" / "crime, he said"), or
 *  - the first line ends with a comma or a word that cannot end an English sentence
 *    ("…the council said that the" / "Bridge would reopen").
 * Never joined: a line ending in a stop, colon, semicolon, quote, bracket or brace; a headline-like
 * line ("Count Delayed in Dunmore", "Flood Defences Hold as River Peaks In"); list items; a
 * next line that opens a list item. Hard-wrapped text (every line cut at ~70 characters) is
 * handled earlier by unwrap.ts; this is for the odd break in otherwise one-paragraph-per-line text.
 */
import { LINE_FINAL_FUNCTION_WORDS } from '../lexicon/line-final-words.js';
import { isHeadlineLike } from './headline.js';

const LIST_ITEM = /^([-*•–—]|\d{1,3}[.)])\s/;
const OPEN_END = /[\p{L}\p{N},]$/u;
const LAST_WORD = /([\p{L}]+)$/u;

/** Does `line` stop mid-sentence so that `next` continues it? */
export function continuesOnNextLine(line: string, next: string): boolean {
  if (!OPEN_END.test(line) || LIST_ITEM.test(line) || LIST_ITEM.test(next)) return false;
  if (isHeadlineLike(line)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (line.endsWith(',')) return true;
  const last = LAST_WORD.exec(line)?.[1];
  return last !== undefined && LINE_FINAL_FUNCTION_WORDS.has(last.toLowerCase());
}

/** Join normalised lines that a break cut mid-sentence (see above); other lines are returned as they are. */
export function joinBrokenLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && continuesOnNextLine(prev, line)) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}
