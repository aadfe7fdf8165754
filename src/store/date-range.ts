import type { ArticleFeatures } from '../cluster/types.js';

/** Earliest / latest of two ISO dates where null means "unknown" (a story's date range as articles join). Shared by both stores. */
export const minDate = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
export const maxDate = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

/** Longest span of possible days (ArticleFeatures.days) that is a month rather than "any day". */
const MONTH_DAYS = 31;

/**
 * The days a stored article's index keys cover: its day; its whole month when only the month is
 * known, so a dated article of any day of that month finds the story through them. An undated
 * article's keys stay on its stand-in day (its story is found by content: see docs/clustering.md).
 */
export function keyDays(features: Pick<ArticleFeatures, 'day' | 'days'>): readonly [number, number] {
  const d = features.days;
  return d && d[1] - d[0] <= MONTH_DAYS ? d : [features.day, features.day];
}
