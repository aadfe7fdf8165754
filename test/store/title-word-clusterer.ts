/**
 * A deliberately simple clusterer for store and corpus tests (never shipped): an article's key
 * is the first word of its title, so tests choose exactly which articles share a story; a title
 * naming two keys ("alpha+beta …") bridges two stories. Candidates must fall within ±7 days.
 */
import type { Article } from '../../src/contract/analysis-schema.js';
import type { ArticleFeatures, CandidateSource, ClusterDecision, StoryProfile } from '../../src/cluster/types.js';
import type { Clusterer } from '../../src/corpus/clusterer.js';
import { textHash } from '../../src/corpus/text-hash.js';
import type { ProfileOps, Store } from '../../src/store/types.js';

const WINDOW = 7;
const dayOf = (published: string | null) => (published ? Math.floor(Date.parse(published.slice(0, 10)) / 86_400_000) : 0);
const sum = (a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>) => {
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
};

export function titleWordFeatures(article: Article): ArticleFeatures {
  const words = (article.title ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const keys = (words[0] ?? '').split('+').filter(Boolean);
  const counts = new Map<string, number>();
  for (const w of words.slice(1)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { day: dayOf(article.published), terms: [...counts], entities: keys, indexKeys: keys.map((k) => `k:${k}`) };
}

export async function titleWordDecide(f: ArticleFeatures, source: CandidateSource): Promise<ClusterDecision> {
  const found = await source.candidates(f.indexKeys, f.day - WINDOW, f.day + WINDOW, 10);
  const [first, ...rest] = found;
  if (!first) return { kind: 'new' };
  const reason = (p: StoryProfile) => ({ score: 1, sharedTerms: [], sharedEntities: f.entities.filter((e) => e in p.entities) });
  return { kind: 'join', storyId: first.storyId, reason: reason(first), merge: rest.map((p) => ({ storyId: p.storyId, reason: reason(p) })) };
}

export const titleWordClusterer: Clusterer = {
  features: titleWordFeatures,
  decide: titleWordDecide,
  profiles: {
    addToProfile: (p, f, storyId) => ({
      storyId,
      articleCount: (p?.articleCount ?? 0) + 1,
      firstDay: Math.min(p?.firstDay ?? f.day, f.day),
      lastDay: Math.max(p?.lastDay ?? f.day, f.day),
      terms: sum(p?.terms ?? {}, Object.fromEntries(f.terms)),
      entities: sum(p?.entities ?? {}, Object.fromEntries(f.entities.map((e) => [e, 1]))),
    }),
    mergeProfiles: (a, b) => ({
      storyId: a.storyId,
      articleCount: a.articleCount + b.articleCount,
      firstDay: Math.min(a.firstDay, b.firstDay),
      lastDay: Math.max(a.lastDay, b.lastDay),
      terms: sum(a.terms, b.terms),
      entities: sum(a.entities, b.entities),
    }),
  },
};

/** An article for tests: the title's first word is its story key. */
export function testArticle(id: string, title: string, text: string, extra: Partial<Article> = {}): Article {
  const base: Article = { id, source: `${id}.txt`, url: `https://news.example/${id}`, outlet: 'Example Post', outletFrom: 'url', title, author: null, published: '2026-03-02', language: 'en', text, removed: [], wordCount: text.split(/\s+/).filter(Boolean).length };
  return { ...base, ...extra };
}

/**
 * Add `a` to `store` with the title-word clusterer; `check` sees the candidate source the
 * clusterer reads (inside the store's transaction), `profiles` can replace the profile operations.
 */
export function addWithTitleWords(store: Store, a: Article, check?: (src: CandidateSource) => Promise<void>, profiles: ProfileOps = titleWordClusterer.profiles) {
  const features = titleWordClusterer.features(a);
  return store.addArticle({
    article: a,
    features,
    textHash: textHash(a.text),
    decide: async (src) => {
      await check?.(src);
      return titleWordClusterer.decide(features, src);
    },
    profiles,
  });
}
