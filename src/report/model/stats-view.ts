/**
 * The report header's counts, in the words every renderer prints: how many articles, outlets and
 * independent sources, the range of *publication* dates that are known and how many articles have
 * none, and how many disputed and updated facts there are. Event dates never stand in for a
 * missing publication date: an undated article is counted as undated, not dated by what it reports.
 */
import type { ReportStats } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 conflicts, 2 updates", "1 conflict, 0 updates": the same words in every report and list. */
export function conflictCountText(conflicts: number, updates: number): string {
  return `${plural(conflicts, 'conflict')}, ${plural(updates, 'update')}`;
}

/**
 * "5 articles from 5 outlets (5 independent), published 2025-03-05; 4 of 5 articles undated",
 * "4 articles from 4 outlets (3 independent), published 2025-06-10 to 2025-06-11",
 * "2 articles from 2 outlets (2 independent); no publication dates".
 */
export function headerText(s: Omit<ReportStats, 'headline' | 'conflictCounts'>): string {
  const counts = `${plural(s.articles, 'article')} from ${plural(s.outlets, 'outlet')} (${s.independent} independent)`;
  if (!s.articles) return counts;
  const r = s.dateRange;
  const published = r ? `, published ${r.from === r.to ? r.from : `${r.from} to ${r.to}`}` : '';
  const undated = !s.undated ? '' : s.undated === s.articles ? '; no publication dates' : `; ${s.undated} of ${plural(s.articles, 'article')} undated`;
  return `${counts}${published}${undated}`;
}
