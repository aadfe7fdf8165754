/**
 * Step 0: an article with no publication date leaves "on Tuesday" or "last week"
 * unanchored, so its events never reach the timeline. Within a story the other
 * articles are dated: their publication days give a story reference day, and the
 * undated article's dates and events are resolved again against it — for the
 * comparison only (the article's own dates stay as extracted), with a diagnostic
 * saying the dates are inferred.
 *
 * The reference is the median publication day of the dated articles (the lower
 * one of an even count): undated pieces are spread over the story's days like the
 * dated ones, and the median is nearest to most of them. Measured on the real
 * stories: median and latest each gain one date agreement that earliest misses,
 * and latest adds a spurious conflict; earliest puts a later piece's "Friday"
 * before the event began.
 * A story with no dated article gives no reference, and nothing is resolved.
 *
 * An article dated only to its month ("2021-10") keeps "on Thursday" at month precision
 * (extract/dates atMonthReference). When the story's reference day falls in that month, its
 * relative dates are resolved against the reference day too, inferred like an undated
 * article's: the piece was published that month, and most likely near the others. A
 * reference day in another month says nothing about such a piece, so it is left alone.
 */
import type { Diagnostic } from '../../contract/analysis-schema.js';
import type { ArticleExtraction, DateMention, EventRecord } from '../../model/records.js';
import type { ExtractContext } from '../../extract/context.js';
import { buildEvents, extractDates } from '../../extract/dates/index.js';
import { parseIsoDay } from '../../extract/dates/calendar.js';
import { documentOf } from '../../extract/undated-docs.js';

/** The rule id of the diagnostic left on an article whose dates were resolved against the story's reference day. */
export const INFERRED_DATES_RULE = 'timeline/story-reference-date';

/** The median publication day (YYYY-MM-DD) of the story's dated articles, or null when none is dated to the day. */
export function storyReferenceDay(extractions: readonly ArticleExtraction[]): string | null {
  const days = extractions
    .map((x) => parseIsoDay(x.article.published))
    .filter((d) => d !== null)
    .map((d) => `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`)
    .sort();
  // the lower median: of two dated days, the earlier.
  return days[Math.floor((days.length - 1) / 2)] ?? null;
}

/**
 * Whether an article's relative dates were left unanchored for want of a publication date, or
 * kept at month precision because it is dated only to the month of the reference day `ref`.
 */
function needsReference(x: ArticleExtraction, ref: string): boolean {
  const published = x.article.published;
  if (published === null) return x.dates.some((d) => !d.anchored);
  return /^\d{4}-\d{2}$/.test(published) && ref.startsWith(`${published}-`) && x.dates.some((d) => d.relative && d.approximate === true && d.precision === 'month');
}

export interface StoryDated {
  /** the extractions, undated ones with their dates and events resolved against the story's reference day. */
  readonly extractions: readonly ArticleExtraction[];
  /** one info diagnostic per article whose dates were inferred. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Resolve the undated articles' dates and events against the story's reference day (see the file comment). */
export function withStoryReference(extractions: readonly ArticleExtraction[]): StoryDated {
  const ref = storyReferenceDay(extractions);
  if (ref === null || !extractions.some((x) => needsReference(x, ref))) return { extractions, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const out = extractions.map((x) => {
    if (!needsReference(x, ref)) return x;
    const article = { ...x.article, published: ref };
    const ctx: ExtractContext = { article, doc: documentOf(x.article), diagnose: () => undefined };
    const dates: DateMention[] = extractDates(ctx);
    // entities are the article's own: their keys do not depend on the publication day.
    // an absolute date ("in 1960"), or a day written in a month-dated piece ("Oct. 14"), was
    // resolved without the reference: only the events whose date the reference changed are inferred.
    const own = new Set(x.events.map((e) => `${e.dateSpan.start}:${e.dateSpan.end}:${e.date}`));
    const events: EventRecord[] = buildEvents(ctx, dates, x.entities).map((e) => (own.has(`${e.dateSpan.start}:${e.dateSpan.end}:${e.date}`) ? e : { ...e, inferred: true }));
    diagnostics.push({
      severity: 'info',
      rule: INFERRED_DATES_RULE,
      message: `article ${x.article.id} has ${x.article.published === null ? 'no publication date' : `only a publication month (${x.article.published})`}; its relative dates were resolved against the story's median publication day ${ref} for the timeline (inferred)`,
      source: x.article.source,
      article: x.article.id,
      stage: 'compare/timeline',
    });
    return { ...x, dates, events };
  });
  return { extractions: out, diagnostics };
}
