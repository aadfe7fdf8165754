/**
 * Step 3 of clustering: the decision for one article. Candidates come from the source's key
 * index within the time window (never a scan of all stories); each is scored against the
 * article; the best one at or above the join threshold wins, and any other at or above the
 * stricter merge threshold is bridged into it. Then the grown story is compared with the remaining
 * candidates, story to story, to repair an early split (converge.ts).
 */
import { convergedStories } from './converge.js';
import { resolveOptions, type ClusterOptions, type ResolvedClusterOptions } from './options.js';
import { officeConflict } from './office-holders.js';
import { MONTH_DAYS } from './profile.js';
import { entityTerm, idfFrom, scoreProfile, type Idf } from './similarity.js';
import { isNameKey } from './text-keys.js';
import { NAME_PARTICLES } from '../lexicon/name-particles.js';
import type { ArticleFeatures, CandidateSource, ClusterDecision, JoinReason, StoryProfile } from './types.js';

/**
 * Shared names a same-day join needs for the lower bar (sameDayJoinThreshold): one shared actor is
 * what same-kind stories of one day also have (two transfers by one club); two are rarely shared by chance.
 */
const SAME_DAY_NAMES = 2;
/**
 * The number of distinct names among shared name keys: a key whose words all belong to a longer
 * shared key is the same name told shorter ("biden" of "joe biden", "putin" of "president vladimir
 * putin"), and a one-word key spelling the initials of a longer one is its initialism ("nra" of
 * "national rifle association", particles left out), so one person or body named two ways counts once.
 * @example distinctNames(['joe biden', 'biden', 'senate']) // 2
 * @example distinctNames(['centers for disease control', 'cdc', 'covid']) // 2
 */
export function distinctNames(names: readonly string[]): number {
  const kept: Set<string>[] = [];
  const initials: string[] = [];
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    const words = n.split(' ');
    if (kept.some((k) => words.every((w) => k.has(w))) || (words.length === 1 && initials.includes(n))) continue;
    kept.push(new Set(words));
    initials.push(words.filter((w) => !NAME_PARTICLES.has(w)).map((w) => w.charAt(0)).join(''));
  }
  return kept.length;
}

/**
 * A title name is rare enough to vouch for a pair when its idf is at least this share of the
 * largest idf (a name no stored article has): on the partisan stream, 0.68 ≈ a name in at most
 * ~3 % of the articles; a head of government or a big party is named far more often.
 */
const RARE_TITLE_NAME = 0.68;

/** Title names the article shares with a story that are rare in the store. */
function rareSharedTitleNames(f: ArticleFeatures, p: StoryProfile, idf: Idf, docCount: number): string[] {
  const unseen = Math.log(docCount + 1) + 1;
  return (f.titleNames ?? []).filter((t) => (p.titleNames?.[t] ?? 0) > 0 && idf(t) >= RARE_TITLE_NAME * unseen);
}

/** Every term whose document frequency the scores need: the article's and the candidates' (terms and names). */
function termsNeeded(f: ArticleFeatures, candidates: readonly StoryProfile[]): string[] {
  const terms = new Set<string>(f.terms.map(([t]) => t));
  for (const e of f.entities) terms.add(entityTerm(e));
  for (const t of f.titleNames ?? []) terms.add(t);
  for (const p of candidates) {
    for (const t of Object.keys(p.terms)) terms.add(t);
    for (const t of Object.keys(p.titleNames ?? {})) terms.add(t);
    for (const e of Object.keys(p.entities)) terms.add(entityTerm(e));
  }
  // Unsorted: the sources look terms up by value, and sorting ~2,000 strings per article was 5–8 % of the ingest CPU.
  return [...terms];
}

/** A story with no dated member and no month either: its window is a placeholder, any day may be its day. */
const anyDay = (p: StoryProfile) => p.undated === true && p.month !== true;

/** Days between the article's possible days [first, last] and a story's window (0 when they overlap; 0 for an undated story). */
function gapDays(first: number, last: number, p: StoryProfile): number {
  return anyDay(p) ? 0 : Math.max(0, p.firstDay - last, first - p.lastDay);
}

/**
 * The article's names shared with some candidate that are common in recent news: named by at
 * least `commonNameShare` of the dated articles of the `recentDays` before it, when those days
 * hold at least `minRecentArticles`. Only a dated article asks (an undated one has no "recent"),
 * and only for names it shares, so the source reads a handful of names per article.
 */
