/**
 * A short event description drawn from its clause: the clause without its date
 * phrases (and the prepositions that introduce them), without a leading
 * "On"/"In"/conjunction, capped at a few words — "who did what".
 */

/** Longest description, in words. */
export const MAX_DESCRIPTION_WORDS = 20;

const PREPOSITION_BEFORE = /(?:\b(?:on|in|at|since|by|during|from|until|till|as of|of|earlier|later|early|late)\s+(?:the\s+)?)$/i;
const LEADING_JUNK = /^(?:[\s,;:.\-—–"“”'‘’(]|\b(?:and|but|while|whereas|although|though|yet|then|that|so|as|on|in|at|since|by|with|however|meanwhile|separately|moreover|furthermore|additionally|also|still|instead)\b)+/i;
// "Founded in 1987, the firm …": with its date gone, the participle only dangles.
const DANGLING_PARTICIPLE = /^\p{L}+ed,\s+/u;
const TRAILING_JUNK = /(?:[\s,;:\-—–(“‘]|\b(?:and|or|but|of|the|a|an|to|that|with|on|in|at|by|for|from|as|which|who|following|including|after|before|since|despite)\b)+$/i;
// Before a date, these mean the comma after it only closes the date ("the group's October 7, 2023, raid").
const DATE_IS_MODIFIER = /(?:^|['’]s|\bthe)\s*$/i;

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
 * Describe `clause` of `text` without the date phrases `dates` (sorted, inside the clause).
 * `antecedent` replaces a leading "which"/"who" (the thing the relative clause is about).
 */
export function describe(text: string, clause: Range, dates: readonly Range[], antecedent: string | null, target?: Range): string {
  let d = '';
  let cursor = clause.start;
  let targetAt = -1;
  for (const ds of dates) {
    if (ds.start < cursor || ds.end > clause.end) continue;
    const before = text.slice(cursor, ds.start).replace(PREPOSITION_BEFORE, '');
    d += before;
    if (target !== undefined && ds.start === target.start) targetAt = d.length;
    cursor = ds.end;
    // "Sunday’s vote": the possessive goes with the date.
    const possessive = /^['’]s\b/.exec(text.slice(cursor, clause.end));
    if (possessive) cursor += possessive[0].length;
    const comma = /^\s*,/.exec(text.slice(cursor, clause.end));
    const thatFollows = /^\s*,\s*that\b/.test(text.slice(cursor, clause.end));
    // "agreed on June 28, 2022, to buy": with no comma before the date, the one after it closes the year.
    const closesYear = /,\s*\d{4}$/.test(text.slice(ds.start, ds.end)) && !d.includes(',');
    if (comma && (thatFollows || closesYear || DATE_IS_MODIFIER.test(d.trimEnd()))) cursor += comma[0].length;
    d = `${d.trimEnd()} `;
  }
  d += text.slice(cursor, clause.end);
  // A date beyond the first words of a long clause belongs to the words just before it
  // ("…a group designated as a terrorist organisation by the State Department in 1997").
  const wordsBefore = targetAt < 0 ? [] : d.slice(0, targetAt).split(/\s+/).filter(Boolean);
  if (wordsBefore.length > MAX_DESCRIPTION_WORDS) d = windowBefore(wordsBefore.slice(-MAX_DESCRIPTION_WORDS)).join(' ');
  d = d.replace(/\s+/g, ' ').replace(/\s+([,.;:!?’”)])/g, '$1').replace(/,\s*,/g, ',');
  d = d.replace(LEADING_JUNK, '').replace(DANGLING_PARTICIPLE, '');
  if (antecedent !== null && /^(?:which|who|that)\b/i.test(d)) d = `${antecedent} ${d.replace(/^(?:which|who|that)\s+/i, '')}`;
  const words = d.split(' ').filter(Boolean);
  d = words.slice(0, MAX_DESCRIPTION_WORDS).join(' ');
  d = d.replace(TRAILING_JUNK, '').replace(/[\s,;:]+$/, '');
  return d.length > 0 ? d.charAt(0).toUpperCase() + d.slice(1) : d;
}
