/**
 * Step 1 of clustering: who holds a single-holder office in an article ("President Obama", "House
 * Speaker John Boehner"), as keys "office=surname". Content alone cannot tell a Medicare cut or a
 * debt-limit vote of one administration from one of the next; the office-holders can: an undated
 * article that names "President Obama" is not from the term of the story's "President Trump"
 * (decide.ts). A cheap regex pass over the whole text; past holders ("former President …") are
 * left out, and a bare office taken by someone the text names with a qualified one ("Russian
 * President Vladimir Putin", then "President Putin") is read as the qualified office.
 */
import { PAST_OFFICE_WORDS, SINGLE_HOLDER_OFFICES } from '../lexicon/single-holder-offices.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../lexicon/temporal-words.js';

/** A capitalised qualifier ("House", "U.S.") and a word of a name: an initial ("W.") or a word without a stop, so a name never runs past a sentence end. */
const CAP = "\\p{Lu}[\\p{L}'’.-]*";
const NAME_WORD = "\\p{Lu}(?:\\.|[\\p{L}'’-]*)";
const OFFICES = [...SINGLE_HOLDER_OFFICES].sort((a, b) => b.length - a.length).map((o) => o.replace(/ /g, '\\s+'));
/**
 * Up to two capitalised qualifiers ("House", "Senate", "Russian"), the office (not glued to a word
 * before it: "then-President" is a past one), and a name of one to three capitalised words.
 */
const HOLDER = new RegExp(`(?<![\\p{L}'’.-])((?:${CAP}\\s+){0,2})(?<![\\p{L}-])(${OFFICES.join('|')})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`, 'gu');
/** The word before a match ("former"). */
const WORD_BEFORE = /(\S+)\s*$/;
const BARE_OFFICES: ReadonlySet<string> = new Set(SINGLE_HOLDER_OFFICES.map((o) => o.toLowerCase()));
/** Capitalised words after a name that are not part of it ("President Obama Monday"). */
const NOT_NAME_TAIL: ReadonlySet<string> = new Set([...MONTH_WORDS, ...WEEKDAY_WORDS]);
/** Keys kept per article: an article names few office-holders. */
const MAX_HOLDERS = 8;

const lowerWords = (s: string) => s.trim().toLowerCase().split(/\s+/).filter(Boolean);

/** The surname of a name as written ("Barack Obama's" → "obama"), or null when nothing is left. */
function surname(name: string): string | null {
  const words = lowerWords(name).map((w) => w.replace(/[’']s$/, '').replace(/[.’']+$/, ''));
  while (words.length > 1 && NOT_NAME_TAIL.has(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  return last && last.length > 1 && !NOT_NAME_TAIL.has(last) ? last : null;
}

/**
 * Office-holder keys of `text` ("president=obama", "house speaker=boehner"), sorted.
 * @example officeHolders('President Barack Obama met House Speaker John Boehner. Former President Bush was not there.') // ['house speaker=boehner', 'president=obama']
 */
export function officeHolders(text: string): string[] {
  const keys = new Set<string>();
  for (const m of text.matchAll(HOLDER)) {
    const qualifiers = lowerWords(m[1] ?? '');
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1]?.toLowerCase() ?? '';
    if ([before, ...qualifiers].some((w) => PAST_OFFICE_WORDS.has(w))) continue;
    const who = surname(m[3] ?? '');
    if (!who) continue;
    const office = [...qualifiers.filter((w) => !STOPWORDS.has(w)), ...lowerWords(m[2] ?? '')].join(' ');
    keys.add(`${office}=${who}`);
  }
  // "President Putin" after "Russian President Vladimir Putin" is the qualified office.
  const out = new Set<string>();
  for (const k of keys) {
    const [office, who] = k.split('=') as [string, string];
    const qualified = BARE_OFFICES.has(office) ? [...keys].find((q) => q !== k && q.endsWith(` ${office}=${who}`)) : undefined;
    out.add(qualified ?? k);
  }
  return [...out].sort().slice(0, MAX_HOLDERS);
}

/** office → surnames of its holders. */
function byOffice(keys: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const k of keys) {
    const at = k.lastIndexOf('=');
    const office = k.slice(0, at);
    out.set(office, (out.get(office) ?? new Set()).add(k.slice(at + 1)));
  }
  return out;
}

/**
 * Whether an article and a story name different holders of the same office and no holder in
 * common: they are from different terms of that office.
 * @example officeConflict(['president=obama'], { 'president=trump': 2 }) // true
 */
export function officeConflict(article: readonly string[] | undefined, story: Readonly<Record<string, number>> | undefined): boolean {
  if (!article?.length || !story) return false;
  const theirs = byOffice(Object.keys(story));
  for (const [office, who] of byOffice(article)) {
    const other = theirs.get(office);
    if (other && ![...who].some((w) => other.has(w))) return true;
  }
  return false;
}
