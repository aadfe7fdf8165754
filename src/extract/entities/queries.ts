/**
 * Read-only helpers over an EntityLayer for later stages (quotes, quantities,
 * events). Mentions are sorted by start, so lookups are binary searches.
 */
import type { EntityLayer, LocalEntity, Mention } from '../../model/records.js';

function firstStartingAtOrAfter(ms: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ms[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions lying entirely inside the character range [start, end), in text order. */
export function mentionsInRange(layer: EntityLayer, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstStartingAtOrAfter(layer.mentions, start); i < layer.mentions.length; i++) {
    const m = layer.mentions[i]!;
    if (m.span.start >= end) break;
    if (m.span.end <= end) out.push(m);
  }
  return out;
}

/** The mention covering character `offset`, if any. */
export function mentionAt(layer: EntityLayer, offset: number): Mention | undefined {
  const i = firstStartingAtOrAfter(layer.mentions, offset + 1) - 1;
  const m = layer.mentions[i];
  return m !== undefined && m.span.start <= offset && offset < m.span.end ? m : undefined;
}

/**
 * The last person mention ending at or before `offset`, optionally no further back than `minStart`
 * (e.g. the start of the sentence): the usual antecedent of "he"/"she" or of an age.
 */
export function personBefore(layer: EntityLayer, offset: number, minStart = 0): Mention | undefined {
  for (let i = firstStartingAtOrAfter(layer.mentions, offset) - 1; i >= 0; i--) {
    const m = layer.mentions[i]!;
    if (m.span.start < minStart) return undefined;
    if (m.type === 'person' && m.span.end <= offset) return m;
  }
  return undefined;
}

/** The first person mention starting at or after `offset` and before `maxEnd`. */
export function personAfter(layer: EntityLayer, offset: number, maxEnd = Number.POSITIVE_INFINITY): Mention | undefined {
  for (let i = firstStartingAtOrAfter(layer.mentions, offset); i < layer.mentions.length; i++) {
    const m = layer.mentions[i]!;
    if (m.span.start >= maxEnd) return undefined;
    if (m.type === 'person') return m;
  }
  return undefined;
}

/** The LocalEntity with the given key. */
export function entityByKey(layer: EntityLayer, key: string): LocalEntity | undefined {
  return layer.entities.find((e) => e.key === key);
}
