/**
 * A short event description drawn from its clause: the clause's own words, date
 * included ("The bridge, which opened in 1968, was last inspected in March"), so that
 * it reads as a sentence — cutting the date out left "gave way at about, plunging …".
 * A leading conjunction goes; a leading "which"/"who" becomes its antecedent; a
 * clause too long is cut at word boundaries around the date, the cut marked "…".
 */
import { allMatches } from '../../util/matches.js';

/** Longest description, in words (not counting the "…" of a cut). */
export const MAX_DESCRIPTION_WORDS = 30;

const LEADING_JUNK = /^(?:[\s,;:.\-—–"“”'‘’(]|\b(?:and|but|while|whereas|although|though|yet|then|that|so|however|meanwhile|separately|moreover|furthermore|additionally|also|still|instead)\b)+/i;
const TRAILING_JUNK = /(?:[\s,;:\-—–(“‘]|\b(?:and|or|but|of|the|a|an|to|that|with|on|in|at|by|for|from|as|which|who|following|including|after|before|since|despite)\b)+$/i;

const WORD = /\S+/g;

export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Start a window of words at a clause boundary: after the first comma in its first
 * half, or at the name before ", who"/", which" ("Jane Roe, who resigned" → "Jane Roe resigned").
 */
function windowBefore(w: readonly string[]): readonly string[] {
  const c = w.findIndex((x, k) => k < w.length / 2 && x.endsWith(','));
  if (c < 0) return w;
  if (!/^(?:who|which)$/i.test(w[c + 1] ?? '')) return w.slice(c + 1);
  let k = c;
  while (k > 0 && /^\p{Lu}/u.test(w[k - 1]!)) k--;
  return k === c && !/^\p{Lu}/u.test(w[c]!) ? w.slice(c + 2) : [...w.slice(k, c), w[c]!.slice(0, -1), ...w.slice(c + 2)];
}

/**
 * Describe `clause` of `text` in its own words. `target` is the event's date (inside the clause);
 * `antecedent` replaces a leading "which"/"who" (the thing the relative clause is about).
 */
export function describe(text: string, clause: Range, antecedent: string | null, target?: Range): string {
  const words = allMatches(WORD, text.slice(clause.start, clause.end)).map((m) => ({ w: m[0], at: clause.start + m.index }));
  let picked: readonly string[] = words.map((x) => x.w);
  let cutBefore = false;
  let cutAfter = false;
  if (words.length > MAX_DESCRIPTION_WORDS) {
    // the words up to the end of the date, and what follows while there is room.
    const dateEnd = target === undefined ? 0 : words.findIndex((x) => x.at >= target.end);
    const upTo = dateEnd < 0 ? words.length : dateEnd;
    if (upTo <= MAX_DESCRIPTION_WORDS) {
      picked = picked.slice(0, MAX_DESCRIPTION_WORDS);
      cutAfter = true;
    } else {
      // a date late in a long clause belongs to the words just before it: from the last comma
      // that leaves a few words before the date ("…, officials said early on Wednesday").
      const before = picked.slice(0, upTo);
      let from = -1;
      for (let k = upTo - 5; k >= upTo - MAX_DESCRIPTION_WORDS && from < 0; k--) if (before[k]!.endsWith(',')) from = k + 1;
      picked = from >= 0 ? before.slice(from) : windowBefore(before.slice(upTo - MAX_DESCRIPTION_WORDS));
      cutBefore = true;
      cutAfter = upTo < words.length;
    }
  }
  let d = picked.join(' ').replace(/\s+([,.;:!?’”)])/g, '$1').replace(/,\s*,/g, ',');
  d = d.replace(LEADING_JUNK, '');
  if (antecedent !== null && /^(?:which|who|that)\b/i.test(d)) d = `${antecedent} ${d.replace(/^(?:which|who|that)\s+/i, '')}`;
  d = d.replace(TRAILING_JUNK, '').replace(/[\s,;:]+$/, '');
  if (d.length === 0) return d;
  // capitalised, unless the cut makes it the middle of a sentence.
  if (!cutBefore) d = d.charAt(0).toUpperCase() + d.slice(1);
  return `${cutBefore ? '…' : ''}${d}${cutAfter ? ' …' : ''}`;
}
