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
  /** from the latest analysis; null when the story has not been analysed since it last changed. */
  readonly conflicts: number | null;
  readonly updatedAt: string;
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
  listStories(options?: { readonly since?: string; readonly limit?: number }): Promise<StorySummary[]>;
  storyArticles(storyId: number): Promise<Article[]>;
  storyMembers(storyId: number): Promise<StoryMember[]>;
  /** stories changed since their last analysis. */
  staleStories(limit?: number): Promise<number[]>;
  /** the stored analysis, or null when missing or stale. */
  getAnalysis(storyId: number): Promise<Analysis | null>;
  putAnalysis(storyId: number, analysis: Analysis, basedOnVersion: number): Promise<void>;
  search(query: string, options?: { readonly limit?: number }): Promise<SearchHit[]>;
  counts(): Promise<{ readonly articles: number; readonly stories: number }>;
  close(): Promise<void>;
}

export type { StoryProfile };
