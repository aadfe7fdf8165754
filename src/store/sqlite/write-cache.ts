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
import { DocFreqMap, evictOldest } from '../doc-freq-map.js';

/** Profiles kept before the oldest quarter is dropped (~10 KiB a profile). */
const MAX_PROFILES = 10_000;

export class WriteCache {
  private readonly df = new DocFreqMap();
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
    const { found, missing } = this.df.lookup(terms);
    if (missing.length === 0) return found;
    return this.df.fill(missing, this.read.all(JSON.stringify(missing)) as { term: string; df: number }[], found);
  }

  /** Apply the increments of an article whose row is now part of the transaction. */
  bumped(terms: Iterable<string>): void {
    this.df.bumped(terms);
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
