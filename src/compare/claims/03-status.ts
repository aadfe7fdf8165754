/**
 * Step 3: the status of one block — single (one article), agreed (all values compatible),
 * updated (a running count moving with report time) or conflict (no reading reconciles the values),
 * and for a conflict or update the reason in words.
 */
import type { ClaimStatus } from '../../contract/analysis-schema.js';
import { ONGOING_STATES, RUNNING_COUNT_HEADS, RUNNING_COUNT_STATES, RUNNING_DIMENSIONS, TRACKED_STATES } from '../../lexicon/quantity-states.js';
import { quantityExtras, quantityTopicKey } from '../../extract/quantities/index.js';
import { keyGroup } from '../../extract/quantities/sum-parts.js';
import type { BlockEntry } from './01-block.js';
import { comparedValue, figuresCompatible, sameReading } from './02-intervals.js';

/** Code-unit order: locale-independent, so output is byte-identical everywhere. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A later count of a running total may be revised down by at most this share ("288" then "275" after double counting). */
export const REVISION_SHARE = 0.1;

const DAY_MS = 86_400_000;

/**
 * When an article reported a figure: its publication time, or, when the figure's sentence gives
 * the time of day it is for ("as of 8 p.m."), that time on the publication day. NaN when undated.
 */
export function reportTime(e: BlockEntry): number {
  if (!e.published) return NaN;
  const t = Date.parse(e.published);
  const asOf = quantityExtras(e.record).asOf;
  return asOf === null || Number.isNaN(t) ? t : Math.floor(t / DAY_MS) * DAY_MS + asOf * 60_000;
}

/** One article's figure in an update sequence; time is NaN for an undated article placed by its value. */
export interface UpdateStep {
  readonly entry: BlockEntry;
  readonly time: number;
}

/**
 * How a figure may move between articles: 'grows' for running counts (deaths, injured, votes
 * counted, a fire's area), 'moves' for tracked figures (a lead, a price), null when it should not
 * change at all (hostages held on one day, an age, a fee).
 */
export function runningKind(entry: BlockEntry): 'grows' | 'moves' | null {
  if (entry.record.claimKind !== 'quantity') return null;
  const [, group = '', state = '', proposed] = quantityTopicKey(entry.record).split('|');
  if (proposed === 'proposed') return null;
  if (TRACKED_STATES.has(state)) return 'moves';
  return RUNNING_COUNT_STATES.has(state) || RUNNING_COUNT_HEADS.has(group) || RUNNING_DIMENSIONS.has(group) ? 'grows' : null;
}

/** Distinct figures of the entries (same qualifier, value and text compared once). */
function distinct(entries: readonly BlockEntry[]): BlockEntry[] {
  const seen = new Map<string, BlockEntry>();
  for (const e of entries) if (!seen.has(figureKey(e))) seen.set(figureKey(e), e);
  return [...seen.values()];
}

const figureKey = (e: BlockEntry): string => `${e.record.qualifier ?? ''}|${e.record.value}|${e.record.unit ?? ''}|${e.record.text}`;

/** All pairs of distinct figures compatible? */
export function allCompatible(entries: readonly BlockEntry[]): boolean {
  return incompatiblePairs(entries).length === 0;
}

/** The pairs of distinct figures that no interval reconciles. */
function incompatiblePairs(entries: readonly BlockEntry[]): [BlockEntry, BlockEntry][] {
  const d = distinct(entries);
  const out: [BlockEntry, BlockEntry][] = [];
  for (let i = 0; i < d.length; i++) for (let j = i + 1; j < d.length; j++) if (!figuresCompatible(d[i]!.record, d[j]!.record)) out.push([d[i]!, d[j]!]);
  return out;
}

/** The entries of each article, in entry order. */
function entriesByArticle(entries: readonly BlockEntry[]): Map<string, BlockEntry[]> {
  const byArticle = new Map<string, BlockEntry[]>();
  for (const e of entries) {
    const list = byArticle.get(e.article);
    if (list) list.push(e);
    else byArticle.set(e.article, [e]);
  }
  return byArticle;
}

/** Does one article state two incompatible figures, one compatible with `a`, the other with `b`? */
function statedTogether(byArticle: ReadonlyMap<string, readonly BlockEntry[]>, a: BlockEntry, b: BlockEntry): boolean {
  for (const es of byArticle.values()) {
    const xs = es.filter((x) => figuresCompatible(x.record, a.record));
    const ys = es.filter((y) => figuresCompatible(y.record, b.record));
    if (xs.some((x) => ys.some((y) => !figuresCompatible(x.record, y.record)))) return true;
  }
  return false;
}

/** A whole and its parts as one article states them ("10 matches — three …, seven …"), for the thing counted (`group`). */
export interface SumRelation {
  readonly group: string;
  readonly whole: number;
  readonly parts: readonly number[];
}

