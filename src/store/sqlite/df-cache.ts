/**
 * An exact in-memory cache of term document frequencies for the SQLite write path.
 *
 * Every clustering decision needs the document frequency of the terms of up to 20 candidate
 * stories (≈ 2,000 terms); reading them from `term_df` was the largest single cost per article.
 * The cache stays exact because this connection is the only writer while it holds the write
 * lock: it applies its own increments as it commits them, and forgets everything when
 * `PRAGMA data_version` shows that another connection has committed in the meantime.
 */
import type { Database, Statement } from 'better-sqlite3';

/** Entries kept before the cache starts over (bounds memory: ~100 bytes an entry). */
const MAX_ENTRIES = 400_000;

export class DocFreqCache {
  private readonly df = new Map<string, number>();
  private readonly read: Statement;
  private readonly version: Statement;
  private seenVersion: number | null = null;

  constructor(db: Database) {
    this.read = db.prepare('SELECT term, df FROM term_df WHERE term IN (SELECT value FROM json_each(?))');
    this.version = db.prepare('PRAGMA data_version').pluck();
  }

  /** Call at the start of each write transaction: drops the cache if another connection wrote. */
  revalidate(): void {
    const v = this.version.get() as number;
    if (v !== this.seenVersion) this.df.clear();
    this.seenVersion = v;
  }

  /** Frequencies of `terms` (absent terms are left out), from the cache or the table. */
  get(terms: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    const missing: string[] = [];
    for (const t of terms) {
      const n = this.df.get(t);
      if (n === undefined) missing.push(t);
      else if (n > 0) out.set(t, n);
    }
    if (missing.length === 0) return out;
    if (this.df.size + missing.length > MAX_ENTRIES) this.df.clear();
    for (const t of missing) this.df.set(t, 0);
    for (const r of this.read.all(JSON.stringify(missing)) as { term: string; df: number }[]) {
      this.df.set(r.term, r.df);
      out.set(r.term, r.df);
    }
    return out;
  }

  /** Apply the increments of an article whose row is now part of the transaction. */
  bumped(terms: Iterable<string>): void {
    for (const t of terms) {
      const n = this.df.get(t);
      if (n !== undefined) this.df.set(t, n + 1);
    }
  }

  /** Forget everything (after a rollback of increments already applied). */
  clear(): void {
    this.df.clear();
  }
}
