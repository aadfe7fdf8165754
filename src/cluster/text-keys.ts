/**
 * A light tokenizer for clustering (runs on every ingested article, so no NLP pipeline):
 * lower-case content words, and name keys from runs of capitalised words.
 */
import { STOPWORDS } from '../lexicon/stopwords.js';
import { TITLE_SECTION_LABELS } from '../lexicon/title-section-labels.js';
import { FIRST_NAMES } from '../lexicon/first-names.js';
import { GENERATION_SUFFIXES } from '../lexicon/name-particles.js';

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
// Capitalised words that start sentences or dates, never names on their own.
const NOT_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'as', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'after', 'if',
]);
// Lower-case words allowed inside a name run ("Bank of England", "Port of Lisbon").
const NAME_GLUE: ReadonlySet<string> = new Set(['of', 'de', 'du', 'van', 'von', 'da', 'del', 'la', 'le']);

/** A crude plural fold so "evacuations" and "evacuation" count as one term. */
export function foldTerm(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '').replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Content terms of `text`: lower-case, folded, stop words and short words dropped. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    if (lower.length < 3 || STOPWORDS.has(lower) || NOT_NAMES.has(lower)) continue;
    out.push(foldTerm(lower));
  }
  return out;
}

/** Name keys shorter than this are fragments, not names (see isNameKey). */
const MIN_NAME_KEY_CHARS = 3;

/**
 * Whether a name key can stand for a name. Keys of one or two characters are fragments of
 * initialisms, model numbers and company suffixes ("u" from "U.S.", "g" from "5G", "f1", "co" from
 * "Crumb & Co"): they name no one in particular, and they are too short to be content terms, so the
 * store keeps no document frequency for them and a rarity weight would take them for the rarest
 * names of all. Scores also apply this to profiles and features stored before such keys were dropped.
 */
export const isNameKey = (key: string): boolean => key.length >= MIN_NAME_KEY_CHARS;

/** A lower-case word that is a common given name (FIRST_NAMES holds them capitalised). */
const isGivenName = (word: string): boolean => FIRST_NAMES.has(word.charAt(0).toUpperCase() + word.slice(1));

/**
 * Name keys: maximal runs of capitalised words (glue words allowed inside), lower-cased. A
 * single capitalised word at a sentence start is skipped — it is usually an ordinary word — and
 * so are keys that are not name-like (isNameKey).
 */
export function nameKeys(text: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let runStartsSentence = false;
  let prevEnd = 0;
  const flush = () => {
    while (run.length && NAME_GLUE.has(run[run.length - 1] ?? '')) run.pop();
    // "Joe Manchin III" is "Joe Manchin": a suffix after a given name and a surname ("World War II",
    // "Charles III" keep theirs: no given name and surname before it).
    if (run.length > 2 && GENERATION_SUFFIXES.has(run[run.length - 1]!) && isGivenName(run[run.length - 3]!)) run.pop();
    const words = run.filter((w) => !NAME_GLUE.has(w));
    const key = run.join(' ');
    if ((words.length > 1 || (words.length === 1 && !runStartsSentence)) && isNameKey(key)) out.push(key);
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/[’']s$/, '');
    const between = text.slice(prevEnd, m.index);
    prevEnd = m.index + m[0].length;
    const lower = word.toLowerCase();
    const capital = /^\p{Lu}/u.test(word) && !NOT_NAMES.has(lower) && !STOPWORDS.has(lower);
    const sentenceStart = m.index === 0 || /[.!?:"“—\n]\s*$/.test(between);
    if (run.length && /[^\s]/.test(between)) flush(); // punctuation ends a run
    if (capital) {
      if (!run.length) runStartsSentence = sentenceStart;
      run.push(lower);
    } else if (run.length && NAME_GLUE.has(lower)) run.push(lower);
    else if (run.length) flush();
  }
  flush();
  return out;
}

/** Words a trailing title segment may have and still be a site or author tag ("| Site name", "- Jane Roe"). */
const MAX_TAG_WORDS = 4;

/** A leading section label and its colon ("Opinion: ", "FIRST TAKE: "): TITLE_SECTION_LABELS. */
const SECTION_LABEL = /^\s*([\p{L}][\p{L}\s-]{0,20}?)\s*:\s+(?=\S)/u;

/**
 * A page title without its site boilerplate: "Headline | Site name", "Headline - Site", "Site |
 * Headline" keep only the headline (the longest segment when one is split off by " | ", a short
 * trailing segment after " - " or " – "), and a leading section label ("Opinion: Headline",
 * "Editorial: Headline"). Tags would otherwise make every page of a site share a name and a
 * title term, and every opinion piece share "opinion" counted as a title word.
 * @example cleanTitle('Dam spillway fails | Marrick Herald') // 'Dam spillway fails'
 * @example cleanTitle('Opinion: The dam should never have been built') // 'The dam should never have been built'
 */
export function cleanTitle(title: string): string {
  const parts = title.split(/\s+\|\s+/).map((p) => p.trim()).filter(Boolean);
  let head = parts.reduce((best, p) => (p.length > best.length ? p : best), '');
  const dash = /^(.*\S)\s+[-–—]\s+([^-–—]+)$/.exec(head);
  if (dash && dash[2]!.trim().split(/\s+/).length <= MAX_TAG_WORDS && dash[1]!.length > dash[2]!.length) head = dash[1]!;
  const label = SECTION_LABEL.exec(head);
  if (label && TITLE_SECTION_LABELS.has(label[1]!.toLowerCase().replace(/\s+/g, ' '))) head = head.slice(label[0].length);
  return head;
}
