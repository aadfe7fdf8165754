/**
 * Step 1: what the article says about its own capitalisation.
 *
 * Headline-case lines (titles, sub-headings) capitalise common words, and every
 * sentence capitalises its first word, so a capital there is no evidence of a
 * name. We collect the words the article capitalises in the middle of running
 * sentences and the words it writes in lower case; later steps accept a capital
 * in a headline or at a sentence start only when the article agrees it is a name.
 */
import { HEADLINE_MINOR_WORDS } from '../../lexicon/headline-minor-words.js';
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import { isCapitalised, isLowerWord, OPENERS } from './token-tests.js';

export interface LineEvidence {
  /** per paragraph: true when the line reads as a headline or sub-heading. */
  readonly headline: readonly boolean[];
  /**
   * per paragraph: a results or standings row ("Kessler 3 Dunmore 1", "Arlow 4 2 1 1 6 3 7"),
   * or a list line (a line of names set apart by commas or figures, not a sentence). Capitals
   * there are names: such lines have no sentence start and no headline style.
   */
  readonly table: readonly boolean[];
  /** per token: first word of its sentence, or right after an opening quote/colon/dash. */
  readonly initial: Uint8Array;
  /** words capitalised mid-sentence in running text (exact text). */
  readonly midCaps: ReadonlySet<string>;
  /** words ending a capitalised run mid-sentence ("Okafor" in "… said Marcus Okafor", not "Rescue" in "Maritime Rescue Centre"). */
  readonly midLast: ReadonlySet<string>;
  /** lower-case forms of the article's capitalised words that it also writes in lower case. */
  readonly lowerSeen: ReadonlySet<string>;
  /** per token: 1 for a word of a dateline's place ("LONDON 2024-05-02", "GENEVA (Reuters) -"). */
  readonly dateline: Uint8Array;
  /** per token memo for step 2: 0 = not judged yet, 1 = name word, 2 = not. */
  readonly nameWord: Uint8Array;
}

function isLetterAt0(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = text[0]!;
  return ch.toLowerCase() !== ch.toUpperCase();
}

function headlineFlags(doc: NlpDoc): { flags: boolean[]; table: boolean[] } {
  const n = doc.paragraphs.length;
  const flags = new Array<boolean>(n).fill(false);
  const table = new Array<boolean>(n).fill(false);
  const commas = new Int32Array(n);
  const words = new Int32Array(n);
  const caps = new Int32Array(n);
  const shout = new Int32Array(n);
  const lastTok = new Array<string>(n).fill('');
  const numbers = new Int32Array(n);
  for (const t of doc.tokens) {
    lastTok[t.paragraph] = t.text;
    if (t.text === ',' || t.text === '(') commas[t.paragraph]! += 1;
    const c0 = t.text.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) numbers[t.paragraph]! += 1;
    if (!isLetterAt0(t.text) || HEADLINE_MINOR_WORDS.has(t.lower)) continue;
    words[t.paragraph]! += 1;
    if (isCapitalised(t)) caps[t.paragraph]! += 1;
    if (t.text.length > 1 && t.text !== t.lower && t.text === t.text.toUpperCase()) shout[t.paragraph]! += 1;
  }
  for (let p = 0; p < n; p++) {
    const w = words[p]!;
    const end = lastTok[p]!;
    const closed = end === '.' || end === '!' || end === '”' || end === '"';
    // an all-capitals line ("BREAKING: FLOODS HIT …") says nothing about names either, full stop or not
    // a results-table row ("Kessler 3 Dunmore 1", "Roe 69, Lund 4-43") is short and capitalised but not a
    // headline: its capitals are names; headlines rarely carry more than one figure
    const row = numbers[p]! >= 2 && numbers[p]! * 3 >= w;
    flags[p] = (w > 0 && w <= 20 && !closed && !row && caps[p]! / w >= 0.7) || (w >= 3 && shout[p]! / w >= 0.8);
    // a list of names ("62 Ana Roe, Ben Lund, Cy Moss (Kenya)"): mostly capitals, set apart by commas, brackets or figures
    const list = !closed && w >= 2 && caps[p]! / w >= 0.7 && shout[p]! * 2 < w && commas[p]! + numbers[p]! >= 2;
    table[p] = row || list;
  }
  return { flags, table };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isShoutedWord(text: string): boolean {
  return text.length >= 2 && /^[\p{Lu}][\p{Lu}.'’-]*$/u.test(text) && /\p{Lu}{2}|\p{Lu}\./u.test(text);
}

/**
 * A dateline opens a paragraph: one to three capitalised words, all in capitals, then a
 * date ("LONDON 2024-05-02"), a news agency in brackets ("GENEVA (Reuters)") or a dash
 * ("NAIROBI —"). Those words name the place the story was filed from.
 */
function datelines(doc: NlpDoc, headline: readonly boolean[], lowerSeen: ReadonlySet<string>): Uint8Array {
  const out = new Uint8Array(doc.tokens.length);
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1]!.paragraph === tokens[i]!.paragraph) continue;
    let j = i;
    while (j < tokens.length && j - i < 3 && tokens[j]!.paragraph === tokens[i]!.paragraph && isShoutedWord(tokens[j]!.text)) j++;
    if (j === i || j - i > 3) continue;
    // "CRICKET - …": a topic slug the article writes in lower case elsewhere is no place
    if (tokens.slice(i, j).some((t) => lowerSeen.has(t.lower))) continue;
    const n = tokens[j];
    if (n === undefined || n.paragraph !== tokens[i]!.paragraph) continue;
    const agency = n.text === '(' && isCapitalised(tokens[j + 1] ?? n) && tokens[j + 2]?.text === ')';
    // a dash only after a place that opens running text, not a slug before an all-capitals headline
    const dash = (n.text === '—' || n.text === '–' || (n.text === '-' && n.spaceBefore)) && !headline[n.paragraph];
    if (ISO_DATE.test(n.text) || agency || dash) out.fill(1, i, j);
  }
  return out;
}

/** Collect headline flags, sentence-initial positions, mid-sentence capitals and lower-case words. */
export function lineEvidence(doc: NlpDoc): LineEvidence {
  const { flags: headline, table } = headlineFlags(doc);
  const initial = new Uint8Array(doc.tokens.length);
  const midCaps = new Set<string>();
  const lowerSeen = new Set<string>();
  const capLower = new Set<string>();
  const midLast = new Set<string>();
  const lowerWords: string[] = [];
  for (const s of doc.sentences) {
    let atStart = true;
    for (let i = s.first; i < s.last; i++) {
      const t = doc.tokens[i]!;
      const opener = t.text.length === 1 && OPENERS.has(t.text) && (i === s.first || t.spaceBefore || t.text === ':' || t.text === '“' || t.text === '(');
      if (opener || (t.text === '.' && atStart)) {
        atStart = true;
        continue;
      }
      if (isCapitalised(t)) {
        capLower.add(t.lower);
        if (!atStart && !headline[t.paragraph]) {
          midCaps.add(t.text);
          const n = doc.tokens[i + 1];
          if (n === undefined || !isCapitalised(n)) midLast.add(t.text);
        }
      } else if (isLowerWord(t)) lowerWords.push(t.lower);
      if (atStart) initial[i] = 1;
      atStart = false;
    }
  }
  // only the lower-case forms of capitalised words are ever asked about
  for (const w of lowerWords) if (capLower.has(w)) lowerSeen.add(w);
  return { headline, table, initial, midCaps, midLast, lowerSeen, dateline: datelines(doc, headline, lowerSeen), nameWord: new Uint8Array(doc.tokens.length) };
}
