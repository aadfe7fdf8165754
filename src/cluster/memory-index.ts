/**
 * The online loop in memory: a CandidateSource over story profiles kept in maps, with the same
 * key index a store keeps (key → stories), so tests and `npm run eval` exercise exactly the
 * pure pieces the stores call.
 */
import type { Article } from '../contract/analysis-schema.js';
import { decide } from './decide.js';
import { clusterFeatures } from './features.js';
import type { ClusterOptions } from './options.js';
import { addToProfile, mergeProfiles } from './profile.js';
import type { ArticleFeatures, CandidateSource, ClusterDecision, RecentNames, StoryProfile } from './types.js';

export class MemoryClusterIndex implements CandidateSource {
  private readonly profiles = new Map<number, StoryProfile>();
  private readonly keys = new Map<string, Set<number>>();
  private readonly df = new Map<string, number>();
  private readonly owner = new Map<string, number>();
  /** day → name key → dated articles of that day naming it; day → dated articles (recentNames). */
  private readonly namesByDay = new Map<number, Map<string, number>>();
  private readonly articlesByDay = new Map<number, number>();
  private articles = 0;
  private nextId = 1;

  candidates(keys: readonly string[], fromDay: number, toDay: number, limit: number): Promise<StoryProfile[]> {
    const shared = new Map<number, number>();
    for (const k of new Set(keys)) for (const id of this.keys.get(k) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const out = [...shared]
      .map(([id, n]) => [this.profiles.get(id), n] as const)
      .filter((e): e is readonly [StoryProfile, number] => e[0] !== undefined && (e[0].undated === true || (e[0].firstDay <= toDay && e[0].lastDay >= fromDay)))
      .sort((a, b) => b[1] - a[1] || a[0].storyId - b[0].storyId)
      .slice(0, Math.max(0, limit));
    return Promise.resolve(out.map(([p]) => p));
  }

  docFreq(terms: readonly string[]): Promise<ReadonlyMap<string, number>> {
    return Promise.resolve(new Map(terms.flatMap((t) => (this.df.has(t) ? [[t, this.df.get(t) ?? 0] as const] : []))));
  }

  docCount(): Promise<number> {
    return Promise.resolve(this.articles);
  }

  recentNames(names: readonly string[], fromDay: number, toDay: number): Promise<RecentNames> {
    const counts = new Map<string, number>();
    let articles = 0;
    for (let day = fromDay; day <= toDay; day++) {
      articles += this.articlesByDay.get(day) ?? 0;
      const byName = this.namesByDay.get(day);
      if (byName) for (const n of names) counts.set(n, (counts.get(n) ?? 0) + (byName.get(n) ?? 0));
    }
    return Promise.resolve({ counts, articles });
  }

  /** Apply `decision` for article `articleId`; returns the story it now belongs to. */
  add(articleId: string, features: ArticleFeatures, decision: ClusterDecision): number {
    let storyId = decision.kind === 'join' ? decision.storyId : this.nextId++;
    let profile = this.profiles.get(storyId);
    if (decision.kind === 'join') {
      for (const m of decision.merge) {
        const from = this.profiles.get(m.storyId);
        if (!from || !profile || m.storyId === storyId) continue;
        profile = mergeProfiles(profile, from);
        this.profiles.delete(m.storyId);
        for (const ids of this.keys.values()) if (ids.delete(m.storyId)) ids.add(storyId);
        for (const [a, s] of this.owner) if (s === m.storyId) this.owner.set(a, storyId);
      }
    }
    storyId = profile?.storyId ?? storyId;
    this.profiles.set(storyId, addToProfile(profile, features, storyId));
    for (const k of features.indexKeys) {
      const ids = this.keys.get(k) ?? new Set<number>();
      ids.add(storyId);
      this.keys.set(k, ids);
    }
    for (const t of new Set(features.terms.map(([t]) => t))) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    if (!features.days) {
      const byName = this.namesByDay.get(features.day) ?? new Map<string, number>();
      for (const e of new Set(features.entities)) byName.set(e, (byName.get(e) ?? 0) + 1);
      this.namesByDay.set(features.day, byName);
      this.articlesByDay.set(features.day, (this.articlesByDay.get(features.day) ?? 0) + 1);
    }
    this.articles++;
    this.owner.set(articleId, storyId);
    return storyId;
  }

  /** Current story of every added article (merges applied). */
  assignments(): Map<string, number> {
    return new Map(this.owner);
  }

  /** The profile of a live story (undefined once merged away). */
  profile(storyId: number): StoryProfile | undefined {
    return this.profiles.get(storyId);
  }
}

/** Per-article record of the online run, for explaining decisions (eval --explain, tests). */
export interface ClusterStep {
  readonly articleId: string;
  readonly decision: ClusterDecision;
}

/**
 * Cluster `articles` online, in the order given: article id → story id.
 * `onStep` sees every decision (why an article joined, which stories it bridged).
 */
export async function clusterArticles(
  articles: readonly Article[],
  options?: ClusterOptions & { readonly onStep?: (step: ClusterStep) => void },
): Promise<Map<string, number>> {
  const index = new MemoryClusterIndex();
  for (const article of articles) {
    const features = clusterFeatures(article, options);
    const decision = await decide(features, index, options);
    options?.onStep?.({ articleId: article.id, decision });
    index.add(article.id, features, decision);
  }
  return index.assignments();
}
