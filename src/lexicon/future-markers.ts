/**
 * Words and phrases that put a clause in the future (or in reported future:
 * "said it would vote on Friday"), so a bare weekday or month in it is the
 * next one after the publication date rather than the last one before it.
 * Lower case; multi-word entries are matched on consecutive tokens.
 */
export const FUTURE_MARKERS: readonly string[] = [
  'will', "'ll", '’ll', 'shall', 'would', 'going to', 'due to', 'set to', 'scheduled', 'expected to', 'plans to', 'plan to',
  'is to', 'are to', 'upcoming', 'next', 'expect', 'expects', 'expected', 'slated', 'could be', 'might', 'set for', 'scheduled for', 'due on', 'due in',
  // plans and intentions look ahead even in a past clause ("planned a rally on Saturday").
  'planned', 'planning', 'plans', 'intends to', 'intended to', 'aims to', 'hopes to', 'likely to', 'preparing to', 'ready to', 'was to', 'were to', 'supposed to',
];

/**
 * Words of a plan: right before a date they put it ahead of the clause's time, even after "was"
 * ("was scheduled for Friday", "is expected Monday", "effective Feb. 1"). Lower case.
 */
export const PLAN_WORDS: readonly string[] = ['expected', 'scheduled', 'planned', 'slated', 'set', 'due', 'supposed', 'intended', 'effective'];

/**
 * Verbs that move a plan: the date after "until", "to" or "till" is where the plan now stands
 * ("postponed the vote until Monday", "adjourned until Thursday"); with "on" it is the day of the
 * move ("was postponed on Monday"). Lower case.
 */
export const PLAN_CHANGE_WORDS: readonly string[] = [
  'delayed', 'postponed', 'extended', 'adjourned', 'rescheduled', 'deferred', 'pushed', 'moved', 'put', 'brought',
];

/** Prepositions between a verb and its date that the adjacency tests step over ("met on Monday", "postponed until Tuesday"). */
export const DATE_PREPOSITIONS: readonly string[] = ['on', 'until', 'till', 'for', 'to', 'at', 'by', 'over', 'during', 'in', 'from', 'late', 'early'];
