/**
 * Population scope: the group a figure is about, when the text restricts it to one — a sex
 * ("27% of deaths in women", "12 percent for men") and an age band ("people aged 15-49", "the 15
 * to 49 age group", "over age 50"). The scope goes into the figure's key, so "10% of deaths
 * among people aged 15-49" is compared with other outlets' share for that band and never with
 * the share for everyone or for women (part against whole). Shares take the age band stated
 * anywhere in their sentence ("For people aged 15 to 49, alcohol was tied to 4% of deaths for
 * women"); counts only close after them, in their clause. The sex is read after a share, before the next figure.
 */
import { AGE_BAND_NOUNS, AGE_BAND_WORDS, AGE_OPEN_END_WORDS, SEX_GROUP_WORDS } from '../../lexicon/population-groups.js';
import type { SentenceView } from './sentence-view.js';

const AGE = AGE_BAND_WORDS.join('|');
const OPEN = AGE_OPEN_END_WORDS.join('|');
const NOUNS = AGE_BAND_NOUNS.map((n) => n.replace(/[- ]/g, '[- ]')).join('|');
const N = '(\\d{1,3})';
const LINK = '\\s*(?:-|–|to|and)\\s*';
/** Closed bands first, then open-ended ones; each gives [low, high] with high '' for "and older". */
const BANDS: readonly RegExp[] = [
  new RegExp(`\\bbetween\\s+the\\s+(?:${AGE})\\s+of\\s+${N}\\s+and\\s+${N}\\b`, 'i'),
  new RegExp(`\\b(?:${AGE})\\s+(?:of\\s+)?${N}${LINK}${N}\\b`, 'i'),
  new RegExp(`\\b${N}${LINK}${N}[\\s-]+(?:${NOUNS})\\b`, 'i'),
  new RegExp(`\\b(?:over|above)\\s+(?:the\\s+)?(?:${AGE})\\s+(?:of\\s+)?${N}()`, 'i'),
  new RegExp(`\\b(?:${AGE})\\s+${N}(?:\\s+years)?\\s+(?:and|or)\\s+(?:${OPEN})()`, 'i'),
  new RegExp(`\\b${N}\\s+years\\s+(?:and|or)\\s+(?:${OPEN})()`, 'i'),
];

/** Tokens after a count in which its age band is looked for ("12 people aged 15 to 20"). */
const COUNT_BAND_REACH = 9;
/** Maximum tokens after a share in which its sex group is looked for. */
const SEX_REACH = 8;

/** The age band a text states ("15-49", "50+"), or null. */
export function ageBandIn(text: string): string | null {
  for (const re of BANDS) {
    const m = re.exec(text);
    if (m) return m[2] ? `${m[1]}-${m[2]}` : `${m[1]}+`;
  }
  return null;
}

/** The sex group after the share spanning tokens [first, last), up to the next figure or the clause end. */
function sexAfter(v: SentenceView, last: number, stop: number): string | null {
  const clause = v.clause(last - 1);
  for (let k = last; k < Math.min(stop, last + SEX_REACH); k++) {
    const t = v.tok(k);
    if (!t || t.type === 'number' || v.clause(k) !== clause) return null;
    const g = SEX_GROUP_WORDS[t.lower];
    if (g) return g;
  }
  return null;
}

/**
 * The population a figure is about: a key part ("women|15-49", "15-49", "men") and a label
 * ("women, aged 15-49"), or null when the text does not restrict it.
 * `share`: a percentage (band from the sentence, sex after it); else a count (band from its clause).
 */
export function populationOf(v: SentenceView, first: number, last: number, nextFigure: number, share: boolean): { key: string; label: string } | null {
  const text = v.doc.text;
  let band: string | null;
  if (share) {
    band = ageBandIn(text.slice(v.tok(v.sentence.first)!.start, v.tok(v.sentence.last - 1)!.end));
  } else {
    // a count's band follows its noun closely ("deaths among people aged 15 to 49"), in its clause
    const c = v.clause(first);
    let to = last;
    while (to < Math.min(v.sentence.last, last + COUNT_BAND_REACH) && v.clause(to) === c) to++;
    band = ageBandIn(text.slice(v.tok(first)!.start, v.tok(to - 1)!.end));
  }
  const sex = share ? sexAfter(v, last, nextFigure) : null;
  if (!sex && !band) return null;
  return { key: [sex, band].filter(Boolean).join('|'), label: [sex, band && `aged ${band}`].filter(Boolean).join(', ') };
}
