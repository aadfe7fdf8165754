/**
 * The clause of a sentence that holds a given span: the sentence cut at
 * semicolons, dashes, quotation marks and contrastive conjunctions after a
 * comma (", but", ", while") and " and that " (a second thing said). A date in "X happened on Monday; Y happened on Friday" belongs to
 * its own half, so each event gets its own words.
 */
import type { Sentence } from '../../nlp/nlp-doc.js';

// Quotation marks bound a clause too: the writer's words around a quotation say who and when.
// " and that " starts a second reported clause ("said X until Friday and that Y …"): its own event.
const BOUNDARY = /\s+and\s+that\s+|\s*;\s*|\s*[—–]\s*|\s+-{1,2}\s+|,\s+(?=(?:but|while|whereas|although|though|yet)\s)|[,.]?[”"]\s*,?\s*|\s*[“"]/g;

/** `[start, end)` of the clause of `sentence` that contains `[at, atEnd)`. */
export function clauseAround(text: string, sentence: Sentence, at: number, atEnd: number): { start: number; end: number } {
  let start = sentence.start;
  let end = sentence.end;
  const body = text.slice(sentence.start, sentence.end);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    const a = sentence.start + m.index;
    const b = a + m[0].length;
    if (b <= at) start = b;
    else if (a >= atEnd) {
      end = a;
      break;
    }
  }
  while (end > start && /[\s.,;:!?"”’)]/.test(text[end - 1]!)) end--;
  return { start, end };
}
