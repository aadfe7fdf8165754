/**
 * Irregular past-tense verb forms (and past auxiliaries) that put a clause in
 * the past, so a yearless date in it is the last one before publication rather
 * than the nearest. Regular past forms ("-ed" verbs) are recognised by rule.
 * Verbs of attribution ("said", "confirmed") are not here: they date the telling,
 * not the event ("candidates have until November 14, she said"). Lower case.
 */
export const PAST_MARKERS: readonly string[] = [
  'was', 'were', 'had', 'did', 'began', 'went', 'came', 'took', 'made', 'met', 'left', 'saw', 'fell', 'rose',
  'won', 'lost', 'held', 'struck', 'broke', 'gave', 'got', 'found', 'thought', 'brought', 'bought', 'sold', 'sent', 'spent',
  'built', 'paid', 'led', 'ran', 'fled', 'flew', 'wrote', 'spoke', 'stood', 'became', 'kept', 'felt', 'hit', 'cut', 'quit', 'shot',
  'knew', 'grew', 'drew', 'threw', 'chose', 'froze', 'woke', 'drove', 'rode', 'ate', 'sank', 'swept', 'slept', 'sought', 'taught',
  'caught', 'fought', 'beat', 'bore', 'tore', 'wore', 'swore', 'hung', 'lay', 'laid', 'meant', 'dealt', 'split', 'shut', 'set',
];

/**
 * Irregular past forms of verbs of attribution. Right before a date ("said Friday that …")
 * they date the telling, which is then in the past. Lower case.
 */
export const PAST_ATTRIBUTION_FORMS: readonly string[] = ['said', 'told', 'wrote', 'spoke', 'warned', 'added'];

/** Verbs whose present form ends in "-ed" like a regular past ("will succeed", "proceed", "need"). Lower case. */
export const PRESENT_ED_VERBS: readonly string[] = [
  'need', 'needs', 'feed', 'seed', 'heed', 'bleed', 'breed', 'speed', 'succeed', 'proceed', 'exceed', 'shed', 'embed', 'shred',
];
