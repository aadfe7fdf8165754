/**
 * Step 3: the status of one block — single (one article), agreed (all values compatible),
 * updated (a running count that only grows with later publication times) or conflict.
 */
import type { ClaimStatus } from '../../contract/analysis-schema.js';
import { RUNNING_COUNT_HEADS, RUNNING_COUNT_STATES, RUNNING_DIMENSIONS, TRACKED_STATES } from '../../lexicon/quantity-states.js';
import { quantityTopicKey } from '../../extract/quantities/index.js';
import type { BlockEntry } from './01-block.js';
import { compatible, intervalOf } from './02-intervals.js';

/** Code-unit order: locale-independent, so output is byte-identical everywhere. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One article's figure in an update sequence. */
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
  if (proposed) return null;
  if (TRACKED_STATES.has(state)) return 'moves';
  return RUNNING_COUNT_STATES.has(state) || RUNNING_COUNT_HEADS.has(group) || RUNNING_DIMENSIONS.has(group) ? 'grows' : null;
}

/** All pairs of distinct figures compatible? (entries with the same text and value are compared once) */
export function allCompatible(entries: readonly BlockEntry[]): boolean {
  const seen = new Map<string, BlockEntry>();
  for (const e of entries) seen.set(`${e.record.qualifier ?? ''}|${e.record.value}|${e.record.text}`, e);
  const intervals = [...seen.values()].map((e) => intervalOf(e.record));
  for (let i = 0; i < intervals.length; i++) for (let j = i + 1; j < intervals.length; j++) if (!compatible(intervals[i]!, intervals[j]!)) return false;
  return true;
}

/**
 * The update sequence when a running count only grows (a tracked figure only moves one way) with
 * publication time: one step per article (its largest figure), in publication order; null unless
 * the figure changes at least once, never turns back, and articles published at the same moment agree.
 */
export function updateSequence(entries: readonly BlockEntry[], kind: 'grows' | 'moves'): UpdateStep[] | null {
  const perArticle = new Map<string, BlockEntry>();
  for (const e of entries) {
    const cur = perArticle.get(e.article);
    if (!cur || e.record.value > cur.record.value) perArticle.set(e.article, e);
  }
  const steps: UpdateStep[] = [];
  for (const e of perArticle.values()) {
    const time = e.published ? Date.parse(e.published) : NaN;
    if (Number.isNaN(time)) return null;
    steps.push({ entry: e, time });
  }
  steps.sort((a, b) => a.time - b.time || cmp(a.entry.article, b.entry.article));
  let up = false;
  let down = false;
  for (let i = 1; i < steps.length; i++) {
    const prev = steps[i - 1]!.entry.record;
    const cur = steps[i]!.entry.record;
    if (steps[i]!.time === steps[i - 1]!.time) {
      if (!compatible(intervalOf(prev), intervalOf(cur))) return null;
    } else if (cur.value < prev.value) down = true;
    else if (cur.value > prev.value) up = true;
  }
  // running counts only grow; tracked figures may move either way, but in one direction
  if (kind === 'grows' ? down || !up : up === down) return null;
  return steps;
}

/** Decide the status of a block. */
export function decideStatus(entries: readonly BlockEntry[]): { status: ClaimStatus; updates: UpdateStep[] | null } {
  const articles = new Set(entries.map((e) => e.article));
  if (articles.size < 2) return { status: 'single', updates: null };
  // a running count that grows over publication time is an update even when the intervals
  // overlap ("at least two" in the morning, "five" in the afternoon)
  const kind = runningKind(entries[0]!);
  if (kind) {
    const updates = updateSequence(entries, kind);
    if (updates) return { status: 'updated', updates };
  }
  if (allCompatible(entries)) return { status: 'agreed', updates: null };
  return { status: 'conflict', updates: null };
}
