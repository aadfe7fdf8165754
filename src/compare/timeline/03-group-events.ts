/**
 * Step 3: one merged event per group — the finest date, a representative
 * description (the member most like the others), the union of entities,
 * evidence spans and articles, all sorted.
 */
import type { Span } from '../../contract/analysis-schema.js';
import type { EventItem } from './01-collect.js';
import { jaccard } from './content-words.js';

/** A merged event before ids are given. */
export interface EventGroup {
  readonly members: readonly EventItem[];
  readonly date: string;
  readonly description: string;
  readonly entities: readonly string[];
  readonly evidence: readonly Span[];
  readonly articles: readonly string[];
  readonly words: ReadonlySet<string>;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function bySpan(a: Span, b: Span): number {
  return byString(a.article, b.article) || a.start - b.start || a.end - b.end;
}

/**
 * The member whose words overlap the others' most; ties go to finer dates, strong
 * events, then text order. Copies with the same description count once each but
 * are weighed by their number, so a group of hundreds of copies stays cheap.
 */
function representative(members: readonly EventItem[]): EventItem {
  const kinds = new Map<string, { item: EventItem; n: number }>();
  for (const m of members) {
    const k = `${m.event.date}\u0000${m.event.description}`;
    const e = kinds.get(k);
    if (e) e.n++;
    else kinds.set(k, { item: m, n: 1 });
  }
  const distinct = [...kinds.values()];
  let best = distinct[0]!.item;
  let bestScore = -1;
  for (const { item: m, n } of distinct) {
    let s = (n - 1) * 1;
    for (const o of distinct) if (o.item !== m) s += o.n * jaccard(m.words, o.item.words);
    s += m.event.date.length / 1000 + (m.event.weak ? 0 : 0.0001);
    if (s > bestScore + 1e-9) {
      best = m;
      bestScore = s;
    }
  }
  return best;
}

/** Build the merged event of one group of items. */
export function groupEvent(members: readonly EventItem[]): EventGroup {
  const date = members.reduce((d, m) => (m.event.date.length > d.length ? m.event.date : d), '');
  const words = new Set<string>();
  for (const m of members) for (const w of m.words) words.add(w);
  const evidence = members.map((m) => m.event.evidence).sort(bySpan);
  const unique = evidence.filter((s, k) => k === 0 || bySpan(s, evidence[k - 1]!) !== 0);
  return {
    members,
    date,
    description: representative(members).event.description,
    entities: [...new Set(members.flatMap((m) => m.entities))].sort(byString),
    evidence: unique,
    articles: [...new Set(members.map((m) => m.article))].sort(byString),
    words,
  };
}
