/**
 * An ALL-CAPS heading run into the first sentence of its paragraph ("FERRY SERVICE RESUMES AFTER
 * STORM Boats left the harbour at dawn…", as pages flatten a bold kicker into the text) is put
 * on a line of its own, so the heading is not read as the start of the story's sentence. It stays
 * in the text: names in it are still names. Only the space before the first sentence-case word
 * becomes a line break, and only when what follows reads as a sentence, not as more headline.
 * A dash may stand between ("POLLS TIGHTEN IN THE NORTH - The latest figures…").
 * Never split: a dateline ("HARLOW, Essex (Example Wire) — …": not caps words only; "SALT LAKE
 * CITY — …": three words, a dashed heading needs four), a line that
 * opens with one or two capitalised acronyms ("NATO leaders met…", "US FDA approves…").
 */
import { capitalisedShare, wordsOf } from './headline.js';

// caps words (no lower-case letter), at least three, maybe a dash, then a sentence-case word (maybe after an opening quote)
const CAPS_WORD = "[\\p{Lu}\\p{N}$][\\p{Lu}\\p{N}'’&.,:!?$%-]*";
const RUN_IN = new RegExp(`^((?:${CAPS_WORD}[ ]){2,}${CAPS_WORD}(?:[ ](?:-|--|–|—))?)[ ](?=[“"‘']?\\p{Lu}[ ]?\\p{Ll})`, 'u');

/** The offset where a run-in ALL-CAPS heading ends in `line` (the space to turn into a break), or -1. */
export function runInHeadingEnd(line: string): number {
  const m = RUN_IN.exec(line);
  if (!m) return -1;
  let head = m[1]!;
  // a heading never ends in a comma ("LAKE TOWN, Essex —" is a dateline)
  if (head.endsWith(',')) return -1;
  // after a kicker, short acronyms before the name belong to it ("WATCH: UCP MLA Jane Roe said …")
  const kicker = /^(.*[:—–-])(?:[ ][\p{Lu}]{2,3})+$/u.exec(head);
  if (kicker) head = kicker[1]!;
  const letterWords = wordsOf(head).filter((w) => /\p{L}{2,}/u.test(w));
  // with a dash it could be a dateline ("SALT LAKE CITY —"): a heading then needs four words
  const dashed = /[-–—]$/.test(head);
  if (letterWords.length < (dashed ? 4 : 3) || !letterWords.some((w) => w.length >= 4)) return -1;
  const rest = line.slice(head.length + 1);
  // the rest must read as running text: several words, most of them lower-case
  if (wordsOf(rest).length < 5 || capitalisedShare(rest) > 0.6) return -1;
  return head.length;
}

/** Lines with run-in ALL-CAPS headings put on lines of their own; other lines as they are. */
export function splitRunInHeadings(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const at = runInHeadingEnd(line);
    return at < 0 ? [line] : [line.slice(0, at), line.slice(at + 1)];
  });
}
