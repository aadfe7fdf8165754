/**
 * Search terms and the marks in a search snippet, the same for both stores: each store finds
 * the hits and cuts the snippet (FTS5 snippet(), ts_headline), unmarked; the marks are placed
 * here. A query word joined by punctuation ("U.S.", "it's", "2026-03-04") is one phrase, found
 * and marked only as a whole, never as its single letters; a lone function word or letter in a
 * query of several words is marked only inside the whole query as typed ("Plan B", "Bank of
 * England"); a word typed in capitals (US, WHO) is marked only where the text has it in capitals.
 */
import { SEARCH_WEAK_WORDS } from '../lexicon/search-weak-words.js';

/** The marks around matches unless the caller asks for others. */
export const SNIPPET_MARKERS: readonly [string, string] = ['«', '»'];

/** A word as both stores' tokenisers see it: letters and digits, with their combining marks. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** Case and diacritics folded, as FTS5's unicode61 tokenizer (remove_diacritics 2) compares words. */
const fold = (w: string) => w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** The query's parts: each whitespace-separated run that holds a word, as typed. */
export function queryParts(query: string): string[] {
  return query.split(/\s+/).filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/** The words of each query part ("U.S." → ["U", "S"]): the phrases a hit must contain. */
export function queryPhrases(query: string): string[][] {
  return queryParts(query).map((part) => part.match(WORD) ?? []);
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly key: string;
}

const words = (text: string): Word[] => Array.from(text.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0], key: fold(m[0]) }));

/** A query part as terms to find: its words, and whether only capitals match (an acronym typed so). */
interface Term {
  readonly keys: readonly string[];
  readonly raw: string;
  readonly capitals: boolean;
  readonly weak: boolean;
}

function term(part: string): Term {
  const ws = words(part);
  const raw = ws.map((w) => w.raw).join('');
  const capitals = ws.length === 1 && raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  const weak = ws.length === 1 && !capitals && (raw.length === 1 || SEARCH_WEAK_WORDS.has(ws[0]!.key));
  return { keys: ws.map((w) => w.key), raw, capitals, weak };
}

const terms = (query: string): Term[] => queryParts(query).map(term);

/**
 * The query's parts a snippet should be cut around: all but lone function words and letters,
 * unless nothing else was asked. A hit must hold every part; its snippet is chosen for these,
 * so "a poll" shows where "poll" is, not the first "a".
 */
export function focusQuery(query: string): string {
  const parts = queryParts(query);
  const strong = parts.filter((p) => !term(p).weak);
  return (strong.length ? strong : parts).join(' ');
}

/** An "…" (a cut) between two offsets of the snippet, with no word in between. */
const cutBetween = (snippet: string, from: number, to: number) => snippet.slice(from, to).includes('…');

/** `snippet` with the query's matches between `open` and `close`; a phrase is one mark. */
export function markSnippet(snippet: string, query: string, [open, close]: readonly [string, string]): string {
  const text = words(snippet);
  const asked = terms(query);
  const weakOnly = asked.every((t) => t.weak);
  // group[i]: the mark word i belongs to; words of one phrase share one
  const group: (number | undefined)[] = [];
  let next = 0;
  const at = (i: number, keys: readonly string[]) => keys.every((k, n) => text[i + n]?.key === k);
  const markPhrase = (i: number, length: number) => {
    const g = next++;
    for (let n = 0; n < length; n++) group[i + n] = g;
  };
  /** Length of the start of `keys` that words i… hold up to a cut (the snippet ends mid-phrase), or 0. */
  const cutAfter = (i: number, keys: readonly string[]) => {
    for (let n = keys.length - 1; n > 0; n--) if (at(i, keys.slice(0, n)) && cutBetween(snippet, text[i + n - 1]!.end, text[i + n]?.start ?? snippet.length)) return n;
    return 0;
  };
  /** Length of the end of `keys` that words i… hold just after a cut (the snippet starts mid-phrase), or 0. */
  const cutBefore = (i: number, keys: readonly string[]) => {
    for (let n = keys.length - 1; n > 0; n--) if (at(i, keys.slice(-n)) && cutBetween(snippet, text[i - 1]?.end ?? 0, text[i]!.start)) return n;
    return 0;
  };
  for (let i = 0; i < text.length; i++) {
    for (const t of asked) {
      // a phrase the snippet cut in two is marked as far as it goes, as FTS5 marks it
      const cut = t.keys.length > 1 && !at(i, t.keys) ? cutAfter(i, t.keys) || cutBefore(i, t.keys) : 0;
      if (cut) markPhrase(i, cut);
      if (!at(i, t.keys)) continue;
      if (t.keys.length > 1) markPhrase(i, t.keys.length);
      else if ((!t.weak || weakOnly) && (!t.capitals || text[i]!.raw === t.raw) && group[i] === undefined) group[i] = next++;
    }
    // the whole query where it stands as typed: its weak words are marked there too
    if (asked.length > 1 && at(i, asked.flatMap((t) => t.keys))) {
      let j = i;
      for (const t of asked) {
        if (t.keys.length === 1 && group[j] === undefined) group[j] = next++;
        j += t.keys.length;
      }
    }
  }
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const g = group[i];
    if (g === undefined) continue;
    let j = i;
    while (group[j + 1] === g) j++;
    out += `${snippet.slice(from, text[i]!.start)}${open}${snippet.slice(text[i]!.start, text[j]!.end)}${close}`;
    from = text[j]!.end;
    i = j;
  }
  return out + snippet.slice(from);
}
