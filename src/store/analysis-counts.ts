import type { Analysis } from '../contract/analysis-schema.js';

/**
 * The counts a story list shows for an analysis: disputed facts and updated figures, the same two
 * numbers the story's report gives ("3 conflicts, 2 updates"), so a list never shows one number
 * where the report shows another.
 */
export function analysisCounts(analysis: Analysis): { readonly conflicts: number; readonly updates: number } {
  let conflicts = 0;
  let updates = 0;
  for (const c of analysis.claims) {
    if (c.status === 'conflict') conflicts++;
    else if (c.status === 'updated') updates++;
  }
  return { conflicts, updates };
}
