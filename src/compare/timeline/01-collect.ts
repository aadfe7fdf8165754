/**
 * Step 1: every article's events as comparable items — merged entity ids
 * instead of local keys, and the content words of the description.
 */
import type { ArticleExtraction, EventRecord } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';
import { contentWords } from './content-words.js';

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
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
        words: contentWords(event.description),
      });
    }
  }
  return items;
}
