/**
 * Clustering settings in one place, with the reason for each default (see docs/clustering.md).
 */

export interface ClusterOptions {
  /** Day (days since 1970-01-01 UTC) used for an article with no publication date. @default 0 */
  readonly ingestDay?: number;
  /** Characters of body text read after the title: the lead carries the story's who/where/what. @default 1500 */
  readonly leadChars?: number;
  /** Candidate stories must overlap [day − window, day + window]. @default 4 */
  readonly windowDays?: number;
  /** Candidate stories fetched per article (bounds the cost per article). @default 20 */
  readonly candidateLimit?: number;
  /** Minimum combined score to join a story. @default 0.3 */
  readonly joinThreshold?: number;
  /**
   * Minimum combined score to join a story that already runs on the article's day (the article's
   * publication day lies in the story's first–last day) when the two share at least two names, or
   * the article's title and a member's title name the same rare name.
   * @default 0.15
   */
  readonly sameDayJoinThreshold?: number;
  /**
   * Minimum combined score to join a story that already runs on the article's day when both
   * same-day conditions hold at once: two shared names, and a rare name in the article's title
   * and a member's title. @default 0.1
   */
  readonly sameDayTwiceVouchedThreshold?: number;
  /**
   * Minimum combined score to join when the date cannot help: the article is undated, or the
   * story holds only undated and month-only articles. @default 0.4
   */
  readonly undatedJoinThreshold?: number;
  /**
   * Stories up to this many days away (beyond windowDays) are still candidates, at the
   * followUpJoinThreshold: a later article about the same event (a toll rising, a verdict). @default 10
   */
  readonly followUpDays?: number;
  /** Minimum combined score to join a story more than windowDays away (a follow-up). @default 0.45 */
  readonly followUpJoinThreshold?: number;
  /**
   * Days before a dated article that make up "recent news" for a name's share (common names).
   * 0 switches the rule off. @default 30
   */
  readonly recentDays?: number;
  /** Dated articles the recent window must hold before a share means anything. @default 200 */
  readonly minRecentArticles?: number;
  /**
   * A shared name found in at least this share of the recent window's articles (a head of
   * government, a big club) weighs little as shared evidence. @default 0.05
   */
  readonly commonNameShare?: number;
  /** Minimum combined score for a second candidate to be merged in (bridged). @default 0.42 */
  readonly mergeThreshold?: number;
  /**
   * Minimum story-to-story score (scoreStories, plus one shared name) for a candidate story to
   * merge into a story that just grew: repairs a story split by an outlier arriving first. @default 0.3
   */
  readonly storyMergeThreshold?: number;
}

/** Resolved options (every field present). */
export type ResolvedClusterOptions = Required<ClusterOptions>;

export const DEFAULT_CLUSTER_OPTIONS: ResolvedClusterOptions = {
  ingestDay: 0,
  // Long enough for the lead paragraphs, short enough that the tail (background, other news) stays out.
  leadChars: 1500,
  // News stories live for days; a 4-day window lets a story that keeps getting articles stay open
  // (its lastDay moves forward) while stopping unrelated events months apart from joining.
  windowDays: 4,
  candidateLimit: 20,
  // Tuned on test/fixtures/cluster-stream (docs/clustering.md): same-story pairs score 0.35–0.9,
  // same-kind different-story pairs stay below 0.25.
  joinThreshold: 0.3,
  // Articles of one story cluster in time: on the partisan stream 242 of 252 dated same-story pairs
  // are published on one day, and different stories met on one day rarely (17 pairs). An article of
  // a story's own day that shares two names with it needs less word overlap (docs/clustering.md);
  // 0.20 and 0.15 both left the generated stream and the written look-alikes apart, 0.15 joined more.
  sameDayJoinThreshold: 0.15,
  // Both same-day conditions at once: on the partisan stream (docs/clustering.md, sixth round) an
  // op-ed and a report of one day naming one politician in both headlines and sharing a second
  // name scored 0.10–0.15 (Paul Ryan's speakership, Tillerson's Russia trip); 0.08 and 0.10 gained
  // the same pairs, 0.12 half of them.
  sameDayTwiceVouchedThreshold: 0.1,
  // With no date, a same-kind story of another year is as near as one of the same week: only
  // content tells them apart, so it must say more (docs/clustering.md).
  undatedJoinThreshold: 0.34,
  // A follow-up days after the event repeats its own words (place, object, figures): on the real-story
  // stream such articles scored 0.54 against the story they follow, 6 days on; same-kind look-alikes
  // of the generated stream stay ≤ 0.30, so a bar well above the join bar keeps them apart.
  followUpDays: 10,
  followUpJoinThreshold: 0.45,
  // A month of news is long enough for the names of the day to stand out from those of every day
  // (a head of government is named in a few per cent of all articles, week after week), short
  // enough to follow who is in the news now. Under 200 articles a share is noise (one story of
  // five articles is a large share of a sparse window), so sparse streams keep all-time weights.
  recentDays: 30,
  minRecentArticles: 200,
  commonNameShare: 0.05,
  // Merging is rarely undone, so it asks for more evidence than joining.
  mergeThreshold: 0.42,
  // Story-to-story scores compare two profiles, each backed by its members, so they are steadier
  // than one article's score; on the mixed stream (docs/clustering.md) halves of one split story
  // score 0.29–0.39 while different stories (incl. same-week same-kind pairs) stay ≤ 0.19.
  storyMergeThreshold: 0.3,
};

/** Options with defaults filled in. */
export function resolveOptions(options: ClusterOptions = {}): ResolvedClusterOptions {
  return { ...DEFAULT_CLUSTER_OPTIONS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
}

/** Caps that keep features and profiles small (stored as JSON with every article and story). */
export const MAX_ARTICLE_TERMS = 40;
export const MAX_ARTICLE_ENTITIES = 16;
export const MAX_PROFILE_TERMS = 120;
export const MAX_PROFILE_ENTITIES = 40;
export const MAX_PROFILE_TITLE_NAMES = 20;
export const MAX_PROFILE_OFFICES = 20;