/** Is `whole` the whole and `part` one of its parts in a sum some article states about this block's thing? */
function summedApart(whole: BlockEntry, part: BlockEntry, sums: readonly SumRelation[]): boolean {
  const group = keyGroup(quantityTopicKey(whole.record));
  return sums.some((r) => r.group === group && r.whole === whole.record.value && r.parts.includes(part.record.value));
}

/**
 * Different referents: when every pair of incompatible figures is stated together by one article
 * ("eight models … 134 models", "27.1% of deaths in women and 18.9% in men"), the topic covers
 * several things, not a disagreement; so is a pair that some article gives as a whole and one of
 * its parts (`sums`). The block is then split into groups of compatible figures,
 * each compared on its own. Returns null when some incompatible pair is not stated together.
 */
export function splitByReferent(entries: readonly BlockEntry[], sums: readonly SumRelation[] = []): BlockEntry[][] | null {
  const pairs = incompatiblePairs(entries);
  if (pairs.length === 0) return null;
  // grouped once for all pairs: a large story has many pairs over the same entries
  const byArticle = entriesByArticle(entries);
  for (const [a, b] of pairs) if (!statedTogether(byArticle, a, b) && !summedApart(a, b, sums) && !summedApart(b, a, sums)) return null;
  // group by the figure each entry is compatible with, in value order (greedy, deterministic)
  const groups: BlockEntry[][] = [];
  for (const e of [...entries].sort((x, y) => comparedValue(x.record) - comparedValue(y.record) || cmp(x.article, y.article) || x.record.span.start - y.record.span.start)) {
    const g = groups.find((gr) => gr.every((x) => figuresCompatible(x.record, e.record)));
    if (g) g.push(e);
    else groups.push([e]);
  }
  return groups;
}

/** Largest figure per article (a running count's latest value in that article). */
function perArticle(entries: readonly BlockEntry[]): BlockEntry[] {
  const best = new Map<string, BlockEntry>();
  for (const e of entries) {
    const cur = best.get(e.article);
    if (!cur || comparedValue(e.record) > comparedValue(cur.record)) best.set(e.article, e);
  }
  return [...best.values()];
}

/**
 * The update sequence of a running count: articles in report-time order, each with its largest
 * figure; undated articles are placed among the dated ones by the earlier reports they give and by
 * their value (`undatedPlace`; `earlier`: each article's figures given as earlier reports). Null unless at least two report times differ, the figure changes, and:
 * a growing count is revised down by at most REVISION_SHARE at a time (a later, corrected count);
 * a tracked figure moves one way; articles with the same report time agree.
 */
export function updateSequence(
  entries: readonly BlockEntry[],
  kind: 'grows' | 'moves',
  inferred?: ReadonlyMap<string, number>,
  earlier: ReadonlyMap<string, readonly BlockEntry[]> = new Map(),
): UpdateStep[] | null {
  const dated: UpdateStep[] = [];
  const undated: UpdateStep[] = [];
  for (const e of perArticle(entries)) {
    const time = e.published ? reportTime(e) : (inferred?.get(e.article) ?? NaN);
    (Number.isNaN(time) ? undated : dated).push({ entry: e, time });
  }
  dated.sort((a, b) => a.time - b.time || cmp(a.entry.article, b.entry.article));
  if (new Set(dated.map((s) => s.time)).size < 2) return null;
  if (kind === 'moves' && undated.length > 0) return null;
  let up = false;
  let down = false;
  for (let i = 1; i < dated.length; i++) {
    const prev = dated[i - 1]!.entry.record;
    const cur = dated[i]!.entry.record;
    const [p, c] = [comparedValue(prev), comparedValue(cur)];
    if (dated[i]!.time === dated[i - 1]!.time) {
      if (!figuresCompatible(prev, cur)) return null;
    } else if (sameReading(prev, cur)) {
      // "2.8 million" then "nearly 3 million": one figure written two ways, not a change
      continue;
    } else if (c < p) {
      if (kind === 'grows' && c < p * (1 - REVISION_SHARE)) return null;
      down = true;
    } else if (c > p) up = true;
  }
  if (kind === 'grows' ? !(up || down) : up === down) return null;
  const steps = [...dated];
  for (const u of [...undated].sort((a, b) => comparedValue(a.entry.record) - comparedValue(b.entry.record) || cmp(a.entry.article, b.entry.article))) {
    steps.splice(undatedPlace(steps, u.entry, earlier.get(u.entry.article) ?? []), 0, u);
  }
  return steps;
}

/**
 * Where an undated article's figure goes in an update sequence. It comes after any report of a figure
 * it gives as an earlier report ("revised to 275 from 288" follows the report of 288); then right
 * after a report of the same figure (an undated "1,175 injured" is the report that said 1,175, not a
 * later one after "1,100"); else after the last report whose value does not exceed its own.
 */
