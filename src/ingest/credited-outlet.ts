/**
 * The outlet an article credits its own reporting to, read from its text when no metadata, URL,
 * sign-off or dateline names one ("…,” a source from the union told Valley Courier.").
 *
 * Rule: X is the article's outlet when
 *  1. at least twice, an unnamed source (a source noun among the six words before the verb:
 *     "two sources", "a senior official from the club") "told" / "confirmed to" / "spoke to" X;
 *  2. X is never cited as someone else's reporting anywhere in the text ("according to X",
 *     "reported by X", "X reported", "X's report");
 *  3. no other outlet is credited as often.
 * One "sources told X" is not enough: an article citing another outlet's scoop reads exactly
 * like that ("Two sources told Example Wire on Monday that…"), so a single frame names nobody.
 */
import { ANONYMOUS_SOURCE_NOUNS, CITING_AFTER, CITING_BEFORE, CREDIT_VERBS } from '../lexicon/outlet-credit-cues.js';

// one to four capitalised words on one line; a dot only inside a word ("U.S"), so "…told X. Then" stops at X
const WORD = "\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*";
const NAME = `(?:The )?${WORD}(?: (?:of )?${WORD}){0,3}`;
const words = (list: readonly string[]) => list.map((w) => w.replace(/\s+/g, '\\s+')).join('|');
const FRAME = new RegExp(`\\b(?:${words(CREDIT_VERBS)})\\s+(${NAME})(?=$|[\\s,.;:!?”"’)\\]—–-])`, 'gu');
const SENTENCE_START = /[.!?]["”’)]?\s+(?=[\p{Lu}“"‘(])|\n/gu;
const MIN_FRAMES = 2;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name ends before a trailing full stop that closes the sentence ("told Valley Courier."). */
const trimName = (n: string) => n.replace(/[.’'-]+$/, '').replace(/’s$|'s$/, '');

/** Does the text before the verb (same sentence) name an unnamed source among its last six words? */
function anonymousSourceBefore(text: string, at: number): boolean {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(SENTENCE_START)) start = m.index + m[0].length;
  const lead = text.slice(start, at).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return lead.slice(-6).some((w) => ANONYMOUS_SOURCE_NOUNS.has(w));
}

/** Is `name` cited anywhere in `text` as someone else's reporting? */
function citedAsOther(text: string, name: string): boolean {
  const n = escape(name).replace(/\s+/g, '\\s+');
  const before = new RegExp(`\\b(?:${words(CITING_BEFORE)})\\s+(?:the\\s+)?${n}\\b`, 'iu');
  const after = new RegExp(`\\b${n}(?:['’]s\\b|\\s+(?:(?:also|has|had|first|later|earlier)\\s+)?(?:${words(CITING_AFTER)})\\b)`, 'u');
  return before.test(text) || after.test(text);
}

/** The outlet the text credits its own reporting to (see the rule above), or null. */
export function creditedOutlet(text: string): string | null {
  const frames = new Map<string, number>();
  for (const m of text.matchAll(FRAME)) {
    const name = trimName(m[1]!);
    if (!name || !anonymousSourceBefore(text, m.index)) continue;
    frames.set(name, (frames.get(name) ?? 0) + 1);
  }
  const ranked = [...frames].filter(([name, n]) => n >= MIN_FRAMES && !citedAsOther(text, name)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const best = ranked[0];
  // a rival credited as often (even one cited elsewhere) leaves the question open
  return best && ![...frames].some(([name, n]) => name !== best[0] && n >= best[1]) ? best[0] : null;
}
