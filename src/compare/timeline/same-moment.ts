/**
 * Two dates that are one moment, or no date of an event at all, for the date
 * conflict steps (04 through the veto of 06): the day something was said
 * ("told CNN Friday the toll would rise") and a night against the next day
 * ("Wednesday night" / "tonight" written after midnight).
 */
import { EARLY_DAY_WORDS, LATE_DAY_WORDS, TELLING_VERBS } from '../../lexicon/event-key-words.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EventItem } from './01-collect.js';
import { daysApart } from './date-compat.js';
import { HEAD_FORMS } from './event-head.js';

/** Punctuation that ends a clause (a comma is tested apart: it sometimes does not). */
export const CLAUSE_BREAK = /[;:()[\]—–.!?"“”]/;

/** Words between a verb of speech and the date it dates ("told CNN Friday", "warned at a press conference on Saturday"). @default 6 */
export const TELLING_WINDOW = 6;

/**
 * True when the item's date is the day something was said ("Governor Jane Roe told reporters
 * Friday the toll would rise"): a verb of telling stands before the date in its clause, with no
 * event verb between. Officials say the same thing on several days, so two such dates are no
 * conflict, and the event told after the date ("the death toll …") is not dated by it.
 */
export function isTelling(x: ArticleExtraction, item: EventItem): boolean {
  const { evidence, dateSpan } = item.event;
  const before = x.article.text.slice(evidence.start, dateSpan.start);
  const words = [...before.matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)].slice(-TELLING_WINDOW);
  const k = words.findLastIndex((m) => TELLING_VERBS.has(m[0]));
  if (k < 0) return false;
  const gap = before.slice(words[k]!.index + words[k]![0].length);
  // no clause break and no event verb between the telling and the date ("said the plant closed on Monday").
  return !CLAUSE_BREAK.test(gap) && !gap.includes(',') && !words.slice(k + 1).some((m) => HEAD_FORMS.has(m[0].toLowerCase()));
}

const dayWords = (t: string) => t.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * True when two day dates one day apart may be one moment: the earlier written at the end of
 * its day ("Wednesday night") or the later at the start of its own ("early Thursday", "tonight").
 */
export function nightApart(a: { date: string; text: string }, b: { date: string; text: string }): boolean {
  if (a.date.length < 10 || b.date.length < 10 || daysApart(a.date, b.date) !== 1) return false;
  const [early, late] = a.date < b.date ? [a, b] : [b, a];
  return dayWords(early.text).some((w) => LATE_DAY_WORDS.has(w)) || dayWords(late.text).some((w) => EARLY_DAY_WORDS.has(w));
}

