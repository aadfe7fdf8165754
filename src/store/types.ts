/**
 * The store: one interface, two implementations (SQLite: src/store/sqlite, PostgreSQL:
 * src/store/postgres), tested by one shared suite (test/store/store-contract.ts).
 * Every method is async so both implementations fit; every write that must be atomic
 * (an article with its story assignment) happens inside one implementation transaction.
 * SQL only through parameters.
 */
import type { Analysis, Article, Diagnostic } from '../contract/analysis-schema.js';
import type { ArticleFeatures, CandidateSource, ClusterDecision, JoinReason, StoryProfile } from '../cluster/types.js';

export type StoreKind = 'sqlite' | 'postgres';

export interface AddArticleInput {
  readonly article: Article;
  readonly features: ArticleFeatures;
  /** sha-256 (hex) of the normalised text; with `article.url`, the duplicate keys. */
  readonly textHash: string;
  /** pure clustering step, called inside the transaction with candidates loaded from the store. */
  readonly decide: (source: CandidateSource) => Promise<ClusterDecision>;
  /** how the store updates profiles when applying a decision (src/cluster addToProfile/mergeProfiles). */
  readonly profiles: ProfileOps;
}

/**
 * Profile arithmetic the store applies inside its transaction. Passed in (not imported) so a
 * store does not depend on one clusterer and tests can use a simple one.
 */
export interface ProfileOps {
  addToProfile(profile: StoryProfile | undefined, features: ArticleFeatures, storyId: number): StoryProfile;
  /** `a` absorbs `b`: the result keeps `a.storyId`. */
  mergeProfiles(a: StoryProfile, b: StoryProfile): StoryProfile;
}

/** One merge: `into` absorbed `from` when `articleId` bridged them. */
export interface StoryMerge {
  readonly into: number;
  readonly from: number;
  readonly articleId: string;
  readonly reason: JoinReason;
}

/**
 * Where a story that no longer exists went: the story that holds its articles now, after
 * following every merge since (12 → 7 → 3 gives `into` 3, `via` [7]).
 */
export interface StoryRedirect {
  /** the current story that holds the merged story's articles. */
  readonly into: number;
  /** the stories passed through on the way, in merge order (empty for a direct merge). */
  readonly via: readonly number[];
  /** the article whose joining merged the story away (it bridged the two, or they converged when it joined). */
  readonly articleId: string;
}

export type AddArticleResult =
  | { readonly status: 'added'; readonly articleId: string; readonly storyId: number; readonly newStory: boolean; readonly merged: readonly number[] }
  | { readonly status: 'duplicate'; readonly articleId: string; readonly by: 'url' | 'text' };

export interface StorySummary {
  readonly id: number;
  readonly title: string | null;
  readonly articleCount: number;
  readonly outlets: readonly string[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  /** disputed facts, from the latest analysis; null when the story has not been analysed since it last changed. */
  readonly conflicts: number | null;
  /** figures that moved as the story developed (listed with the conflicts in the report); null like `conflicts`. */
  readonly updates: number | null;
  readonly updatedAt: string;
  /** bumped on every change of membership; an analysis records the version it was computed from. */
  readonly version: number;
}

export interface StoryMember {
  readonly articleId: string;
  readonly reason: JoinReason | null;
}

export interface SearchHit {
  readonly articleId: string;
  readonly storyId: number | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** snippet with matches wrapped in the given markers (default « »). */
  readonly snippet: string;
  readonly rank: number;
}

export interface Store extends AsyncDisposable {
  readonly kind: StoreKind;
  /** add one article atomically with its story assignment; duplicates (same URL or text) add nothing. */
  addArticle(input: AddArticleInput): Promise<AddArticleResult>;
  /** ingest diagnostics kept with the run (source, line, reason). */
  addDiagnostics(diagnostics: readonly Diagnostic[]): Promise<void>;
  /** newest first (latest publication date, then id); `since` (ISO date) keeps stories published or changed since. */
  listStories(options?: { readonly since?: string; readonly limit?: number }): Promise<StorySummary[]>;
  /** one story, or null when there is none with this id (or it was merged into another). */
  getStory(storyId: number): Promise<StorySummary | null>;
  /**
   * Where story `storyId` went when it was merged into another, following later merges of the
   * story it went into; null when it is a current story or never existed.
   */
  mergedInto(storyId: number): Promise<StoryRedirect | null>;
  /** merges into this story, oldest first. */
  storyMerges(storyId: number): Promise<StoryMerge[]>;
  storyArticles(storyId: number): Promise<Article[]>;
  storyMembers(storyId: number): Promise<StoryMember[]>;
  /** stories changed since their last analysis. */
  staleStories(limit?: number): Promise<number[]>;
  /** the stored analysis, or null when missing or stale. */
  getAnalysis(storyId: number): Promise<Analysis | null>;
  putAnalysis(storyId: number, analysis: Analysis, basedOnVersion: number): Promise<void>;
  /** words of `query` are matched as terms (no query syntax exposed), best first. */
  search(query: string, options?: { readonly limit?: number; readonly markers?: readonly [string, string] }): Promise<SearchHit[]>;
  counts(): Promise<{ readonly articles: number; readonly stories: number }>;
  /** make every write so far visible to other connections (SQLite commits its open group; PostgreSQL commits each write already). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export type { StoryProfile };
