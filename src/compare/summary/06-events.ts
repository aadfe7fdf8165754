/**
 * Step 6: key dated events — those most sources report, told in date order.
 * "4 March 2025: Talks resumed in the capital."
 */
import type { Article, TimelineEvent } from '../../contract/analysis-schema.js';
import { articlesOf, type Draft } from './context.js';
import { capitalise, formatDate } from './phrasing.js';
import { wordCount } from './text-units.js';

export const MAX_EVENTS = 2;
const MAX_DESCRIPTION_WORDS = 40;

const eventArticles = (e: TimelineEvent) => e.articles ?? articlesOf(e.evidence);

/** Days before the earliest publication date that still count as the story's own time … */
const STORY_WINDOW_DAYS = 31;
/** … and days after the latest one (announced meetings, deadlines). */
const STORY_AHEAD_DAYS = 14;

/** The story's own period, from the articles' publication dates; null when none is dated. */
function storyWindow(articles: readonly Article[]): { from: string; to: string } | null {
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => !!d).sort();
  if (!dates.length) return null;
  const from = new Date(`${dates[0]!}T00:00:00Z`);
  const to = new Date(`${dates[dates.length - 1]!}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - STORY_WINDOW_DAYS);
  to.setUTCDate(to.getUTCDate() + STORY_AHEAD_DAYS);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/**
 * Key dated events, told in chronological order. Events inside the story's own period
 * come first, then the most widely reported, then the most recent: background history
 * ("the 2001 attacks") is dated too, and often repeated, but it is not what happened.
 */
export function eventSentences(events: readonly TimelineEvent[], articles: readonly Article[]): Draft[] {
  const window = storyWindow(articles);
  const inWindow = (d: string) => (window && d.slice(0, 10) >= window.from.slice(0, d.length) && d.slice(0, 10) <= window.to ? 1 : 0);
  return events
    .filter((e) => e.description.trim() && wordCount(e.description) <= MAX_DESCRIPTION_WORDS && e.evidence.length)
    .map((e) => ({ e, n: eventArticles(e).length, now: inWindow(e.date), precise: e.date.length === 10 ? 1 : 0 }))
    .sort((a, b) => b.now - a.now || b.n - a.n || b.precise - a.precise || (a.e.date > b.e.date ? -1 : a.e.date < b.e.date ? 1 : 0) || (a.e.id < b.e.id ? -1 : 1))
    .slice(0, MAX_EVENTS)
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.e.id < b.e.id ? -1 : 1))
    .map(({ e }) => {
      const d = e.description.trim();
      return { section: 'event', text: `${formatDate(e.date)}: ${capitalise(d)}${/[.!?]$/.test(d) ? '' : '.'}`, articles: eventArticles(e), evidence: [...e.evidence] };
    });
}
