/**
 * Step 1: normalise a quotation's wording for matching across articles.
 *
 * NFKC, curly/straight marks unified, bracketed insertions ("[of the war]") dropped,
 * ellipses ("…", "...", "[...]", "[..]", "[…]") turned into segment breaks (words were
 * left out there, so no shingle may cross them), lower case, punctuation removed.
 */

export interface NormalisedQuote {
  /** runs of words between ellipses */
  readonly segments: readonly (readonly string[])[];
  /** all words, in order */
  readonly words: readonly string[];
  /** word 3-grams inside segments (or a whole short segment) */
  readonly shingles: ReadonlySet<string>;
}

const BREAK = '\u0000';
const ELLIPSIS = /\[\s*(?:\.\s*){2,}\]|\[\s*\u2026\s*\]|\(\s*(?:\.\s*){2,}\)|\u2026|\.{2,}/g;

/** Normalise a quotation for comparison (see file comment). */
export function normaliseQuote(text: string): NormalisedQuote {
  const s = text
    .replace(ELLIPSIS, ` ${BREAK} `)
    .normalize('NFKC')
    .replace(ELLIPSIS, ` ${BREAK} `)
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[\u2018\u2019\u02BC`\u00B4]/g, "'")
    .toLowerCase();
  const segments = s
    .split(BREAK)
    .map((seg) => (seg.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []) as string[])
    .filter((seg) => seg.length > 0);
  const words = segments.flat();
  const shingles = new Set<string>();
  for (const seg of segments) {
    if (seg.length < 3) continue;
    for (let i = 0; i + 3 <= seg.length; i++) shingles.add(`${seg[i]} ${seg[i + 1]} ${seg[i + 2]}`);
  }
  if (shingles.size === 0 && words.length > 0) shingles.add(words.join(' '));
  return { segments, words, shingles };
}

/** Does `needle` occur as a contiguous run inside `hay`? */
export function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return true;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Is `a` a faithful rendering of `b`: every run of words `a` quotes (between its
 * ellipses) appears word for word in `b`, or, when `b` is the elided one, every run of
 * `b` appears in `a`? Truncation and elision are faithful; changed, added or reordered
 * words are not. (Two renderings elided in different places, neither containing the
 * other's runs, count as altered: a known limit.)
 */
export function faithfulTo(a: NormalisedQuote, b: NormalisedQuote): boolean {
  return a.segments.every((seg) => containsRun(b.words, seg)) || b.segments.every((seg) => containsRun(a.words, seg));
}
