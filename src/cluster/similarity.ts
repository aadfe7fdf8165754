/**
 * Step 2 of clustering: how well an article fits a story profile. TF-IDF cosine over terms plus
 * an overlap score over shared names, combined; the shared terms and names with the largest
 * contributions become the reason shown to users.
 */
import { namesSamePerson, surnamesOf } from './person-surnames.js';
import { foldTerm, isNameKey } from './text-keys.js';
import type { ArticleFeatures, JoinReason, StoryProfile } from './types.js';

/** Weight of the term cosine; the rest goes to shared names. */
const TERM_WEIGHT = 0.6;
/** Shared names (weighted by rarity) that make the name score 1. */
const NAMES_FOR_FULL_SCORE = 3;
const REASON_ITEMS = 6;
/**
 * Term cosine (names' words left out) at which shared names count in full. Below it, names count
 * in proportion: a shared actor (a head of government, a club) with none of the event's own words
 * is not a shared story (issue 17: event identity over actor identity).
 */
export const EVENT_COSINE_FOR_NAMES = 0.2;

/** The words of names (folded like terms) and the names themselves: kept out of the event cosine. */
export function nameWords(...entityLists: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const list of entityLists) {
    for (const e of list) {
      out.add(e);
      for (const w of wordsOfName(e)) out.add(w);
    }
  }
  return out;
}

/** Folded words per name, remembered: every candidate profile repeats its names for every article scored against it. */
const NAME_WORDS = new Map<string, readonly string[]>();
const NAME_WORDS_CAP = 50_000;

function wordsOfName(name: string): readonly string[] {
  let words = NAME_WORDS.get(name);
  if (words === undefined) {
    if (NAME_WORDS.size >= NAME_WORDS_CAP) NAME_WORDS.clear();
    words = name.split(' ').map(foldTerm);
    NAME_WORDS.set(name, words);
  }
  return words;
}

/** The combined score: term cosine plus shared names, the names gated by the event cosine (names' words left out). */
export function combine(cosine: number, eventCosine: number, nameScore: number): number {
  return TERM_WEIGHT * cosine + (1 - TERM_WEIGHT) * nameScore * Math.min(1, eventCosine / EVENT_COSINE_FOR_NAMES);
}

/** Inverse document frequency, smoothed so an empty store (n = 0) gives every term weight 1. */
export type Idf = (term: string) => number;

/** An Idf from document frequencies and the article count. */
export function idfFrom(df: ReadonlyMap<string, number>, docCount: number): Idf {
  return (term) => Math.log((docCount + 1) / ((df.get(term) ?? 0) + 1)) + 1;
}

/** The term a name is counted under in document frequencies (single words are folded like terms). */
export function entityTerm(entity: string): string {
  return entity.includes(' ') ? entity : foldTerm(entity);
}

const NO_NAMES: ReadonlySet<string> = new Set();

const byScoreThenKey = (a: readonly [string, number], b: readonly [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

/**
 * Weight of a shared name common in recent news (CandidateSource.recentNames), against 1 for any
 * other: it still says the stories are about the same people, but not that they are one event.
 */
export const COMMON_NAME_WEIGHT = 0.2;

/**
 * Score in [0, 1] with the reason; `idf` must know every term of the article and the profile.
 * Shared names in `common` (frequent in recent news) weigh COMMON_NAME_WEIGHT of their rarity weight.
 */
export function scoreProfile(f: ArticleFeatures, p: StoryProfile, idf: Idf, common: ReadonlySet<string> = NO_NAMES): JoinReason {
  // Article: sublinear tf; profile: square root of the mean count per member, so a story's core
  // vocabulary outweighs words one member used once.
  const n = Math.max(1, p.articleCount);
  const names = f.entities.filter(isNameKey);
  const skip = nameWords(names, Object.keys(p.entities));
  let aNorm = 0;
  let aEventNorm = 0;
  const a = new Map<string, number>();
  for (const [t, c] of f.terms) {
    const w = (1 + Math.log(c)) * idf(t);
    a.set(t, w);
    aNorm += w * w;
    if (!skip.has(t)) aEventNorm += w * w;
  }
  let pNorm = 0;
  let dot = 0;
  const contrib: [string, number][] = [];
  let pEventNorm = 0;
  let eventDot = 0;
  for (const [t, c] of Object.entries(p.terms)) {
    const w = Math.sqrt(c / n) * idf(t);
    const event = !skip.has(t);
    pNorm += w * w;
    if (event) pEventNorm += w * w;
    const wa = a.get(t);
    if (wa !== undefined) {
      dot += wa * w;
      if (event) eventDot += wa * w;
      contrib.push([t, wa * w]);
    }
  }
  const cosine = aNorm > 0 && pNorm > 0 ? dot / Math.sqrt(aNorm * pNorm) : 0;
  // Fragments ("g", "co") in features computed before nameKeys dropped them count for nothing: they have no
  // document frequency, so they would pass for the rarest names and would also set the rarity scale.
  const has = (e: string) => (p.entities[e] ?? 0) > 0;
  const surnames = () => surnamesOf(p.entities);
  const shared: [string, number][] = names.filter((e) => namesSamePerson(e, has, surnames)).map((e) => [e, idf(entityTerm(e))]);
  const maxIdf = Math.max(1, ...names.map((e) => idf(entityTerm(e))));
  const nameScore = Math.min(1, shared.reduce((s, [e, w]) => s + (w / maxIdf) * (common.has(e) ? COMMON_NAME_WEIGHT : 1), 0) / NAMES_FOR_FULL_SCORE);
  const eventCosine = aEventNorm > 0 && pEventNorm > 0 ? eventDot / Math.sqrt(aEventNorm * pEventNorm) : 0;
  const score = combine(cosine, eventCosine, nameScore);
  return {
    score: Math.round(score * 1000) / 1000,
    sharedTerms: contrib.sort(byScoreThenKey).slice(0, REASON_ITEMS).map(([t]) => t),
    sharedEntities: shared.sort(byScoreThenKey).slice(0, REASON_ITEMS).map(([e]) => e),
  };
}
