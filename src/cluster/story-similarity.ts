/**
 * Story-to-story similarity, for repairing early splits (converge.ts): the same two signals as
 * scoreProfile (similarity.ts) — TF-IDF cosine over terms and shared names weighted by rarity —
 * but between two story profiles, so it is symmetric. Both profiles are weighted as scoreProfile
 * weighs a profile (√(mean count per member) × idf): a story's core vocabulary counts, words one
 * member used once barely do.
 */
import { combine, entityTerm, nameWords, type Idf } from './similarity.js';
import { isNameKey } from './text-keys.js';
import type { JoinReason, StoryProfile } from './types.js';

const NAMES_FOR_FULL_SCORE = 3;
const REASON_ITEMS = 6;

const byScoreThenKey = (a: readonly [string, number], b: readonly [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

function weights(p: StoryProfile, idf: Idf): Map<string, number> {
  const n = Math.max(1, p.articleCount);
  return new Map(Object.entries(p.terms).map(([t, c]) => [t, Math.sqrt(c / n) * idf(t)]));
}

/** Cosine of two weight maps over the terms `keep` accepts. */
function cosineOf(wa: ReadonlyMap<string, number>, wb: ReadonlyMap<string, number>, keep: (t: string) => boolean): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, x] of wa) {
    if (!keep(t)) continue;
    na += x * x;
    const y = wb.get(t);
    if (y !== undefined) dot += x * y;
  }
  for (const [t, y] of wb) if (keep(t)) nb += y * y;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

const norm = (w: ReadonlyMap<string, number>) => Math.sqrt([...w.values()].reduce((s, x) => s + x * x, 0));

/**
 * Score in [0, 1] of two stories being one, with the reason (shared terms by cosine contribution,
 * shared names rarest first). `idf` must know every term and name term of both profiles.
 */
export function scoreStories(a: StoryProfile, b: StoryProfile, idf: Idf): JoinReason {
  // as in scoreProfile: names' words count as names only, and the event cosine gates them.
  const skip = nameWords(Object.keys(a.entities), Object.keys(b.entities));
  const wa = weights(a, idf);
  const wb = weights(b, idf);
  const contrib: [string, number][] = [];
  let dot = 0;
  for (const [t, x] of wa) {
    const y = wb.get(t);
    if (y === undefined) continue;
    dot += x * y;
    contrib.push([t, x * y]);
  }
  const na = norm(wa);
  const nb = norm(wb);
  const cosine = na > 0 && nb > 0 ? dot / (na * nb) : 0;
  // Profiles stored before fragments were dropped may still hold them ("co", "g"): a merge must not rest on them.
  const ea = Object.keys(a.entities).filter(isNameKey);
  const eb = Object.keys(b.entities).filter(isNameKey);
  const inB = new Set(eb);
  const shared: [string, number][] = ea.filter((e) => inB.has(e)).map((e) => [e, idf(entityTerm(e))]);
  // The rarest name of either story sets the scale, so the score does not depend on argument order.
  const maxIdf = Math.max(1, ...[...ea, ...eb].map((e) => idf(entityTerm(e))));
  const names = Math.min(1, shared.reduce((s, [, w]) => s + w / maxIdf, 0) / NAMES_FOR_FULL_SCORE);
  const score = combine(cosine, cosineOf(wa, wb, (t) => !skip.has(t)), names);
  return {
    score: Math.round(score * 1000) / 1000,
    sharedTerms: contrib.sort(byScoreThenKey).slice(0, REASON_ITEMS).map(([t]) => t),
    sharedEntities: shared.sort(byScoreThenKey).slice(0, REASON_ITEMS).map(([e]) => e),
  };
}
