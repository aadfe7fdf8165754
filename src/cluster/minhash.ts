/**
 * MinHash signatures of a term set, cut into LSH bands: two articles whose term sets have
 * Jaccard similarity s share at least one band key with probability 1 − (1 − s^rows)^bands,
 * so similar articles meet in the index without comparing against every story.
 */

/** 32-bit FNV-1a of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A cheap per-seed remix of a base hash (murmur3 finaliser), so one string hash serves all functions. */
function remix(h: number, seed: number): number {
  let x = (h ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** `bands` × `rows` minimum hashes of `terms` (empty set → no keys). */
export function lshBandKeys(terms: readonly string[], bands = 16, rows = 1): string[] {
  if (terms.length === 0) return [];
  const base = terms.map(fnv1a);
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) {
    const parts: string[] = [];
    for (let r = 0; r < rows; r++) {
      const seed = b * rows + r + 1;
      let min = 0xffffffff;
      for (const h of base) min = Math.min(min, remix(h, seed));
      parts.push(min.toString(36));
    }
    keys.push(`b${b}:${parts.join('.')}`);
  }
  return keys;
}
