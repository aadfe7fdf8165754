/**
 * Online story clustering: the records exchanged between the pure clustering stage (src/cluster)
 * and a store (src/store) that persists story profiles and the candidate index.
 *
 * Flow for one new article (inside one store transaction, so a crash leaves no half-assigned article):
 *   features = clusterFeatures(article)                       (pure, src/cluster)
 *   candidates = await source.candidates(features.indexKeys, window)   (store or MemoryClusterIndex)
 *   df = await source.docFreq(terms)                          (store or MemoryClusterIndex)
 *   decision = decide(features, candidates, df, docCount)     (pure, src/cluster)
 *   store applies the decision: new story or join, merges, profile update, index keys, df counts.
 * Candidate lookup goes through index keys (MinHash-LSH bands, entity keys), never a scan of all
 * stories, so the cost per article does not grow with the store.
 */

/** What clustering needs of one article; computed once, stored with the article. */
export interface ArticleFeatures {
  /** day number (days since 1970-01-01, UTC) of publication, or of ingestion when undated. */
  readonly day: number;
  /** the days the article may be from when its day is not known: its month's, or any day when undated. */
  readonly days?: readonly [number, number];
  /** content terms (lower-case words and name keys) with raw counts, most frequent first, capped. */
  readonly terms: readonly (readonly [term: string, count: number])[];
  /** normalised names of people, organisations and places (light rule, no full extraction). */
  readonly entities: readonly string[];
  /**
   * words of the cleaned title that are also words of the article's names ("disney", "sinema"):
   * the title says what the article is about, and a name in it is the event's own. Absent in
   * features stored before titles were read this way.
   */
  readonly titleNames?: readonly string[];
  /** keys for candidate lookup (LSH band hashes, entity keys); the store indexes stories by them. */
  readonly indexKeys: readonly string[];
  /**
   * holders of single-holder offices the text names ("president=obama", office-holders.ts): they
   * date an undated article. Absent when it names none, and in features stored before they were read.
   */
  readonly offices?: readonly string[];
}

/** A story as clustering sees it: a running profile, updated as articles join. */
export interface StoryProfile {
  readonly storyId: number;
  readonly articleCount: number;
  readonly firstDay: number;
  readonly lastDay: number;
  /**
   * set while every member is undated or known only to its month: firstDay–lastDay is then only
   * a placeholder (the first member's day), replaced by the first dated member's day.
   */
  readonly undated?: true;
  /**
   * set with `undated` when some member is known to its month and none to its day: firstDay–lastDay
   * is then the month (or months) the story may be from, not a placeholder, and a dated article
   * of those days meets it at the ordinary bar.
   */
  readonly month?: true;
  /** summed term counts of member articles (capped to the strongest terms). */
  readonly terms: Readonly<Record<string, number>>;
  /** entity key → number of member articles naming it. */
  readonly entities: Readonly<Record<string, number>>;
  /** title name word (ArticleFeatures.titleNames) → number of member articles whose title has it. */
  readonly titleNames?: Readonly<Record<string, number>>;
  /** office-holder key (ArticleFeatures.offices) → number of member articles naming it. */
  readonly offices?: Readonly<Record<string, number>>;
}

/** Why an article joined a story: shown to users (`crosscheck story`, the web UI). */
export interface JoinReason {
  readonly score: number;
  readonly sharedTerms: readonly string[];
  readonly sharedEntities: readonly string[];
  /**
   * Set on a merge whose score compares the two stories' profiles (a split repaired once the
   * grown story converged with another, converge.ts); absent when the article itself scored
   * against the story (a join, or a bridge).
   */
  readonly basis?: 'story';
}

export type ClusterDecision =
  | { readonly kind: 'new' }
  | {
      readonly kind: 'join';
      readonly storyId: number;
      readonly reason: JoinReason;
      /**
       * other candidate stories the store merges into storyId: those this article bridges, then
       * those whose profile converges with the grown story (reason.basis 'story').
       */
      readonly merge: readonly { readonly storyId: number; readonly reason: JoinReason }[];
    };

/** Where candidates and document frequencies come from: a store, or an in-memory index for tests. */
export interface CandidateSource {
  /** stories holding any of the keys whose day range overlaps [fromDay, toDay]; at most `limit`. */
  candidates(keys: readonly string[], fromDay: number, toDay: number, limit: number): Promise<StoryProfile[]>;
  /** number of stored articles containing each term (missing = 0). */
  docFreq(terms: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** number of articles stored. */
  docCount(): Promise<number>;
  /**
   * How many stored dated articles of days fromDay–toDay name each of `names` (name keys), and how
   * many dated articles those days hold: a name's share of recent news (decide.ts). Optional: a
   * source without it leaves every name its all-time weight.
   */
  recentNames?(names: readonly string[], fromDay: number, toDay: number): Promise<RecentNames>;
}

/** Recent document frequencies of names (CandidateSource.recentNames). */
export interface RecentNames {
  /** name key → dated articles of the window naming it (missing = 0). */
  readonly counts: ReadonlyMap<string, number>;
  /** dated articles in the window. */
  readonly articles: number;
}
