/**
 * Words that date a bare year as the time of a past or present event ("in 2019", "since 2014",
 * "early 2021", "summer 2020"), read by the clustering stage to bound an undated article's date
 * from below (src/cluster/text-years.ts). Limits that look ahead ("by 2030", "until 2023",
 * "through 2025") are left out. Lower case.
 */
export const PAST_YEAR_LEADS: readonly string[] = [
  'in', 'since', 'during', 'throughout', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'of',
];

/**
 * Words that put a clause in the future or make its year a plan, a forecast or a limit ("will
 * be built in 2030", "expected to close in 2031", "a goal for 2035", "in 2030 and beyond"): a year
 * in such a clause does not bound the article's date. Lower case, single words.
 */
export const FUTURE_YEAR_CUES: readonly string[] = [
  'will', "'ll", '’ll', 'would', 'shall', 'could', 'might', 'plan', 'plans', 'planned', 'planning', 'expect', 'expects', 'expected',
  'scheduled', 'slated', 'projected', 'projects', 'forecast', 'forecasts', 'target', 'targets', 'goal', 'goals', 'aim', 'aims',
  'intends', 'due', 'next', 'upcoming', 'coming', 'by', 'until', 'till', 'through', 'beyond', 'ahead', 'future', 'if', 'unless',
  'run', 'running', 'candidate', 'bid', 'budget', 'fiscal', 'class', 'season',
];
