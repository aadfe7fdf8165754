/**
 * Data for comparing the dates of one event keyed by what happened and to what
 * (src/compare/timeline/06-keyed-date-conflicts.ts).
 */

/**
 * Event-verb classes (keys of EVENT_VERB_CLASSES) that happen once to the same thing: a company
 * is bought once, a study published once, a person born once. For these the same event given
 * the same month and day a year apart ("January 2022" / "January 2023") is a slip in one
 * account, not two events. Recurring classes ("win", "announce", "launch") are left out: a
 * champion wins the same title again a year later.
 */
export const ONE_TIME_EVENT_CLASSES: ReadonlySet<string> = new Set(['found', 'born', 'acquire', 'merge', 'publish', 'die']);

/**
 * Words that end the words an event verb is about: a new clause starts after them ("the study
 * published Thursday concluded that …", "won the final after she …"). Lower case.
 */
export const EVENT_ARGUMENT_STOPS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'after', 'before', 'because', 'since', 'although', 'though',
  'as', 'but', 'and', 'or', 'if', 'until', 'unless', 'becoming', 'making', 'leaving',
]);

/**
 * Words of a date at the end of its day ("Wednesday night", "late Tuesday", "just before
 * midnight"): the same moment may be written as the next day by an outlet after midnight or
 * in a time zone ahead, so one day apart is no conflict. Lower case.
 */
export const LATE_DAY_WORDS: ReadonlySet<string> = new Set(['night', 'late', 'midnight']);

/** Words of a date at the start of its day ("early Thursday", "overnight", "tonight" read after midnight). Lower case. */
export const EARLY_DAY_WORDS: ReadonlySet<string> = new Set(['early', 'overnight', 'tonight', 'dawn', 'midnight']);

/**
 * Verbs that report what someone said: a date right after them in their clause ("told CNN Friday
 * the toll would rise") is the day of the telling. Not "declared" or "announced": declaring a state
 * of emergency is an act with a date of its own. Lower case.
 */
export const TELLING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'spoke', 'speaks', 'warned', 'warns', 'added', 'adds', 'stressed', 'insisted', 'predicted',
]);
