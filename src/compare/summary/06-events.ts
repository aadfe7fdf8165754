/**
 * Step 6: key dated events — those most sources report, told in date order.
 * "4 March 2025: Talks resumed in the capital."
 */
import type { Article, TimelineEvent } from '../../contract/analysis-schema.js';
import { articlesOf, type Draft } from './context.js';
import { capitalise, formatDate } from './phrasing.js';
import { CLAUSE_FRAGMENT_OPENERS } from '../../lexicon/dangling-openers.js';
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
  // a date known only to its month ("2025-05") does not bound the story's days.
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => d !== undefined && d.length === 10).sort();
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
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const told = (e: TimelineEvent) => tellable(e, texts);
  const inWindow = (d: string) => (window && d.slice(0, 10) >= window.from.slice(0, d.length) && d.slice(0, 10) <= window.to ? 1 : 0);
  return events
    .map((e) => ({ e, text: told(e) }))
    .filter((x): x is { e: TimelineEvent; text: string } => x.text !== null)
    .map(({ e, text }) => ({ e, text, n: eventArticles(e).length, now: inWindow(e.date), precise: e.date.length === 10 ? 1 : 0 }))
    .sort((a, b) => b.now - a.now || b.n - a.n || b.precise - a.precise || (a.e.date > b.e.date ? -1 : a.e.date < b.e.date ? 1 : 0) || (a.e.id < b.e.id ? -1 : 1))
    .slice(0, MAX_EVENTS)
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.e.id < b.e.id ? -1 : 1))
    .map(({ e, text }) => ({ section: 'event', text: `${formatDate(e.date)}: ${capitalise(text)}${/[.!?]$/.test(text) ? '' : '.'}`, articles: eventArticles(e), evidence: [...e.evidence] }));
}

/**
 * What to say for an event: its description when that is a statement, else its evidence
 * sentence verbatim when that is a short full sentence, else nothing.
 */
function tellable(e: TimelineEvent, texts: ReadonlyMap<string, string>): string | null {
  if (!e.evidence.length) return null;
  const d = e.description.trim();
  const first = /^[\p{L}']+/u.exec(d)?.[0];
  const fragment = !first || (first === first.toLowerCase() && CLAUSE_FRAGMENT_OPENERS.has(first));
  if (d && !fragment && wordCount(d) <= MAX_DESCRIPTION_WORDS) return d;
  const ev = e.evidence[0]!;
  const sentence = texts.get(ev.article)?.slice(ev.start, ev.end).trim() ?? '';
  const full = /^[\p{Lu}\p{N}]/u.test(sentence) && /[.!?]$/.test(sentence) && !/[“”"]/.test(sentence);
  return full && wordCount(sentence) <= MAX_DESCRIPTION_WORDS ? sentence : null;
}