async function commonNames(f: ArticleFeatures, candidates: readonly StoryProfile[], source: CandidateSource, o: ResolvedClusterOptions): Promise<ReadonlySet<string>> {
  if (f.days || o.recentDays <= 0 || !source.recentNames) return NO_NAMES;
  const shared = f.entities.filter((e) => isNameKey(e) && candidates.some((p) => (p.entities[e] ?? 0) > 0));
  if (shared.length === 0) return NO_NAMES;
  const recent = await source.recentNames(shared, f.day - o.recentDays, f.day);
  if (recent.articles < o.minRecentArticles) return NO_NAMES;
  return new Set(shared.filter((e) => (recent.counts.get(e) ?? 0) >= o.commonNameShare * recent.articles));
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** Join, merge or open a new story for an article with features `f`. */
export async function decide(f: ArticleFeatures, source: CandidateSource, options?: ClusterOptions): Promise<ClusterDecision> {
  const o = resolveOptions(options);
  // an article known only to its month, or undated, may be from any of its days: compared by content.
  const [first, last] = f.days ?? [f.day, f.day];
  const near = await source.candidates(f.indexKeys, first - o.windowDays, last + o.windowDays, o.candidateLimit);
  // Follow-ups (a toll rising, a verdict) may come later than the window: stories whose keys are
  // found only further away (up to followUpDays) are candidates too, at the higher follow-up bar.
  const far = o.followUpDays > o.windowDays ? await source.candidates(f.indexKeys, first - o.followUpDays, last + o.followUpDays, o.candidateLimit) : [];
  const nearIds = new Set(near.map((p) => p.storyId));
  const reach = (p: StoryProfile) => (nearIds.has(p.storyId) ? o.windowDays : o.followUpDays);
  // A source may return a story twice or outside the window; both are harmless but filtered here.
  const seen = new Set<number>();
  const candidates = [...near, ...far].filter((p) => !seen.has(p.storyId) && seen.add(p.storyId) && gapDays(first, last, p) <= reach(p));
  if (candidates.length === 0) return { kind: 'new' };
  const byId = new Map(candidates.map((p) => [p.storyId, p]));
  const profileOf = (id: number) => byId.get(id)!;
  const [df, docCount] = await Promise.all([source.docFreq(termsNeeded(f, candidates)), source.docCount()]);
  const idf = idfFrom(df, docCount);
  const common = await commonNames(f, candidates, source, o);
  // undated on either side: the date does not vouch for the pair, so content must clear a higher bar.
  // A month-only article, or a story whose members are known only to their month, is dated to that month.
  const articleUndated = last - first > MONTH_DAYS;
  const bar = (p: StoryProfile, r: JoinReason) => {
    // with no date on one side, who holds an office dates it: another term's story is never joined.
    if (articleUndated || anyDay(p)) return officeConflict(f.offices, p.offices) ? Infinity : o.undatedJoinThreshold;
    if (!nearIds.has(p.storyId) || gapDays(first, last, p) > o.windowDays) return o.followUpJoinThreshold;
    // a dated article on a day a dated story already runs, whose title names what a member's title
    // names (a rare name), or that shares two names with it: the date and the names vouch for the
    // pair. Both at once (an op-ed and a report naming one senator in their headlines and sharing
    // a second name) vouch more than either alone.
    const sameDay = !f.days && !p.undated && p.firstDay <= f.day && f.day <= p.lastDay;
    if (!sameDay) return o.joinThreshold;
    const byNames = distinctNames(r.sharedEntities.filter((e) => !common.has(e))) >= SAME_DAY_NAMES;
    const byTitle = rareSharedTitleNames(f, p, idf, docCount).length > 0;
    if (byNames && byTitle) return o.sameDayTwiceVouchedThreshold;
    return byNames || byTitle ? o.sameDayJoinThreshold : o.joinThreshold;
  };
  const scored: { storyId: number; reason: JoinReason }[] = candidates
    .map((p) => ({ storyId: p.storyId, reason: scoreProfile(f, p, idf, common) }))
    .filter((c) => c.reason.score >= bar(profileOf(c.storyId), c.reason))
    .sort((a, b) => b.reason.score - a.reason.score || a.storyId - b.storyId);
  const [best, ...rest] = scored;
  if (!best) return { kind: 'new' };
  // An article of unknown day found candidates over its whole month or over all time: it may
  // merge only stories near the one it joins, or it would chain stories of different years.
  const joined = profileOf(best.storyId);
  // Follow-up candidates (found only beyond the window) may be joined, never merged: a merge needs the window.
  const mergeable = (p: StoryProfile) =>
    nearIds.has(p.storyId) && (!f.days || (!anyDay(joined) && !anyDay(p) && p.firstDay - o.windowDays <= joined.lastDay && joined.firstDay <= p.lastDay + o.windowDays));
  const bridged = rest.filter((c) => c.reason.score >= o.mergeThreshold && mergeable(profileOf(c.storyId)));
  const inGrown = new Set([best.storyId, ...bridged.map((b) => b.storyId)]);
  const others = candidates.filter((p) => !inGrown.has(p.storyId) && mergeable(p));
  const converged = convergedStories(joined, bridged.map((b) => profileOf(b.storyId)), f, others, idf, o.storyMergeThreshold);
  return { kind: 'join', storyId: best.storyId, reason: best.reason, merge: [...bridged, ...converged] };
}
