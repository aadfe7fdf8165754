/**
 * Exact in-memory caches for the SQLite write path: term document frequencies and parsed story
 * profiles.
 *
 * Every clustering decision needs up to 20 candidate profiles and the document frequency of their
 * terms (≈ 2,000); reading `term_df` and parsing profile JSON were the largest costs per article.
 * The caches stay exact because this connection is the only writer while it holds the write
 * lock: it applies its own increments as it makes them, profiles are keyed by the story's
 * version (bumped on every change), and everything is forgotten when `PRAGMA data_version` shows
 * that another connection has committed in the meantime, or when a group is rolled back.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { StoryProfile } from '../../cluster/types.js';

/** Entries kept before a cache starts over (bounds memory: ~100 bytes a term, ~10 KiB a profile). */
const MAX_TERMS = 400_000;
const MAX_PROFILES = 10_000;

/**
 * Drop the `count` oldest entries. The stream moves on in time, so the oldest entries (terms and
 * stories of days gone by) are the least likely to be asked for again; clearing everything at once
 * made every full cache start cold.
 */
function evictOldest<K, V>(map: Map<K, V>, count: number): void {
  let left = Math.ceil(count);
  for (const key of map.keys()) {
    if (left-- <= 0) break;
    map.delete(key);
  }
}

export class WriteCache {
  private readonly df = new Map<string, number>();
  private readonly profiles = new Map<number, { readonly version: number; readonly profile: StoryProfile }>();
  private readonly readProfile: Statement;
  private readonly read: Statement;
  private readonly version: Statement;
  private seenVersion: number | null = null;

  constructor(db: Database) {
    this.read = db.prepare('SELECT term, df FROM term_df WHERE term IN (SELECT value FROM json_each(?))');
    this.version = db.prepare('PRAGMA data_version').pluck();
    this.readProfile = db.prepare('SELECT profile FROM stories WHERE id = ?').pluck();
  }

  /** Call at the start of each write transaction: drops the cache if another connection wrote. */
  revalidate(): void {
    const v = this.version.get() as number;
    if (v !== this.seenVersion) this.clear();
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
    if (this.df.size + missing.length > MAX_TERMS) evictOldest(this.df, this.df.size / 4 + missing.length);
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

  /** The profile of story `id` at `version`, parsed once per version. */
  profile(id: number, version: number): StoryProfile {
    const hit = this.profiles.get(id);
    this.profiles.delete(id); // re-inserted below: the map's order is least recently used first
    if (hit?.version === version) {
      this.profiles.set(id, hit);
      return hit.profile;
    }
    const profile = JSON.parse(this.readProfile.get(id) as string) as StoryProfile;
    if (this.profiles.size >= MAX_PROFILES) evictOldest(this.profiles, MAX_PROFILES / 4);
    this.profiles.set(id, { version, profile });
    return profile;
  }

  /** Forget everything (another connection wrote, or a group was rolled back). */
  clear(): void {
    this.df.clear();
    this.profiles.clear();
  }
}
