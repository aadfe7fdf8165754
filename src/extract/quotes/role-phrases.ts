/**
 * Named speakers after a verb of speech that sit behind a role or an organisation: "said Acme
 * researcher Jane Roe", "said Acme's Vice Chair and President Jane Roe", "said Dr. Jane Roe". Used
 * by `phraseAfter` (speaker-phrase.ts); split out to keep that file readable.
 */
import type { Mention } from '../../model/records.js';
import type { Token } from '../../nlp/nlp-doc.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/person-titles.js';
import { NON_SPEAKING_NOUNS, SOURCE_NOUNS } from '../../lexicon/source-nouns.js';
import type { AttributionContext } from './attribution-context.js';
import { mentionOf } from './attribution-context.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

/** The mention at token k, unless it is a capitalised common noun for a source ("Residents said"). */
export function namedMention(ax: AttributionContext, k: number): Mention | undefined {
  const m = mentionOf(ax, k);
  return m && SOURCE_NOUNS.has(m.text.toLowerCase()) ? undefined : m;
}

/** "Dr.", "Rep", "Senator": an honorific or a title head, capitalised as before a name. */
export function isTitleWord(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  return /^\p{Lu}/u.test(t.text) && (HONORIFICS.has(w) || TITLE_HEADS.has(w));
}

/**
 * "said Acme researcher Jane Roe", "said Huckabee campaign spokesman Hogan Gidley": a name, up to
 * three lower-case role words, then a person's name; the person speaks, the words before are the role.
 */
export function personAfterRole(ax: AttributionContext, a: number, last: number, limit: number): SpeakerPhrase | null {
  let j = last;
  // "said Leith-based strategist Jane Roe": the place's "-based" goes with the role
  if (hyphenSuffix(ax, j)) j += 2;
  // the rest of an organisation's name the entity stage cut ("Heart and Stroke senior manager Jane Roe")
  // ("Heart and Stroke senior manager Jane Roe"), or joined by a hyphen ("Leith AFL-CIO President Jane Roe")
  const glued = (k: number) => /^[-–]$/.test(ax.tokens[k]!.text) && ax.tokens[k - 1]?.end === ax.tokens[k]!.start && ax.tokens[k + 1]?.start === ax.tokens[k]!.end;
  while (j < limit && j - last < 4 && ax.inQuote[j] !== 1 && (ax.tokens[j]!.lower === 'and' || ax.tokens[j]!.text === '&' || /^\p{Lu}\p{Ll}/u.test(ax.tokens[j]!.text) || glued(j) || (glued(j - 1) && /^\p{Lu}/u.test(ax.tokens[j]!.text))) && mentionOf(ax, j)?.type !== 'person') j++;
  // "… President Jane Roe": a capitalised title right before the person
  const titled = namedMention(ax, j);
  if (j > last && titled?.type === 'person' && /^\p{Lu}/u.test(titled.text) && titled.span.start === ax.tokens[j]!.start && isTitleWord(ax.tokens[j - 1]!)) {
    let e = j;
    while (e < limit && mentionOf(ax, e) === titled) e++;
    return { kind: 'mention', first: j, last: e, mention: titled, noun: null, appositive: ax.doc.text.slice(ax.tokens[a]!.start, ax.tokens[j - 1]!.end), jumped: false };
  }
  if (!/^\p{Ll}/u.test(ax.tokens[j]?.text ?? '')) j = last;
  const roleStart = j;
  while (j < limit && j - roleStart < 3 && ax.inQuote[j] !== 1 && /^\p{Ll}/u.test(ax.tokens[j]!.text) && (ax.tokens[j]!.pos === 'NOUN' || ax.tokens[j]!.pos === 'ADJ') && !mentionOf(ax, j)) j++;
  if (j === roleStart || ax.tokens[j - 1]!.pos !== 'NOUN' || NON_SPEAKING_NOUNS.has(ax.tokens[j - 1]!.lower)) return null;
  // "said Navy spokesman Cmdr. Jane Roe", "Acme spokesman Navy Capt. Jane Roe": a rank, service or title between the role and the name
  const ranked = j;
  while (j < limit && j - ranked < 4 && ax.inQuote[j] !== 1 && (ax.tokens[j]!.text === '.' || (/^\p{Lu}/u.test(ax.tokens[j]!.text) && mentionOf(ax, j)?.type !== 'person'))) j++;
  if (mentionOf(ax, j)?.type !== 'person') j = ranked;
  const m = namedMention(ax, j);
  if (!m || m.type !== 'person' || m.span.start !== ax.tokens[j]!.start) return null;
  let e = j;
  while (e < limit && mentionOf(ax, e) === m) e++;
  return { kind: 'mention', first: j, last: e, mention: m, noun: null, appositive: ax.doc.text.slice(ax.tokens[a]!.start, ax.tokens[j - 1]!.end), jumped: false };
}

/** A hyphen glued to the word before and after it, at token k ("Leith-based", "Acme-backed"). */
function hyphenSuffix(ax: AttributionContext, k: number): boolean {
  const [p, h, n] = [ax.tokens[k - 1], ax.tokens[k], ax.tokens[k + 1]];
  return !!p && !!h && !!n && /^[-–]$/.test(h.text) && p.end === h.start && h.end === n.start && /^\p{Ll}/u.test(n.text);
}

/**
 * "said Acme's Vice Chair and President Jane Roe", "said Acme's chief winemaker Jane Roe": an
 * organisation's possessive, its titles or role words (joined by "and"), then a person's name; the person speaks. `last` is the token
 * after the organisation's name.
 */
export function personAfterTitles(ax: AttributionContext, a: number, last: number, limit: number): SpeakerPhrase | null {
  const s = ax.tokens[last]?.lower;
  if (s !== "'s" && s !== '’s') return null;
  let j = last + 1;
  let titles = 0;
  while (j < limit && j - last < 8 && !mentionOf(ax, j) && ax.inQuote[j] !== 1) {
    const w = ax.tokens[j]!;
    if (isTitleWord(w) || TITLE_MODIFIERS.has(w.lower) || (/^\p{Ll}/u.test(w.text) && (w.pos === 'NOUN' || w.pos === 'ADJ'))) titles++;
    else if (!(w.lower === 'and' || w.text === '&' || /^\p{Lu}/u.test(w.text))) return null;
    j++;
  }
  const m = namedMention(ax, j);
  if (titles === 0 || !m || m.type !== 'person' || m.span.start !== ax.tokens[j]!.start) return null;
  let e = j;
  while (e < limit && mentionOf(ax, e) === m) e++;
  return { kind: 'mention', first: j, last: e, mention: m, noun: null, appositive: ax.doc.text.slice(ax.tokens[a]!.start, ax.tokens[j - 1]!.end), jumped: false };
}

