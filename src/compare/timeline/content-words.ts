/**
 * The content words of a short description, lightly stemmed, for comparing
 * two events: "Rebels released four hostages" and "hostage released by rebels"
 * share {rebel, releas, hostag}. A suffix-stripper rather than a lemmatiser,
 * because it runs on every event and needs no model.
 */
import { REPORTING_WORDS } from '../../lexicon/reporting-words.js';
import { STOPWORDS } from '../../lexicon/stopwords.js';

const REPORTING = new Set(REPORTING_WORDS);

/** A crude English stem: plural, -ed, -ing and final -e removed. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Stemmed content words of `text`, without function and reporting words. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length < 2 || STOPWORDS.has(w) || REPORTING.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** |a ∩ b| / |a ∪ b|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** How many items two sorted lists of distinct strings share (a merge walk, no allocation). */
export function sharedCount(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}