function undatedPlace(steps: readonly UpdateStep[], entry: BlockEntry, earlier: readonly BlockEntry[]): number {
  let from = 0;
  steps.forEach((s, i) => {
    if (earlier.some((x) => sameReading(x.record, s.entry.record))) from = i + 1;
  });
  const v = comparedValue(entry.record);
  const same = steps.findIndex((s, i) => i >= from && comparedValue(s.entry.record) === v);
  if (same >= 0) return same + 1;
  let at = from;
  while (at < steps.length && comparedValue(steps[at]!.entry.record) <= v) at++;
  return at;
}

/**
 * The lengths of an ongoing state counted to each report's day ("trapped for 17 days" on one day,
 * "for 18 days" the next): dated reports in time order, each length longer by no more than the days
 * between the reports (plus one: outlets count the first day or not). Null when the state does not
 * last (ONGOING_STATES), a report is undated, two reports of one time differ, or a length shrinks.
 */
function ongoingSequence(entries: readonly BlockEntry[]): UpdateStep[] | null {
  const r = entries[0]!.record;
  if (quantityExtras(r).canonical?.unit !== 'days' || !ONGOING_STATES.has(quantityTopicKey(r).split('|')[1] ?? '')) return null;
  const steps = perArticle(entries).map((e) => ({ entry: e, time: reportTime(e) }));
  if (steps.some((s) => Number.isNaN(s.time))) return null;
  steps.sort((a, b) => a.time - b.time || cmp(a.entry.article, b.entry.article));
  for (let i = 1; i < steps.length; i++) {
    const [p, c] = [steps[i - 1]!, steps[i]!];
    const grew = comparedValue(c.entry.record) - comparedValue(p.entry.record);
    if (c.time === p.time ? !figuresCompatible(p.entry.record, c.entry.record) : grew < 0 || grew > (c.time - p.time) / DAY_MS + 1) return null;
  }
  return new Set(steps.map((s) => s.time)).size >= 2 ? steps : null;
}

/** "10 miles (16.1 km)": a figure as written, with its compared value when that differs. */
function shown(e: BlockEntry): string {
  const { canonical, implicit } = quantityExtras(e.record);
  // "Illinois, Iowa and Kansas (3 states)", "the leading cause (rank 1)": a count a list implies, a rank with no ordinal
  if (implicit) return e.record.unit === 'rank' ? `${e.record.text} (rank ${e.record.value})` : `${e.record.text} (${e.record.value} ${e.record.unit ?? ''})`.replace(/ \)$/, ')');
  if (!canonical) return e.record.text;
  const v = canonical.value;
  const n = Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : String(Math.round(v * 10) / 10);
  return `${e.record.text} (${n} ${canonical.unit})`;
}

/** Why a block is a conflict: the first incompatible pair not reconciled, and what differs. */
function conflictWhy(entries: readonly BlockEntry[]): string {
  const [a, b] = incompatiblePairs(entries)[0] ?? [];
  if (!a || !b) return 'different values';
  const [ea, eb] = [quantityExtras(a.record), quantityExtras(b.record)];
  if (ea.basis !== eb.basis) return `different value on a common basis (per year): ${shown(a)} vs ${shown(b)}`;
  if (ea.canonical && a.record.unit !== b.record.unit) return `different value after conversion to ${ea.canonical.unit}: ${shown(a)} vs ${shown(b)}`;
  const plain = (e: BlockEntry) => (quantityExtras(e.record).implicit ? shown(e) : e.record.text);
  return `different value: ${plain(a)} vs ${plain(b)}, and no qualifier, rounding or report time reconciles them`;
}

/**
 * Decide the status of a block (and why, for a conflict or an update). `inferred`: report times
 * of undated articles, read from where their figures sit in another running count of the story.
 */
export function decideStatus(all: readonly BlockEntry[], inferred?: ReadonlyMap<string, number>): { status: ClaimStatus; updates: UpdateStep[] | null; why: string | null } {
  // an earlier report an article gives ("to 275 from 288") is shown, but the article's current figure decides
  const current = all.filter((e) => quantityExtras(e.record).scope !== 'earlier');
  const entries = current.length > 0 ? current : all;
  const articles = new Set(entries.map((e) => e.article));
  if (articles.size < 2) return { status: 'single', updates: null, why: null };
  // a running count that moves with report time is an update even when the intervals overlap
  // ("at least two" in the morning, "five" in the afternoon)
  const kind = runningKind(entries[0]!);
  if (kind) {
    const updates = updateSequence(entries, kind, inferred, entriesByArticle(all.filter((e) => quantityExtras(e.record).scope === 'earlier')));
    if (updates) return { status: 'updated', updates, why: kind === 'grows' ? 'a running count: later reports give later figures' : 'a tracked figure moving one way over report time' };
  }
  if (allCompatible(entries)) return { status: 'agreed', updates: null, why: null };
  const lengths = ongoingSequence(entries);
  if (lengths) return { status: 'updated', updates: lengths, why: 'a length counted to each report\'s day: later reports give longer lengths' };
  return { status: 'conflict', updates: null, why: conflictWhy(entries) };
}
