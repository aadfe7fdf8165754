/**
 * Step 6: omissions — findings of the comparison (agreed claims, main events, widely
 * carried quotes) that most other outlets report and this one leaves out. The evidence
 * is where the others report it.
 */
import type { Claim, Quote, Span, TimelineEvent } from '../../contract/analysis-schema.js';

export interface Finding {
  readonly kind: 'claim' | 'event' | 'quote';
  readonly ref: string;
  readonly text: string;
  readonly articles: ReadonlySet<string>;
  readonly evidence: readonly Span[];
}

export interface Omission {
  readonly kind: 'claim' | 'event' | 'quote';
  readonly ref: string;
  readonly text: string;
  /** outlets that report it, and outlets in the story. */
  readonly carriedBy: number;
  readonly of: number;
  readonly evidence: Span[];
}

/** Omissions listed per outlet. */
const MAX_OMISSIONS = 10;
const MAX_EVIDENCE = 3;
const short = (s: string) => (s.length > 120 ? `${s.slice(0, 117).trimEnd()}…` : s);

/** The comparison's findings that could be missed: agreed claims, non-background events, quotes. */
export function findingsOf(claims: readonly Claim[], events: readonly TimelineEvent[], quotes: readonly Quote[]): Finding[] {
  const out: Finding[] = [];
  for (const c of claims) {
    // a figure agreed inside a conflict or running count: the outlets giving another value of it did not leave it out
    if (c.status !== 'agreed' || !c.values.length || c.within !== undefined) continue;
    const v = c.values[0]!;
    out.push({ kind: 'claim', ref: c.id, text: short(`${c.topic}: ${v.value}`), articles: new Set(c.values.flatMap((x) => x.articles)), evidence: c.values.flatMap((x) => x.evidence) });
  }
  for (const e of events) {
    if (e.weak) continue;
    out.push({ kind: 'event', ref: e.id, text: short(`${e.date}: ${e.description}`), articles: new Set(e.articles ?? e.evidence.map((s) => s.article)), evidence: e.evidence });
  }
  for (const q of quotes) {
    const who = q.speaker ? `${q.speaker.name}: ` : '';
    out.push({ kind: 'quote', ref: q.id, text: short(`${who}“${q.text}”`), articles: new Set(q.occurrences.map((o) => o.article)), evidence: q.occurrences.map((o) => ({ article: o.article, start: o.start, end: o.end })) });
  }
  return out;
}

/** For each finding, the indexes of the outlets that carry it (outlets given as article sets). */
export function carriersOf(outlets: readonly ReadonlySet<string>[], findings: readonly Finding[]): Set<number>[] {
  const outletOf = new Map<string, number>();
  outlets.forEach((o, i) => o.forEach((a) => outletOf.set(a, i)));
  return findings.map((f) => new Set([...f.articles].map((a) => outletOf.get(a)).filter((i): i is number => i !== undefined)));
}

/**
 * What outlet `i` leaves out: findings carried by more than half of the other outlets (and
 * at least two). Needs three outlets or more; with two, "most others" is one outlet's word.
 */
export function omissionsOf(i: number, outletCount: number, findings: readonly Finding[], carriers: readonly ReadonlySet<number>[]): Omission[] {
  const others = outletCount - 1;
  if (others < 2) return [];
  const out: Omission[] = [];
  findings.forEach((f, k) => {
    const c = carriers[k]!;
    if (c.has(i) || c.size < 2 || c.size * 2 <= others) return;
    out.push({ kind: f.kind, ref: f.ref, text: f.text, carriedBy: c.size, of: outletCount, evidence: f.evidence.slice(0, MAX_EVIDENCE).map((s) => ({ ...s })) });
  });
  const order = { event: 0, claim: 1, quote: 2 } as const;
  return out.sort((a, b) => b.carriedBy - a.carriedBy || order[a.kind] - order[b.kind] || a.ref.localeCompare(b.ref, 'en', { numeric: true })).slice(0, MAX_OMISSIONS);
}
