/**
 * Words and phrases that put a clause in the future (or in reported future:
 * "said it would vote on Friday"), so a bare weekday or month in it is the
 * next one after the publication date rather than the last one before it.
 * Lower case; multi-word entries are matched on consecutive tokens.
 */
export const FUTURE_MARKERS: readonly string[] = [
  'will', "'ll", '’ll', 'shall', 'would', 'going to', 'due to', 'set to', 'scheduled', 'expected to', 'plans to', 'plan to',
  'is to', 'are to', 'upcoming', 'next', 'expect', 'expects', 'expected', 'slated', 'could be', 'might', 'set for', 'scheduled for', 'due on', 'due in',
];
