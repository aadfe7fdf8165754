/**
 * An exact in-memory copy of part of a store's `term_df` table, for the write path of both stores.
 * Every clustering decision needs the document frequency of ~2,000 terms (the article's and its
 * candidate stories'); the table answers once per term, the map after that. The store that owns
 * one keeps it exact: it applies its own increments after they commit, and clears the map when
 * another writer may have changed the table (each store has its own way to tell).
 */

/** Terms kept before the oldest quarter is dropped (bounds memory: ~100 bytes a term). */
const MAX_TERMS = 400_000;

/** Drop the `count` oldest entries: the stream moves on in time, so old terms are asked for least. */
export function evictOldest<K, V>(map: Map<K, V>, count: number): void {
  let left = Math.ceil(count);
  for (const key of map.keys()) {
    if (left-- <= 0) break;
    map.delete(key);
  }
}

export class DocFreqMap {
  private readonly df = new Map<string, number>();

  /** Split `terms` into known frequencies (absent terms left out) and terms to read from the table. */
  lookup(terms: readonly string[]): { readonly found: Map<string, number>; readonly missing: string[] } {
    const found = new Map<string, number>();
    const missing: string[] = [];
    for (const t of terms) {
      const n = this.df.get(t);
      if (n === undefined) missing.push(t);
      else if (n > 0) found.set(t, n);
    }
    return { found, missing };
  }

  /** Record what the table said for `missing` (terms it did not return have frequency 0); adds them to `found`. */
  fill(missing: readonly string[], rows: readonly { readonly term: string; readonly df: number }[], found: Map<string, number>): Map<string, number> {
    if (this.df.size + missing.length > MAX_TERMS) evictOldest(this.df, this.df.size / 4 + missing.length);
    for (const t of missing) this.df.set(t, 0);
    for (const r of rows) {
      this.df.set(r.term, r.df);
      found.set(r.term, r.df);
    }
    return found;
  }

  /** Apply increments the store has made (and that will commit, or the store clears the map). */
  bumped(terms: Iterable<string>): void {
    for (const t of terms) {
      const n = this.df.get(t);
      if (n !== undefined) this.df.set(t, n + 1);
    }
  }

  clear(): void {
    this.df.clear();
  }
}
