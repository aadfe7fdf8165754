/**
 * Step 1: every article's events as comparable items — merged entity ids
 * instead of local keys, the content words of the description, and the
 * event's head class (event-head.ts).
 */
import type { Span } from '../../contract/analysis-schema.js';
import type { ArticleExtraction, DateMention, EventRecord } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';
import { contentWords } from './content-words.js';
import { eventHead } from './event-head.js';

/** One article's event, ready for comparison. */
export interface EventItem {
  /** position in the collected list (articles in id order, events in text order). */
  readonly i: number;
  readonly article: string;
  readonly event: EventRecord;
  /** the date as written, e.g. "March 5, 2025". */
  readonly dateText: string;
  /** merged Entity ids, sorted. */
  readonly entities: readonly string[];
  readonly words: ReadonlySet<string>;
  /** the event-verb class (or `office:<title>`) written nearest the date, or null. */
  readonly head: string | null;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Content words without the words of the dates in the evidence: descriptions keep their dates
 * to read well, but "on Tuesday night" and "yesterday" must not keep one event from matching another.
 */
function withoutDateWords(words: Set<string>, dates: readonly DateMention[], evidence: Span): Set<string> {
  for (const d of dates) {
    if (d.span.start < evidence.start || d.span.end > evidence.end) continue;
    for (const w of contentWords(d.text)) words.delete(w);
  }
  return words;
}

/** Collect the events of all articles in a stable order. */
export function collectEvents(extractions: readonly ArticleExtraction[], resolver: EntityResolver): EventItem[] {
  const items: EventItem[] = [];
  const ordered = [...extractions].sort((a, b) => byString(a.article.id, b.article.id));
  for (const x of ordered) {
    for (const event of x.events) {
      const ids = event.entities.map((k) => resolver.globalId(x.article.id, k)).filter((e): e is string => e !== null);
      items.push({
        i: items.length,
        article: x.article.id,
        event,
        dateText: x.article.text.slice(event.dateSpan.start, event.dateSpan.end),
        entities: [...new Set(ids)].sort(byString),
        words: withoutDateWords(contentWords(event.description), x.dates, event.evidence),
        head: eventHead(x.article.text, event.evidence, event.dateSpan),
      });
    }
  }
  return items;
}
